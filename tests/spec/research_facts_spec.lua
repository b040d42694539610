-- Every row of the research note (shared/research/cica-facts.md: later facts with source keys) found
-- through the Lua API with the value the note gives, citing the note's source key; where the note
-- itself reports a disagreement, the discrepancy with its claims. Also the names (three languages,
-- Taiwan/Hong Kong forms as aliases), ISO codes, UN M49 regions, city names by date, meeting titles in
-- three languages, the reported member and observer counts, and the timeline's order.
local LANG = cica.lang

-- Other spec files run in the same Lua state and may have changed the cached records (they are plain
-- tables): each block starts from freshly built collections. Changing the language rebuilds them;
-- the name index of cica.find is rebuilt only by a lookup made in the other language.
local function fresh()
  cica.set_lang(LANG == "en" and "zh-Hans" or "en")
  cica.find("KZ")
  cica.set_lang(LANG)
end

-- Lookup helpers ------------------------------------------------------------------------------------

local function by_id(list, id, what)
  for _, r in ipairs(list) do
    if r.id == id then return r end
  end
  error((what or "record") .. " " .. tostring(id) .. " not found", 2)
end

local function meeting(id) return by_id(cica.meetings, id, "meeting") end
local function event(id) return by_id(cica.events, id, "event") end
local function document(id) return by_id(cica.documents, id, "document") end
local function discrepancy(id) return by_id(cica.discrepancies, id, "discrepancy") end
local function head(id) return by_id(cica.secretariat.heads, id, "secretariat head") end

local function chair_term(n)
  for _, c in ipairs(cica.chairs) do
    if c.term == n then return c end
  end
  error("chair term " .. n .. " not found", 2)
end

local function entity(name)
  local e = cica.find(name)
  assert(e, "no entity is named " .. name)
  return e
end

