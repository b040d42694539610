-- docs/data.md's table of sources is generated from the dataset (cica.docgen.sources_rows); this
-- fails when a source is added or changed without regenerating the page:
--   CICA_LUA_DIR=lua build/cica -e 'require("cica.docgen").write("docs")'
describe("docs/data.md", function()
  it("lists every source exactly as the dataset holds it", function()
    local f = assert(io.open((os.getenv("CICA_SOURCE") or ".") .. "/docs/data.md", "rb"))
    local text = f:read("a")
    f:close()
    local rows = {}
    for line in text:gmatch("[^\n]+") do
      if line:match("^| [%w]+ | [%w]+ | [%w-]+ | ") and not line:match("^| id |") then rows[#rows + 1] = line end
    end
    assert.are.same(require("cica.docgen").sources_rows(cica), rows)
  end)
end)
