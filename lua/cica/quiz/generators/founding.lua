-- How CICA began: the proposal, the founding members and how many there were.
local M = {
  topic = "founding",
  order = 30,              -- where --list-topics shows it (cica.discover)
  name = { en = "Founding", ["zh-Hans"] = "创立", ["zh-Hant"] = "創立" },
  title = { en = "Founding", ["zh-Hans"] = "创立", ["zh-Hant"] = "創立" },
}

local T = {
  which = { en = "Which of these states is a founding member of CICA?",
    ["zh-Hans"] = "下列哪个国家是亚信创始成员国？", ["zh-Hant"] = "下列哪個國家是亞信創始成員國？" },
  is_founding = { en = "%s is one of CICA's founding members.", ["zh-Hans"] = "%s是亚信创始成员国之一。",
    ["zh-Hant"] = "%s是亞信創始成員國之一。" },
  joined_why = { en = "%s joined later, in %d.", ["zh-Hans"] = "%s是后来（%d年）加入的。",
    ["zh-Hant"] = "%s是後來（%d年）加入的。" },
  observer_why = { en = "%s is an observer, not a member.", ["zh-Hans"] = "%s是观察员，不是成员国。",
    ["zh-Hant"] = "%s是觀察員，不是成員國。" },
  count = { en = "How many founding member states does CICA have?",
    ["zh-Hans"] = "亚信有多少个创始成员国？", ["zh-Hant"] = "亞信有多少個創始成員國？" },
  count_fact = { en = "The dataset lists %d founding members: %s.", ["zh-Hans"] = "本数据集列出%d个创始成员国：%s。",
    ["zh-Hant"] = "本數據集列出%d個創始成員國：%s。" },
  count_note = { en = "Sources differ: %s. Each count is accepted.", ["zh-Hans"] = "来源说法不一：%s。两个数字都算对。",
    ["zh-Hant"] = "來源說法不一：%s。兩個數字都算對。" },
  proposed = { en = "In which year was CICA first proposed?", ["zh-Hans"] = "亚信会议是哪一年首次提出的？",
    ["zh-Hant"] = "亞信會議是哪一年首次提出的？" },
  event = { en = "%s: %s.", ["zh-Hans"] = "%s：%s。", ["zh-Hant"] = "%s：%s。" },
}

local function undisputed(g, id) return #g.disputes("entity:" .. id) == 0 end

local function member_since(g)
  local since = {}
  for _, s in ipairs(g.data.statuses) do
    if s.status == "member" and s.confidence == "confirmed" then since[s.entity] = s end
  end
  return since
end

local function sorted_ids(t)
  local ids = {}
  for id in pairs(t) do ids[#ids + 1] = id end
  table.sort(ids)
  return ids
end

local function which_questions(g, out)
  local since, pool, observer = member_since(g), {}, {}
  for _, st in ipairs(g.data.statuses) do
    if st.status == "observer" and st.finish == nil and st.confidence == "confirmed" then observer[st.entity] = true end
  end
  for _, id in ipairs(sorted_ids(g.data.entities)) do
    local e, s = g.data.entities[id], since[id]
    if not e.founding and undisputed(g, id) then
      if s then
        pool[#pool + 1] = g.entity(e, function() return g.F(T.joined_why, g.The(e), g.year_of(s.start)) end)
      elseif e.kind == "state" and observer[id] then
        pool[#pool + 1] = g.entity(e, function() return g.F(T.observer_why, g.The(e)) end)
      end
    end
  end
  for _, id in ipairs(sorted_ids(g.data.entities)) do
    local e = g.data.entities[id]
    if e.founding and undisputed(g, id) then
      out[#out + 1] = {
        id = "founding:" .. id .. ":member", prompt = g.L(T.which), answer = g.entity(e), pool = pool,
        modes = { "choice" }, -- typed, "name a founding member" would have sixteen answers
        explain = g.F(T.is_founding, g.The(e)), sources = e.sources,
      }
    end
  end
end

-- The discrepancy about how many founding members there were, if the dataset records one.
local function count_dispute(g)
  for _, x in ipairs(g.data.discrepancies) do
    if (x.id .. " " .. x.subject):find("founding", 1, true) then
      local counts, parts, sources = {}, {}, {}
      for _, c in ipairs(x.claims) do
        local n = tonumber(tostring(c.claim):match("^%D-(%d%d?)%f[%D]"))
        if n then counts[#counts + 1] = math.tointeger(n) end
        parts[#parts + 1] = g.claim_line(c)
        sources = g.sources(sources, c.sources)
      end
      return counts, parts, sources
    end
  end
  return nil
end

local function count_question(g)
  local names, n, sources = {}, 0, {}
  for _, id in ipairs(sorted_ids(g.data.entities)) do
    local e = g.data.entities[id]
    if e.founding then n = n + 1; names[#names + 1] = g.name(e); sources = g.sources(sources, e.sources) end
  end
  local answer, note = { g.number(n) }, nil
  local counts, parts, dsources = count_dispute(g)
  if counts then
    -- (count_askable has checked that some claim can be read)
    for _, c in ipairs(counts) do if c ~= n then answer[#answer + 1] = g.number(c) end end
    note = g.F(T.count_note, table.concat(parts, g.lang == "en" and "; " or "；"))
    sources = g.sources(sources, dsources)
  end
  return {
    prompt = g.L(T.count), answer = answer, pool = g.numbers_near(n, 4),
    explain = g.F(T.count_fact, n, g.list(names)), note = note, sources = sources,
  }
end

local function proposal_question(g, out)
  for _, ev in ipairs(g.data.events) do
    if ev.kind == "proposal" and ev.confidence == "confirmed" then
      out[#out + 1] = { id = "founding:proposal:year", build = function()
        local y = g.year_of(ev.date)
        return {
          prompt = g.L(T.proposed), answer = g.year(y),
          pool = g.years_near(y, 4, 1985, 2005), explain = g.F(T.event, g.date(ev.date), g.name(ev.title)),
          sources = ev.sources,
        }
      end }
      return -- the first proposal only
    end
  end
end

-- Whether the count question can be asked: some founding member, and a dispute about the count
-- (if any) with a claim that names a number.
local function count_askable(g)
  local any = false
  for _, e in pairs(g.data.entities) do any = any or e.founding end
  if not any then return false end
  for _, x in ipairs(g.data.discrepancies) do
    if (x.id .. " " .. x.subject):find("founding", 1, true) then
      for _, c in ipairs(x.claims) do
        if tostring(c.claim):match("^%D-(%d%d?)%f[%D]") then return true end
      end
      return false
    end
  end
  return true
end

function M.generate(g)
  local out = {}
  which_questions(g, out)
  if count_askable(g) then
    out[#out + 1] = { id = "founding:count", build = function() return count_question(g) end }
  end
  proposal_question(g, out)
  return out
end

return M
