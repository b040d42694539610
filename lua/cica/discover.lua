-- cica.discover: the one way cica finds the things it can be extended with, by dropping a file.
--
--   kind            bundled modules              the user's files
--   reports         cica.reports.NAME            $XDG_CONFIG_HOME/cica/reports/NAME.lua
--   quiz topics     cica.quiz.generators.NAME    $XDG_CONFIG_HOME/cica/quiz/*.lua
--   output formats  cica.format.NAME             (none: a format is part of cica)
--   dot-commands    cica.repl.commands.NAME      (none)
--
-- A bundled extension is a module directly under its prefix (lua/cica/format/tsv.lua is the
-- format `tsv`); the build embeds every lua/**/*.lua file, so a new file is found at the next
-- build with no list to edit. With CICA_LUA_DIR set (development), files in that folder are
-- found too before they are ever embedded. Where order matters (reports, quiz topics, formats)
-- a module carries a number `order`: those with one come first, by order, then the rest by name.
-- Everything that lists extensions (--help, usage errors, completion, the man page, the golden
-- scripts) asks this module, so a listing cannot miss one. docs/adding-an-extension.md has more.
local M = {}

-- prefix -> sorted array of names; the bundled modules never change during a run.
local name_cache = {}

-- Names of the *.lua files in dir, without the extension, sorted (none when dir is nil or cannot
-- be listed). `core` is the cica.core table to list it with.
local function lua_files_in(core, dir)
  local out = {}
  if not dir then return out end
  local ok, names = pcall(core.listdir, dir)
  if not ok or type(names) ~= "table" then return out end
  for _, n in ipairs(names) do
    local base = n:match("^(.+)%.lua$")
    if base then out[#out + 1] = base end
  end
  table.sort(out)
  return out
end

-- The CICA_LUA_DIR development folder, or nil (also where os.getenv is not available).
local function dev_dir()
  local ok, dir = pcall(function() return os.getenv("CICA_LUA_DIR") end)
  if ok and type(dir) == "string" and dir ~= "" then return dir end
  return nil
end

--- The names of the bundled modules directly under `prefix` ("cica.format" gives "csv", "html",
-- …), sorted by name; with CICA_LUA_DIR set, also the files in its folder for the prefix.
-- The modules are not loaded. Raises on a prefix that is not a string.
function M.names(prefix)
  if type(prefix) ~= "string" or prefix == "" then
    error("cica.discover.names: expected a module prefix (a string), got " .. type(prefix), 2)
  end
  if name_cache[prefix] then
    local copy = {}
    for i, n in ipairs(name_cache[prefix]) do copy[i] = n end
    return copy
  end
  local core = require "cica.core"
  local found = {}
  local ok, mods = pcall(core.modules)
  local pattern = "^" .. prefix:gsub("[%.%-]", "%%%0") .. "%.([%w_%-]+)$"
  for _, m in ipairs(ok and type(mods) == "table" and mods or {}) do
    local n = m:match(pattern)
    if n then found[n] = true end
  end
  local dir = dev_dir()
  if dir then
    for _, n in ipairs(lua_files_in(core, dir .. "/" .. prefix:gsub("%.", "/"))) do found[n] = true end
  end
  local names = {}
  for n in pairs(found) do names[#names + 1] = n end
  table.sort(names)
  name_cache[prefix] = names
  return M.names(prefix)
end

--- True when `name` is a bundled module directly under `prefix` (without loading it).
function M.has(prefix, name)
  for _, n in ipairs(M.names(prefix)) do
    if n == name then return true end
  end
  return false
end

--- items (an array) sorted in place the way extensions are listed: by `order_of(item)` (a
-- number, or nil: after every numbered item), then by `name_of(item)`. Returns items.
function M.sort(items, order_of, name_of)
  table.sort(items, function(a, b)
    local oa, ob = order_of(a), order_of(b)
    oa = type(oa) == "number" and oa or math.huge
    ob = type(ob) == "number" and ob or math.huge
    if oa ~= ob then return oa < ob end
    return name_of(a) < name_of(b)
  end)
  return items
end

--- The bundled modules under `prefix`, in listing order: an array of { name =, module = } where
-- module is the loaded module (nil when it fails to load: those sort last, by name; loading it
-- again later gives its error).
function M.bundled(prefix)
  local out = {}
  for _, n in ipairs(M.names(prefix)) do
    local ok, mod = pcall(require, prefix .. "." .. n)
    out[#out + 1] = { name = n, module = ok and mod or nil }
  end
  return M.sort(out,
    function(e) return type(e.module) == "table" and e.module.order or nil end,
    function(e) return e.name end)
end

--- The names of the bundled modules under `prefix`, in listing order (M.bundled's).
function M.ordered(prefix)
  local out = {}
  for i, e in ipairs(M.bundled(prefix)) do out[i] = e.name end
  return out
end

--- The names (without .lua) of the *.lua files in the user's folder `dir` (nil: none), sorted.
function M.user_files(dir)
  if dir ~= nil and type(dir) ~= "string" then
    error("cica.discover.user_files: expected a folder (a string) or nil, got " .. type(dir), 2)
  end
  return lua_files_in(require "cica.core", dir)
end

return M
