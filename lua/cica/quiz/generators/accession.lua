-- When each state joined CICA as a member (the founding members are the `founding` topic).
local M = {
  topic = "accession",
  order = 10,              -- where --list-topics shows it (cica.discover)
  name = { en = "Accession", ["zh-Hans"] = "加入", ["zh-Hant"] = "加入" },
  title = { en = "When members joined", ["zh-Hans"] = "成员国何时加入", ["zh-Hant"] = "成員國何時加入" },
}

local T = {
  year = { en = "In which year did %s join CICA as a member state?",
    ["zh-Hans"] = "%s哪一年成为亚信成员国？", ["zh-Hant"] = "%s哪一年成為亞信成員國？" },
  who = { en = "Which state joined CICA as a member in %d?",
    ["zh-Hans"] = "哪个国家在%d年加入亚信成为成员国？", ["zh-Hant"] = "哪個國家在%d年加入亞信成為成員國？" },
  joined = { en = "%s joined CICA %s.", ["zh-Hans"] = "%s于%s加入亚信。",
    ["zh-Hant"] = "%s於%s加入亞信。" },
  joined_nth = { en = "%s joined CICA %s as its %s member.",
    ["zh-Hans"] = "%s于%s加入亚信，是第%d个成员国。", ["zh-Hant"] = "%s於%s加入亞信，是第%d個成員國。" },
  year_why = { en = "%d is when %s joined.", ["zh-Hans"] = "%d年加入的是%s。",
    ["zh-Hant"] = "%d年加入的是%s。" },
  who_why = { en = "%s joined in %d.", ["zh-Hans"] = "%s是%d年加入的。", ["zh-Hant"] = "%s是%d年加入的。" },
  founding_why = { en = "%s is a founding member.", ["zh-Hans"] = "%s是创始成员国。",
    ["zh-Hant"] = "%s是創始成員國。" },
  disputed = { en = "%s is accepted too: sources differ on its year (%s).",
    ["zh-Hans"] = "%s也算对：来源对其加入年份说法不一（%s）。", ["zh-Hant"] = "%s也算對：來源對其加入年份說法不一（%s）。" },
  several = { en = "%d states joined in %d: %s. Any of them is accepted.",
    ["zh-Hans"] = "%d个国家在%d年加入：%s。答其中任何一个都算对。",
    ["zh-Hant"] = "%d個國家在%d年加入：%s。答其中任何一個都算對。" },
}

-- Discrepancy fields about when a state joined; claims about observer status are about
-- something else, so a dispute that mixes them in is not asked about.
local FIELDS = { "joined", "start", "member", "accession" }
local OBSERVER = { "observer", "观察员", "觀察員" }

-- Non-founding members with a confirmed accession, in date order.
local function accessions(g)
  local out = {}
  for _, s in ipairs(g.data.statuses) do
    local e = g.data.entities[s.entity]
    if s.status == "member" and e and not e.founding and s.confidence == "confirmed" then
      out[#out + 1] = { e = e, s = s, year = g.year_of(s.start),
        claims = g.year_claims("entity:" .. e.id, FIELDS, { reject = OBSERVER }) }
    end
  end
  return out
end

