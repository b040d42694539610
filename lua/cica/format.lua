-- cica.format: turn a table spec into text, Markdown, CSV, JSON, HTML or SVG.
--
-- A spec is a plain table; every field but `columns` and `rows` is optional:
--   { title = "…", description = "…",
--     columns = { "code", { key = "name", title = "Name", align = "left", max = 30,
--                           overflow = "wrap"|"truncate", display = function(v, row) … end }, … },
--     rows    = { { code = "KZ", name = "Kazakhstan" }, … },
--     notes   = "…" or { "…", … },
--     sources = { { id = "R1", title = "…", url = "…" }, … },
--     chart   = { type = "line"|"bar", x = "year", title = "…",
--                 series = { { key = "members", title = "…" }, … } },
--     as_of   = "2025-10-01",            -- shown after the sources
--     view_date = "2014-05-20",          -- the date of an as-of view (labels.view says it)
--     labels  = { sources = "Sources", no_rows = "(no rows)", rows = "%d rows",
--                 as_of = "Data as of", view = "As it stood on 2014-05-20" } }
-- Titles may be localized tables ({ ["zh-Hans"] = …, ["zh-Hant"] = …, en = … }), picked with
-- opts.lang. Every formatter is `M.<name>(spec, opts) -> string`; M.render(spec, name, opts) too.
-- Depends only on cica.width, cica.lang, cica.discover and the Lua standard library, so any script can use it.
-- The formats are the modules cica.format.NAME that have a render function, found by
-- cica.discover and listed by their `order` field: a new format is a new file (see
-- docs/adding-an-extension.md). A format module may also carry `extensions` (the file
-- extensions that pick it besides its name, the first one its own: -o FILE and the golden
-- files) and `needs_chart = true` (only reports with a chart can be rendered in it).
local width = require "cica.width"
local json = require "cica.format.json"
local discover = require "cica.discover"
local i18n = require "cica.lang"

local PREFIX = "cica.format"

local M = {}