local function contains(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

local function ids(list)
  local out = {}
  for _, r in ipairs(list) do out[#out + 1] = r.id end
  table.sort(out)
  return out
end

local function cites(record, source, what)
  assert.is_true(contains(record.sources or {}, source),
    (what or record.id or "record") .. " does not cite " .. source)
end

-- The entity's period of `status` (the last one when there are several).
local function period(e, status)
  local found
  for _, p in ipairs(e.history) do
    if p.status == status then found = p end
  end
  assert(found, e.id .. " has no " .. status .. " period")
  return found
end

local function claim(id, text, source)
  local d = discrepancy(id)
  for _, c in ipairs(d.claims) do
    if c.claim_en:find(text, 1, true) and contains(c.sources, source) then return c end
  end
  error("discrepancy " .. id .. " has no claim '" .. text .. "' citing " .. source, 2)
end

local function count_kind(list, kind)
  local n = 0
  for _, r in ipairs(list) do
    if r.kind == kind then n = n + 1 end
  end
  return n
end

-- Members (28 as of 2025) --------------------------------------------------------------------------
-- zh-Hans | zh-Hant | Taiwan/HK form | English | ISO | joined (founding or date) | order | source key
local MEMBERS = {
  { "中国", "中國", nil, "China", "CN", "founding", nil, "R1" },
  { "阿富汗", "阿富汗", nil, "Afghanistan", "AF", "founding", nil, "R1" },
  { "阿塞拜疆", "阿塞拜疆", "亞塞拜然", "Azerbaijan", "AZ", "founding", nil, "D7" },
  { "埃及", "埃及", nil, "Egypt", "EG", "founding", nil, "R1" },
  { "印度", "印度", nil, "India", "IN", "founding", nil, "R1" },
  { "伊朗", "伊朗", nil, "Iran", "IR", "founding", nil, "R1" },
  { "以色列", "以色列", nil, "Israel", "IL", "founding", nil, "R1" },
  { "哈萨克斯坦", "哈薩克斯坦", "哈薩克", "Kazakhstan", "KZ", "founding", nil, "R1" },
  { "吉尔吉斯斯坦", "吉爾吉斯斯坦", "吉爾吉斯", "Kyrgyzstan", "KG", "founding", nil, "R1" },
  { "蒙古", "蒙古", nil, "Mongolia", "MN", "founding", nil, "R1" },
  { "巴基斯坦", "巴基斯坦", nil, "Pakistan", "PK", "founding", nil, "R1" },
  { "巴勒斯坦", "巴勒斯坦", nil, "Palestine", "PS", "founding", nil, "R1" },
  { "俄罗斯", "俄羅斯", nil, "Russia", "RU", "founding", nil, "R1" },
  { "塔吉克斯坦", "塔吉克斯坦", "塔吉克", "Tajikistan", "TJ", "founding", nil, "R1" },
  -- CICA and the UN write "Türkiye" (B4); "Turkey" is an alias (tested below).
  { "土耳其", "土耳其", nil, "Türkiye", "TR", "founding", nil, "R1" },
  { "乌兹别克斯坦", "烏茲別克斯坦", "烏茲別克", "Uzbekistan", "UZ", "founding", nil, "R1" },
  { "泰国", "泰國", nil, "Thailand", "TH", "2004-10-22", 17, "A1" },
  { "韩国", "韓國", "南韓", "Republic of Korea", "KR", "2006-06-17", 18, "A3" },
  { "约旦", "約旦", nil, "Jordan", "JO", "2008-08-25", nil, "A4" },
  { "阿联酋", "阿聯酋", "阿拉伯聯合大公國", "United Arab Emirates", "AE", "2008-08-25", nil, "A4" },
  { "越南", "越南", nil, "Vietnam", "VN", "2010-06", nil, "A6" },
  { "伊拉克", "伊拉克", nil, "Iraq", "IQ", "2010-06", nil, "A6" },
  { "巴林", "巴林", nil, "Bahrain", "BH", "2011", nil, "A6" },
  { "柬埔寨", "柬埔寨", nil, "Cambodia", "KH", "2011", nil, "A6" },
  { "卡塔尔", "卡塔爾", "卡達", "Qatar", "QA", "2014-05-20", 25, "A7" },
  { "孟加拉国", "孟加拉國", "孟加拉", "Bangladesh", "BD", "2014-05-20", 26, "A7" },
  { "斯里兰卡", "斯里蘭卡", nil, "Sri Lanka", "LK", "2018-08-15", 27, "A8" },
  { "科威特", "科威特", nil, "Kuwait", "KW", "2022-10-13", 28, "A9" },
}

-- Observer states (10 as of 2024): zh-Hans | zh-Hant | TW form | English | ISO | source key
local OBSERVER_STATES = {
  { "印度尼西亚", "印度尼西亞", "印尼", "Indonesia", "ID", "A12" },
  { "日本", "日本", nil, "Japan", "JP", "A12" },
  { "马来西亚", "馬來西亞", nil, "Malaysia", "MY", "A12" },
  { "乌克兰", "烏克蘭", nil, "Ukraine", "UA", "A12" },
  { "美国", "美國", nil, "United States", "US", "A12" },
  { "菲律宾", "菲律賓", nil, "Philippines", "PH", "A13" },
  { "老挝", "老撾", "寮國", "Laos", "LA", "A18" },
  { "白俄罗斯", "白俄羅斯", nil, "Belarus", "BY", "A18" },
  { "土库曼斯坦", "土庫曼斯坦", "土庫曼", "Turkmenistan", "TM", "A10" },
  { "沙特阿拉伯", "沙特阿拉伯", "沙烏地阿拉伯", "Saudi Arabia", "SA", "A10" },
}

-- Observer organisations (5): zh-Hans | zh-Hant | English (or its abbreviation) | id | source key
local OBSERVER_ORGS = {
  { "联合国", "聯合國", "United Nations", "UN", "R2" },
  { "欧洲安全与合作组织", "歐洲安全與合作組織", "OSCE", "OSCE", "R2" },
  { "阿拉伯国家联盟", "阿拉伯國家聯盟", "League of Arab States", "LAS", "R2" },
  { "国际移民组织", "國際移民組織", "International Organization for Migration", "IOM", "A18" },
  -- renamed the Parliamentary Assembly of Turkic States (V10); the note's name is a former-name alias
  { "突厥国家议会大会", "突厥國家議會大會", "TURKPA", "TURKPA", "A17" },
}

describe("research note: members (28 as of 2025)", function()
  setup(fresh)
  for _, row in ipairs(MEMBERS) do
    local hans, hant, tw, en, iso, joined, ord, src = table.unpack(row, 1, 8)
    it(iso .. " " .. en .. ": names, code, joined " .. joined .. (ord and (", " .. ord .. "th") or ""), function()
      local e = entity(hans)
      assert.are.equal(iso, e.id)
      assert.are.equal("state", e.kind)
      assert.are.equal(hans, e.name_hans)
      assert.are.equal(hant, e.name_hant)
      assert.are.equal(en, e.name_en)
      assert.are.equal(iso, entity(hant).id)
      assert.are.equal(iso, entity(en).id)
      if tw then
        assert.is_true(contains(e.aliases, tw), iso .. " alias " .. tw)
        assert.are.equal(iso, entity(tw).id)
      end
      assert.are.equal("member", e.status)
      local p = period(e, "member")
      if joined == "founding" then
        assert.is_true(e.founding, iso .. " founding")
        -- Mongolia is a founding member whose row starts when it is first attested as one.
        if iso == "MN" then assert.are.equal("2001", p.from) else assert.are.equal("1999-09-14", p.from) end
        assert.is_nil(p.order)
      else
        assert.is_false(e.founding, iso .. " founding")
        assert.are.equal(joined, p.from:sub(1, #joined))
        assert.are.equal(ord, p.order)
      end
      assert.is_nil(p.to)
      assert.is_true(contains(e.sources, src), iso .. " cites " .. src)
    end)
  end

  it("has exactly these 28 members now, in accession order", function()
    local expect = {}
    for _, row in ipairs(MEMBERS) do expect[#expect + 1] = row[5] end
    table.sort(expect)
    assert.are.same(expect, ids(cica.members))
    local last = cica.members[#cica.members]
    assert.are.equal("KW", last.id)
  end)

  -- The note says "observer since 2012" (A8, 2019). Sri Lanka's president said at the 2014 summit that it
  -- became an observer "in May last year" (V5): the contemporaneous statement is stored, A8 is a claim.
  it("has Sri Lanka an observer from May 2013 (V5; A8's 2012 a claim) before it became a member", function()
    local lk = entity("LK")
    local o = period(lk, "observer")
    assert.are.equal("2013-05", o.from)
    assert.are.equal("2018-08-15", o.to)
    cites(o, "V5", "LK observership")
    cites(o, "A8", "LK observership")
    claim("sri-lanka-observer", "since 2012", "A8")
    claim("sri-lanka-observer", "May 2013", "V5")
    assert.is_false(contains(ids(cica.observers_at("2012-12-31")), "LK"))
  end)

  it("has Bahrain in 2011 per A6 and seed000's 2010 as a claim", function()
    claim("bahrain-joined", "2011", "A6")
    claim("bahrain-joined", "2010", "seed000")
  end)

  it("names Türkiye as CICA and the UN write it, with Turkey as an alias", function()
    local tr = entity("Türkiye")
    assert.are.equal("TR", tr.id)
    assert.are.equal("Türkiye", tr.name_en)
    assert.are.equal("土耳其", tr.name_hans)
    assert.are.equal("TR", entity("Turkey").id)
    assert.is_true(contains(tr.aliases, "Turkey"))
  end)

  it("finds TURKPA by its former name too", function()
    assert.are.equal("TURKPA", entity("突厥语国家议会大会").id)
    assert.are.equal("TURKPA", entity("突厥語國家議會大會").id)
    assert.are.equal("TURKPA", entity("Parliamentary Assembly of Turkic-Speaking Countries").id)
    assert.are.equal("Parliamentary Assembly of Turkic States", entity("TURKPA").name_en)
  end)

  it("has Bangladesh an observer from 2010 (V2, V9), before it became the 26th member", function()
    local o = period(entity("BD"), "observer")
    assert.are.equal("2010", o.from)
    assert.are.equal("2014-05-20", o.to)
    cites(o, "V2", "BD observership")
    assert.is_true(contains(ids(cica.observers_at("2010-12-31")), "BD"))
  end)

  it("knows the common aliases the issue names", function()
    for name, id in pairs({ ["韩国"] = "KR", ["南韓"] = "KR", ["South Korea"] = "KR", ROK = "KR",
      ["阿联酋"] = "AE", UAE = "AE", ["孟加拉"] = "BD", Bangladesh = "BD" }) do
      assert.are.equal(id, entity(name).id, name)
    end
  end)
end)

describe("research note: observers", function()
  setup(fresh)
  for _, row in ipairs(OBSERVER_STATES) do
    local hans, hant, tw, en, iso, src = table.unpack(row, 1, 6)
    it(iso .. " " .. en .. ": names, code, observer now", function()
      local e = entity(hans)
      assert.are.equal(iso, e.id)
      assert.are.equal("state", e.kind)
      assert.are.equal(hant, e.name_hant)
      assert.are.equal(en, e.name_en)
      assert.are.equal(iso, entity(hant).id)
      if tw then
        assert.is_true(contains(e.aliases, tw), iso .. " alias " .. tw)
        assert.are.equal(iso, entity(tw).id)
      end
      assert.are.equal("observer", e.status)
      assert.is_true(contains(e.sources, src), iso .. " cites " .. src)
    end)
  end

  it("has Indonesia, Japan, Malaysia, Ukraine and the USA observers by 2004 (A12)", function()
    local at = ids(cica.observers_at("2004"))
    for _, id in ipairs({ "ID", "JP", "MY", "UA", "US" }) do
      assert.is_true(contains(at, id), id)
      cites(period(entity(id), "observer"), "A12", id .. " observership")
    end
  end)

  it("has the Philippines become an observer between 2010 and 2012 (A13)", function()
    local p = period(entity("PH"), "observer")
    assert.is_true(p.from >= "2010" and p.from <= "2012-12-31", p.from)
    cites(p, "A13", "PH observership")
  end)

  it("has Laos and Belarus on the 2019 list (A18); the note leaves their year unverified", function()
    local at = ids(cica.observers_at("2019-06-15"))
    assert.is_true(contains(at, "LA"))
    assert.is_true(contains(at, "BY"))
  end)

  it("has Turkmenistan an observer from 2021 (A10, A11)", function()
    local p = period(entity("TM"), "observer")
    assert.are.equal("2021", p.from)
    cites(p, "A10", "TM observership")
    cites(p, "A11", "TM observership")
  end)

  it("has Saudi Arabia the 10th observer state on 2023-12-26 (A10)", function()
    local p = period(entity("SA"), "observer")
    assert.are.equal("2023-12-26", p.from)
    cites(p, "A10", "SA observership")
    assert.are.equal(9, count_kind(cica.observers_at("2023-12-25"), "state"))
    assert.are.equal(10, count_kind(cica.observers_at("2023-12-26"), "state"))
    assert.are.equal(10, count_kind(cica.observers, "state"))
  end)

  for _, row in ipairs(OBSERVER_ORGS) do
    local hans, hant, en, id, src = table.unpack(row, 1, 5)
    it(id .. ": names and observer now", function()
      local e = entity(hans)
      assert.are.equal(id, e.id)
      assert.are.equal("organization", e.kind)
      assert.are.equal(hant, e.name_hant)
      assert.are.equal(id, entity(en).id)
      assert.are.equal("observer", e.status)
      assert.is_true(contains(e.sources, src), id .. " cites " .. src)
    end)
  end

  it("has the UN, the OSCE and the League of Arab States observers by 2001 (R2)", function()
    local at = ids(cica.observers_at("2001"))
    for _, id in ipairs({ "UN", "OSCE", "LAS" }) do
      assert.is_true(contains(at, id), id)
      cites(period(entity(id), "observer"), "R2", id .. " observership")
    end
    assert.are.equal("LAS", entity("阿盟").id)
    assert.are.equal("OSCE", entity("欧安组织").id)
  end)

  it("has TURKPA listed as an observer by May 2014 (A17), its start stored as unverified", function()
    assert.is_true(contains(ids(cica.observers_at("2014-05")), "TURKPA"))
    local p = period(entity("TURKPA"), "observer")
    assert.are.equal("unverified", p.confidence)
    cites(p, "A17", "TURKPA observership")
    claim("turkpa-start", "4th observer organisation", "A17")
  end)

  it("has the IOM on the 2019 list (A18)", function()
    assert.is_true(contains(ids(cica.observers_at("2019-06-15")), "IOM"))
  end)

  it("has exactly 10 observer states and 5 observer organisations now", function()
    local expect = {}
    for _, row in ipairs(OBSERVER_STATES) do expect[#expect + 1] = row[5] end
    for _, row in ipairs(OBSERVER_ORGS) do expect[#expect + 1] = row[4] end
    table.sort(expect)
    assert.are.same(expect, ids(cica.observers))
  end)

  -- The note says 2022 (A10); V13 dates the memorandum with the Eurasian Economic Commission to 2022-10-13.
  it("has the Eurasian Economic Union a partner organisation from 2022-10-13 (A10, V13)", function()
    local e = entity("Eurasian Economic Union")
    assert.are.equal("EAEU", e.id)
    assert.are.equal("歐亞經濟聯盟", e.name_hant)
    assert.are.equal("partner", e.status)
    assert.are.equal("2022-10-13", period(e, "partner").from)
    cites(period(e, "partner"), "V13", "EAEU partnership")
    assert.are.same({ "EAEU" }, ids(cica.partners))
    cites(period(e, "partner"), "A10", "EAEU partnership")
  end)

  -- The note: observers in 2002/2006, absent later. Dated lists from 2006-06-12 on (V1, S4, V3, V4, V6)
  -- omit them, so their observership ends on the first of them (one rule for every former observer);
  -- A3 (2006-06-20) still naming them is a claim of discrepancy australia-lebanon-observers.
  it("has Australia and Lebanon observers in 2001 and 2002, gone by the list of 2006-06-12, the end unverified", function()
    for _, name in ipairs({ "澳大利亚", "黎巴嫩" }) do
      local e = entity(name)
      assert.are.equal("former_observer", e.status)
      assert.is_true(contains(ids(cica.observers_at("2002-06-04")), e.id), name .. " 2002")
      assert.is_false(contains(ids(cica.observers_at("2006-06-12")), e.id), name .. " 2006")
      assert.is_false(contains(ids(cica.observers_at("2014-05-16")), e.id), name .. " 2014")
      local p = period(e, "observer")
      assert.are.equal("2006-06-12", p.to)
      assert.are.equal("unverified", p.confidence)
      cites(p, "seed004", name)
      cites(p, "R2", name)
      cites(p, "V1", name)
    end
    claim("australia-lebanon-observers", "2006-06-20", "A3")
    assert.are.equal(13, #cica.observers_at("2014-05-16"))
    assert.are.equal(12, #cica.observers_at("2016-04-13"))
    assert.are.equal("AU", entity("澳大利亞").id)
    assert.are.equal("LB", entity("Lebanon").id)
  end)
end)

describe("research note: summits", function()
  setup(fresh)
  -- ordinal | date | end | place | host | status | source key
  local SUMMITS = {
    { 1, "2002-06-04", nil, "almaty", "KZ", "held", "A2" },
    { 2, "2006-06-17", nil, "almaty", "KZ", "held", "A3" },
    { 3, "2010-06-08", nil, "istanbul", "TR", "held", "B3" },
    { 4, "2014-05-20", "2014-05-21", "shanghai", "CN", "held", "B5" },
    { 5, "2019-06-15", nil, "dushanbe", "TJ", "held", "B6" },
    { 6, "2022-10-12", "2022-10-13", "astana", "KZ", "held", "B10" },
    { 7, "2026-10", nil, "baku", "AZ", "planned", "B13" },
  }
  for _, row in ipairs(SUMMITS) do
    local n, date, end_date, place, host, status, src = table.unpack(row, 1, 7)
    it("summit " .. n .. ": " .. date .. " " .. place .. " (" .. status .. ")", function()
      local m = meeting("summit-" .. n)
      assert.are.equal("summit", m.kind)
      assert.are.equal(n, m.ordinal)
      assert.are.equal(date, m.date)
      assert.are.equal(end_date, m.end_date)
      assert.are.equal(place, m.place)
      assert.are.equal(host, m.host)
      assert.are.equal(status, m.status)
      cites(m, src)
    end)
  end

  it("has six summits held and the seventh planned", function()
    local held, planned = 0, 0
    for _, s in ipairs(cica.summits) do
      if s.status == "held" then held = held + 1 else planned = planned + 1 end
    end
    assert.are.equal(6, held)
    assert.are.equal(1, planned)
  end)

  it("keeps the other dates of the 3rd and 5th summits as claims", function()
    claim("summit-3-date", "7-9 June 2010", "B4")
    claim("summit-5-date", "15 June 2019", "B6")
    claim("summit-5-date", "14-15 June 2019", "B7")
  end)

  it("has the CICA Charter expected at the planned Baku summit", function()
    assert.truthy(meeting("summit-7").note_en:find("Charter", 1, true))
  end)
end)

describe("research note: ministerial meetings", function()
  setup(fresh)
  it("has the deputy-minister meetings of 1996-02-07/08 and 1997-12-03 in Almaty (C15)", function()
    local a, b = meeting("deputy-1996"), meeting("deputy-1997")
    assert.are.equal("1996-02-07", a.date)
    assert.are.equal("1996-02-08", a.end_date)
    assert.are.equal("1997-12-03", b.date)
    for _, m in ipairs({ a, b }) do
      assert.are.equal("deputy_ministerial", m.kind)
      assert.are.equal("almaty", m.place)
      cites(m, "C15")
    end
  end)

  -- ordinal | date | end | place | source key
  local MINISTERIALS = {
    { 1, "1999-09-14", nil, "almaty", "A6" },
    { 2, "2004-10-22", nil, "almaty", "A1" },
    { 3, "2008-08-25", nil, "almaty", "C16" },
    { 4, "2012-09-12", nil, "astana", "B4" },
    { 5, "2016-04-27", "2016-04-28", "beijing", "C2" },
    { 6, "2021-10-11", "2021-10-12", "astana", "C6" },
    { 7, "2024-12-17", nil, "online", "C10" },
  }
  for _, row in ipairs(MINISTERIALS) do
    local n, date, end_date, place, src = table.unpack(row, 1, 5)
    it("ministerial " .. n .. ": " .. date .. " " .. place, function()
      local m = meeting("ministerial-" .. n)
      assert.are.equal("ministerial", m.kind)
      assert.are.equal(n, m.ordinal)
      assert.are.equal(date, m.date)
      assert.are.equal(end_date, m.end_date)
      assert.are.equal(place, m.place)
      assert.are.equal("held", m.status)
      cites(m, src)
    end)
  end

  it("has 15 states take part in the 1st ministerial meeting (C1, A6)", function()
    local n = 0
    for _, p in ipairs(meeting("ministerial-1").participants) do
      if p.role == "member" then n = n + 1 end
    end
    assert.are.equal(15, n)
    assert.are.equal(15, #cica.members_at("1999-09-14"))
  end)

  it("has the 6th meeting in the city then named Nur-Sultan", function()
    local m = meeting("ministerial-6")
    assert.are.equal("Nur-Sultan", m.city_en)
    assert.are.equal("努尔苏丹", m.city_hans)
    assert.are.equal("努爾蘇丹", m.city_hant)
  end)

  it("has the 7th meeting online, hosted by Azerbaijan (C10)", function()
    local m = meeting("ministerial-7")
    assert.are.equal("AZ", m.host)
    assert.are.equal("online", m.place)
    cites(m, "C10")
  end)

  -- id | kind | date | place | source key
  local SPECIAL = {
    { "special-2018", "special_ministerial", "2018-09-24", "new-york", "C4" },
    { "special-2020", "special_ministerial", "2020-09-24", "online", "C5" },
    { "informal-2022", "informal_ministerial", "2022-09", "new-york", "C14" },
    { "informal-2023", "informal_ministerial", "2023-09-21", "new-york", "C8" },
    { "informal-2025", "informal_ministerial", "2025-09-25", "new-york", "C12" },
  }
  for _, row in ipairs(SPECIAL) do
    local id, kind, date, place, src = table.unpack(row, 1, 5)
    it(id .. ": " .. kind .. " " .. date .. " " .. place, function()
      local m = meeting(id)
      assert.are.equal(kind, m.kind)
      assert.are.equal(date, m.date)
      assert.are.equal(place, m.place)
      cites(m, src)
    end)
  end

  it("dates the dataset to its latest fact, the informal meeting of 2025-09-25", function()
    assert.are.equal("2025-09-25", cica.meta.as_of)
  end)
end)

describe("research note: chairmanships", function()
  setup(fresh)
  -- term | country | from | to | source key
  local TERMS = {
    { 1, "KZ", nil, "2010-06-08", "B4" },
    { 2, "TR", "2010-06-08", "2012-04-02", "B4" },
    { 3, "TR", "2012-04-02", "2014-05-21", "D1" },
    { 4, "CN", "2014-05-21", "2016-04-28", "B5" },
    { 5, "CN", "2016-04-28", "2018-09-24", "D2" },
    { 6, "TJ", "2018-09-24", "2020-09-24", "C5" },
    { 7, "KZ", "2020-09-24", "2022-10-13", "D4" },
    { 8, "KZ", "2022-10-13", "2024-12-17", "D5" },
    { 9, "AZ", "2024-12-17", nil, "C10" },
  }
  for _, row in ipairs(TERMS) do
    local term, country, from, to, src = table.unpack(row, 1, 5)
    it("term " .. term .. ": " .. country .. " " .. tostring(from) .. " to " .. tostring(to), function()
      local c = chair_term(term)
      assert.are.equal(country, c.country)
      if from then assert.are.equal(from, c.from) end
      assert.are.equal(to, c.to)
      cites(c, src, "chair term " .. term)
    end)
  end

  it("has exactly nine terms, each starting the day the previous one ends", function()
    assert.are.equal(#TERMS, #cica.chairs)
    for i = 2, #cica.chairs do
      assert.are.equal(cica.chairs[i - 1].to, cica.chairs[i].from, "term " .. i)
    end
  end)

  it("answers chair_at across the record", function()
    local expect = { ["2005"] = "KZ", ["2010-06-07"] = "KZ", ["2010-06-08"] = "TR", ["2013"] = "TR",
      ["2015"] = "CN", ["2017"] = "CN", ["2019"] = "TJ", ["2021"] = "KZ", ["2023"] = "KZ", ["2025"] = "AZ" }
    for when, country in pairs(expect) do
      assert.are.equal(country, cica.chair_at(when).country, when)
    end
  end)

  it("has the 2009-09-01 rules amendment cutting the chair's term from four years to two (A1)", function()
    local e = event("rule-change-2009")
    assert.are.equal("2009-09-01", e.date)
    assert.are.equal("rule_change", e.kind)
    assert.truthy(e.title_en:find("four years to two", 1, true))
    cites(e, "A1")
  end)

  it("has Turkey's extension decided on 2012-04-02 (D1)", function()
    local e = event("turkey-extension-2012")
    assert.are.equal("2012-04-02", e.date)
    cites(e, "D1")
  end)
end)

describe("research note: the secretariat", function()
  setup(fresh)
  -- id | name_en | nationality | title | from | to | source key
  local HEADS = {
    { "asanov", "Jandos Asanov", "KZ", "executive_director", nil, "2008-08", "E1" },
    { "bakishev", "Dulat Bakishev", "KZ", "executive_director", "2008-08", "2010-06", "E1" },
    { "aldemir", "Çınar Aldemir", "TR", "executive_director", "2010-06", "2014-07", "E2" },
    { "gong-jianwei", "Gong Jianwei", "CN", "executive_director", "2014-07", "2018-09-24", "D2" },
    { "mirzozoda", "Khabibullo Mirzozoda", "TJ", "executive_director", "2018-09-24", "2020-09-24", "C4" },
    { "sarybay-ed", "Kairat Sarybay", "KZ", "executive_director", "2020-09-24", "2022-10-13", "C5" },
    { "sarybay-sg", "Kairat Sarybay", "KZ", "secretary_general", "2022-10-13", nil, "B14" },
  }
  for _, row in ipairs(HEADS) do
    local id, name, nat, title, from, to, src = table.unpack(row, 1, 7)
    it(id .. ": " .. name .. " (" .. nat .. ") " .. tostring(from) .. " to " .. tostring(to), function()
      local h = head(id)
      assert.are.equal(name, h.name_en)
      assert.are.equal(nat, h.nationality)
      assert.are.equal(title, h.title)
      if from then assert.are.equal(from, h.from) end
      assert.are.equal(to, h.to)
      cites(h, src, "head " .. id)
    end)
  end

  it("has Gong Jianwei and Mirzozoda under their Chinese names", function()
    assert.are.equal("宫建伟", head("gong-jianwei").name_hans)
    assert.are.equal("哈比布洛·米尔佐佐达", head("mirzozoda").name_hans)
  end)

  it("stores Asanov's start, which no source gives, as unverified", function()
    assert.are.equal("unverified", head("asanov").confidence)
  end)

  it("has Sarybay, the first Secretary General, in office in 2025-09 (B13)", function()
    local sg = {}
    for _, h in ipairs(cica.secretariat.heads) do
      if h.title == "secretary_general" then sg[#sg + 1] = h end
    end
    assert.are.equal(1, #sg)
    assert.is_nil(sg[1].to)
    local e = event("secretary-general-2022")
    assert.are.equal("2022-10-13", e.date)
    cites(e, "B14")
  end)

  it("seats the secretariat in Almaty from 2006-06-17 (E5), in Astana from 2014-09 (E6)", function()
    local seats = cica.secretariat.seats
    assert.are.equal(2, #seats)
    assert.are.equal("almaty", seats[1].place)
    assert.are.equal("2006-06-17", seats[1].from)
    cites(seats[1], "E5", "seat almaty")
    assert.are.equal("astana", seats[2].place)
    assert.are.equal("2014-09", seats[2].from)
    assert.is_nil(seats[2].to)
    cites(seats[2], "E6", "seat astana")
  end)

  -- E7 (a 2018 report) gave 2016-10-29; W6, of 2016-10-31, names the 28th (discrepancy secretariat-office-date)
  it("opens the new office on 2016-10-28 (W6; E7 said the 29th)", function()
    local e = event("secretariat-office-2016")
    assert.are.equal("2016-10-28", e.date)
    cites(e, "W6")
    cites(e, "E7")
  end)
end)

describe("research note: documents", function()
  setup(fresh)
  -- id | year | meeting | source key
  local DOCS = {
    { "doc-1999-declaration-principles", "1999", "ministerial-1", "A6" },
    { "doc-2002-almaty-act", "2002", "summit-1", "A2" },
    { "doc-2002-terrorism-declaration", "2002", "summit-1", "A2" },
    { "doc-2004-cbm-catalogue", "2004", "ministerial-2", "A1" },
    { "doc-2004-rules-of-procedure", "2004", "ministerial-2", "A1" },
    { "doc-2010-istanbul-declaration", "2010", "summit-3", "B3" },
    { "doc-2016-ministerial-declaration", "2016", "ministerial-5", "C3" },
    { "doc-2019-dushanbe-declaration", "2019", "summit-5", "B6" },
    { "doc-2021-cbm-catalogue-updated", "2021", nil, "R4" },
    { "doc-2022-astana-statement", "2022", "summit-6", "B10" },
    { "doc-2022-fund-statute", "2022", "summit-6", "B11" },
    { "doc-2023-roadmap", "2023", "informal-2023", "C8" },
  }
  for _, row in ipairs(DOCS) do
    local id, year, meeting_id, src = table.unpack(row, 1, 4)
    it(id, function()
      local d = document(id)
      assert.are.equal(year, d.date:sub(1, 4))
      assert.are.equal(meeting_id, d.meeting)
      if meeting_id then assert.is_true(contains(meeting(meeting_id).documents, id)) end
      for _, f in ipairs({ "title_hans", "title_hant", "title_en" }) do
        assert.is_true(type(d[f]) == "string" and #d[f] > 0, id .. " " .. f)
      end
      cites(d, src)
    end)
  end

  it("names the documents in English as the sources do", function()
    assert.are.equal("Declaration on Principles Guiding Relations between CICA Member States",
      document("doc-1999-declaration-principles").title_en)
    assert.are.equal("Almaty Act", document("doc-2002-almaty-act").title_en)
    assert.truthy(document("doc-2002-terrorism-declaration").title_en:find(
      "Declaration on Eliminating Terrorism and Promoting Dialogue among Civilizations", 1, true))
    assert.are.equal("Astana Statement on Transforming CICA", document("doc-2022-astana-statement").title_en)
    assert.are.equal("Statute of the CICA Fund", document("doc-2022-fund-statute").title_en)
    assert.are.equal("Road Map for CICA Transformation", document("doc-2023-roadmap").title_en)
  end)
end)

describe("research note: the ten discrepancies", function()
  setup(fresh)
  it("1. Thailand: in the 1996 meeting (seed004) versus joined 2004 (seed000, A1)", function()
    claim("thailand-joined", "17 states", "seed004")
    claim("thailand-joined", "2004", "A1")
    claim("thailand-joined", "2004", "seed000")
    -- A6 (2014) dates Thailand's admission to the 2006 summit: kept as a claim too.
    claim("thailand-joined", "2006", "A6")
    assert.are.equal("2004-10-22", discrepancy("thailand-joined").preferred)
  end)

  it("2. founding members: 15 in 1999 (A6, seed004) versus 16 (seed000, R1)", function()
    claim("founding-members", "15", "A6")
    claim("founding-members", "15", "seed004")
    claim("founding-members", "16", "seed000")
    claim("founding-members", "16", "R1")
  end)

  it("3. 5th summit: 15 June (B6), 14-15 June (seed004, B7), 14-16 June (seed000)", function()
    claim("summit-5-date", "15 June 2019", "B6")
    claim("summit-5-date", "14-15 June 2019", "seed004")
    claim("summit-5-date", "14-15 June 2019", "B7")
    claim("summit-5-date", "14-16 June 2019", "seed000")
    assert.are.equal(discrepancy("summit-5-date").preferred, meeting("summit-5").date)
  end)

  it("4. 3rd summit: 8 June (B3) versus 7-9 June 2010 (B4)", function()
    claim("summit-3-date", "8 June 2010", "B3")
    claim("summit-3-date", "7-9 June 2010", "B4")
    assert.are.equal(discrepancy("summit-3-date").preferred, meeting("summit-3").date)
  end)

  it("5. China's and Turkey's chairmanships modelled as two terms each", function()
    claim("china-chair-terms", "2014-2016", "seed000")
    claim("china-chair-terms", "2014-2018", "D2")
    claim("turkey-chair-terms", "2012-2014", "D1")
    local count = {}
    for _, c in ipairs(cica.chairs) do count[c.country] = (count[c.country] or 0) + 1 end
    assert.are.equal(2, count.TR)
    assert.are.equal(2, count.CN)
  end)

  it("6. Qatar: member in 2008 (A5), observer then (A4), member in 2014 (A7)", function()
    claim("qatar-joined", "member in 2008", "A5")
    claim("qatar-joined", "observer in 2008", "A4")
    claim("qatar-joined", "2014-05-20", "A7")
    local qa = entity("QA")
    -- V3 and V4 list Qatar as an observer in May 2014, which confirms the observer row
    assert.are.equal("confirmed", period(qa, "observer").confidence)
    cites(period(qa, "observer"), "V3", "QA observership")
    assert.are.equal("2014-05-20", period(qa, "member").from)
  end)

  it("7. Bahrain: 2010 (seed000) versus 2011 (A6)", function()
    claim("bahrain-joined", "2010", "seed000")
    claim("bahrain-joined", "2011", "A6")
    assert.are.equal(discrepancy("bahrain-joined").preferred, period(entity("BH"), "member").from)
  end)

  it("8. Mirzozoda's start: 2018-10 (seed000) versus 2018-09-24 (C4)", function()
    claim("mirzozoda-start", "October 2018", "seed000")
    claim("mirzozoda-start", "2018-09-24", "C4")
    assert.are.equal(discrepancy("mirzozoda-start").preferred, head("mirzozoda").from)
  end)

  it("9. member counts over time, each reported count a claim", function()
    for _, text in ipairs({ "1999: 15", "16 member states", "17th", "18th", "20 members", "22 members",
      "24 members", "26th", "27 members", "28th" }) do
      local found = false
      for _, c in ipairs(discrepancy("member-counts").claims) do
        if c.claim_en:find(text, 1, true) then found = true end
      end
      assert.is_true(found, text)
    end
  end)

  it("10. observer counts: 13 (2019), 14 (2022), 15 after Saudi Arabia", function()
    claim("observer-counts", "13 observers", "seed000")
    claim("observer-counts", "14 observers in 2022", "A11")
    claim("observer-counts", "15 observers", "A10")
  end)

  it("gives every discrepancy a preferred value, a reason and at least two claims with sources", function()
    for _, d in ipairs(cica.discrepancies) do
      assert.is_true(#d.preferred > 0 and #d.reason > 0, d.id)
      assert.is_true(#d.claims >= 2, d.id)
      for _, c in ipairs(d.claims) do assert.is_true(#c.sources > 0, d.id) end
      for _, f in ipairs({ "title_hans", "title_hant", "title_en" }) do
        assert.is_true(#d[f] > 0, d.id .. " " .. f)
      end
    end
  end)
end)

describe("research note: member and observer counts", function()
  setup(fresh)
  -- "1999: 15 · 2002: 16 · 2004-10: 17 · 2006-06: 18 · 2008-08: 20 · 2010-06: 22 · 2011: 24 ·
  --  2014-05: 26 · 2018-08: 27 · 2022-10: 28"
  local MEMBER_COUNTS = { { "1999", 15 }, { "2002", 16 }, { "2004-10", 17 }, { "2006-06", 18 },
    { "2008-08", 20 }, { "2010-06", 22 }, { "2011", 24 }, { "2014-05", 26 }, { "2018-08", 27 },
    { "2022-10", 28 } }
  for _, row in ipairs(MEMBER_COUNTS) do
    it("members on " .. row[1] .. ": " .. row[2], function()
      assert.are.equal(row[2], #cica.members_at(row[1]))
    end)
  end

  -- "13 (2019), 14 (2022), 15 after Saudi Arabia"
  local OBSERVER_COUNTS = { { "2019", 13 }, { "2022", 14 }, { "2023-12-26", 15 }, { "2025-09-25", 15 } }
  for _, row in ipairs(OBSERVER_COUNTS) do
    it("observers on " .. row[1] .. ": " .. row[2], function()
      assert.are.equal(row[2], #cica.observers_at(row[1]))
    end)
  end

  it("counts 28 members and 15 observers now", function()
    assert.are.equal(28, #cica.members)
    assert.are.equal(15, #cica.observers)
  end)
end)

describe("names, codes and regions", function()
  setup(fresh)
  after_each(function() cica.set_lang(LANG) end)

  -- UN M49 region / sub-region of every state in the dataset.
  local M49 = {
    AF = { "142", "034" }, AZ = { "142", "145" }, CN = { "142", "030" }, EG = { "002", "015" },
    IN = { "142", "034" }, IR = { "142", "034" }, IL = { "142", "145" }, KZ = { "142", "143" },
    KG = { "142", "143" }, MN = { "142", "030" }, PK = { "142", "034" }, PS = { "142", "145" },
    RU = { "150", "151" }, TJ = { "142", "143" }, TR = { "142", "145" }, UZ = { "142", "143" },
    TH = { "142", "035" }, KR = { "142", "030" }, JO = { "142", "145" }, AE = { "142", "145" },
    VN = { "142", "035" }, IQ = { "142", "145" }, BH = { "142", "145" }, KH = { "142", "035" },
    QA = { "142", "145" }, BD = { "142", "034" }, LK = { "142", "034" }, KW = { "142", "145" },
    ID = { "142", "035" }, JP = { "142", "030" }, MY = { "142", "035" }, UA = { "150", "151" },
    US = { "019", "021" }, PH = { "142", "035" }, LA = { "142", "035" }, BY = { "150", "151" },
    TM = { "142", "143" }, SA = { "142", "145" }, AU = { "009", "053" }, LB = { "142", "145" },
  }
  local REGION_EN = { ["002"] = "Africa", ["015"] = "Northern Africa", ["019"] = "Americas",
    ["021"] = "Northern America", ["142"] = "Asia", ["143"] = "Central Asia", ["030"] = "Eastern Asia",
    ["035"] = "South-eastern Asia", ["034"] = "Southern Asia", ["145"] = "Western Asia",
    ["150"] = "Europe", ["151"] = "Eastern Europe", ["009"] = "Oceania", ["053"] = "Australia and New Zealand" }

  it("gives every state its ISO code as id and its M49 region and sub-region", function()
    local states = 0
    for _, e in ipairs(cica.entities) do
      if e.kind == "state" then
        states = states + 1
        local want = M49[e.id]
        assert.is_not_nil(want, "unexpected state " .. e.id)
        assert.are.same(want, { e.region, e.subregion }, e.id)
      else
        assert.is_nil(e.region, e.id)
      end
    end
    assert.are.equal(40, states)
  end)

  it("names the M49 regions as the UN does", function()
    local rows = cica.query("SELECT code, parent, name_en FROM regions")
    local got = {}
    for _, r in ipairs(rows) do got[r.code] = r end
    for code, name in pairs(REGION_EN) do
      assert.is_not_nil(got[code], code)
      assert.are.equal(name, got[code].name_en, code)
    end
    for _, sub in ipairs({ "143", "030", "035", "034", "145" }) do assert.are.equal("142", got[sub].parent) end
    assert.are.equal("019", got["021"].parent)
  end)

  it("stores Taiwan and Hong Kong forms as aliases, never as the zh-Hant name", function()
    local rows = cica.query("SELECT entity, alias, lang FROM aliases WHERE variant IN ('TW', 'HK')")
    assert.is_true(#rows >= 12)
    for _, r in ipairs(rows) do
      local e = entity(r.entity)
      assert.are_not.equal(r.alias, e.name_hant, r.entity)
      assert.are.equal("zh-Hant", r.lang, r.alias)
      assert.are.equal(r.entity, entity(r.alias).id, r.alias)
    end
  end)

  -- place id | zh-Hans | zh-Hant | English
  local CITIES = {
    { "almaty", "阿拉木图", "阿拉木圖", "Almaty", "summit-1" },
    { "astana", "阿斯塔纳", "阿斯塔納", "Astana", "summit-6" },
    { "istanbul", "伊斯坦布尔", "伊斯坦布爾", "Istanbul", "summit-3" },
    { "shanghai", "上海", "上海", "Shanghai", "summit-4" },
    { "beijing", "北京", "北京", "Beijing", "ministerial-5" },
    { "dushanbe", "杜尚别", "杜尚別", "Dushanbe", "summit-5" },
    { "baku", "巴库", "巴庫", "Baku", "summit-7" },
    { "new-york", "纽约", "紐約", "New York", "special-2018" },
  }
  for _, row in ipairs(CITIES) do
    it("names " .. row[4] .. " in three languages, following --lang", function()
      local m = meeting(row[5])
      assert.are.equal(row[1], m.place)
      assert.are.same({ row[2], row[3], row[4] }, { m.city_hans, m.city_hant, m.city_en })
      cica.set_lang("zh-Hant")
      assert.are.equal(row[3], meeting(row[5]).city)
      cica.set_lang("en")
      assert.are.equal(row[4], meeting(row[5]).city)
    end)
  end

  it("names Astana by date: Astana in 2012 and 2022-10, Nur-Sultan in 2021", function()
    assert.are.equal("Astana", meeting("ministerial-4").city_en)
    assert.are.equal("Nur-Sultan", meeting("ministerial-6").city_en)
    assert.are.equal("Astana", meeting("summit-6").city_en)
  end)

  local NUMERALS = { "一", "二", "三", "四", "五", "六", "七" }
  local ORDINALS = { "1st", "2nd", "3rd", "4th", "5th", "6th", "7th" }
  it("titles numbered meetings consistently in the three languages", function()
    local KIND_EN = { summit = "CICA Summit", ministerial = "CICA Ministerial Meeting",
      deputy_ministerial = "CICA Meeting of Deputy Foreign Ministers", expert = "CICA Expert Meeting" }
    local KIND_ZH = { summit = { "峰会", "峰會" }, ministerial = { "外长会议", "外長會議" },
      deputy_ministerial = { "副外长级会议", "副外長級會議" }, expert = { "专家会议", "專家會議" } }
    for _, m in ipairs(cica.meetings) do
      if m.ordinal then
        local zh = KIND_ZH[m.kind]
        assert.are.equal("亚信第" .. NUMERALS[m.ordinal] .. "次" .. zh[1], m.title_hans, m.id)
        assert.are.equal("亞信第" .. NUMERALS[m.ordinal] .. "次" .. zh[2], m.title_hant, m.id)
        assert.are.equal(ORDINALS[m.ordinal] .. " " .. KIND_EN[m.kind], m.title_en, m.id)
      else
        for _, f in ipairs({ "title_hans", "title_hant", "title_en" }) do
          assert.is_true(#m[f] > 0, m.id .. " " .. f)
        end
      end
    end
  end)
end)

describe("timeline", function()
  setup(fresh)
  after_each(function() cica.set_lang(LANG) end)

  it("is in date order", function()
    local t = cica.timeline
    assert.is_true(#t > 100)
    for i = 2, #t do
      assert.is_true(t[i - 1].date <= t[i].date, t[i - 1].date .. " after " .. t[i].date)
    end
  end)

  it("has a date, a kind, a reference and a title in all three languages on every entry", function()
    for i, e in ipairs(cica.timeline) do
      assert.truthy(e.date:match("^%d%d%d%d") , "entry " .. i)
      assert.are.equal("string", type(e.kind), "entry " .. i)
      assert.are.equal("table", type(e.ref), "entry " .. i)
      for _, f in ipairs({ "title_hans", "title_hant", "title_en" }) do
        assert.is_true(type(e[f]) == "string" and #e[f] > 0 and not e[f]:find("?", 1, true),
          "entry " .. i .. " " .. f)
      end
    end
  end)

  it("titles follow the display language", function()
    for _, lang in ipairs({ "zh-Hans", "zh-Hant", "en" }) do
      cica.set_lang(lang)
      local field = ({ ["zh-Hans"] = "title_hans", ["zh-Hant"] = "title_hant", en = "title_en" })[lang]
      for _, e in ipairs(cica.timeline) do assert.are.equal(e[field], e.title) end
    end
  end)

  it("includes every meeting, document, event and chair term", function()
    local seen = {}
    for _, e in ipairs(cica.timeline) do seen[e.ref.kind .. ":" .. tostring(e.ref.id)] = true end
    for _, m in ipairs(cica.meetings) do assert.is_true(seen["meeting:" .. m.id], m.id) end
    for _, d in ipairs(cica.documents) do assert.is_true(seen["document:" .. d.id], d.id) end
    for _, ev in ipairs(cica.events) do assert.is_true(seen["event:" .. ev.id], ev.id) end
    for _, c in ipairs(cica.chairs) do assert.is_true(seen["chair:" .. c.term], "term " .. c.term) end
  end)
end)