local function by_year(list)
  local years, map = {}, {}
  for _, j in ipairs(list) do
    if not map[j.year] then map[j.year] = {}; years[#years + 1] = j.year end
    table.insert(map[j.year], j)
  end
  table.sort(years)
  return years, map
end

local function names(g, list)
  local out = {}
  for i, j in ipairs(list) do out[i] = g.the(j.e) end
  return g.list(out)
end

local function explain(g, j)
  if j.s.ord then
    local nth = g.lang == "en" and g.ordinal(j.s.ord) or j.s.ord
    return g.F(T.joined_nth, g.The(j.e), g.on(j.s.start), nth)
  end
  return g.F(T.joined, g.The(j.e), g.on(j.s.start))
end

-- The years members joined, each explained by the states whose year no source disputes: one
-- pool for every year question.
local function year_pool(g, years, map)
  local pool = {}
  for _, y in ipairs(years) do
    local sure = {}
    for _, o in ipairs(map[y]) do if o.claims == nil then sure[#sure + 1] = o end end
    pool[#pool + 1] = g.year(y, #sure > 0 and function() return g.F(T.year_why, y, names(g, sure)) end or nil)
  end
  return pool
end

local function year_question(g, j, ypool)
  ypool = ypool()
  local answer, note, sources = { g.year(j.year) }, nil, j.s.sources
  if j.claims then -- disputed: every year a source gives is right
    for _, y in ipairs(j.claims.years) do
      if y ~= j.year then answer[#answer + 1] = g.year(y) end
    end
    note, sources = j.claims.note, g.sources(sources, j.claims.sources)
  end
  local fact = explain(g, j)
  if #answer > 1 then fact = nil end -- the note gives every claim; do not assert one
  -- the shared pool of years (explained only by states whose year no source disputes) and a
  -- few near this one
  local pool = { ypool, g.years_near(j.year, 3, 1992, 2025) }
  return {
    prompt = g.F(T.year, g.the(j.e)), answer = answer, pool = pool,
    explain = fact, note = note, sources = sources,
  }
end

-- Does any source put j's accession in year y?
local function claimed(j, y)
  if j.year == y then return true end
  for _, c in ipairs(j.claims and j.claims.years or {}) do
    if c == y then return true end
  end
  return false
end

-- The states a "which state joined in Y?" question may offer as wrong: every member with an
-- undisputed year, and the founding members; shared by every year (one that joined in Y is
-- an answer, and an answer is never offered as wrong).
local function who_pool(g, all)
  local pool = {}
  for _, j in ipairs(all) do
    if j.claims == nil then
      pool[#pool + 1] = g.entity(j.e, function() return g.F(T.who_why, g.The(j.e), j.year) end)
    end
  end
  for _, e in pairs(g.data.entities) do
    if e.founding and #g.disputes("entity:" .. e.id) == 0 then
      pool[#pool + 1] = g.entity(e, function() return g.F(T.founding_why, g.The(e)) end)
    end
  end
  table.sort(pool, function(a, b) return a.ref < b.ref end) -- pairs() order is not stable
  return pool
end

-- "Which state joined in Y?": every state that any source has joining that year is right, and
-- no state with a disputed year serves as a wrong choice.
local function who_question(g, y, all, pool)
  local answer, sources, notes, certain, doubtful = {}, {}, {}, {}, {}
  for _, j in ipairs(all) do
    if claimed(j, y) then
      sources = g.sources(sources, j.s.sources, j.claims and j.claims.sources)
      if j.claims then
        doubtful[#doubtful + 1] = j
        notes[#notes + 1] = g.F(T.disputed, g.The(j.e), g.claims_text("entity:" .. j.e.id, "joined") or "")
      else
        certain[#certain + 1] = j
      end
    end
  end
  -- The answer shown is one that no source disputes; disputed ones are accepted after it.
  for _, j in ipairs(certain) do answer[#answer + 1] = g.entity(j.e) end
  for _, j in ipairs(doubtful) do answer[#answer + 1] = g.entity(j.e) end
  local explains = {}
  for _, j in ipairs(certain) do explains[#explains + 1] = explain(g, j) end
  if #certain > 1 then table.insert(notes, 1, g.F(T.several, #certain, y, names(g, certain))) end
  return {
    prompt = g.F(T.who, y), answer = answer, pool = pool(),
    explain = table.concat(explains, g.lang == "en" and " " or ""),
    note = #notes > 0 and table.concat(notes, g.lang == "en" and " " or "") or nil,
    sources = sources,
  }
end

-- The first state that joined in y with a year no source disputes (nil: none, or a dispute
-- about that year cannot be read): the "which state joined in Y?" question is asked only then,
-- and belongs to that state's group.
local function who_first(y, all)
  local first
  for _, j in ipairs(all) do
    if j.claims == false and j.year == y then return nil end -- a dispute we cannot read
    if not first and j.claims == nil and j.year == y then first = j end
  end
  return first
end

-- The questions are descriptors: each is made only when a session shows it, the shared pools
-- once, when the first question that needs them is made (docs/quiz.md).
function M.generate(g)
  local all = accessions(g)
  local years, map = by_year(all)
  local out = {}
  local ypool = g.once(function() return year_pool(g, years, map) end)
  local wpool = g.once(function() return who_pool(g, all) end)
  for _, j in ipairs(all) do
    if j.claims ~= false then
      out[#out + 1] = { id = "accession:" .. j.e.id .. ":year", group = "accession:" .. j.e.id,
        build = function() return year_question(g, j, ypool) end }
    end
  end
  for _, y in ipairs(years) do
    local first = who_first(y, all)
    if first then
      out[#out + 1] = { id = "accession:" .. y .. ":who", group = "accession:" .. first.e.id,
        build = function() return who_question(g, y, all, wpool) end }
    end
  end
  return out
end

return M
