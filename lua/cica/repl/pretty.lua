-- cica.repl.pretty: Lua values as readable text, for the REPL.
--   { id = "KR", name = "韩国", aliases = { "South Korea", "大韩民国" }, … }
-- Keys come in a stable order (the array part, then id and name, then the others sorted), long
-- strings and long tables are cut with "…" and a count of what was left out, a table that
-- contains itself prints <cycle>, and widths are display widths, so Chinese text lines up.
-- A table that does not fit one line prints one key per line.
local width = require "cica.width"
local lang = require "cica.lang"

local M = {}

M.MAX_STRING = 60   -- columns of a string shown inside a table
M.MAX_DEPTH = 4     -- nesting shown before {…}
M.MAX_LINES = 50    -- lines of a table printed one key per line before "… N more"

local COLORS = { string = "32", number = "33", boolean = "35", ["nil"] = "35", other = "36", note = "2" }

local KEYWORDS = {}
for w in ("and break do else elseif end false for function goto if in local nil not or repeat "
  .. "return then true until while"):gmatch("%a+") do KEYWORDS[w] = true end

-- "… N more" in the display language (opts.lang, else cica.lang's current one).
local function more(opts, n)
  return lang.t("repl.more", opts.lang or lang.current(), n)
end

-- s in the colour of `kind` when colours are on.
local function paint(opts, kind, s)
  if opts.color and COLORS[kind] then return "\27[" .. COLORS[kind] .. "m" .. s .. "\27[0m" end
  return s
end

--- Display width of s, not counting colour escapes.
function M.visible_width(s)
  return width.width((s:gsub("\27%[[%d;]*m", "")))
end
local visible = M.visible_width

local ESCAPES = { ["\n"] = "\\n", ["\t"] = "\\t", ["\r"] = "\\r", ['"'] = '\\"', ["\\"] = "\\\\" }

--- s as a Lua string literal (UTF-8 kept, control characters escaped), cut to max columns.
function M.quote(s, max)
  local body = s:gsub('[%c"\\]', function(c) return ESCAPES[c] or string.format("\\%03d", c:byte()) end)
  if max and width.width(body) > max then body = width.truncate(body, max) end
  return '"' .. body .. '"'
end

--- Whether k can be written as `k = ` (an identifier that is not a keyword).
function M.is_identifier(k)
  return type(k) == "string" and k:match("^[%a_][%w_]*$") ~= nil and not KEYWORDS[k]
end

-- Length of the array part: 1..n without holes, counted raw.
local function array_length(t)
  local n = 0
  while rawget(t, n + 1) ~= nil do n = n + 1 end
  return n
end

local TYPE_RANK = { number = 1, string = 2, boolean = 3 }

--- Sort order of keys (after the array part): id, name, then strings A-Z, numbers, the rest by
-- their text. Record tables order their columns the same way.
function M.key_before(a, b)
  local ra = a == "id" and -2 or a == "name" and -1 or TYPE_RANK[type(a)] and (type(a) == "string" and 0 or TYPE_RANK[type(a)]) or 9
  local rb = b == "id" and -2 or b == "name" and -1 or TYPE_RANK[type(b)] and (type(b) == "string" and 0 or TYPE_RANK[type(b)]) or 9
  if ra ~= rb then return ra < rb end
  if type(a) == type(b) and (type(a) == "string" or type(a) == "number") then return a < b end
  return tostring(a) < tostring(b)
end

--- The keys of t in printing order, and the length of its array part.
function M.keys(t)
  local n = array_length(t)
  local keys, others = {}, {}
  for i = 1, n do keys[i] = i end
  for k in next, t do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then others[#others + 1] = k end
  end
  table.sort(others, M.key_before)
  for _, k in ipairs(others) do keys[#keys + 1] = k end
  return keys, n
end

-- "k = " for a key, "" inside the array part.
local function key_prefix(k, n)
  if math.type(k) == "integer" and k >= 1 and k <= n then return "" end
  if M.is_identifier(k) then return k .. " = " end
  if type(k) == "string" then return "[" .. M.quote(k, M.MAX_STRING) .. "] = " end
  return "[" .. tostring(k) .. "] = "
end

-- Text of a value that is not a table, string, number, boolean or nil.
local function other_text(v, opts)
  if type(v) == "function" and opts.name_of then
    local ok, name = pcall(opts.name_of, v)
    if ok and name then return "function: " .. name end
  end
  return tostring(v)
end

-- tostring through __tostring, or nil when the table has none (or it fails).
local function custom_text(t)
  local mt = getmetatable(t)
  if type(mt) == "table" and rawget(mt, "__tostring") then
    local ok, s = pcall(tostring, t)
    if ok and type(s) == "string" then return s end
  end
  return nil
end

local inline

-- A table on one line within `budget` columns: items that do not fit become "… N more".
local function inline_table(t, opts, budget, seen, depth)
  if seen[t] then return paint(opts, "note", "<cycle>") end
  local keys, n = M.keys(t)
  if #keys == 0 then return "{}" end
  if depth >= M.MAX_DEPTH then
    opts.cut = true
    return "{…}"
  end
  seen[t] = true
  local parts, used = {}, 4
  for i, k in ipairs(keys) do
    local prefix = key_prefix(k, n)
    local room = budget - used - visible(prefix)
    local s = prefix .. inline(rawget(t, k), opts, math.max(room, 12), seen, depth + 1)
    local w = visible(s)
    local reserve = i < #keys and 12 or 0
    if i > 1 and used + w + reserve > budget then
      opts.cut = true
      parts[#parts + 1] = paint(opts, "note", more(opts, #keys - i + 1))
      break
    end
    parts[#parts + 1] = s
    used = used + w + 2
  end
  seen[t] = nil
  return "{ " .. table.concat(parts, ", ") .. " }"
end

-- Any value on one line within `budget` columns.
function inline(v, opts, budget, seen, depth)
  local ty = type(v)
  if ty == "string" then
    -- Strings nested in tables are cut shorter than the values of a table's own keys.
    local max = math.max(budget - 2, 8)
    if depth > 1 then max = math.min(M.MAX_STRING, max) end
    if width.width(v) > max then opts.cut = true end
    return paint(opts, "string", M.quote(v, max))
  end
  if ty == "number" or ty == "boolean" or ty == "nil" then return paint(opts, ty, tostring(v)) end
  if ty ~= "table" then return paint(opts, "other", other_text(v, opts)) end
  local custom = custom_text(v)
  if custom then return paint(opts, "other", custom) end
  return inline_table(v, opts, budget, seen, depth)
end

--- v on one line of at most opts.width columns (default 80).
function M.inline(v, opts)
  opts = opts or {}
  return inline(v, opts, opts.width or 80, {}, 0)
end

-- A table one key per line; id and name share the first line.
local function block(t, opts)
  local keys, n = M.keys(t)
  local seen = { [t] = true }
  local w = opts.width or 80
  local entries = {}
  local shown = math.min(#keys, M.MAX_LINES)
  for i = 1, shown do
    local k = keys[i]
    local prefix = key_prefix(k, n)
    entries[i] = prefix .. inline(rawget(t, k), opts, math.max(w - 3 - visible(prefix), 20), seen, 1)
  end
  -- The record's identity (id, and name when it has one) shares the first line with the brace.
  local lines, first = {}, 1
  local head = (n == 0 and keys[1] == "id") and (keys[2] == "name" and 2 or 1) or 0
  if head > 0 and shown > head then
    lines[1] = "{ " .. table.concat(entries, ", ", 1, head) .. ","
    first = head + 1
  else
    lines[1] = "{"
  end
  for i = first, shown do
    lines[#lines + 1] = "  " .. entries[i] .. ((i < shown or #keys > shown) and "," or "")
  end
  if #keys > shown then
    lines[#lines + 1] = "  " .. paint(opts, "note", more(opts, #keys - shown))
  end
  lines[#lines + 1] = "}"
  return table.concat(lines, "\n")
end

--- v as text for the REPL: one line when it fits opts.width (default 80) whole, else a table one
-- key per line. opts: width, color, name_of(function) -> a name to show for known functions,
-- lang (the language of "… N more"; default: the display language).
function M.format(v, opts)
  opts = opts or {}
  if type(v) ~= "table" or custom_text(v) then return M.inline(v, opts) end
  -- Without colours first, to see whether the whole table fits on one line.
  local plain = { width = opts.width, name_of = opts.name_of, lang = opts.lang }
  local line = inline(v, plain, opts.width or 80, {}, 0)
  if not plain.cut and visible(line) <= (opts.width or 80) then return M.inline(v, opts) end
  return block(v, opts)
end

return M
