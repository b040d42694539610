-- cica.format.json: a small JSON encoder for report output and user scripts.
-- Integers stay integers, nil/NaN/infinity become null, strings must be valid UTF-8.
local M = {}

-- A message of the area "format" in the display language (cica.lang).
local function T(key, ...) return require("cica.lang").t("format." .. key, nil, ...) end

-- What cica.format and cica.discover list it by: what it is (the man page says so), its place
-- among the formats, and the file extensions that pick it (the first is its own).
M.description = {
  ["zh-Hans"] = "一个对象：标题、列、行、注释和来源",
  ["zh-Hant"] = "一個物件：標題、欄、列、註釋和來源",
  en = "one object: title, columns, rows, notes and sources" }
M.order = 40
M.extensions = { "json" }

-- A value that encodes as JSON null inside arrays, where a Lua nil would end the array.
-- One sentinel for the whole process: user code's public instance of this module (under --safe)
-- gets this same table (src/sandbox.c), and its metatable is locked, so nobody can change it.
M.null = setmetatable({}, { __tostring = function() return "null" end, __metatable = "null" })

local ESC = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}

-- Where a value is, for an error message, made into text only when an error is raised (a
-- report's rows would otherwise build a path text for every value): a string; { msg = KEY,
-- arg } for the catalogue's text (format.KEY, e.g. "row 3"); or { parent, key } for the key
-- (".name") or index ("[2]") under another place.
local function place(p)
  if type(p) ~= "table" then return p end
  if p.msg then return T(p.msg, p[1]) end
  local key = p[2]
  return place(p[1]) .. (math.type(key) and ("[" .. key .. "]") or ("." .. tostring(key)))
end

-- The string literal (see M.string) of s, which is a string; `where` a place (above).
local function literal(s, where)
  local n, bad = utf8.len(s)
  if not n then
    error(T("json_bad_utf8", place(where) or T("json_where_string"), bad), 0)
  end
  -- Most strings need no escape at all: skip the three rewriting passes for them.
  if not s:find('[%c"\\]') and not s:find("\xE2\x80\xA8", 1, true)
      and not s:find("\xE2\x80\xA9", 1, true) then
    return '"' .. s .. '"'
  end
  s = s:gsub('[%c"\\]', function(c)
    return ESC[c] or string.format("\\u%04x", c:byte())
  end)
  -- U+2028/U+2029 are valid JSON but break JavaScript string literals; escape them too.
  s = s:gsub("\xE2\x80\xA8", "\\u2028"):gsub("\xE2\x80\xA9", "\\u2029")
  return '"' .. s .. '"'
end

--- A JSON string literal for s. Raises an error naming `where` if s is not valid UTF-8.
function M.string(s, where)
  if type(s) ~= "string" then
    require("cica.lang").argerror(2, "cica.format.json.string", "string", type(s))
  end
  return literal(s, where)
end

--- A JSON number for n: integers as integers, floats with the fewest digits that read back
-- exactly; NaN and infinities have no JSON form and become null.
-- The texts of integers already written (a long table repeats its years and codes, and
-- string.format costs ~1,500 instructions), forgotten past a few thousand.
local int_text, int_count = {}, 0

-- The decimal text of integer n, remembered (cica.format.cell shares it).
function M.integer_text(n)
  local text = int_text[n]
  if not text then
    text = string.format("%d", n)
    if int_count >= 4096 then int_text, int_count = {}, 0 end
    int_text[n], int_count = text, int_count + 1
  end
  return text
end

function M.number(n)
  if type(n) ~= "number" then
    require("cica.lang").argerror(2, "cica.format.json.number", "number", type(n))
  end
  if math.type(n) == "integer" then return M.integer_text(n) end
  if n ~= n or n == math.huge or n == -math.huge then return "null" end
  for digits = 14, 17 do
    local s = string.format("%." .. digits .. "g", n)
    if tonumber(s) == n then
      if not s:find("[%.eEn]") then s = s .. ".0" end   -- keep floats visibly floats
      return s
    end
  end
end

