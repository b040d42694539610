-- The C bindings registered in package.preload by src/host.c, one file each: cica.host
-- (src/lhost.c) and cica.repl.host (src/lrepl.c). Both are there in every run (not only in the
-- REPL), and user code under --safe cannot require them (tests/cram/safety-sandbox.t).

local function tempdir()
  local path = os.tmpname()
  os.remove(path)
  return path
end

describe("cica.host.make_dirs", function()
  local host = require "cica.host"

  it("creates a folder and its missing parents, and accepts one that exists", function()
    local base = tempdir()
    assert.is_true(host.make_dirs(base .. "/a/b/c"))
    local f = assert(io.open(base .. "/a/b/c/file", "w"))
    f:close()
    assert.is_true(host.make_dirs(base .. "/a/b"))
    os.execute("rm -rf '" .. base .. "'")
  end)

  it("returns nil and the reason when a parent is a file", function()
    local base = os.tmpname()   -- a file
    local ok, why = host.make_dirs(base .. "/sub")
    assert.is_nil(ok)
    assert.are.equal("Not a directory", why)
    os.remove(base)
  end)

  it("raises for a non-string", function()
    assert.has_error(function() host.make_dirs({}) end)
  end)
end)

describe("cica.repl.host", function()
  local rhost = require "cica.repl.host"

  it("gives a query's columns in the SELECT's order without running it", function()
    assert.are.same({ "b", "a", "c" }, rhost.columns("SELECT 2 AS b, 1 AS a, 3 AS c"))
  end)

  it("raises SQLite's message for bad SQL, and the dataset's refusals", function()
    assert.has_error(function() rhost.columns("SELEC 1") end, 'near "SELEC": syntax error')
    -- cica's own refusals are in the display language (cica.lang); SQLite's stay SQLite's
    local was = cica.lang
    cica.set_lang("en")
    local ok, err = pcall(rhost.columns, "DELETE FROM entities")
    cica.set_lang("zh-Hans")
    local ok_zh, err_zh = pcall(rhost.columns, "DELETE FROM entities")
    cica.set_lang(was)
    assert.are.same({ false, "the dataset is read-only" }, { ok, err })
    assert.are.same({ false, "数据集是只读的（read-only）" }, { ok_zh, err_zh })
  end)

  it("width is the terminal's, nil when standard output is not one", function()
    assert.are.equal(require("cica.host").terminal_width, rhost.width)
  end)
end)
