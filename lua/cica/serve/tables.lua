-- cica.serve.tables: the tables of records every page shows — a collection's rows filtered,
-- faceted, sorted and paged as the request asks (table_of), the same rows as Datasette-shaped JSON
-- (table_json, row_shape, shaped_row) and CSV (table_csv), and as an HTML table whose cells link
-- to the records they name (records_table).
local html = require "cica.serve.html"
local i18n = require "cica.lang"
local format = require "cica.format"
local http = require "cica.serve.http"
local frame = require "cica.serve.frame"

local el = html.el
local T, fail, encode = http.T, http.fail, http.encode

local M = {}

-- A record's value of field for tables and facets: localized fields in ctx's language, a year
-- derived from the date, lists of sources as they are.
local function value_of(ctx, rec, field)
  if field == "year" then
    local d = rec.date or rec.from
    return type(d) == "string" and tonumber(d:sub(1, 4)) or rec.year
  end
  local v = i18n.field(rec, field, ctx.lang)
  if v == nil and field == "city" then v = i18n.field(rec, "place", ctx.lang) end
  return v
end

-- How a value reads in a facet or a cell: region codes and entity ids by their names.
local function shown_value(ctx, field, v)
  if v == nil or v == format.null then return "" end
  if type(v) == "boolean" then return T(ctx, v and "yes" or "no") end
  local report = require "cica.report"
  if (field == "region" or field == "subregion") and type(v) == "string" then
    local ok, name = pcall(report.region_name, v)
    if ok and name then return name end
  elseif (field == "host" or field == "country") and type(v) == "string" then
    local ok, name = pcall(report.entity_name, v)
    if ok and name then return name end
  end
  return format.cell(v)
end
M.shown_value = shown_value

-- The rows of a collection in ctx's language and date, or a 404 for an unknown one.
local function collection_rows(ctx, name)
  local rows = ctx:data()[name]
  if name == "secretariat" then rows = nil end
  if type(rows) ~= "table" then fail(404, "not_found", ctx.path) end
  return rows
end
M.collection_rows = collection_rows

