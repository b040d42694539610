-- How things stood on a given day: on the date of a summit or ministerial meeting, which of these
-- states was already a member, and which country chaired CICA. Only cica can ask these: they
-- need every accession and every term, with dates.
local M = {
  topic = "asof",
  order = 100,             -- where --list-topics shows it (cica.discover)
  name = { en = "As of a date", ["zh-Hans"] = "某日情况", ["zh-Hant"] = "某日情況" },
  title = { en = "How things stood on a date", ["zh-Hans"] = "某一天的亚信", ["zh-Hant"] = "某一天的亞信" },
}

local T = {
  member = { en = "On %s, which of these states was already a member of CICA?",
    ["zh-Hans"] = "%s，下列哪个国家已是亚信成员国？", ["zh-Hant"] = "%s，下列哪個國家已是亞信成員國？" },
  member_fact = { en = "%s joined CICA %s, so on %s it was a member.",
    ["zh-Hans"] = "%s于%s加入亚信，因此%s时已是成员国。", ["zh-Hant"] = "%s於%s加入亞信，因此%s時已是成員國。" },
  joined_later = { en = "%s joined only %s.", ["zh-Hans"] = "%s到%s才加入。", ["zh-Hant"] = "%s到%s才加入。" },
  never_member = { en = "%s has never been a member of CICA.", ["zh-Hans"] = "%s从未成为亚信成员国。",
    ["zh-Hant"] = "%s從未成為亞信成員國。" },
  chair = { en = "On %s, which country chaired CICA?", ["zh-Hans"] = "%s，哪个国家担任亚信主席国？",
    ["zh-Hant"] = "%s，哪個國家擔任亞信主席國？" },
  chair_fact = { en = "%s chaired CICA from %s to %s.", ["zh-Hans"] = "%s于%s至%s担任亚信主席国。",
    ["zh-Hant"] = "%s於%s至%s擔任亞信主席國。" },
  chair_open = { en = "%s has chaired CICA since %s.", ["zh-Hans"] = "%s自%s起担任亚信主席国。",
    ["zh-Hant"] = "%s自%s起擔任亞信主席國。" },
  chaired = { en = "%s chaired CICA from %s.", ["zh-Hans"] = "%s自%s起担任过亚信主席国。",
    ["zh-Hant"] = "%s自%s起擔任過亞信主席國。" },
  never_chair = { en = "%s has not chaired CICA.", ["zh-Hans"] = "%s未担任过亚信主席国。",
    ["zh-Hant"] = "%s未擔任過亞信主席國。" },
}

local function full_date(s) return type(s) == "string" and s:match("^%d%d%d%d%-%d%d%-%d%d$") ~= nil end

