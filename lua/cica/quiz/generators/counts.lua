-- Counts over time: how many member states CICA had at the end of a year, and how many summits
-- it has held.
local M = {
  topic = "counts",
  order = 90,              -- where --list-topics shows it (cica.discover)
  name = { en = "Counts", ["zh-Hans"] = "数量", ["zh-Hant"] = "數量" },
  title = { en = "Counts over time", ["zh-Hans"] = "数量变化", ["zh-Hant"] = "數量變化" },
}

local T = {
  members = { en = "How many member states did CICA have at the end of %d?",
    ["zh-Hans"] = "%d年底，亚信有多少个成员国？", ["zh-Hant"] = "%d年底，亞信有多少個成員國？" },
  members_fact = { en = "At the end of %d CICA had %d member states.", ["zh-Hans"] = "%d年底，亚信有%d个成员国。",
    ["zh-Hant"] = "%d年底，亞信有%d個成員國。" },
  members_pref = { en = "With the dates the dataset prefers, CICA had %2$d member states at the end of %1$d.",
    ["zh-Hans"] = "按本数据集采用的日期，%d年底亚信有%d个成员国。", ["zh-Hant"] = "按本數據集採用的日期，%d年底亞信有%d個成員國。" },
  new = { en = " New that year: %s.", ["zh-Hans"] = "当年新加入：%s。", ["zh-Hant"] = "當年新加入：%s。" },
  count_why = { en = "%d was the count at the end of %d.", ["zh-Hans"] = "%2$d年底是%1$d个。",
    ["zh-Hant"] = "%2$d年底是%1$d個。" },
  disputed = { en = "The count depends on disputed dates (%s); each resulting count is accepted.",
    ["zh-Hans"] = "这一数字取决于有争议的日期（%s），由此得出的各个数字都算对。",
    ["zh-Hant"] = "這一數字取決於有爭議的日期（%s），由此得出的各個數字都算對。" },
  summits = { en = "How many CICA summits have been held?", ["zh-Hans"] = "亚信已经举行了多少届峰会？",
    ["zh-Hant"] = "亞信已經舉行了多少屆峰會？" },
  summits_as_of = { en = "By %s, the date of the dataset, how many CICA summits had been held?",
    ["zh-Hans"] = "截至本数据集的日期%s，亚信举行了多少届峰会？",
    ["zh-Hant"] = "截至本數據集的日期%s，亞信舉行了多少屆峰會？" },
  summits_fact = { en = "%d summits have been held, the last in %d.", ["zh-Hans"] = "已举行%d届峰会，最近一届在%d年。",
    ["zh-Hant"] = "已舉行%d屆峰會，最近一屆在%d年。" },
}

-- Member rows with the years sources give for them: {e, year, alt = {years} or nil}.
local function members(g)
  local out = {}
  for _, s in ipairs(g.data.statuses) do
    local e = g.data.entities[s.entity]
    if s.status == "member" and e and s.confidence == "confirmed" then
      local claims = g.year_claims("entity:" .. e.id, { "joined", "start", "member", "accession" }, { loose = true })
      out[#out + 1] = { e = e, s = s, year = g.year_of(s.start), finish = s.finish and g.year_of(s.finish),
        claims = claims }
    end
  end
  return out
end

-- Whether member row m counts at the end of y when it starts in `start`.
local function counts(m, y, start)
  return start <= y and (not m.finish or m.finish > y)
end

local function count_at(list, y)
  local n = 0
  for _, m in ipairs(list) do
    if counts(m, y, m.year) then n = n + 1 end
  end
  return n
end

-- The count at the end of y under the preferred dates, and under each disputed date in turn
-- (the base count with that one row moved: no recount).
local function counts_at(list, y, base)
  local set, values = { [base] = true }, { base }
  local disputed, listed = {}, {}
  for _, m in ipairs(list) do
    if m.claims then
      local here = counts(m, y, m.year) and 1 or 0
      for _, cy in ipairs(m.claims.years) do
        local c = base - here + (counts(m, y, cy) and 1 or 0)
        if c ~= base and not listed[m] then listed[m] = true; disputed[#disputed + 1] = m end
        if not set[c] then set[c] = true; values[#values + 1] = c end
      end
    end
  end
  return base, values, disputed
end

local function member_questions(g, out)
  local list = members(g)
  local years, seen = {}, {}
  for _, m in ipairs(list) do
    if not seen[m.year] then seen[m.year] = true; years[#years + 1] = m.year end
  end
  table.sort(years)
  local by_year = {}
  for _, y in ipairs(years) do by_year[y] = count_at(list, y) end
  local cpool = g.once(function() -- the count of every year, shared by the questions
    local pool = {}
    for _, oy in ipairs(years) do
      pool[#pool + 1] = g.number(by_year[oy], function() return g.F(T.count_why, by_year[oy], oy) end)
    end
    return pool
  end)
  for _, y in ipairs(years) do
    local unreadable = false
    for _, m in ipairs(list) do
      if m.claims == false and m.year <= y then unreadable = true end
    end
    -- a descriptor: the question is made when shown (docs/quiz.md)
    if not unreadable then out[#out + 1] = { id = "counts:members:" .. y, build = function()
      local base, values, disputed = counts_at(list, y, by_year[y])
      local answer = {}
      for _, v in ipairs(values) do answer[#answer + 1] = g.number(v) end
      local pool = { cpool(), g.numbers_near(base, 3) }
      local new, sources, notes, seen_source = {}, {}, {}, {}
      for _, m in ipairs(list) do
        if m.year == y and not m.claims then new[#new + 1] = g.name(m.e) end
        if m.year <= y then
          for _, id in ipairs(m.s.sources) do
            if not seen_source[id] then seen_source[id] = true; sources[#sources + 1] = id end
          end
        end
      end
      for _, m in ipairs(disputed) do
        notes[#notes + 1] = g.name(m.e)
        sources = g.sources(sources, m.claims.sources)
      end
      local explain = g.F(#values > 1 and T.members_pref or T.members_fact, y, base)
      if #new > 0 and #new < 10 then explain = explain .. g.F(T.new, g.list(new)) end
      return {
        prompt = g.F(T.members, y), answer = answer, pool = pool,
        explain = explain, sources = sources,
        note = #notes > 0 and g.F(T.disputed, g.list(notes)) or nil,
      }
    end } end
  end
end

-- How many summits have been held. Once a planned summit is past its date with no report, the
-- dataset cannot say how many have been held today: the question asks as of the dataset's date.
local function summit_question(g, out)
  local n, last, sources = 0, nil, {}
  for _, m in ipairs(g.data.meetings) do
    if m.kind == "summit" and m.status == "held" and m.confidence == "confirmed" then
      n, last = n + 1, g.year_of(m.date)
      sources = g.sources(sources, m.sources)
    end
  end
  if n == 0 then return end
  out[#out + 1] = { id = "counts:summits:" .. last, build = function()
    local stale = g.stale_meeting("summit")
    return {
      prompt = stale and g.F(T.summits_as_of, g.date(cica.meta.as_of)) or g.L(T.summits),
      answer = g.number(n), pool = g.numbers_near(n, 3), explain = g.F(T.summits_fact, n, last),
      note = stale and g.present_note(nil) or nil, sources = sources,
    }
  end }
end

function M.generate(g)
  local out = {}
  member_questions(g, out)
  summit_question(g, out)
  return out
end

return M
