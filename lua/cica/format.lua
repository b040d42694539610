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
--     labels  = { sources = "Sources", no_rows = "(no rows)", rows = "%d rows",
--                 as_of = "Data as of" } }
-- Titles may be localized tables ({ ["zh-Hans"] = …, ["zh-Hant"] = …, en = … }), picked with
-- opts.lang. Every formatter is `M.<name>(spec, opts) -> string`; M.render(spec, name, opts) too.
-- Depends only on cica.width and the Lua standard library, so any script can use it.
local width = require "cica.width"
local json = require "cica.format.json"

local M = {}

M.names = { "text", "md", "csv", "json", "html", "svg" }
M.null = json.null            -- a JSON null that can stand inside arrays
M.encode_json = json.encode   -- any Lua value as compact JSON

local LANG_FALLBACK = {
  ["zh-Hans"] = { "zh-Hans", "zh-Hant", "en" },
  ["zh-Hant"] = { "zh-Hant", "zh-Hans", "en" },
  en = { "en", "zh-Hans", "zh-Hant" },
}

--- The text of v in `lang`: v itself when it is not a table, else the closest language present
-- (a Chinese variant falls back to the other variant before English).
function M.localize(v, lang)
  if type(v) ~= "table" then return v end
  for _, code in ipairs(LANG_FALLBACK[lang or "zh-Hans"] or LANG_FALLBACK["zh-Hans"]) do
    if v[code] ~= nil then return v[code] end
  end
  local _, any = next(v)
  return any
end

--- The text of one cell: nil is empty, integers print without a decimal point, arrays are
-- joined with ", ", other tables are shown as JSON.
function M.cell(v)
  local ty = type(v)
  if v == nil or v == json.null then return "" end
  if ty == "string" then return v end
  if ty == "number" then
    if math.type(v) == "integer" then return string.format("%d", v) end
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
function M.shown(col, row)
  local v = row[col.key]
  if v == json.null then v = nil end
  if col.display then
    local s = col.display(v, row)
    return s == nil and "" or M.cell(s)
  end
  return M.cell(v)
end

-- A column given as a string is its own key and title.
local function column(c, i, lang)
  if type(c) == "string" then return { key = c, title = c } end
  if type(c) ~= "table" or type(c.key) ~= "string" then
    error(string.format("column %d must be a string or a table with a string 'key'", i), 0)
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
      if type(v) ~= "number" then return "left" end
      seen = true
    end
  end
  return seen and "right" or "left"
end

--- A copy of spec with columns as tables, titles resolved in opts.lang, rows as an array,
-- sources as { id, title, url } tables and notes as an array of strings. Raises on bad shapes.
function M.normalize(spec, opts)
  opts = opts or {}
  if spec._normalized then return spec end
  if type(spec) ~= "table" then error("format: the spec must be a table", 0) end
  local lang = opts.lang or spec.lang
  local rows = spec.rows
  if type(rows) == "function" then rows = rows() end
  if type(rows) ~= "table" then error("format: 'rows' must be an array of tables", 0) end
  for i, r in ipairs(rows) do
    if type(r) ~= "table" then error(string.format("format: row %d is a %s, not a table", i, type(r)), 0) end
  end
  if type(spec.columns) ~= "table" or #spec.columns == 0 then
    error("format: 'columns' must be a non-empty array", 0)
  end
  local cols = {}
  for i, c in ipairs(spec.columns) do
    cols[i] = column(c, i, lang)
    cols[i].align = cols[i].align or guess_align(cols[i].key, rows)
  end
  local notes = spec.notes
  if type(notes) == "table" and #notes == 0 then notes = M.localize(notes, lang) end
  if type(notes) == "string" then notes = { notes } end
  local list = {}
  for i, n in ipairs(notes or {}) do list[i] = M.cell(M.localize(n, lang)) end
  local sources = {}
  for i, s in ipairs(spec.sources or {}) do
    if type(s) == "string" then s = { id = s } end
    sources[i] = { id = s.id, title = M.localize(s.title, lang), url = s.url }
  end
  local chart = spec.chart
  if chart then
    chart = { type = chart.type or "line", x = chart.x, title = M.localize(chart.title, lang),
              y_title = M.localize(chart.y_title, lang), series = {} }
    for i, s in ipairs(spec.chart.series or {}) do
      if type(s) == "string" then s = { key = s } end
      local title = M.localize(s.title, lang)
      if title == nil then
        for _, c in ipairs(cols) do if c.key == s.key then title = c.title end end
      end
      chart.series[i] = { key = s.key, title = title or s.key, color = s.color }
    end
  end
  local labels = { sources = "Sources", notes = "Notes", no_rows = "(no rows)", rows = "%d rows",
                   one_row = "1 row", as_of = "Data as of" }
  for k, v in pairs(spec.labels or {}) do labels[k] = M.localize(v, lang) end
  return {
    _normalized = true, name = spec.name, lang = lang,
    title = M.localize(spec.title, lang), description = M.localize(spec.description, lang),
    columns = cols, rows = rows, notes = list, sources = sources, chart = chart,
    labels = labels, as_of = spec.as_of,
  }
end

local FORMATTERS = {
  text = "cica.format.text", md = "cica.format.md", csv = "cica.format.csv",
  json = "cica.format.json", html = "cica.format.html", svg = "cica.format.svg",
}

--- True when spec can be rendered as `name` (svg needs a chart).
function M.supports(spec, name)
  if not FORMATTERS[name] then return false end
  if name == "svg" then return spec.chart ~= nil end
  return true
end

--- The formats spec can be rendered in, in the order of M.names.
function M.available(spec)
  local out = {}
  for _, n in ipairs(M.names) do
    if M.supports(spec, n) then out[#out + 1] = n end
  end
  return out
end

--- spec rendered as format `name` ("text", "md", "csv", "json", "html" or "svg").
function M.render(spec, name, opts)
  local mod = FORMATTERS[name]
  if not mod then
    error(string.format("unknown format '%s' (formats: %s)", tostring(name), table.concat(M.names, ", ")), 2)
  end
  return require(mod).render(M.normalize(spec, opts), opts or {})
end

-- format.text(spec, opts), format.md(spec, opts), … for scripts.
for _, name in ipairs(M.names) do
  M[name] = function(spec, opts) return M.render(spec, name, opts) end
end

return M