-- The days asked about: each full date of a held, confirmed summit or ministerial meeting, once.
local function days(g)
  local out, seen = {}, {}
  for _, m in ipairs(g.data.meetings) do
    if (m.kind == "summit" or m.kind == "ministerial") and m.status == "held" and m.confidence == "confirmed"
        and full_date(m.date) and not seen[m.date] then
      seen[m.date] = true
      out[#out + 1] = m.date
    end
  end
  table.sort(out)
  return out
end

-- States with one confirmed membership row and nothing disputed about them, in date order;
-- with the option for each, made once ("X joined only on …" when offered as wrong).
local function members(g)
  local rows, count = {}, {}
  for _, s in ipairs(g.data.statuses) do
    if s.status == "member" then count[s.entity] = (count[s.entity] or 0) + 1 end
  end
  for _, s in ipairs(g.data.statuses) do
    local e = g.data.entities[s.entity]
    if s.status == "member" and e and e.kind == "state" and s.confidence == "confirmed" and full_date(s.start)
        and count[s.entity] == 1 and #g.disputes("entity:" .. e.id) == 0 then
      rows[#rows + 1] = { e = e, s = s,
        option = g.entity(e, function() return g.F(T.joined_later, g.The(e), g.on(s.start)) end) }
    end
  end
  table.sort(rows, function(a, b)
    if a.s.start ~= b.s.start then return a.s.start < b.s.start end
    return a.e.id < b.e.id
  end)
  return rows
end

-- States that have only ever been observers (nothing disputed): wrong on every date.
local function observers(g)
  local member, seen, out = {}, {}, {}
  for _, s in ipairs(g.data.statuses) do if s.status == "member" then member[s.entity] = true end end
  for _, s in ipairs(g.data.statuses) do
    local e = g.data.entities[s.entity]
    if s.status == "observer" and e and e.kind == "state" and not member[e.id] and not seen[e.id]
        and s.confidence == "confirmed" and #g.disputes("entity:" .. e.id) == 0 then
      seen[e.id] = true
      out[#out + 1] = g.entity(e, function() return g.F(T.never_member, g.The(e)) end)
    end
  end
  table.sort(out, function(a, b) return a.ref < b.ref end)
  return out
end

local function member_questions(g, out)
  local rows, never = members(g), observers(g)
  for _, day in ipairs(days(g)) do
    -- the answer shown: the latest state to join before that day (not on it: a state admitted
    -- at that very meeting is no fair question); wrong: those that joined after it
    local last, later = nil, {}
    for _, r in ipairs(rows) do
      if r.s.start < day and (r.s.finish == nil or r.s.finish > day) then last = r
      elseif r.s.start > day then later[#later + 1] = r.option end
    end
    if last then
      -- a descriptor: its answer and pool say whether it can be asked (choice only)
      out[#out + 1] = {
        id = "asof:" .. day .. ":member", answer = g.entity(last.e), pool = { later, never }, modes = { "choice" },
        sources = last.s.sources,
        build = function()
          return { prompt = g.F(T.member, g.date(day)),
            explain = g.F(T.member_fact, g.The(last.e), g.on(last.s.start), g.date(day)) }
        end,
      }
    end
  end
end

local function chair_questions(g, out)
  local terms, first = {}, {}
  for _, c in ipairs(g.data.chairs) do
    if g.data.entities[c.country] then
      terms[#terms + 1] = c
      if not first[c.country] then first[c.country] = c end
    end
  end
  -- every country that chaired, then the other members: one pool for every day, made when the
  -- first question is shown
  local pool = g.once(function()
    local list, seen = {}, {}
    for _, c in ipairs(terms) do
      if not seen[c.country] then
        seen[c.country] = true
        local e = g.data.entities[c.country]
        list[#list + 1] = g.entity(e, function() return g.F(T.chaired, g.The(e), g.date(first[c.country].start)) end)
      end
    end
    local others = {}
    for _, s in ipairs(g.data.statuses) do
      if s.status == "member" and not seen[s.entity] and g.data.entities[s.entity] then
        seen[s.entity] = true
        others[#others + 1] = s.entity
      end
    end
    table.sort(others)
    for _, id in ipairs(others) do
      local e = g.data.entities[id]
      list[#list + 1] = g.entity(e, function() return g.F(T.never_chair, g.The(e)) end)
    end
    return list
  end)
  for _, day in ipairs(days(g)) do
    -- the term that day falls strictly inside (a handover day is no fair question), undisputed
    for _, c in ipairs(terms) do
      if c.start < day and (c.finish == nil or day < c.finish) and #g.disputes("chairs:" .. c.term) == 0 then
        local e = g.data.entities[c.country]
        out[#out + 1] = { id = "asof:" .. day .. ":chair", build = function()
          return {
            prompt = g.F(T.chair, g.date(day)), answer = g.entity(e), pool = pool(),
            explain = c.finish and g.F(T.chair_fact, g.The(e), g.date(c.start), g.date(c.finish))
              or g.F(T.chair_open, g.The(e), g.date(c.start)),
            -- an open term is "now" in the explanation: not settled once a planned meeting is past
            note = c.finish == nil and g.present_note(nil) or nil,
            sources = c.sources,
          }
        end }
        break
      end
    end
  end
end

function M.generate(g)
  local out = {}
  member_questions(g, out)
  chair_questions(g, out)
  return out
end

return M
