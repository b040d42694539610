-- The COW report and the identifiers behind it: entities' iso_numeric/cow_ccode/wikidata, and the
-- state-year rows of `cica report cow` checked against cica.members_at/observers_at year by year.
local report = require "cica.report"

local LANG = cica.lang

-- The report's rows as cica.format would get them, in English (plain tables).
local function cow_rows()
  local json = report.render("cow", { format = "json", lang = "en" })
  local rows = {}
  -- one row object a line: {"ccode":2,"state":"United States","year":1999,"cica":3}
  for ccode, state, year, code in json:gmatch('{"ccode":(%d+),"state":"(.-)","year":(%d+),"cica":(%d+)}') do
    rows[#rows + 1] = { ccode = tonumber(ccode), state = state, year = tonumber(year), cica = tonumber(code) }
  end
  return rows
end

local function set_of(list)
  local set = {}
  for _, r in ipairs(list) do set[r.id] = true end
  return set
end

describe("entity identifiers", function()
  setup(function() cica.set_lang(LANG) end)

  it("gives every state a three-digit ISO 3166-1 numeric code and no organization one", function()
    for _, e in ipairs(cica.entities) do
      if e.kind == "state" then
        assert.is_truthy(e.iso_numeric and e.iso_numeric:match("^%d%d%d$"), e.id .. " iso_numeric")
      else
        assert.is_nil(e.iso_numeric, e.id)
        assert.is_nil(e.cow_ccode, e.id)
      end
    end
    assert.are.equal("036", cica.find("AU").iso_numeric)   -- leading zero kept
    assert.are.equal("398", cica.find("KZ").iso_numeric)
    assert.are.equal("275", cica.find("PS").iso_numeric)
  end)

  it("gives the COW state codes of the COW list, and none to Palestine", function()
    local expect = { US = 2, RU = 365, KZ = 705, CN = 710, KR = 732, TR = 640, VN = 816, AU = 900, LK = 780 }
    for id, code in pairs(expect) do
      assert.are.equal(code, cica.find(id).cow_ccode, id)
      assert.are.equal("integer", math.type(cica.find(id).cow_ccode), id)
    end
    assert.is_nil(cica.find("PS").cow_ccode)
    local n = 0
    for _, e in ipairs(cica.entities) do
      if e.kind == "state" and e.cow_ccode then n = n + 1 end
    end
    assert.are.equal(39, n) -- every state in the dataset but Palestine
  end)

  it("has no Wikidata id that no source gives", function()
    for _, e in ipairs(cica.entities) do assert.is_nil(e.wikidata, e.id) end
  end)
end)

describe("cica report cow", function()
  local rows
  setup(function()
    cica.set_lang(LANG)
    rows = cow_rows()
  end)

  it("has one row per COW state and year, from 1999 to the as_of year, by code then year", function()
    local last = tonumber(cica.meta.as_of:sub(1, 4))
    assert.are.equal(39 * (last - 1999 + 1), #rows)
    assert.are.same({ ccode = 2, state = "United States", year = 1999, cica = 3 }, rows[1])
    for i = 2, #rows do
      local a, b = rows[i - 1], rows[i]
      assert.is_true(a.ccode < b.ccode or (a.ccode == b.ccode and a.year + 1 == b.year), "order at row " .. i)
    end
  end)

  it("codes each year by the status on 31 December, as members_at and observers_at count", function()
    local by_code = {}
    for _, e in ipairs(cica.entities) do
      if e.cow_ccode then by_code[e.cow_ccode] = e.id end
    end
    local cache = {}
    for _, r in ipairs(rows) do
      local y = cache[r.year]
      if not y then
        y = { m = set_of(cica.members_at(r.year)), o = set_of(cica.observers_at(r.year)) }
        cache[r.year] = y
      end
      local id = by_code[r.ccode]
      local want = y.m[id] and 1 or y.o[id] and 3 or 0
      assert.are.equal(want, r.cica, id .. " " .. r.year)
    end
  end)

  it("follows the audited periods: Sri Lanka, Bangladesh, Australia, Kuwait", function()
    local function code(ccode, year)
      for _, r in ipairs(rows) do
        if r.ccode == ccode and r.year == year then return r.cica end
      end
    end
    assert.are.same({ 0, 3, 3, 1 }, { code(780, 2012), code(780, 2013), code(780, 2017), code(780, 2018) })
    assert.are.same({ 0, 3, 1 }, { code(771, 2009), code(771, 2010), code(771, 2014) })
    assert.are.same({ 0, 3, 3, 0 }, { code(900, 2000), code(900, 2001), code(900, 2005), code(900, 2006) })
    assert.are.same({ 0, 1 }, { code(690, 2021), code(690, 2022) })
  end)

  it("is the same csv in every language", function()
    local en = report.render("cow", { format = "csv", lang = "en" })
    assert.are.equal(en, report.render("cow", { format = "csv", lang = "zh-Hans" }))
    assert.are.equal(en, report.render("cow", { format = "csv", lang = "zh-Hant" }))
    assert.are.equal("ccode,state,year,cica\r\n", en:match("^[^\n]*\n"))
  end)

  it("shows the meaning of a code in the display language in text", function()
    local text = report.render("cow", { format = "text", lang = "zh-Hant" })
    assert.is_truthy(text:find("3（觀察員）", 1, true))
    assert.is_truthy(text:find("美國", 1, true))
    text = report.render("cow", { format = "text", lang = "en" })
    assert.is_truthy(text:find("1 (member)", 1, true))
    assert.is_falsy(text:find("成员", 1, true))
  end)
end)