-- True when t's keys are exactly 1..n (an empty table counts as an array).
local function is_array(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do
    if t[i] == nil then return false, n end
  end
  return true, n
end

local encode

local function encode_table(t, where, seen)
  if seen[t] then error(T("json_cycle", place(where)), 0) end
  seen[t] = true
  local out = {}
  local array, n = is_array(t)
  if array then
    for i = 1, n do out[i] = encode(t[i], where, i, seen) end
    seen[t] = nil
    return "[" .. table.concat(out, ",") .. "]"
  end
  -- Objects: keys sorted so the output is stable from run to run.
  local keys = {}
  for k in pairs(t) do
    if type(k) ~= "string" and type(k) ~= "number" then
      error(T("json_key", place(where), type(k)), 0)
    end
    keys[#keys + 1] = k
  end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(keys) do
    out[#out + 1] = literal(tostring(k), where) .. ":" .. encode(t[k], where, tostring(k), seen)
  end
  seen[t] = nil
  return "{" .. table.concat(out, ",") .. "}"
end

-- v as JSON; it is at key `key` (nil: at `where` itself) under the place `where` (see place).
encode = function(v, where, key, seen)
  local ty = type(v)
  if v == nil or v == M.null then return "null" end
  if ty == "boolean" then return tostring(v) end
  if ty == "number" then return M.number(v) end
  local here = key == nil and where or { where, key }
  if ty == "string" then return literal(v, here) end
  if ty == "table" then return encode_table(v, here, seen) end
  error(T("json_type", place(here), ty), 0)
end

--- Compact JSON text for any Lua value made of tables, strings, numbers, booleans and nil.
-- `where` names the value in error messages (default "value").
function M.encode(v, where)
  return encode(v, where or { msg = "json_where_value" }, nil, {})
end

--- A JSON object whose keys come in the given order (`keys` an array of strings); keys whose
-- value is nil are written as null, so every object has every key.
function M.object(keys, t, where)
  if type(keys) ~= "table" then
    require("cica.lang").argerror(2, "cica.format.json.object", "keys_arg", type(keys))
  end
  if type(t) ~= "table" then
    require("cica.lang").argerror(2, "cica.format.json.object", "table_arg", type(t), 2)
  end
  local out = {}
  where = where or { msg = "json_where_object" }
  for i, k in ipairs(keys) do
    if type(k) ~= "string" then
      require("cica.lang").argerror(2, "cica.format.json.string", "string", type(k))
    end
    out[i] = literal(k, where) .. ":" .. encode(t[k], where, k, {})
  end
  return "{" .. table.concat(out, ",") .. "}"
end

--- A report as one JSON document, rows one per line so diffs stay readable:
--   { "title": …, "description": …, "lang": …, "columns": [ {"key", "title"} … ],
--     "rows": [ { <column key>: value, … }, … ], "notes": [ … ], "chart": … ,
--     "sources": [ {"id", "title", "url"}, … ] }
-- Row objects hold exactly the columns, in column order; a missing value is null.
function M.render(spec, opts)
  -- cica.format requires this module: fetched at call time
  spec = require("cica.format").check_spec(spec, opts, "cica.format.json.render", 1)
  local keys = {}
  for i, c in ipairs(spec.columns) do keys[i] = c.key end
  local cols, rows, sources = {}, {}, {}
  for i, c in ipairs(spec.columns) do
    cols[i] = M.object({ "key", "title" }, c, "column " .. i)
  end
  -- each row an object of the columns' keys (M.object, with the keys' literals made once)
  local prefixes = {}
  for i, k in ipairs(keys) do prefixes[i] = literal(k, { msg = "json_where_row", 0 }) .. ":" end
  for i, r in ipairs(spec.rows) do
    local out, where = {}, { msg = "json_where_row", i }
    for j, k in ipairs(keys) do out[j] = prefixes[j] .. encode(r[k], where, k, {}) end
    rows[i] = "{" .. table.concat(out, ",") .. "}"
  end
  for i, s in ipairs(spec.sources) do
    sources[i] = M.object({ "id", "title", "url" }, s, "source " .. i)
  end
  local function list(items, indent)
    if #items == 0 then return "[]" end
    return "[\n" .. indent .. table.concat(items, ",\n" .. indent) .. "\n  ]"
  end
  local chart = spec.chart and M.object({ "type", "x", "title", "series" }, {
    type = spec.chart.type, x = spec.chart.x, title = spec.chart.title,
    series = (function()
      local s = {}
      for i, x in ipairs(spec.chart.series) do s[i] = { key = x.key, title = x.title } end
      return s
    end)(),
  }, "chart")
  local fields = {
    { "name", M.encode(spec.name) }, { "title", M.encode(spec.title, "title") },
    { "description", M.encode(spec.description, "description") },
    { "lang", M.encode(spec.lang) }, { "as_of", M.encode(spec.as_of) },
    { "columns", list(cols, "    ") }, { "rows", list(rows, "    ") },
    { "notes", M.encode(spec.notes, "notes") }, { "chart", chart or "null" },
    { "sources", list(sources, "    ") },
  }
  -- the date of an as-of view (cica report --as-of), only when there is one
  if spec.view_date then table.insert(fields, 6, { "view_date", M.encode(spec.view_date) }) end
  local out = {}
  for i, f in ipairs(fields) do out[i] = "  " .. M.string(f[1]) .. ": " .. f[2] end
  return "{\n" .. table.concat(out, ",\n") .. "\n}\n"
end

return M
