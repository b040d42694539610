-- cica.model: the collection registry. Every collection is declared once and the API, help,
-- search, the REPL and the reports find it there; a collection registered over a test table is
-- seen by all of them (docs/adding-a-collection.md), and records carry their class.
package.path = "lua/?.lua;" .. package.path
local model = require "cica.model"
local u = require "cica.model.util"
local help = require "cica.help"
local search = require "cica.search"
local repl = require "cica.repl"

-- A test table: two rows with per-language names, as a dataset table would hold them.
local FIXTURE_SQL = [[
SELECT column1 AS id, column2 AS name_hans, column3 AS name_hant, column4 AS name_en,
       column5 AS sources
FROM (VALUES ('fx-1', '测试甲', '測試甲', 'Fixture one', '["A1"]'),
             ('fx-2', '测试乙', '測試乙', 'Fixture two', '[]'))
ORDER BY id]]

local CLASS = {
  name = "cica.Fixture",
  summary = "A record of the test fixture collection.",
  fields = model.fields({ { "id", "string", "its id" } }, model.localized("name", "the name"), { u.SOURCES }),
}

local FIXTURES = {
  name = "fixtures", class = "cica.Fixture", build = u.simple(FIXTURE_SQL, { "name" }),
  summary = "The records of the test fixture table.", sources = true,
  show = { "id", "name" },
  example = "for _, f in ipairs(cica.fixtures) do print(f.id, f.name) end",
  search = { kind = "fixture", rank = 99, key = "id",
             label = { ["zh-Hans"] = "测试记录", ["zh-Hant"] = "測試記錄", en = "fixture" } },
}

-- What evaluating a REPL line prints.
local function eval(line)
  local out = {}
  local o = repl.out
  repl.out = function(s) out[#out + 1] = s end
  local ok, problem = pcall(repl.eval, line)
  repl.out = o
  assert(ok, problem)
  return table.concat(out)
end

describe("cica.model", function()
  before_each(function() cica.set_lang("zh-Hans") end)

  it("declares every collection of the API once, with a class, a summary and a builder", function()
    local seen = {}
    for _, c in ipairs(model.collections()) do
      assert.is_nil(seen[c.name], c.name)
      seen[c.name] = true
      assert.is_not_nil(model.class(c.class), c.name .. ": no class " .. c.class)
      assert.is_function(c.build, c.name)
    end
    for _, name in ipairs({ "entities", "members", "meetings", "secretariat", "places", "regions", "meta" }) do
      assert.is_true(seen[name], name)
    end
  end)

  it("tags every record with its class, nested records too; copies have none", function()
    assert.are.equal("cica.Member", model.class_of(cica.members[1]))
    assert.are.equal("cica.Entity", model.class_of(cica.entities[1]))
    assert.are.equal("cica.StatusPeriod", model.class_of(cica.entities[1].history[1]))
    assert.are.equal("cica.Summit", model.class_of(cica.summits[1]))
    assert.are.equal("cica.Summit", model.class_of(cica.meetings[1].kind == "summit" and cica.meetings[1] or cica.summits[1]))
    assert.are.equal("cica.SecretariatSeat", model.class_of(cica.secretariat.seats[1]))
    assert.are.equal("cica.Place", model.class_of(cica.places[1]))
    assert.are.equal("cica.Member", model.class_of(cica.members_at(2010)[1]))
    assert.are.equal("cica.Entity", model.class_of(require("cica.dataset").as_of(cica, 2010).entities[1]))
    local copy = {}
    for k, v in pairs(cica.members[1]) do copy[k] = v end
    assert.is_nil(model.class_of(copy))
    assert.is_nil(model.class_of("KR"))
  end)

  it("keeps per-language fields and their three forms in the class", function()
    local f = model.lang_fields("cica.Meeting")
    assert.is_true(f.title and f.city and f.note and true)
    assert.is_nil(f.id)
  end)

  it("finds the record of a search kind by its index id", function()
    assert.are.equal(cica.find("KR"), model.lookup(cica, "entity", "KR"))
    assert.are.equal("almaty", model.lookup(cica, "place", "almaty").id)
    assert.are.equal(1, model.lookup(cica, "chair", "1").term)
    assert.are.equal("almaty", model.lookup(cica, "seat", "almaty@2006-06-17").place)
    assert.is_nil(model.lookup(cica, "entity", "NOPE"))
    assert.is_nil(model.lookup(cica, "nope", "KR"))
  end)

  it("names search kinds in the display language", function()
    assert.are.equal("国家或组织", model.kind_label("entity", "zh-Hans"))
    assert.are.equal("地點", model.kind_label("place", "zh-Hant"))
    assert.are.equal("meeting", model.kind_label("meeting", "en"))
  end)

  it("refuses a collection without a builder", function()
    assert.has_error(function() model.register({ name = "broken", class = "cica.Entity", summary = "x" }) end,
      "cica.model: collection broken needs a function field build")
  end)

  describe("a collection registered over a test table", function()
    setup(function()
      model.register_class(CLASS)
      model.register(FIXTURES)
    end)
    teardown(function()
      model.unregister("fixtures", "cica.Fixture")
      rawset(cica, "fixtures", nil)
    end)

    it("is a cica.X collection, in the display language, rebuilt when it changes", function()
      assert.are.equal(2, #cica.fixtures)
      assert.are.equal("测试甲", cica.fixtures[1].name)
      assert.are.same({ "A1" }, cica.fixtures[1].sources)
      assert.are.equal("cica.Fixture", model.class_of(cica.fixtures[1]))
      cica.set_lang("en")
      assert.are.equal("Fixture one", cica.fixtures[1].name)
      cica.set_lang("zh-Hans")
      assert.are.equal("测试甲", cica.fixtures[1].name)
      assert.are.equal(2, #require("cica.dataset").fixtures(cica))
    end)

    it("is documented: help entry, class, help of a record, docs/api.md and the stubs", function()
      local e = help.entry("cica.fixtures")
      assert.are.equal("collection", e.kind)
      assert.are.equal("cica.Fixture[]", e.type)
      assert.matches("Each record %(cica.Fixture%): A record of the test fixture collection.", help.text(cica.fixtures))
      assert.matches("^fx%-1 测试甲: a record of cica.fixtures %(cica.Fixture%)", help.text(cica.fixtures[1]))
      assert.matches("name_hant", help.text("cica.Fixture"))
      local docgen = require "cica.docgen"
      assert.truthy(docgen.markdown():find("### `cica.fixtures`", 1, true))
      assert.truthy(docgen.stubs():find("---@class cica.Fixture", 1, true))
    end)

    it("is searchable: a kind of cica.search with its label, and its hits' records", function()
      assert.truthy(table.concat(search.kinds, " "):find("fixture", 1, true))
      assert.are.same({}, cica.search("测试甲", { kinds = { "fixture" } }))
      assert.are.equal(cica.fixtures[2], search.record(cica, "fixture", "fx-2"))
      assert.are.equal("测试记录", model.kind_label("fixture", "zh-Hans"))
    end)

    it("is seen by the REPL: .tables, the columns of its list, .sources", function()
      assert.matches(" fixtures", eval(".tables"))
      assert.are.same({ "id", "name" }, model.columns_for(cica.fixtures))
      assert.matches("fixtures: fx%-1  测试甲", eval(".sources A1"))
    end)
  end)

  it("forgets an unregistered collection everywhere", function()
    assert.is_nil(model.collection("fixtures"))
    assert.is_nil(cica.fixtures)
    assert.is_nil(help.entry("cica.fixtures"))
    assert.falsy(table.concat(search.kinds, " "):find("fixture", 1, true))
  end)
end)
