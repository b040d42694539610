-- cica.suggest: the one "did you mean" helper.
local suggest = require "cica.suggest"

describe("cica.suggest", function()
  it("measures edit distance in characters, ASCII case folded", function()
    assert.are.equal(0, suggest.distance("Report", "report"))
    assert.are.equal(2, suggest.distance("reprot", "report") + 1) -- a transposition is one edit
    assert.are.equal(1, suggest.distance("峰会", "峰會"))
    assert.are.equal(3, suggest.distance("", "abc"))
    assert.are.equal(1, suggest.distance("Almaty", "Almatty"))
  end)

  it("suggests the nearest candidates, best first", function()
    assert.are.same({ "report" }, suggest.nearest("reprot", { "report", "quiz", "repl", "search" }))
    assert.are.same({ "report" }, suggest.nearest("reports", { "report", "quiz", "repl", "search" }))
    assert.are.same({ "summits" }, suggest.nearest("Summits", { "summits", "accession" }, { max = 0 }) )
    assert.are.same({}, suggest.nearest("zzzzzz", { "report", "quiz" }))
    assert.are.same({ "members" }, suggest.nearest("mem", { "members", "meetings", "chairs" }))
    assert.are.same({ "Almaty", "Alma" }, suggest.nearest("almati", { "Alma", "Almaty", "Astana" }))
  end)

  it("names itself on a bad argument, at the caller's line", function()
    local ok, err = pcall(suggest.nearest, 1, {})
    assert.is_false(ok)
    assert.are.equal("cica.suggest.nearest: 'word' must be a string", err)
    ok, err = pcall(suggest.distance, "a")
    assert.are.equal("cica.suggest.distance: expects two strings", err)
  end)
end)
