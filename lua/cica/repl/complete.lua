-- cica.repl.complete: the candidates Tab offers. src/replterm.c calls complete(line, word) with the
-- line up to the cursor and the word being completed (readline splits words at spaces and
-- punctuation but not at . : [ ], so `cica.members[1].na` arrives whole). It answers an array of
-- full replacements for the word, or "files" to let readline complete a file name.
--   .he            dot-commands             .mode c      the command's own candidates
--   cica.mem       fields of a table        s:up         methods of a string
--   cica.members[1].na   fields of a record  help("mem    help topics
--   pri            globals and keywords     cica.find("Kaz   entity names, ids, aliases
local M = {}

local KEYWORDS = { "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto",
  "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while" }

local function api() return rawget(_G, "cica") or require "cica" end

-- The strings of list starting with prefix, sorted and without duplicates.
local function matching(list, prefix)
  local seen, out = {}, {}
  for _, s in ipairs(list) do
    if type(s) == "string" and s:sub(1, #prefix) == prefix and not seen[s] then
      seen[s] = true
      out[#out + 1] = s
    end
  end
  table.sort(out)
  return out
end

-- Candidates for the arguments of a dot-command line.
local function command_candidates(line, word)
  local repl = require "cica.repl"
  local name, args = line:match("^%s*%.(%S*)(.*)$")
  if not args:match("^%s") then
    local names = {}
    for _, n in ipairs(repl.command_names()) do names[#names + 1] = "." .. n end
    local found = matching(names, "." .. name)
    -- one command left: it is complete, so the space before its arguments comes with it
    if #found == 1 then found[1] = found[1] .. " " end
    return found
  end
  local cmd = repl.find_command(name)
  if not cmd or not cmd.complete then return {} end
  local before = repl.split_args(args:sub(1, #args - #word))
  local ok, list = pcall(cmd.complete, word, before)
  if not ok then return {} end
  if list == "files" then return "files" end
  return matching(list or {}, word)
end

-- Reads one step of a path: .name, ["key"], ['key'] or [number]. Returns the key and the rest.
local function path_step(s)
  local key, rest = s:match("^%.([%a_][%w_]*)(.*)$")
  if key then return key, rest end
  key, rest = s:match('^%[%s*"([^"]*)"%s*%](.*)$')
  if key then return key, rest end
  key, rest = s:match("^%[%s*'([^']*)'%s*%](.*)$")
  if key then return key, rest end
  key, rest = s:match("^%[%s*(%-?%d+)%s*%](.*)$")
  if key then return math.tointeger(tonumber(key)), rest end
  return nil
end

-- Looks key up in t without running code the user wrote: raw access, then __index tables, and
-- the cica table's own lazy collections (they are data).
local function lookup(t, key)
  local v = rawget(t, key)
  if v ~= nil then return v end
  if t == api() then return api()[key] end
  local mt = getmetatable(t)
  local depth = 0
  while type(mt) == "table" and type(rawget(mt, "__index")) == "table" and depth < 10 do
    local index = rawget(mt, "__index")
    v = rawget(index, key)
    if v ~= nil then return v end
    mt, depth = getmetatable(index), depth + 1
  end
  return nil
end

-- The value of a path expression (`cica.members[1]`) in env, or nil when it is not one.
local function evaluate(expr, env)
  local name, rest = expr:match("^([%a_][%w_]*)(.*)$")
  if not name then
    local s = expr:match('^%(?%s*"([^"]*)"%s*%)?$') or expr:match("^%(?%s*'([^']*)'%s*%)?$")
    return s
  end
  local v = lookup(env, name)
  while rest ~= "" do
    if type(v) ~= "table" then return nil end
    local key
    key, rest = path_step(rest)
    if key == nil then return nil end
    v = lookup(v, key)
  end
  return v
end

-- The keys of t worth offering (identifiers), following __index tables; for the cica table also
-- the collections not built yet.
local function keys_of(t)
  local out = {}
  local seen = {}
  local function add(tbl)
    for k in next, tbl do
      if type(k) == "string" and k:match("^[%a_][%w_]*$") and not seen[k] then
        seen[k] = true
        out[#out + 1] = k
      end
    end
  end
  add(t)
  local mt, depth = getmetatable(t), 0
  while type(mt) == "table" and type(rawget(mt, "__index")) == "table" and depth < 10 do
    add(rawget(mt, "__index"))
    mt, depth = getmetatable(rawget(mt, "__index")), depth + 1
  end
  if t == api() then
    for _, c in ipairs(require("cica.model").collections()) do
      if not seen[c.name] then seen[c.name] = true; out[#out + 1] = c.name end
    end
  end
  return out
end

-- Candidates for a Lua word: globals, fields after '.', methods after ':'.
local function lua_candidates(word, line)
  local env = require("cica.host").user_env()
  local head, sep, partial = word:match("^(.*)([%.:])([%a_]?[%w_]*)$")
  if not head or head == "" then
    if word:match("^:") and line:sub(1, #line - #word):match("[\"']%)$") then
      head, sep, partial = '""', ":", word:sub(2)
    else
      local list = keys_of(env)
      for _, k in ipairs(KEYWORDS) do list[#list + 1] = k end
      local out = {}
      for _, k in ipairs(matching(list, word)) do
        local v = rawget(env, k)
        out[#out + 1] = k .. (type(v) == "function" and "(" or "")
      end
      return out
    end
  end
  local value = evaluate(head, env)
  local keys, target = {}, value
  if type(value) == "string" then
    target = string
    keys = sep == ":" and keys_of(string) or {}
  elseif type(value) == "table" then
    keys = keys_of(value)
  end
  local out = {}
  local shown = word:match("^:") and "" or head
  for _, k in ipairs(matching(keys, partial)) do
    -- Only to tell functions: the cica table's functions are raw fields, and looking its other
    -- names up would build every collection.
    local v
    if target == api() then v = rawget(target, k) elseif type(target) == "table" then v = lookup(target, k) end
    if sep == "." or type(v) == "function" then
      out[#out + 1] = shown .. sep .. k .. (type(v) == "function" and "(" or "")
    end
  end
  return out
end

-- The names a string argument of a cica function may hold: each entity's id, its names in the
-- three languages and its aliases (what cica.find accepts).
local function entity_names()
  local c = api()
  local out = {}
  for _, e in ipairs(c.entities) do
    out[#out + 1] = e.id
    out[#out + 1] = e.name_hans
    out[#out + 1] = e.name_hant
    out[#out + 1] = e.name_en
  end
  for _, row in ipairs(c.query("SELECT alias FROM aliases")) do out[#out + 1] = row.alias end
  return out
end

--- The candidates for word at the end of line (see the header).
function M.complete(line, word)
  line, word = line or "", word or ""
  if line:match("^%s*%.") and not line:match("^%s*%.%d") then return command_candidates(line, word) end
  local before = line:sub(1, #line - #word)
  if before:match("help%s*%(%s*[\"']$") then return matching(require("cica.help").topics(), word) end
  -- a string argument of a cica function: cica.find("Kaz → Kazakhstan
  if before:match("cica%.[%a_][%w_]*%s*%(%s*[\"']$") then return matching(entity_names(), word) end
  if before:match("[\"']$") then return {} end
  return lua_candidates(word, line)
end

return M
