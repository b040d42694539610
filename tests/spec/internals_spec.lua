-- docs/internals.md is the map of the tree, so it must stay true: every path it names in
-- backticks exists (a glob matches something; a path with an ALLCAPS placeholder such as NAME
-- needs its folder; BUILD/ is the build folder, not checked), and every `file.c:function` names a
-- function defined in that file. Also the rule it states for src/: registry keys and metatable
-- names only through the macros of src/registry.h, never as bare strings.
-- Run from the repository root (ctest's spec does).

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local text = f:read("a")
  f:close()
  return text
end

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

local function glob_matches(pattern)
  local p = io.popen("ls -d " .. pattern .. " 2>/dev/null")
  local out = p:read("a")
  p:close()
  return out ~= ""
end

local EXTENSIONS = { c = true, h = true, lua = true, md = true, sql = true, sh = true, t = true,
  txt = true, ["1"] = true, json = true, ["in"] = true }

-- Whether line defines `name` (a line that starts a declaration and has `name(` in it).
local function defines(text, name)
  for line in text:gmatch("[^\n]+") do
    if line:match("^%S") and line:find("%f[%w_]" .. name .. "%s*%(") and not line:match(";%s*$") then
      return true
    end
  end
  return false
end

-- The problems with the names a document mentions, as an array of strings (empty: none).
local function check_names(doc, root)
  root = root or "."
  local problems = {}
  for token in doc:gmatch("`([^`\n]+)`") do
    local file, fn = token:match("^([%w_./%-]+%.%a+):([%a_][%w_]*)$")
    if file then
      local text = read(root .. "/" .. file)
      if not text then
        problems[#problems + 1] = token .. ": no file " .. file
      elseif not defines(text, fn) then
        problems[#problems + 1] = token .. ": no function " .. fn .. " in " .. file
      end
    elseif token:match("^[%w_./%-%*]+$") and not token:match("^BUILD/")
        and (token:find("/", 1, true) or EXTENSIONS[token:match("%.([%w]+)$") or ""]) then
      local path = root .. "/" .. token
      if token:find("*", 1, true) then
        if not glob_matches(path) then problems[#problems + 1] = token .. ": matches no file" end
      elseif not exists(path) then
        local dir = path:match("^(.*)/[^/]*$") or root
        if not (token:match("[A-Z][A-Z]+[^/]*$") and exists(dir)) then
          problems[#problems + 1] = token .. ": no such file"
        end
      end
    end
  end
  return problems
end

-- Bare strings where src/registry.h's macros belong: registry keys and metatable names.
local BARE = {
  'LUA_REGISTRYINDEX,%s*"', 'luaL_newmetatable%([^,]+,%s*"', 'luaL_setmetatable%([^,]+,%s*"',
  'luaL_checkudata%([^,]+,[^,]+,%s*"', 'luaL_testudata%([^,]+,[^,]+,%s*"',
  'luaL_getmetatable%([^,]+,%s*"', 'luaL_getsubtable%([^,]+,%s*LUA_REGISTRYINDEX,%s*"',
}

local function check_registry_keys(files)
  local problems = {}
  for _, file in ipairs(files) do
    local n = 0
    for line in (read(file) or ""):gmatch("([^\n]*)\n?") do
      n = n + 1
      for _, pattern in ipairs(BARE) do
        if line:find(pattern) then problems[#problems + 1] = file .. ":" .. n .. ": " .. line end
      end
    end
  end
  return problems
end

local function c_sources()
  local p = io.popen("ls src/*.c src/*.h")
  local files = {}
  for f in p:lines() do files[#files + 1] = f end
  p:close()
  return files
end

describe("docs/internals.md", function()
  it("names only files and functions that exist", function()
    local doc = assert(read("docs/internals.md"))
    assert.are.same({}, check_names(doc))
  end)

  it("names many of them (the check is not vacuous)", function()
    local doc = assert(read("docs/internals.md"))
    local paths, functions = 0, 0
    for token in doc:gmatch("`([^`\n]+)`") do
      if token:match("^src/[%w_]+%.c:") then functions = functions + 1
      elseif token:match("^[%w_]+/") then paths = paths + 1 end
    end
    assert.is_true(paths >= 40, "paths: " .. paths)
    assert.is_true(functions >= 10, "functions: " .. functions)
  end)

  it("has every C file of src/ in its map", function()
    local doc = assert(read("docs/internals.md"))
    for _, file in ipairs(c_sources()) do
      assert.is_truthy(doc:find("`" .. file .. "`", 1, true), file .. " is missing from docs/internals.md")
    end
  end)

  it("the check finds a missing file, a missing function and a missing folder", function()
    local doc = "`src/host.c` `src/nothing.c` `src/host.c:host_pcall` `src/host.c:no_such_function`"
      .. " `src/gone.c:main` `lua/cica/reports/NAME.lua` `lua/cica/nowhere/NAME.lua` `data/*.sql`"
      .. " `data/*.nothing` `BUILD/embedded.c` `cica report --list`"
    assert.are.same({
      "src/nothing.c: no such file",
      "src/host.c:no_such_function: no function no_such_function in src/host.c",
      "src/gone.c:main: no file src/gone.c",
      "lua/cica/nowhere/NAME.lua: no such file",
      "data/*.nothing: matches no file",
    }, check_names(doc))
  end)
end)

describe("src/ registry keys", function()
  it("are only the macros of src/registry.h", function()
    local files = {}
    for _, f in ipairs(c_sources()) do
      if f ~= "src/registry.h" then files[#files + 1] = f end
    end
    assert.are.same({}, check_registry_keys(files))
  end)

  it("the check finds a bare key", function()
    local tmp = os.tmpname()
    local f = assert(io.open(tmp, "w"))
    f:write('  lua_getfield(L, LUA_REGISTRYINDEX, "cica.safe");\n  luaL_newmetatable(L, "cica.dir");\n')
    f:close()
    local problems = check_registry_keys({ tmp })
    os.remove(tmp)
    assert.are.equal(2, #problems)
  end)
end)
