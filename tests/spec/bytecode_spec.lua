-- The bundled modules' bytecode (src/build/embed.c): found by cica's searcher after
-- package.preload's (src/host.c:search_bundled), without local variable names but with the
-- source name, line numbers and upvalue names that error positions and tracebacks need.

describe("bundled bytecode", function()
  -- a bundled function (cica.width.wrap), loaded from the binary, not from lua/
  local function bundled_wrap()
    package.loaded["cica.width"] = nil
    local saved = package.path
    package.path = ""
    local ok, width = pcall(require, "cica.width")
    package.path = saved
    assert.is_true(ok, tostring(width))
    return width.wrap, width
  end

  it("keeps the source name and line numbers", function()
    local wrap = bundled_wrap()
    local info = debug.getinfo(wrap, "S")
    assert.are.equal("@lua/cica/width.lua", info.source)
    assert.is_true(info.linedefined > 0)
    local lines = 0
    for line in pairs(debug.getinfo(wrap, "L").activelines) do
      assert.is_true(line > info.linedefined)
      lines = lines + 1
    end
    assert.is_true(lines > 5)
  end)

  it("keeps upvalue names (global names in messages need _ENV's)", function()
    local _, width = bundled_wrap()
    local names = {}
    for i = 1, 20 do
      local name = debug.getupvalue(width.wrap, i)
      if not name then break end
      names[#names + 1] = name
    end
    assert.is_true(#names > 0)
    for _, n in ipairs(names) do assert.is_nil(n:find("^%(")) end   -- "(no name)" when stripped
  end)

  it("has no local variable names", function()
    local wrap = bundled_wrap()
    assert.is_nil(debug.getlocal(wrap, 1))   -- a parameter's name is a local's
  end)

  it("is found by the searcher after package.preload, which can still replace a module", function()
    package.loaded["cica.suggest"] = nil
    local saved = package.path
    package.path = ""
    local mod, where = require "cica.suggest"
    package.path = saved
    assert.are.equal("table", type(mod))
    assert.are.equal("lua/cica/suggest.lua", where)
    package.preload["cica.suggest"] = function() return "replaced" end
    package.loaded["cica.suggest"] = nil
    assert.are.equal("replaced", require("cica.suggest"))
    package.preload["cica.suggest"] = nil
    package.loaded["cica.suggest"] = nil
    assert.are.equal("table", type(require("cica.suggest")))
  end)
end)
