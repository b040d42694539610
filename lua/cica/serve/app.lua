-- cica.serve.app: what `cica serve` answers. handle(request) takes the request the C side
-- (src/serve.c) built and returns status, headers, body; every page is built here from the public
-- cica API, the report engine (cica.report, its html/json/csv formats) and the quiz's own modules.
-- Routes, JSON shapes and the security model: docs/serve.md.
local html = require "cica.serve.html"
local i18n = require "cica.lang"
local format = require "cica.format"
local date = require "cica.date"
local assets = require "cica.serve.assets"

local el, raw, fill = html.el, html.raw, html.fill

local M = {}

-- Set by cica.serve.cli before serving: hosts (the Host header values accepted), lang (the
-- --lang of `cica serve`, or nil), timeout, state (the quiz history file), export (static mode).
M.config = { hosts = {}, rows_limit = 1000, max_uri = 4096 }

local CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
  .. "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

-- An HTTP error raised anywhere below: status and a catalogue key (area "serve") with arguments.
local HttpError = {}
HttpError.__index = HttpError
local function fail(status, key, ...)
  error(setmetatable({ status = status, key = key, args = table.pack(...) }, HttpError), 0)
end
M.fail = fail

--- The message "serve.KEY" in ctx's language (ctx may be nil: the default language).
local function T(ctx, key, ...)
  return i18n.t("serve." .. key, ctx and ctx.lang or nil, ...)
end
M.T = T

-- --- URLs ---------------------------------------------------------------------------------------

-- Percent-decodes s; nil when an escape is malformed. plus: "+" is a space (query strings).
local function decode(s, plus)
  if plus then s = s:gsub("%+", " ") end
  local bad = false
  s = s:gsub("%%(.?.?)", function(hex)
    if not hex:match("^%x%x$") then bad = true return "" end
    return string.char(tonumber(hex, 16))
  end)
  if bad then return nil end
  return s
end

-- Whether s is text a page may use: valid UTF-8 with no control characters but tab.
local function clean_text(s)
  return utf8.len(s) ~= nil and not s:find("[%z\1-\8\10-\31\127]")
end

