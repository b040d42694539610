-- Members, observers and partners: the standing each state or organisation holds now.
local M = {
  topic = "status",
  order = 20,              -- where --list-topics shows it (cica.discover)
  name = { en = "Status", ["zh-Hans"] = "成员身份", ["zh-Hant"] = "成員身分" },
  title = { en = "Members, observers and partners", ["zh-Hans"] = "成员国、观察员与伙伴",
    ["zh-Hant"] = "成員國、觀察員與夥伴" },
}

local T = {
  prompt = { en = "Is %s an observer or a partner of CICA?",
    ["zh-Hans"] = "%s是亚信的观察员还是伙伴？", ["zh-Hant"] = "%s是亞信的觀察員還是夥伴？" },
  prompt_state = { en = "Is %s a member state or an observer of CICA?",
    ["zh-Hans"] = "%s是亚信成员国还是观察员？", ["zh-Hant"] = "%s是亞信成員國還是觀察員？" },
  member = { en = "%s has been a member state since %s.", ["zh-Hans"] = "%s自%s起是成员国。",
    ["zh-Hant"] = "%s自%s起是成員國。" },
  observer = { en = "%s has been an observer since %s.", ["zh-Hans"] = "%s自%s起是观察员。",
    ["zh-Hant"] = "%s自%s起是觀察員。" },
  partner = { en = "%s has been a partner since %s.", ["zh-Hans"] = "%s自%s起是伙伴。",
    ["zh-Hant"] = "%s自%s起是夥伴。" },
  is = { en = "%s is %s of CICA.", ["zh-Hans"] = "%s是亚信%s。", ["zh-Hant"] = "%s是亞信%s。" },
  a_member = { en = "a member state", ["zh-Hans"] = "成员国", ["zh-Hant"] = "成員國" },
  a_observer = { en = "an observer", ["zh-Hans"] = "观察员", ["zh-Hant"] = "觀察員" },
  a_partner = { en = "a partner", ["zh-Hans"] = "伙伴", ["zh-Hant"] = "夥伴" },
  since_note = { en = "Sources differ on since when: %s.", ["zh-Hans"] = "关于起始时间，来源说法不一：%s。",
    ["zh-Hant"] = "關於起始時間，來源說法不一：%s。" },
  was_observer = { en = " Before that it was an observer (from %s).",
    ["zh-Hans"] = "此前（自%s起）是观察员。", ["zh-Hant"] = "此前（自%s起）是觀察員。" },
}

local RANK = { member = 3, partner = 2, observer = 1 }

-- The standing each entity holds now: its open, confirmed status row of highest rank.
local function current(g)
  local now = {}
  for _, s in ipairs(g.data.statuses) do
    if s.finish == nil and s.confidence == "confirmed" then
      local old = now[s.entity]
      if not old or RANK[s.status] > RANK[old.status] then now[s.entity] = s end
    end
  end
  return now
end

-- Each entity's first closed, confirmed observer row (read once, not once per entity).
local function earlier_observers(g)
  local out = {}
  for _, s in ipairs(g.data.statuses) do
    if s.status == "observer" and s.finish and s.confidence == "confirmed" and not out[s.entity] then
      out[s.entity] = s
    end
  end
  return out
end

-- The question about entity `id`, whose standing now is status row s.
local function question(g, id, s, observed)
  local e = g.data.entities[id]
  -- A state can only be a member or an observer; organisations only observers or partners.
  local kinds = e.kind == "state" and { "member", "observer" } or { "observer", "partner" }
  local pool = {}
  for _, k in ipairs(kinds) do pool[#pool + 1] = g.status(k) end
  -- The standing is certain; a disputed start date is given as the claims, not as a fact.
  local disputed = g.claims_text("entity:" .. id, "start") or g.claims_text("entity:" .. id, "joined")
  local explain = g.F(T[s.status], g.The(e), g.date(s.start))
  if disputed then explain = g.F(T.is, g.The(e), g.L(T["a_" .. s.status])) end
  local before = s.status == "member" and observed[id]
  if before and not disputed then explain = explain .. g.F(T.was_observer, g.date(before.start)) end
  return {
    prompt = g.F(e.kind == "state" and T.prompt_state or T.prompt, g.the(e)),
    answer = g.status(s.status), pool = pool, choices = #kinds,
    explain = explain, sources = g.sources(s.sources, before and before.sources),
    -- a standing "now": not settled once a planned meeting is past its date
    note = g.present_note(disputed and g.F(T.since_note, disputed) or nil),
  }
end

function M.generate(g)
  local now, ids, observed = current(g), {}, earlier_observers(g)
  for id in pairs(now) do ids[#ids + 1] = id end
  table.sort(ids)
  local out = {}
  for _, id in ipairs(ids) do
    -- the question is made only when a session shows it (docs/quiz.md, "Questions made on demand")
    out[#out + 1] = { id = "status:" .. id, build = function() return question(g, id, now[id], observed) end }
  end
  return out
end

return M