--- The table of a collection as the request asks: { columns, rows (records), total, page, pages,
-- facets = { { field, values = { { value, shown, count } } } }, filters }.
function M.table_of(ctx, spec)
  local all = collection_rows(ctx, spec.name)
  local p = ctx.params
  local filters = {}
  for _, f in ipairs(spec.facets or {}) do
    if p[f] ~= nil and p[f] ~= "" then filters[f] = p[f] end
  end
  local text = p._q ~= "" and p._q or nil
  local function matches(rec, except)
    for f, want in pairs(filters) do
      if f ~= except and tostring(value_of(ctx, rec, f)) ~= want then return false end
    end
    if text then
      local hay = {}
      for _, c in ipairs(spec.columns) do hay[#hay + 1] = shown_value(ctx, c, value_of(ctx, rec, c)) end
      if not table.concat(hay, "\n"):lower():find(text:lower(), 1, true) then return false end
    end
    return true
  end
  local rows = {}
  for _, rec in ipairs(all) do if matches(rec) then rows[#rows + 1] = rec end end
  -- facets: counts among the rows the other filters leave
  local facets = {}
  for _, f in ipairs(spec.facets or {}) do
    local counts, order = {}, {}
    for _, rec in ipairs(all) do
      if matches(rec, f) then
        local v = value_of(ctx, rec, f)
        if v ~= nil and v ~= format.null then
          local key = tostring(v)
          if not counts[key] then counts[key] = { value = key, shown = shown_value(ctx, f, v), count = 0 }; order[#order + 1] = counts[key] end
          counts[key].count = counts[key].count + 1
        end
      end
    end
    table.sort(order, function(a, b)
      if f:match("year") then return a.value > b.value end
      if a.count ~= b.count then return a.count > b.count end
      return a.value < b.value
    end)
    facets[#facets + 1] = { field = f, values = order }
  end
  -- sorting
  local sort = p._sort
  if sort and sort ~= "" then
    local known = false
    for _, c in ipairs(spec.columns) do known = known or c == sort end
    if not known then fail(400, "bad_sort", sort, table.concat(spec.columns, ", ")) end
    local desc = p._desc == "1"
    local function key(rec)
      local v = value_of(ctx, rec, sort)
      if type(v) == "table" then v = format.cell(v) end
      return v
    end
    local indexed = {}
    for i, r in ipairs(rows) do indexed[i] = { r, key(r), i } end
    table.sort(indexed, function(a, b)
      local x, y = a[2], b[2]
      if x == y or x == nil and y == nil then return a[3] < b[3] end
      if x == nil then return false elseif y == nil then return true end
      if type(x) ~= type(y) then x, y = tostring(x), tostring(y) end
      if type(x) == "boolean" then x, y = x and 1 or 0, y and 1 or 0 end
      if x == y then return a[3] < b[3] end
      if desc then return x > y end
      return x < y
    end)
    for i, t in ipairs(indexed) do rows[i] = t[1] end
  end
  -- paging
  local size = tonumber(p._size or "") or (ctx.export and math.huge or 50)
  if p._size and (not tonumber(p._size) or size < 1 or size ~= math.floor(size) or size > http.config.rows_limit) then
    fail(400, "bad_number", "_size", p._size)
  end
  local page = tonumber(p._page or "1")
  if not page or page < 1 or page ~= math.floor(page) then fail(400, "bad_number", "_page", p._page) end
  local total = #rows
  local pages = size == math.huge and 1 or math.max(1, math.ceil(total / size))
  local shown = {}
  if size == math.huge then shown = rows
  else
    for i = (page - 1) * size + 1, math.min(total, page * size) do shown[#shown + 1] = rows[i] end
  end
  return { columns = spec.columns, rows = shown, total = total, page = math.floor(page), pages = pages,
           facets = facets, filters = filters, size = size }
end

--- The JSON row shape a request asks for with `_shape` (as Datasette's): "arrays" (the default,
-- also for an empty value) or "objects"; any other value is a 400. Every .json table honours it.
local function row_shape(ctx)
  local shape = ctx.params._shape
  if shape == nil or shape == "" or shape == "arrays" then return "arrays" end
  if shape == "objects" then return "objects" end
  fail(400, "bad_shape", shape)
end
M.row_shape = row_shape

--- The row of `values` (an array in the order of `columns`, holes allowed) in `shape`: the
-- array itself with format.null in the holes, or an object keyed by column.
local function shaped_row(shape, columns, values)
  local row = {}
  for j, c in ipairs(columns) do
    local v = values[j]
    if v == nil then v = format.null end
    if shape == "objects" then row[c] = v else row[j] = v end
  end
  return row
end
M.shaped_row = shaped_row

-- A cell's value for JSON and CSV: plain data (lists of sources stay lists).
local function data_value(ctx, rec, field)
  local v = value_of(ctx, rec, field)
  if v == nil then return format.null end
  return v
end

--- A Datasette-shaped JSON value of a table: { columns, rows (arrays, or objects with
-- _shape=objects), total, page, pages, next }.
function M.table_json(ctx, t, next_url)
  local rows = {}
  local shape = row_shape(ctx)
  for i, rec in ipairs(t.rows) do
    local values = {}
    for j, c in ipairs(t.columns) do values[j] = data_value(ctx, rec, c) end
    rows[i] = shaped_row(shape, t.columns, values)
  end
  return { columns = t.columns, rows = rows, total = t.total, page = t.page, pages = t.pages,
           next = next_url or format.null }
end

--- CSV text of a table (the csv formatter, as `cica report --format csv`).
function M.table_csv(ctx, t)
  local rows = {}
  for i, rec in ipairs(t.rows) do
    local row = {}
    for _, c in ipairs(t.columns) do
      local v = value_of(ctx, rec, c)
      row[c] = type(v) == "table" and format.cell(v) or v
    end
    rows[i] = row
  end
  local columns = {}
  for i, c in ipairs(t.columns) do columns[i] = { key = c, title = c } end
  return format.render({ columns = columns, rows = rows }, "csv", { lang = ctx.lang })
end

-- A link to a record page when the value names one (sources, entities, meetings).
local function cell_html(ctx, field, rec, spec)
  local v = value_of(ctx, rec, field)
  if field == "sources" and type(v) == "table" then
    local links = {}
    for i, id in ipairs(v) do links[i] = el("a", { href = ctx:href("/sources/" .. encode(id)) }, id) end
    return html.join(links, ", ")
  end
  local text = shown_value(ctx, field, v)
  if spec and spec.key and (field == spec.key or (field == "name" or field == "title")) and rec[spec.key] ~= nil then
    return el("a", { href = ctx:href("/" .. spec.name .. "/" .. encode(rec[spec.key])) }, text)
  end
  if (field == "host" or field == "country") and type(v) == "string" and v ~= "" then
    return el("a", { href = ctx:href("/entities/" .. encode(v)) }, text)
  end
  if field == "meeting" and type(v) == "string" then
    return el("a", { href = ctx:href("/meetings/" .. encode(v)) }, v)
  end
  if field == "url" and type(v) == "string" and v:match("^https?://") then
    return el("a", { href = v, rel = "noreferrer" }, v)
  end
  return text
end
M.cell_html = cell_html

-- The HTML table of records (the columns' titles in ctx's language; sortable in the server).
local function records_table(ctx, spec, columns, rows, sortable)
  local head = {}
  for i, c in ipairs(columns) do
    local title = frame.column_title(ctx, c)
    if sortable and not ctx.export then
      local desc = ctx.params._sort == c and ctx.params._desc ~= "1" and "1" or nil
      local params = {}
      for k, v in pairs(ctx.params) do params[k] = v end
      params._sort, params._desc, params._page = c, desc, nil
      local mark = ctx.params._sort == c and (ctx.params._desc == "1" and " ▼" or " ▲") or ""
      title = el("a", { href = ctx:href(ctx.path, params) }, title, mark)
    end
    head[i] = el("th", { scope = "col", ["data-key"] = c }, title)
  end
  local body = {}
  for i, rec in ipairs(rows) do
    local cells = {}
    for j, c in ipairs(columns) do cells[j] = el("td", nil, cell_html(ctx, c, rec, spec)) end
    body[i] = el("tr", nil, cells)
  end
  if #rows == 0 then body[1] = el("tr", nil, el("td", { colspan = #columns }, T(ctx, "no_rows"))) end
  return el("div", { class = "table" }, el("table", nil, el("thead", nil, el("tr", nil, head)), el("tbody", nil, body)))
end
M.records_table = records_table

return M