local function encode(s)
  return (tostring(s):gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end
M.encode = encode

--- The query string of params (sorted by name, values percent-encoded), "" when empty.
local function query_string(params)
  local names = {}
  for k, v in pairs(params) do if v ~= nil and v ~= false and v ~= "" then names[#names + 1] = k end end
  if #names == 0 then return "" end
  table.sort(names)
  local parts = {}
  for i, k in ipairs(names) do parts[i] = encode(k) .. "=" .. encode(params[k]) end
  return "?" .. table.concat(parts, "&")
end

--- Splits a raw request URI into a decoded path and a table of decoded parameters (the last of
-- a repeated name wins). Raises 400 for a malformed escape, invalid UTF-8 or a control character.
function M.parse_uri(uri)
  local path, query = uri:match("^([^?#]*)%??([^#]*)")
  if not path or path:sub(1, 1) ~= "/" then fail(400, "bad_url") end
  path = decode(path)
  if not path then fail(400, "bad_url") end
  if not clean_text(path) then fail(400, "bad_utf8") end
  local params = {}
  for pair in query:gmatch("[^&]+") do
    local k, v = pair:match("^([^=]*)=?(.*)$")
    k, v = decode(k, true), decode(v, true)
    if not k or not v then fail(400, "bad_url") end
    if not clean_text(k) or not clean_text(v) then fail(400, "bad_utf8") end
    params[k] = v
  end
  return path, params
end

-- --- the request context ------------------------------------------------------------------------

-- The display language Accept-Language prefers, or nil (zh-TW/HK/MO and zh-Hant are 繁體, any other
-- zh 简体, en English; the highest q wins, the first on a tie).
function M.accept_language(header)
  if type(header) ~= "string" then return nil end
  local best, best_q = nil, -1
  for item in header:gmatch("[^,]+") do
    local tag = item:match("^%s*([%w%-%*]+)") or ""
    local q = tonumber(item:match(";%s*q=([%d%.]+)") or "1") or 0
    tag = tag:lower()
    local code = (tag:match("^zh%-hant") or tag:match("^zh%-tw") or tag:match("^zh%-hk") or tag:match("^zh%-mo")) and "zh-Hant"
      or tag:match("^zh") and "zh-Hans" or tag:match("^en") and "en" or nil
    if code and q > best_q then best, best_q = code, q end
  end
  return best
end

--- The language of a page whose URL names none: `--lang` (cica serve's, or the global one), else
-- the browser's Accept-Language (headers may be nil), else the environment's language as it was
-- when the server started (config.env_lang) — never cica.lang, which the last page set.
function M.default_lang(headers)
  return M.config.lang or M.accept_language(headers and headers["accept-language"]) or M.config.env_lang or "zh-Hans"
end

local Ctx = {}
Ctx.__index = Ctx

--- The link to path with params, keeping the page's language (when chosen in the URL) and as-of
-- date. In the static export, the relative file of the page instead (no parameters there).
function Ctx:href(path, params)
  if self.export then
    local file = path == "/" and "index.html" or (path:sub(2) .. (path:match("%.%a+$") and "" or ".html"))
    return string.rep("../", self.depth) .. file
  end
  local q = {}
  for k, v in pairs(params or {}) do q[k] = v end
  if q.lang == nil and self.lang_in_url then q.lang = self.lang end
  if q.as_of == nil then q.as_of = self.as_of end
  if q.as_of == false then q.as_of = nil end
  return path .. query_string(q)
end

-- The as-of views built lately (cica.dataset.as_of), by language and date: a few, the oldest
-- forgotten first; a change of the engine's language makes them stale (cica rebuilds its
-- collections), so the language is part of the key.
local views, view_order, MAX_VIEWS = {}, {}, 8

--- The cica the page shows: cica as it stood on ctx.as_of, or cica itself.
function Ctx:data()
  if not self.as_of then return cica end
  local key = self.lang .. "@" .. self.as_of
  local v = views[key]
  if not v or v.base ~= cica.members then
    v = { view = require("cica.dataset").as_of(cica, self.as_of), base = cica.members }
    if not views[key] then view_order[#view_order + 1] = key end
    views[key] = v
    while #view_order > MAX_VIEWS do views[table.remove(view_order, 1)] = nil end
  end
  return v.view
end

--- A context for path with params (from a request, or the export), its language and date checked.
function M.context(path, params, headers, opts)
  opts = opts or {}
  local ctx = setmetatable({ path = path, params = params, export = opts.export, depth = opts.depth or 0 }, Ctx)
  local lang = params.lang
  if lang ~= nil and lang ~= "" then
    if not i18n.valid(lang) then
      ctx.lang = M.default_lang(headers)
      fail(400, "bad_lang", lang, i18n.list())
    end
    ctx.lang, ctx.lang_in_url = lang, true
  else
    ctx.lang = M.default_lang(headers)
  end
  if params.as_of ~= nil and params.as_of ~= "" then
    local when, problem = date.normalize(params.as_of)
    if not when then fail(400, "bad_date", params.as_of, problem or "") end
    ctx.as_of = when
  end
  -- the engine shows the page's language; it stays set for the next request (switching makes
  -- cica rebuild its collections, so consecutive pages in one language cost nothing more)
  if cica.lang ~= ctx.lang then cica.set_lang(ctx.lang) end
  return ctx
end

-- --- the page frame -----------------------------------------------------------------------------

-- The collections browsable at /<name>: the field that names a record (nil: no record pages),
-- the columns of the table and the facets (fields whose values are counted). "year" is derived
-- from a record's date.
M.COLLECTIONS = {
  { name = "members", key = "id", columns = { "id", "name", "joined", "region", "founding", "sources" },
    facets = { "region", "founding", "joined_year" } },
  { name = "observers", key = "id", columns = { "id", "name", "joined", "kind", "region", "sources" },
    facets = { "kind", "region", "joined_year" } },
  { name = "partners", key = "id", columns = { "id", "name", "joined", "kind", "sources" }, facets = { "kind" } },
  { name = "entities", key = "id", columns = { "id", "name", "kind", "status", "joined", "region", "sources" },
    facets = { "status", "kind", "region", "joined_year" } },
  { name = "summits", key = "id", columns = { "id", "title", "date", "city", "host", "status", "sources" },
    facets = { "status", "host", "year" } },
  { name = "meetings", key = "id", columns = { "id", "title", "date", "kind", "city", "host", "status", "sources" },
    facets = { "kind", "status", "host", "year" } },
  { name = "chairs", key = "term", columns = { "term", "name", "country", "from", "to", "sources" },
    facets = { "country" } },
  { name = "documents", key = "id", columns = { "id", "title", "date", "meeting", "sources" }, facets = { "year" } },
  { name = "events", key = "id", columns = { "id", "date", "kind", "title", "sources" }, facets = { "kind", "year" } },
  { name = "timeline", columns = { "date", "kind", "title" }, facets = { "kind", "year" } },
  { name = "discrepancies", key = "id", columns = { "id", "title", "field", "subject", "sources" }, facets = { "field" } },
  { name = "sources", key = "id", columns = { "id", "title", "kind", "lang", "url" }, facets = { "kind", "lang" } },
  { name = "rules", key = "id", columns = { "id", "topic", "text", "sources" }, facets = { "topic" } },
  { name = "stages", key = "ord", columns = { "ord", "text", "from", "to", "sources" } },
  { name = "cbm_areas", key = "id", columns = { "id", "name", "sources" } },
}
M.BY_NAME = {}
for _, c in ipairs(M.COLLECTIONS) do M.BY_NAME[c.name] = c end

-- Search result kinds and the collection whose record pages show them.
local KIND_COLLECTION = { entity = "entities", meeting = "meetings", document = "documents", chair = "chairs",
                          event = "events", stage = "stages", rule = "rules", cbm_area = "cbm_areas",
                          source = "sources", discrepancy = "discrepancies" }
M.KIND_COLLECTION = KIND_COLLECTION

-- A column or facet title: the catalogue's "col_FIELD" when it has one, else the field name.
local function column_title(ctx, field)
  local ok, text = pcall(i18n.t, "serve.col_" .. field, ctx.lang)
  return ok and text or field
end
M.column_title = column_title

-- The header bar: brand, navigation, search box, language and as-of controls.
local function top_bar(ctx)
  local nav = {}
  for _, item in ipairs({ { "/members", "nav_members" }, { "/observers", "nav_observers" },
                          { "/meetings", "nav_meetings" }, { "/documents", "nav_documents" },
                          { "/reports", "nav_reports" } }) do
    nav[#nav + 1] = el("a", { href = ctx:href(item[1]) }, T(ctx, item[2]))
  end
  if not ctx.export then
    nav[#nav + 1] = el("a", { href = ctx:href("/quiz") }, T(ctx, "nav_quiz"))
    nav[#nav + 1] = el("a", { href = ctx:href("/sql") }, T(ctx, "nav_sql"))
  end
  local controls = {}
  if not ctx.export then
    local keep = {}
    for k, v in pairs(ctx.params or {}) do
      if k ~= "lang" and k ~= "as_of" and k ~= "_page" then keep[#keep + 1] = el("input", { type = "hidden", name = k, value = v }) end
    end
    table.sort(keep, function(a, b) return a.html < b.html end)
    controls[#controls + 1] = el("form", { method = "get", action = "/search", role = "search" },
      el("input", { type = "search", name = "q", placeholder = T(ctx, "search_placeholder"), ["aria-label"] = T(ctx, "search") }),
      ctx.lang_in_url and el("input", { type = "hidden", name = "lang", value = ctx.lang }) or "",
      ctx.as_of and el("input", { type = "hidden", name = "as_of", value = ctx.as_of }) or "",
      el("button", { type = "submit" }, T(ctx, "search")))
    local options = {}
    for _, code in ipairs(i18n.codes) do
      options[#options + 1] = el("option", { value = code, selected = code == ctx.lang }, T(ctx, "lang_" .. (code:gsub("%-", "_"))))
    end
    controls[#controls + 1] = el("form", { method = "get", action = ctx.path, class = "auto" }, keep,
      el("label", nil, T(ctx, "language"), " ", el("select", { name = "lang" }, options)),
      el("label", nil, " ", T(ctx, "as_of"), " ", el("input", { type = "date", name = "as_of", value = ctx.as_of or "",
        min = "1992-01-01" })),
      el("button", { type = "submit" }, T(ctx, "apply")))
  end
  return el("header", { class = "top" }, el("a", { class = "brand", href = ctx:href("/") }, T(ctx, "brand")),
    el("nav", nil, html.join(nav, " ")), controls)
end

--- A whole page: title, the body pieces, the frame around them.
function M.page(ctx, title, body)
  local view = ctx.as_of and el("p", { class = "muted" }, T(ctx, "viewing_as_of", ctx.as_of)) or ""
  local css = ctx.export and ctx:href("/static/cica.css") or "/static/cica.css"
  local js = ctx.export and "" or el("script", { src = "/static/cica.js", defer = true })
  return "<!DOCTYPE html>\n" .. html.render(el("html", { lang = ctx.lang },
    el("head", nil, el("meta", { charset = "utf-8" }),
      el("meta", { name = "viewport", content = "width=device-width, initial-scale=1" }),
      el("title", nil, title, " · ", T(ctx, "brand")),
      el("link", { rel = "stylesheet", href = css }), js),
    el("body", nil, top_bar(ctx), el("main", nil, el("h1", nil, title), view, body),
      el("footer", { class = "page" }, el("main", nil, T(ctx, "footer", (cica.meta or {}).as_of or "?")))))) .. "\n"
end

-- --- responses ----------------------------------------------------------------------------------

local function headers_for(ctype, extra)
  local h = {
    ["Content-Type"] = ctype,
    ["Content-Security-Policy"] = CSP,
    ["X-Content-Type-Options"] = "nosniff",
    ["Referrer-Policy"] = "no-referrer",
    ["X-Frame-Options"] = "DENY",
    ["Cache-Control"] = "no-store",
  }
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end
M.headers_for = headers_for

local function html_response(status, body, extra)
  return status, headers_for("text/html; charset=utf-8", extra), body
end
M.html_response = html_response

local function json_response(status, value)
  return status, headers_for("application/json; charset=utf-8"), format.encode_json(value) .. "\n"
end
M.json_response = json_response

-- --- tables: filters, facets, sorting, paging ---------------------------------------------------

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
  if p._size and (not tonumber(p._size) or size < 1 or size ~= math.floor(size) or size > M.config.rows_limit) then
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

-- The HTML table of records (the columns' titles in ctx's language; sortable in the server).
local function records_table(ctx, spec, columns, rows, sortable)
  local head = {}
  for i, c in ipairs(columns) do
    local title = column_title(ctx, c)
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

-- --- pages --------------------------------------------------------------------------------------

local pages = {}
M.pages = pages

-- /<collection>: facets beside the table, paging below; .json and .csv of the same rows.
function pages.collection(ctx, spec, fmt)
  local t = M.table_of(ctx, spec)
  local function page_link(n)
    local params = {}
    for k, v in pairs(ctx.params) do params[k] = v end
    params._page = n > 1 and tostring(n) or nil
    return ctx:href(ctx.path, params)
  end
  if fmt == "json" then
    local next_url = t.page < t.pages and (ctx.path .. ".json" .. page_link(t.page + 1):match("%?.*$")) or nil
    return json_response(200, M.table_json(ctx, t, next_url))
  elseif fmt == "csv" then
    return 200, headers_for("text/csv; charset=utf-8",
      { ["Content-Disposition"] = 'inline; filename="' .. spec.name .. '.csv"' }), M.table_csv(ctx, t)
  end
  local facets = {}
  for _, f in ipairs(t.facets) do
    local items = {}
    for _, v in ipairs(f.values) do
      local on = t.filters[f.field] == v.value
      local params = {}
      for k, x in pairs(ctx.params) do params[k] = x end
      params[f.field] = not on and v.value or nil
      params._page = nil
      local label = ctx.export and v.shown or el("a", { href = ctx:href(ctx.path, params) }, v.shown)
      items[#items + 1] = el("li", { class = on and "on" or nil }, label, " ", el("span", { class = "count" }, v.count))
    end
    facets[#facets + 1] = el("section", nil, el("h3", nil, column_title(ctx, f.field)), el("ul", nil, items))
  end
  local nav = {}
  if t.page > 1 then nav[#nav + 1] = el("a", { href = page_link(t.page - 1), rel = "prev" }, T(ctx, "prev")) end
  nav[#nav + 1] = el("span", nil, T(ctx, "page_of", t.page, t.pages, t.total))
  if t.page < t.pages then nav[#nav + 1] = el("a", { href = page_link(t.page + 1), rel = "next" }, T(ctx, "next")) end
  local q = ctx.params
  local downloads
  if ctx.export then
    downloads = el("p", nil, el("a", { href = ctx:href(ctx.path .. ".csv") }, "CSV"), " · ",
      el("a", { href = ctx:href(ctx.path .. ".json") }, "JSON"))
  else
    local qs = ctx:href(ctx.path, q):match("%?.*$") or ""
    downloads = el("p", nil, el("a", { href = ctx.path .. ".csv" .. qs }, "CSV"), " · ",
      el("a", { href = ctx.path .. ".json" .. qs }, "JSON"))
  end
  local filter_form = ""
  if not ctx.export then
    local keep = {}
    for k, v in pairs(q) do
      if k ~= "_q" and k ~= "_page" then keep[#keep + 1] = el("input", { type = "hidden", name = k, value = v }) end
    end
    table.sort(keep, function(a, b) return a.html < b.html end)
    filter_form = el("form", { method = "get", action = ctx.path }, keep,
      el("input", { type = "search", name = "_q", value = q._q or "", placeholder = T(ctx, "filter_placeholder"),
                    ["aria-label"] = T(ctx, "filter") }), " ", el("button", { type = "submit" }, T(ctx, "filter")))
  end
  local body = el("div", { class = #facets > 0 and "layout" or nil },
    #facets > 0 and el("aside", { class = "facets" }, facets) or "",
    el("section", nil, filter_form, records_table(ctx, spec, t.columns, t.rows, true),
      el("nav", { class = "pages" }, html.join(nav, " ")), downloads))
  return html_response(200, M.page(ctx, T(ctx, "coll_" .. spec.name), body))
end

-- The record of a collection whose key is id (compared as text), or a 404.
local function find_record(ctx, spec, id)
  if not spec.key then fail(404, "not_found", ctx.path) end
  for _, rec in ipairs(collection_rows(ctx, spec.name)) do
    if tostring(rec[spec.key]) == id then return rec end
  end
  fail(404, "no_record", id, T(ctx, "coll_" .. spec.name))
end
M.find_record = find_record

-- Field/value rows of a record: every plain field in ctx's language (the other languages'
-- copies left out), lists as lists.
local function record_fields(ctx, rec)
  local names, seen = {}, {}
  for k, v in pairs(rec) do
    local base = type(k) == "string" and (k:match("^(.-)_hans$") or k:match("^(.-)_hant$") or k:match("^(.-)_en$")) or k
    if type(k) == "string" and not seen[base] and (type(v) ~= "table" or k == "sources" or k == "aliases") then
      seen[base] = true
      names[#names + 1] = base
    end
  end
  table.sort(names)
  local rows = {}
  for _, n in ipairs(names) do rows[#rows + 1] = { field = n, value = i18n.field(rec, n, ctx.lang) } end
  return rows
end

-- The meetings an entity took part in or hosted.
local function meetings_of(ctx, id)
  local out = {}
  for _, m in ipairs(collection_rows(ctx, "meetings")) do
    local hit = m.host == id
    for _, p in ipairs(m.participants or {}) do hit = hit or p.entity == id end
    if hit then out[#out + 1] = m end
  end
  return out
end

-- The disputes whose subject names the record ("entity:AU,LB", "meeting:x").
local function disputes_of(ctx, kind, id)
  local out = {}
  for _, d in ipairs(collection_rows(ctx, "discrepancies")) do
    local subject = d.subject or ""
    local k, ids = subject:match("^(%w+):(.*)$")
    if k == kind then
      for one in ids:gmatch("[^,]+") do if one == id then out[#out + 1] = d break end end
    end
  end
  return out
end

-- /<collection>/<id>: the record's fields, then what touches it.
function pages.record(ctx, spec, id, fmt)
  local rec = find_record(ctx, spec, id)
  if fmt == "json" then return json_response(200, { collection = spec.name, id = rec[spec.key], record = rec }) end
  if fmt == "csv" then fail(404, "not_found", ctx.path .. ".csv") end
  local rows = {}
  for _, f in ipairs(record_fields(ctx, rec)) do
    rows[#rows + 1] = el("tr", nil, el("th", { scope = "row" }, column_title(ctx, f.field)),
      el("td", nil, cell_html(ctx, f.field, rec, nil)))
  end
  local body = { el("div", { class = "table" }, el("table", { class = "record" }, el("tbody", nil, rows))) }
  local title = i18n.field(rec, "name", ctx.lang) or i18n.field(rec, "title", ctx.lang) or tostring(id)
  if type(rec.history) == "table" and #rec.history > 0 then
    local items = {}
    for _, h in ipairs(rec.history) do
      items[#items + 1] = el("li", nil, el("strong", nil, h.from or "?", " – ", h.to or ""), " ",
        T(ctx, "status_" .. tostring(h.status)), h.note and (" · " .. i18n.field(h, "note", ctx.lang)) or "")
    end
    body[#body + 1] = el("h2", nil, T(ctx, "history"))
    body[#body + 1] = el("ol", { class = "history" }, items)
  end
  if spec.name == "entities" or spec.name == "members" or spec.name == "observers" or spec.name == "partners" then
    local ms = meetings_of(ctx, rec.id)
    body[#body + 1] = el("h2", nil, T(ctx, "meetings_of", #ms))
    body[#body + 1] = records_table(ctx, M.BY_NAME.meetings, { "date", "title", "kind", "host" }, ms, false)
    local docs, seen = {}, {}
    for _, m in ipairs(ms) do
      for _, d in ipairs(collection_rows(ctx, "documents")) do
        if d.meeting == m.id and not seen[d.id] then seen[d.id] = true; docs[#docs + 1] = d end
      end
    end
    body[#body + 1] = el("h2", nil, T(ctx, "documents_of", #docs))
    body[#body + 1] = records_table(ctx, M.BY_NAME.documents, { "date", "title", "meeting" }, docs, false)
  end
  if spec.name == "meetings" or spec.name == "summits" then
    local parts = {}
    for _, p in ipairs(rec.participants or {}) do
      parts[#parts + 1] = el("li", nil, el("a", { href = ctx:href("/entities/" .. encode(p.entity)) },
        shown_value(ctx, "host", p.entity)), p.role and p.role ~= "participant" and (" (" .. p.role .. ")") or "")
    end
    if #parts > 0 then
      body[#body + 1] = el("h2", nil, T(ctx, "participants", #parts))
      body[#body + 1] = el("ul", nil, parts)
    end
    local docs = {}
    for _, d in ipairs(collection_rows(ctx, "documents")) do if d.meeting == rec.id then docs[#docs + 1] = d end end
    if #docs > 0 then
      body[#body + 1] = el("h2", nil, T(ctx, "documents_of", #docs))
      body[#body + 1] = records_table(ctx, M.BY_NAME.documents, { "date", "title" }, docs, false)
    end
  end
  local kind = ({ entities = "entity", members = "entity", observers = "entity", partners = "entity",
                  meetings = "meeting", summits = "meeting", documents = "document" })[spec.name]
  if kind then
    local ds = disputes_of(ctx, kind, tostring(rec.id))
    if #ds > 0 then
      body[#body + 1] = el("h2", nil, T(ctx, "disputes", #ds))
      body[#body + 1] = records_table(ctx, M.BY_NAME.discrepancies, { "title", "field" }, ds, false)
    end
  end
  if type(rec.sources) == "table" and #rec.sources > 0 then
    local items = {}
    local by_id = {}
    for _, s in ipairs(collection_rows(ctx, "sources")) do by_id[s.id] = s end
    for _, sid in ipairs(rec.sources) do
      local s = by_id[sid]
      items[#items + 1] = el("li", nil, el("a", { href = ctx:href("/sources/" .. encode(sid)) }, sid), " ",
        s and i18n.field(s, "title", ctx.lang) or "")
    end
    body[#body + 1] = el("h2", nil, T(ctx, "sources"))
    body[#body + 1] = el("ul", nil, items)
  end
  body[#body + 1] = ctx.export and "" or el("p", nil, el("a", { href = ctx.path .. ".json" }, "JSON"))
  return html_response(200, M.page(ctx, title, body))
end

-- The inside of a report's html rendering (between <body> and </body>, without its <h1>): the
-- report engine's own markup, put inside the app's frame.
local function report_body(text)
  local inner = text:match("<body>(.*)</body>") or ""
  inner = inner:gsub("^%s*<h1>.-</h1>", "", 1)
  return inner
end

--- Renders report `name` with the report engine in ctx's language and date; a 404 when unknown.
local function render_report(ctx, name, fmt)
  local report = require "cica.report"
  if not report.locate(name) or name:find("/", 1, true) or name:match("%.lua$") then
    fail(404, "no_report", name, report.available())
  end
  local ok, text, spec = pcall(report.render, name, { format = fmt, lang = ctx.lang, as_of = ctx.as_of })
  if not ok then
    if tostring(text):match("time limit exceeded") or tostring(text):match("not enough memory") then error(text, 0) end
    fail(500, "report_failed", name, tostring(text))
  end
  return text, spec
end

--- The Datasette-shaped JSON value of a report (the format spec cica.report.build made):
-- `columns` (the column keys, in order), `rows` (arrays in that order; objects with
-- _shape=objects), `total`, and the report's metadata beside them as Datasette puts a table's
-- (`title`, `description`, `sources`), with `name`, `lang`, `as_of` (the dataset's date),
-- `view_date` (the as-of date asked for, or null), `column_titles`, `notes` and `chart`.
function M.report_json(ctx, spec)
  local shape = row_shape(ctx)
  local keys, titles = {}, {}
  for i, c in ipairs(spec.columns) do keys[i], titles[i] = c.key, c.title end
  local rows = {}
  for i, r in ipairs(spec.rows) do
    local values = {}
    for j, k in ipairs(keys) do values[j] = r[k] end
    rows[i] = shaped_row(shape, keys, values)
  end
  local sources = {}
  for i, src in ipairs(spec.sources or {}) do
    sources[i] = { id = src.id, title = src.title or format.null, url = src.url or format.null }
  end
  local chart = format.null
  if spec.chart then
    local series = {}
    for i, x in ipairs(spec.chart.series or {}) do series[i] = { key = x.key, title = x.title or format.null } end
    chart = { type = spec.chart.type, x = spec.chart.x or format.null, title = spec.chart.title or format.null,
              series = series }
  end
  local notes = spec.notes
  if type(notes) ~= "table" then notes = {} end
  return { name = spec.name, title = spec.title, description = spec.description or format.null,
           lang = spec.lang or ctx.lang, as_of = spec.as_of or format.null,
           view_date = spec.view_date or format.null, columns = keys, column_titles = titles,
           rows = rows, total = #rows, next = format.null, notes = notes, chart = chart, sources = sources }
end

-- /reports: the list; /reports/<name>: the report page (its chart inline), .json and .csv.
function pages.reports(ctx)
  local report = require "cica.report"
  local list = report.list()
  local items = {}
  for _, r in ipairs(list) do
    items[#items + 1] = el("li", nil, el("a", { href = ctx:href("/reports/" .. encode(r.name)) }, r.title or r.name),
      r.user and el("span", { class = "muted" }, " (", T(ctx, "user_report"), ")") or "",
      el("br"), el("span", { class = "muted" }, r.description or ""))
  end
  return html_response(200, M.page(ctx, T(ctx, "nav_reports"), el("ul", nil, items)))
end

function pages.report(ctx, name, fmt)
  if fmt == "json" then
    row_shape(ctx) -- a bad _shape runs no report
    local _, spec = render_report(ctx, name, "json")
    return json_response(200, M.report_json(ctx, spec))
  elseif fmt == "csv" then
    return 200, headers_for("text/csv; charset=utf-8"), (render_report(ctx, name, "csv"))
  end
  local text = render_report(ctx, name, "html")
  local title = text:match("<title>(.-)</title>") or name
  title = title:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&#39;", "'"):gsub("&amp;", "&")
  local links = el("p", nil, el("a", { href = ctx:href("/reports/" .. encode(name) .. ".csv") }, "CSV"), " · ",
    el("a", { href = ctx:href("/reports/" .. encode(name) .. ".json") }, "JSON"))
  return html_response(200, M.page(ctx, title, { raw(report_body(text)), links }))
end

-- Turns a search snippet's **marks** into <mark>, escaping the rest.
local function snippet_html(s)
  local out, i = {}, 1
  while true do
    local a, b = s:find("**", i, true)
    if not a then out[#out + 1] = html.escape(s:sub(i)) break end
    local c, d = s:find("**", b + 1, true)
    if not c then out[#out + 1] = html.escape(s:sub(i)) break end
    out[#out + 1] = html.escape(s:sub(i, a - 1)) .. "<mark>" .. html.escape(s:sub(b + 1, c - 1)) .. "</mark>"
    i = d + 1
  end
  return raw(table.concat(out))
end

-- /search?q=: every record matching, with links to its page; suggestions when nothing matches.
function pages.search(ctx, fmt)
  if fmt == "json" then row_shape(ctx) end
  local q = ctx.params.q or ""
  local results, suggestions = {}, {}
  if q ~= "" then
    local ok, found = pcall(cica.search, q)
    if ok and #found == 0 then
      local ok2, s = pcall(require("cica.search").suggest, cica, q)
      if ok2 then suggestions = s end
    end
    if not ok then fail(400, "bad_search", tostring(found):gsub("^[^:]*:%d+: ", "")) end
    results = found
  end
  if fmt == "json" then
    local shape, columns = row_shape(ctx), { "kind", "id", "title", "snippet", "url" }
    local rows = {}
    for i, r in ipairs(results) do
      local coll = KIND_COLLECTION[r.kind]
      rows[i] = shaped_row(shape, columns,
        { r.kind, r.id, r.title, r.snippet, coll and ("/" .. coll .. "/" .. encode(r.id)) or nil })
    end
    return json_response(200, { columns = columns, rows = rows,
                                total = #rows, suggestions = suggestions })
  end
  local body = { el("form", { method = "get", action = "/search" },
    el("input", { type = "search", name = "q", value = q, ["aria-label"] = T(ctx, "search") }), " ",
    ctx.lang_in_url and el("input", { type = "hidden", name = "lang", value = ctx.lang }) or "",
    ctx.as_of and el("input", { type = "hidden", name = "as_of", value = ctx.as_of }) or "",
    el("button", { type = "submit" }, T(ctx, "search"))) }
  if q ~= "" then body[#body + 1] = el("p", { class = "muted" }, T(ctx, "results", #results, q)) end
  for _, r in ipairs(results) do
    local coll = KIND_COLLECTION[r.kind]
    local title = coll and el("a", { href = ctx:href("/" .. coll .. "/" .. encode(r.id), { q = false }) }, r.title) or r.title
    body[#body + 1] = el("div", { class = "result" }, el("span", { class = "kind" }, T(ctx, "kind_" .. r.kind)),
      el("strong", nil, title), el("br"), snippet_html(r.snippet or ""))
  end
  if #suggestions > 0 then
    local items = {}
    for i, s in ipairs(suggestions) do items[i] = el("a", { href = ctx:href("/search", { q = s }) }, s) end
    body[#body + 1] = el("p", nil, T(ctx, "did_you_mean"), " ", html.join(items, " · "))
  end
  return html_response(200, M.page(ctx, T(ctx, "search"), body))
end

-- /sql?q=: one read-only query through the API user code gets (the --safe sandbox's), at most
-- rows_limit rows, under the request's time and memory limits.
function pages.sql(ctx, fmt)
  if fmt == "json" then row_shape(ctx) end -- a bad _shape runs no query
  local q = ctx.params.q or ""
  local columns, rows, truncated = {}, {}, false
  local problem
  if q ~= "" then
    local ok_host, host = pcall(require, "cica.host")
    local api = ok_host and host.user_api and host.user_api() or cica
    local ok, err = pcall(function()
      local seen = {}
      for row in api.rows(q) do
        if #rows >= M.config.rows_limit then truncated = true break end
        for k in pairs(row) do
          if not seen[k] then seen[k] = true; columns[#columns + 1] = k end
        end
        rows[#rows + 1] = row
      end
    end)
    if not ok then
      local msg = tostring(err)
      if msg:match("time limit exceeded") or msg:match("not enough memory") then error(msg, 0) end
      problem = msg:gsub("^[^\n]-:%d+: ", ""):gsub("\n.*", "")
    end
  end
  -- the rows are tables keyed by column name: put the columns in the order the query text
  -- names them (where it does), the others after them by name
  local lower_q = q:lower()
  local function at(c) return lower_q:find(c:lower(), 1, true) or math.huge end
  table.sort(columns, function(a, b)
    local x, y = at(a), at(b)
    if x ~= y then return x < y end
    return a < b
  end)
  if fmt == "json" then
    local shape = row_shape(ctx)
    if problem then return json_response(400, { error = T(ctx, "sql_error", problem), status = 400 }) end
    local out = {}
    for i, r in ipairs(rows) do
      local values = {}
      for j, c in ipairs(columns) do values[j] = r[c] end
      out[i] = shaped_row(shape, columns, values)
    end
    return json_response(200, { columns = columns, rows = out, truncated = truncated })
  end
  if fmt == "csv" then
    if problem then fail(400, "sql_error", problem) end
    local cols = {}
    for i, c in ipairs(columns) do cols[i] = { key = c, title = c } end
    return 200, headers_for("text/csv; charset=utf-8"), format.render({ columns = cols, rows = rows }, "csv", {})
  end
  local body = { el("form", { method = "get", action = "/sql" },
    el("textarea", { name = "q", rows = 5, ["aria-label"] = "SQL" }, q),
    ctx.lang_in_url and el("input", { type = "hidden", name = "lang", value = ctx.lang }) or "",
    el("button", { type = "submit" }, T(ctx, "run"))),
    el("p", { class = "muted" }, T(ctx, "sql_help", M.config.rows_limit)) }
  if problem then
    body[#body + 1] = el("div", { class = "error" }, T(ctx, "sql_error", problem))
    return html_response(400, M.page(ctx, "SQL", body))
  end
  if q ~= "" then
    local heads = {}
    for i, c in ipairs(columns) do heads[i] = el("th", nil, c) end
    local trs = {}
    for i, r in ipairs(rows) do
      local tds = {}
      for j, c in ipairs(columns) do tds[j] = el("td", nil, format.cell(r[c])) end
      trs[i] = el("tr", nil, tds)
    end
    body[#body + 1] = el("div", { class = "table" }, el("table", nil, el("thead", nil, el("tr", nil, heads)), el("tbody", nil, trs)))
    body[#body + 1] = el("p", { class = "muted" }, T(ctx, truncated and "rows_truncated" or "rows_count", #rows))
    local qs = "?q=" .. encode(q)
    body[#body + 1] = el("p", nil, el("a", { href = "/sql.csv" .. qs }, "CSV"), " · ", el("a", { href = "/sql.json" .. qs }, "JSON"))
  end
  return html_response(200, M.page(ctx, "SQL", body))
end

-- /: counts on the date shown, links to every collection and report, then the overview report.
function pages.home(ctx)
  local c = ctx:data()
  local chair
  for _, ch in ipairs(c.chairs or {}) do if not ch.to or ch.to == "" then chair = ch end end
  local cards = {
    el("li", nil, el("strong", nil, #c.members), el("a", { href = ctx:href("/members") }, T(ctx, "coll_members"))),
    el("li", nil, el("strong", nil, #c.observers), el("a", { href = ctx:href("/observers") }, T(ctx, "coll_observers"))),
    el("li", nil, el("strong", nil, #c.partners), el("a", { href = ctx:href("/partners") }, T(ctx, "coll_partners"))),
    el("li", nil, el("strong", nil, #c.meetings), el("a", { href = ctx:href("/meetings") }, T(ctx, "coll_meetings"))),
    el("li", nil, el("strong", nil, #c.documents), el("a", { href = ctx:href("/documents") }, T(ctx, "coll_documents"))),
    chair and el("li", nil, el("strong", nil, chair.name or chair.country), T(ctx, "chair_now")) or "",
  }
  local colls = {}
  for _, spec in ipairs(M.COLLECTIONS) do
    colls[#colls + 1] = el("li", nil, el("a", { href = ctx:href("/" .. spec.name) }, T(ctx, "coll_" .. spec.name)))
  end
  local overview = render_report(ctx, "overview", "html")
  local body = { el("ul", { class = "cards" }, cards),
    el("h2", nil, T(ctx, "collections")), el("ul", nil, colls),
    el("h2", nil, el("a", { href = ctx:href("/reports/overview") }, T(ctx, "overview_report"))),
    raw(report_body(overview)) }
  return html_response(200, M.page(ctx, T(ctx, "home_title"), body))
end

-- --- errors -------------------------------------------------------------------------------------

local REASONS = { [400] = "Bad Request", [404] = "Not Found", [405] = "Method Not Allowed",
                  [413] = "Content Too Large", [414] = "URI Too Long", [421] = "Misdirected Request",
                  [403] = "Forbidden", [500] = "Internal Server Error", [503] = "Service Unavailable" }

--- The error response for status with the message text: a page, or JSON for a .json URL or a
-- client that asks for JSON only.
function M.error_response(ctx, status, text, wants_json, extra)
  if wants_json then
    local s, h, b = json_response(status, { error = text, status = status })
    for k, v in pairs(extra or {}) do h[k] = v end
    return s, h, b
  end
  ctx = ctx or setmetatable({ lang = M.default_lang(nil), params = {}, path = "/" }, Ctx)
  local title = T(ctx, "error_title", status)
  local body = { el("div", { class = "error" }, el("p", nil, text)),
    el("p", nil, el("a", { href = "/" }, T(ctx, "back_home"))) }
  local ok, page = pcall(M.page, ctx, title, body)
  if not ok then
    page = "<!DOCTYPE html>\n<title>" .. html.escape(title) .. "</title><p>" .. html.escape(text) .. "</p>\n"
  end
  return html_response(status, page, extra)
end

M.REASONS = REASONS

--- The message of an error raised while making a page: an HTTP error's text in ctx's language,
-- else the error itself (its first line).
function M.error_text(ctx, err)
  if getmetatable(err) == HttpError then return T(ctx, err.key, table.unpack(err.args, 1, err.args.n)) end
  return (tostring(err):gsub("\n.*", ""))
end

-- --- dispatch -----------------------------------------------------------------------------------

-- The route of a decoded path: a handler and its arguments. Raises 404/405.
local function route(ctx, method, path)
  local base, fmt = path:match("^(.-)%.(json)$")
  if not base then base, fmt = path:match("^(.-)%.(csv)$") end
  if not base then base = path end
  if base ~= "/" and base:sub(-1) == "/" then base = base:sub(1, -2) end
  ctx.path = base
  local quiz_ok, quiz = pcall(require, "cica.serve.quiz")
  if base == "/quiz" or base:match("^/quiz/") then
    if not quiz_ok then error(quiz, 0) end
    return quiz.route(ctx, method, base, fmt)
  end
  if method == "POST" then fail(405, "method", method, "GET, HEAD") end
  if base == "/static/cica.css" and not fmt then
    return 200, headers_for("text/css; charset=utf-8", { ["Cache-Control"] = "max-age=3600" }), assets.css
  elseif base == "/static/cica.js" and not fmt then
    return 200, headers_for("text/javascript; charset=utf-8", { ["Cache-Control"] = "max-age=3600" }), assets.js
  elseif base == "/" and not fmt then return pages.home(ctx)
  elseif base == "/search" then return pages.search(ctx, fmt)
  elseif base == "/sql" then return pages.sql(ctx, fmt)
  elseif base == "/reports" and not fmt then return pages.reports(ctx)
  end
  local name = base:match("^/reports/([^/]+)$")
  if name then return pages.report(ctx, name, fmt) end
  local coll, id = base:match("^/([%w_]+)/(.+)$")
  if coll and M.BY_NAME[coll] and not id:find("/", 1, true) then return pages.record(ctx, M.BY_NAME[coll], id, fmt) end
  coll = base:match("^/([%w_]+)$")
  if coll and M.BY_NAME[coll] then return pages.collection(ctx, M.BY_NAME[coll], fmt) end
  fail(404, "not_found", path)
end
M.route = route

--- Whether the Host header names this server (DNS rebinding): one of config.hosts.
-- Bound to a wildcard address (--host 0.0.0.0 or ::), the server cannot know the names it is
-- reached by: it then also accepts a Host that is a numeric address with its port (a rebinding
-- attack needs a DNS name, never an address literal).
function M.host_allowed(host)
  if type(host) ~= "string" then return false end
  host = host:lower()
  if M.config.hosts[host] == true then return true end
  if M.config.wildcard_port then
    local name, port = host:match("^(%d+%.%d+%.%d+%.%d+):(%d+)$")
    if not name then name, port = host:match("^(%[[%x:%.]+%]):(%d+)$") end
    return name ~= nil and tonumber(port) == M.config.wildcard_port
  end
  return false
end

--- The whole answer to one request (see src/serve.c): status, headers, body.
function M.handle(req)
  local ctx
  local uri = req.uri or "/"
  local wants_json = (uri:match("^[^?]*%.json") ~= nil)
    or ((req.headers or {}).accept or ""):match("^application/json") ~= nil
  local ok, s, h, b = pcall(function()
    local method = req.method
    if method ~= "GET" and method ~= "HEAD" and method ~= "POST" then
      fail(405, "method", method, "GET, HEAD, POST")
    end
    local headers = req.headers or {}
    if not headers.host then fail(400, "no_host") end
    if not M.host_allowed(headers.host) then fail(421, "bad_host", headers.host) end
    if #uri > M.config.max_uri then fail(414, "uri_too_long", M.config.max_uri) end
    if req.too_large then fail(413, "too_large", M.config.max_body or 65536) end
    local path, params = M.parse_uri(uri)
    ctx = M.context(path, params, headers)
    ctx.request = req
    req.lang = ctx.lang -- for on_error: a page stopped by a limit answers in the page's language
    return route(ctx, method, path)
  end)
  if ok then return s, h, b end
  if getmetatable(s) == HttpError then
    local lang_ctx = ctx or setmetatable({ lang = M.default_lang(req.headers), params = {}, path = "/" }, Ctx)
    local text = T(lang_ctx, s.key, table.unpack(s.args, 1, s.args.n))
    local extra
    if s.status == 405 then extra = { Allow = s.args[2] } end
    return M.error_response(lang_ctx, s.status, text, wants_json, extra)
  end
  error(s, 0) -- a bug or a limit: on_error answers
end

--- The answer when handle failed (an error in cica's code, the time or the memory limit): the
-- message goes to stderr, the page says only what happened.
function M.on_error(req, message)
  message = tostring(message)
  local limit = message:match("^time limit exceeded") or message:match("not enough memory")
  if not limit then io.stderr:write("cica serve: ", (req and req.uri) or "?", ": ", message, "\n") end
  local ctx = setmetatable({ lang = req and req.lang or M.default_lang(req and req.headers), params = {}, path = "/" }, Ctx)
  local wants_json = req and (req.uri or ""):match("^[^?]*%.json") ~= nil
  local key = message:match("^time limit exceeded") and "time_limit" or message:match("not enough memory") and "memory_limit"
    or "internal"
  return M.error_response(ctx, limit and 503 or 500, T(ctx, key), wants_json)
end

return M