-- M.names ({ "text", "md", … }, in listing order) is found on first use: the format modules
-- require this one, so they cannot be loaded while it loads. A module that fails to load is
-- listed (using it raises its error); one that loads without a render function is not a format.
setmetatable(M, { __index = function(t, key)
  if key ~= "names" then return nil end
  local names = {}
  for _, e in ipairs(discover.bundled(PREFIX)) do
    if e.module == nil or (type(e.module) == "table" and type(e.module.render) == "function") then
      names[#names + 1] = e.name
    end
  end
  rawset(t, "names", names)
  return names
end })
M.null = json.null            -- a JSON null that can stand inside arrays
M.encode_json = json.encode   -- any Lua value as compact JSON

-- Raises "<fname>: <message>" in the display language (the message argerr.<key> formatted with
-- ...) located `up` frames above the function that calls fail (1: the caller of that function),
-- so an error in a script's call names the script's line. The helpers below take `up` the same
-- way: frames above the function that calls them.
local function fail(up, fname, key, ...)
  i18n.fail(up + 2, fname, key, ...)
end

-- Raises "<fname>: expected <what>, got <got>" in the display language (what: a key
-- "argerr.w_*", formatted with ...) located as fail.
local function expected(up, fname, got, what, ...)
  i18n.argerror(up + 2, fname, what, got, ...)
end

-- Checks that `lang` is nil or a string; `fname` names the public function in the message.
local function check_lang(lang, fname, up)
  if lang ~= nil and type(lang) ~= "string" then
    expected(up + 1, fname, type(lang), "lang_or_nil", i18n.alternatives(i18n.codes))
  end
end

--- The text of v in `lang`: v itself when it is not a table, else the closest language present
-- (a Chinese variant falls back to the other variant before English).
function M.localize(v, lang)
  check_lang(lang, "cica.format.localize", 1)
  if type(v) ~= "table" then return v end
  local text = i18n.text(v, i18n.valid(lang) and lang or i18n.default)
  if text ~= nil then return text end
  local _, any = next(v)
  return any
end

--- The text of one cell: nil is empty, integers print without a decimal point, arrays are
-- joined with ", ", other tables are shown as JSON.

function M.cell(v)
  if v == nil or v == json.null then return "" end
  local ty = type(v)
  if ty == "string" then return v end
  if ty == "number" then
    if math.type(v) == "integer" then return json.integer_text(v) end -- (remembered there)
    if v == math.floor(v) and math.abs(v) < 2^53 then return string.format("%.1f", v) end
    return (string.format("%.10g", v))
  end
  if ty == "table" then
    local mt = getmetatable(v)
    if mt and mt.__tostring then return tostring(v) end
    if next(v) == nil then return "" end
    if #v > 0 then
      local parts = {}
      for i, x in ipairs(v) do parts[i] = M.cell(x) end
      return table.concat(parts, ", ")
    end
    return json.encode(v)
  end
  return tostring(v)
end

--- The text a column shows for a row in text, md and html: the column's `display(value, row)`
-- when it has one (e.g. a tick for true), else M.cell(value). csv and json keep raw values.
-- M.shown without checking its arguments: the formats' own loops, over a normalized spec.
local function shown(col, row)
  local v = row[col.key]
  if v == json.null then v = nil end
  local display = col.display
  if display then
    local s = display(v, row)
    return s == nil and "" or M.cell(s)
  end
  return M.cell(v)
end
M.shown_unchecked = shown

function M.shown(col, row)
  if type(col) ~= "table" then
    expected(1, "cica.format.shown", type(col), "column_arg")
  end
  if type(row) ~= "table" then
    expected(1, "cica.format.shown", type(row), "row_arg")
  end
  return shown(col, row)
end

-- A column given as a string is its own key and title.
local function column(c, i, lang)
  if type(c) == "string" then return { key = c, title = c } end
  if type(c) ~= "table" or type(c.key) ~= "string" then
    error(i18n.t("argerr.s_column", nil, i), 0)
  end
  local out = {}
  for k, v in pairs(c) do out[k] = v end
  out.title = M.cell(M.localize(c.title, lang) or c.key)
  return out
end

-- Numbers line up on the right; everything else on the left.
local function guess_align(key, rows)
  local seen = false
  for _, r in ipairs(rows) do
    local v = r[key]
    if v ~= nil and v ~= "" and v ~= json.null then
      -- a number is its own tonumber() (NaN aside, which is a number too); cheaper than type(),
      -- which makes a string at every call, row after row
      if tonumber(v) ~= v and v == v then return "left" end
      seen = true
    end
  end
  return seen and "right" or "left"
end

-- Checks a spec and the options given to a public function named fname and returns the spec
-- normalized. Errors name fname and are located `up` frames above check_spec's caller.
local normalize
local function check_spec(spec, opts, fname, up)
  if type(spec) ~= "table" then
    expected(up + 1, fname, type(spec), "spec")
  end
  if opts ~= nil and type(opts) ~= "table" then
    expected(up + 1, fname, type(opts), "options")
  end
  if opts then check_lang(opts.lang, fname, up + 1) end
  local out = normalize(spec, opts or {}, fname, up + 1)
  return out
end
M.check_spec = check_spec

--- A copy of spec with columns as tables, titles resolved in opts.lang, rows as an array,
-- sources as { id, title, url } tables and notes as an array of strings. Raises on bad shapes.
function M.normalize(spec, opts)
  local out = check_spec(spec, opts, "cica.format.normalize", 1)
  return out
end

normalize = function(spec, opts, fname, up)
  if spec._normalized then return spec end
  local lang = opts.lang or spec.lang
  if lang ~= nil and type(lang) ~= "string" then
    fail(up + 1, fname, "s_lang", type(lang))
  end
  local rows = spec.rows
  if type(rows) == "function" then rows = rows() end
  if type(rows) ~= "table" then fail(up + 1, fname, "s_rows") end
  for i, r in ipairs(rows) do
    if type(r) ~= "table" then fail(up + 1, fname, "s_row", i, type(r)) end
  end
  if type(spec.columns) ~= "table" or #spec.columns == 0 then
    fail(up + 1, fname, "s_columns")
  end
  local cols = {}
  for i, c in ipairs(spec.columns) do
    if type(c) ~= "string" and (type(c) ~= "table" or type(c.key) ~= "string") then
      fail(up + 1, fname, "s_column", i)
    end
    if type(c) == "table" then
      local a = c.align
      if a ~= nil and a ~= "left" and a ~= "right" and a ~= "center" then
        fail(up + 1, fname, "s_align", c.key)
      end
      if c.max ~= nil and type(c.max) ~= "number" then
        fail(up + 1, fname, "s_max", c.key)
      end
      if c.display ~= nil and type(c.display) ~= "function" then
        fail(up + 1, fname, "s_display", c.key)
      end
    end
    cols[i] = column(c, i, lang)
    cols[i].align = cols[i].align or guess_align(cols[i].key, rows)
  end
  local notes = spec.notes
  if type(notes) == "table" and #notes == 0 then notes = M.localize(notes, lang) end
  if type(notes) == "string" then notes = { notes } end
  local list = {}
  for i, n in ipairs(notes or {}) do list[i] = M.cell(M.localize(n, lang)) end
  local sources = {}
  if spec.sources ~= nil and type(spec.sources) ~= "table" then
    fail(up + 1, fname, "s_sources")
  end
  for i, s in ipairs(spec.sources or {}) do
    if type(s) == "string" then s = { id = s } end
    if type(s) ~= "table" then fail(up + 1, fname, "s_source", i) end
    sources[i] = { id = s.id, title = M.localize(s.title, lang), url = s.url }
  end
  local chart = spec.chart
  if chart ~= nil and type(chart) ~= "table" then fail(up + 1, fname, "s_chart") end
  if chart then
    chart = { type = chart.type or "line", x = chart.x, title = M.localize(chart.title, lang),
              y_title = M.localize(chart.y_title, lang), series = {} }
    for i, s in ipairs(spec.chart.series or {}) do
      if type(s) == "string" then s = { key = s } end
      if type(s) ~= "table" then fail(up + 1, fname, "s_series", i) end
      local title = M.localize(s.title, lang)
      if title == nil then
        for _, c in ipairs(cols) do if c.key == s.key then title = c.title end end
      end
      chart.series[i] = { key = s.key, title = title or s.key, color = s.color }
    end
  end
  -- labels the spec leaves out: the catalogue's (cica.messages.report) in opts.lang; without a
  -- language, the plain English ones these functions have always had
  local labels = { sources = "Sources", no_rows = "(no rows)", rows = "%d rows", one_row = "1 row",
                   as_of = "Data as of", view = "As it stood on %s" }
  if i18n.valid(lang) then
    for k in pairs(labels) do labels[k] = i18n.t("report." .. k, lang) end
  end
  if spec.labels ~= nil and type(spec.labels) ~= "table" then fail(up + 1, fname, "s_labels") end
  for k, v in pairs(spec.labels or {}) do labels[k] = M.localize(v, lang) end
  if spec.view_date ~= nil then
    if type(spec.view_date) ~= "string" then fail(up + 1, fname, "s_view_date") end
    labels.view = (tostring(labels.view):gsub("%%s", (spec.view_date:gsub("%%", "%%%%"))))
  else
    labels.view = nil
  end
  return {
    _normalized = true, name = spec.name, lang = lang,
    title = M.localize(spec.title, lang), description = M.localize(spec.description, lang),
    columns = cols, rows = rows, notes = list, sources = sources, chart = chart,
    labels = labels, as_of = spec.as_of, view_date = spec.view_date,
  }
end

--- The module of format `name` (cica.format.NAME), or nil when there is no such format. Loads
-- that module only (M.names loads them all): the same answer as looking it up in M.names.
function M.module(name)
  if type(name) ~= "string" or not discover.has(PREFIX, name) then return nil end
  local mod = require(PREFIX .. "." .. name)
  if type(mod) == "table" and type(mod.render) == "function" then return mod end
  return nil
end

--- True when spec can be rendered as `name` (a format with needs_chart, such as svg, needs a chart).
function M.supports(spec, name)
  if type(spec) ~= "table" then
    expected(1, "cica.format.supports", type(spec), "spec_table_arg")
  end
  local mod = M.module(name)
  if not mod then return false end
  if mod.needs_chart then return spec.chart ~= nil end
  return true
end

--- File extensions and the formats they stand for, in listing order: an array of
-- { ext = "txt", format = "text" }, from each format module's `extensions`.
function M.extensions()
  local out = {}
  for _, name in ipairs(M.names) do
    for _, ext in ipairs(M.module(name).extensions or { name }) do
      out[#out + 1] = { ext = ext, format = name }
    end
  end
  return out
end

--- The formats spec can be rendered in, in the order of M.names.
function M.available(spec)
  if type(spec) ~= "table" then
    expected(1, "cica.format.available", type(spec), "spec_table")
  end
  local out = {}
  for _, n in ipairs(M.names) do
    if M.supports(spec, n) then out[#out + 1] = n end
  end
  return out
end

--- spec rendered as format `name` (one of M.names: "text", "md", …).
-- render for a public function named fname; errors located `up` frames above render_as's caller.
-- (Results go through a local, never a tail call, so the frame counts hold.)
local function render_as(spec, name, opts, fname, up)
  local mod = M.module(name)
  if not mod then
    error(i18n.t("argerr.unknown_format", nil, fname, tostring(name), i18n.join(M.names)), up + 2)
  end
  local out = mod.render(check_spec(spec, opts, fname, up + 1), opts or {})
  return out
end

function M.render(spec, name, opts)
  local out = render_as(spec, name, opts, "cica.format.render", 1)
  return out
end

-- format.text(spec, opts), format.md(spec, opts), … for scripts (every module under the prefix;
-- one that is not a format says so when called).
for _, name in ipairs(discover.names(PREFIX)) do
  if name ~= "names" and rawget(M, name) == nil then   -- never hide one of M's own functions
    local fname = "cica.format." .. name
    M[name] = function(spec, opts)
      local out = render_as(spec, name, opts, fname, 1)
      return out
    end
  end
end

return M
