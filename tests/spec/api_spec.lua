-- The cica Lua API contract (docs/api.md), run with cica itself as busted's interpreter.
local LANG = cica.lang


-- Runs f with English as the display language, then puts the language back.
local in_english = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "support/english.lua")

describe("cica", function()
  after_each(function() cica.set_lang(LANG) end)

  it("is the global and the module", function()
    assert.are.equal(cica, require("cica"))
  end)

  describe("members", function()
    it("are entity records in accession order with every documented field", function()
      local m = cica.members
      assert.is_true(#m >= 28)
      for i, r in ipairs(m) do
        assert.are.equal("string", type(r.id), "id of member " .. i)
        assert.are.equal("member", r.status)
        for _, f in ipairs({ "name", "name_hans", "name_hant", "name_en", "joined" }) do
          assert.are.equal("string", type(r[f]), f .. " of " .. r.id)
          assert.is_true(#r[f] > 0, f .. " of " .. r.id)
        end
        assert.are.equal("integer", math.type(r.joined_year))
        assert.are.equal("boolean", type(r.founding))
        assert.are.equal("table", type(r.aliases))
        assert.is_true(#r.sources > 0, "sources of " .. r.id)
        assert.truthy(r.joined:match("^%d%d%d%d$") or r.joined:match("^%d%d%d%d%-%d%d$")
          or r.joined:match("^%d%d%d%d%-%d%d%-%d%d$"))
      end
    end)

    it("put founding members first, then later members by date", function()
      local seen_later, last = false, nil
      for _, r in ipairs(cica.members) do
        if not r.founding then
          seen_later = true
          if last then assert.is_true(last <= r.joined .. "~", r.id) end
          last = r.joined
        else
          assert.is_false(seen_later, r.id .. " founding after a later member")
        end
      end
    end)

    it("uses ISO codes for states", function()
      for _, r in ipairs(cica.members) do
        assert.are.equal("state", r.kind)
        assert.truthy(r.id:match("^%u%u$"), r.id)
      end
    end)
  end)

  describe("find", function()
    it("matches ids in any case, names in three languages and aliases", function()
      for _, text in ipairs({ "KR", "kr", "韩国", "韓國", "Republic of Korea", " KR " }) do
        local e = cica.find(text)
        assert.is_not_nil(e, text)
        assert.are.equal("KR", e.id)
      end
      assert.is_nil(cica.find("Atlantis"))
    end)

    it("finds organisations", function()
      assert.are.equal("organization", cica.find("UN").kind)
    end)

    it("rejects a non-string", function()
      in_english(function()
        assert.has_error(function() cica.find(42) end, "cica.find: expected a string, got number")
      end)
      assert.has_error(function() cica.find(42) end, "cica.find：应为字符串，得到的是 number")
    end)
  end)

  describe("members_at", function()
    it("counts members on a date; a year or month means its last day", function()
      assert.are.equal(20, #cica.members_at("2009-12-31"))
      assert.are.equal(20, #cica.members_at(2009))
      assert.are.equal(27, #cica.members_at("2019"))
      assert.are.equal(#cica.members, #cica.members_at(2100))
    end)

    it("rejects what is not a date", function() in_english(function()
      assert.has_error(function() cica.members_at("2019-13") end,
        "cica.members_at: bad date '2019-13': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
      assert.has_error(function() cica.members_at("2019-02-30") end,
        "cica.members_at: bad date '2019-02-30': no such day")
      assert.has_error(function() cica.members_at({}) end,
        "cica.members_at: bad date: expected a year or a date string, got table")
    end) end)
  end)

  describe("summits", function()
    it("carry ordinal, dates, city in three languages, country and status", function()
      local s = cica.summits
      assert.is_true(#s >= 6)
      for _, r in ipairs(s) do
        assert.are.equal("summit", r.kind)
        assert.are.equal("integer", math.type(r.ordinal))
        assert.truthy(r.date:match("^%d%d%d%d"))
        assert.are.equal("string", type(r.city_en))
        assert.truthy(r.status == "held" or r.status == "planned")
        assert.is_true(#r.sources > 0)
      end
    end)
  end)

  describe("display language", function()
    it("switches name fields and keeps the others", function()
      cica.set_lang("en")
      assert.are.equal("Kazakhstan", cica.find("KZ").name)
      cica.set_lang("zh-Hant")
      assert.are.equal("哈薩克斯坦", cica.find("KZ").name)
      assert.are.equal("哈萨克斯坦", cica.find("KZ").name_hans)
    end)

    it("keeps find consistent with the entities after switching away and back", function()
      cica.set_lang("en")
      local before = cica.find("KZ")
      cica.set_lang("zh-Hant")
      cica.set_lang("en")
      assert.are.equal(cica.find("KZ"), (function()
        for _, e in ipairs(cica.entities) do if e.id == "KZ" then return e end end
      end)())
      assert.are_not.equal(before, cica.find("KZ"))
    end)

    it("rejects an unknown language", function()
      in_english(function()
        assert.has_error(function() cica.set_lang("fr") end,
          'cica.set_lang: unknown language "fr" (expected zh-Hans, zh-Hant or en)')
      end)
    end)
  end)

  describe("records", function()
    it("are copies: changing one never changes the dataset", function()
      local m = cica.find("KZ")
      m.name_en = "changed"
      local row = cica.query("select name_en from entities where id = 'KZ'")[1]
      m.name_en = row.name_en -- the records are shared within a run: leave it as found
      assert.are.equal("Kazakhstan", row.name_en)
    end)
  end)

  describe("meta", function()
    it("says how current the data is", function()
      assert.truthy(cica.meta.as_of:match("^%d%d%d%d%-%d%d%-%d%d$"))
      assert.are.equal("1", cica.meta.schema_version)
    end)
  end)

  describe("rows", function()
    it("streams row tables and closes on break", function()
      local n = 0
      for r in cica.rows("select id from entities order by id") do
        n = n + 1
        assert.are.equal("string", type(r.id))
        if n == 3 then break end
      end
      assert.are.equal(3, n)
    end)
  end)
end)
