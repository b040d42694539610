-- The secretariat: where it sits, when it moved, who headed it and where they came from.
local M = {
  topic = "secretariat",
  order = 70,              -- where --list-topics shows it (cica.discover)
  name = { en = "Secretariat", ["zh-Hans"] = "秘书处", ["zh-Hant"] = "秘書處" },
  title = { en = "The secretariat", ["zh-Hans"] = "秘书处", ["zh-Hant"] = "秘書處" },
}

local T = {
  seat = { en = "Where was the CICA secretariat based from %d to %d?",
    ["zh-Hans"] = "%d至%d年间，亚信秘书处设在哪座城市？", ["zh-Hant"] = "%d至%d年間，亞信秘書處設在哪座城市？" },
  seat_now = { en = "Where has the CICA secretariat been based since %d?",
    ["zh-Hans"] = "自%d年起，亚信秘书处设在哪座城市？", ["zh-Hant"] = "自%d年起，亞信秘書處設在哪座城市？" },
  set_up = { en = "In which year was the CICA secretariat set up?",
    ["zh-Hans"] = "亚信秘书处是哪一年设立的？", ["zh-Hant"] = "亞信秘書處是哪一年設立的？" },
  moved = { en = "In which year did the CICA secretariat move to %s?",
    ["zh-Hans"] = "亚信秘书处是哪一年迁至%s的？", ["zh-Hant"] = "亞信秘書處是哪一年遷至%s的？" },
  seat_fact = { en = "The secretariat was based in %3$s from %1$s to %2$s.",
    ["zh-Hans"] = "秘书处%s至%s设在%s。", ["zh-Hant"] = "秘書處%s至%s設在%s。" },
  seat_fact_now = { en = "The secretariat has been based in %2$s since %1$s.",
    ["zh-Hans"] = "秘书处自%s起设在%s。", ["zh-Hant"] = "秘書處自%s起設在%s。" },
  seat_why = { en = "The secretariat was in %s %s.", ["zh-Hans"] = "秘书处在%s的时间：%s。",
    ["zh-Hant"] = "秘書處在%s的時間：%s。" },
  host_why = { en = "%s hosted %s (%d), not the secretariat.", ["zh-Hans"] = "%s举办过%s（%d年），但不是秘书处所在地。",
    ["zh-Hant"] = "%s舉辦過%s（%d年），但不是秘書處所在地。" },
  head = { en = "Who headed the CICA secretariat from %d to %d?",
    ["zh-Hans"] = "%d至%d年，谁担任亚信秘书处负责人？", ["zh-Hant"] = "%d至%d年，誰擔任亞信秘書處負責人？" },
  head_now = { en = "Who has headed the CICA secretariat since %d?",
    ["zh-Hans"] = "自%d年起，谁担任亚信秘书处负责人？", ["zh-Hant"] = "自%d年起，誰擔任亞信秘書處負責人？" },
  nationality = { en = "Which country does %s, head of the CICA secretariat from %d, come from?",
    ["zh-Hans"] = "%2$d年起担任亚信秘书处负责人的%1$s来自哪个国家？",
    ["zh-Hant"] = "%2$d年起擔任亞信秘書處負責人的%1$s來自哪個國家？" },
  nationality_plain = { en = "Which country does %s, a head of the CICA secretariat, come from?",
    ["zh-Hans"] = "曾任亚信秘书处负责人的%s来自哪个国家？", ["zh-Hant"] = "曾任亞信秘書處負責人的%s來自哪個國家？" },
  start_note = { en = "Sources differ on when this head took office: %s.",
    ["zh-Hans"] = "关于其何时上任，来源说法不一：%s。", ["zh-Hant"] = "關於其何時上任，來源說法不一：%s。" },
  first_sg = { en = "Who was the first Secretary General of CICA?",
    ["zh-Hans"] = "谁是亚信首任秘书长？", ["zh-Hant"] = "誰是亞信首任秘書長？" },
  head_fact = { en = "%s (%s) headed the secretariat as %s from %s%s.",
    ["zh-Hans"] = "%s（%s）自%4$s起任%3$s%5$s。", ["zh-Hant"] = "%s（%s）自%4$s起任%3$s%5$s。" },
  until_ = { en = " to %s", ["zh-Hans"] = "，至%s", ["zh-Hant"] = "，至%s" },
  head_why = { en = "%s headed it %s.", ["zh-Hans"] = "%s的任期：%s。", ["zh-Hant"] = "%s的任期：%s。" },
  from_why = { en = "%s comes from %s.", ["zh-Hans"] = "%s来自%s。", ["zh-Hant"] = "%s來自%s。" },
  executive_director = { en = "Executive Director", ["zh-Hans"] = "执行主任", ["zh-Hant"] = "執行主任" },
  secretary_general = { en = "Secretary General", ["zh-Hans"] = "秘书长", ["zh-Hant"] = "秘書長" },
}

local function years(g, r)
  local y1, y2 = g.year_of(r.start), r.finish and g.year_of(r.finish)
  return y2 and string.format("%d–%d", y1, y2) or string.format(g.lang == "en" and "from %d" or "%d–", y1)
end

-- The fact, with only the year of a disputed start.
local function seat_fact(g, s, disputed)
  local city = g.place_name(s.place, s.finish or "9999")
  local start = g.date(disputed and tostring(g.year_of(s.start)) or s.start)
  if s.finish then return g.F(T.seat_fact, start, g.date(s.finish), city) end
  return g.F(T.seat_fact_now, start, city)
end

local function place_pool(g, seats)
  local pool, seen = {}, {}
  for _, s in ipairs(seats) do
    if not seen[s.place] then
      seen[s.place] = true
      local spans = {}
      for _, o in ipairs(seats) do if o.place == s.place then spans[#spans + 1] = years(g, o) end end
      pool[#pool + 1] = g.place(s.place, function()
        return g.F(T.seat_why, g.place_name(s.place), table.concat(spans, ", "))
      end)
    end
  end
  for _, m in ipairs(g.data.meetings) do
    if m.place and m.place ~= "online" and not seen[m.place] and g.data.places[m.place] then
      seen[m.place] = true
      pool[#pool + 1] = g.place(m.place, function()
        return g.F(T.host_why, g.place_name(m.place, m.date), g.name(m.title), g.year_of(m.date))
      end)
    end
  end
  return pool
end

local function seat_questions(g, out)
  local seats = {}
  for _, s in ipairs(g.data.seats) do if g.data.places[s.place] then seats[#seats + 1] = s end end
  -- descriptors: the questions are made when shown, the pools once (docs/quiz.md)
  local pool = g.once(function() return place_pool(g, seats) end)
  local ypool = g.once(function()
    local out_ = {}
    for _, s in ipairs(seats) do out_[#out_ + 1] = g.year(g.year_of(s.start)) end
    return out_
  end)
  for i, s in ipairs(seats) do
    local y1, y2 = g.year_of(s.start), s.finish and g.year_of(s.finish)
    local key = "secretariat:seat:" .. s.place .. ":" .. y1
    local claims = g.year_claims("seat:" .. s.place, { "start" })
    out[#out + 1] = { id = key, group = key, build = function()
      return {
        prompt = y2 and g.F(T.seat, y1, y2) or g.F(T.seat_now, y1),
        answer = g.place(s.place, nil, s.finish or "9999"), pool = pool(),
        explain = seat_fact(g, s, claims ~= nil), sources = s.sources,
        note = g.present_note(claims and claims.note or nil, s.finish == nil),
      }
    end }
    if claims ~= false then
      out[#out + 1] = { id = i == 1 and "secretariat:founded:year" or key .. ":year", group = key, build = function()
        local answer = { g.year(y1) }
        for _, y in ipairs(claims and claims.years or {}) do
          if y ~= y1 then answer[#answer + 1] = g.year(y) end
        end
        return {
          prompt = i == 1 and g.L(T.set_up) or g.F(T.moved, g.place_name(s.place, s.start)),
          answer = answer, pool = { ypool(), g.years_near(y1, 3, 1992, 2025) },
          explain = seat_fact(g, s, claims ~= nil), note = claims and claims.note or nil,
          sources = g.sources(s.sources, claims and claims.sources),
        }
      end }
    end
  end
end

local function head_fact(g, h, disputed)
  local e = g.data.entities[h.nationality]
  local start = disputed and tostring(g.year_of(h.start)) or h.start
  return g.F(T.head_fact, g.name(h), e and g.name(e) or h.nationality, g.L(T[h.title] or h.title),
    g.date(start), h.finish and g.F(T.until_, g.date(h.finish)) or "")
end

local function head_questions(g, out)
  local heads = g.data.heads
  local people = g.once(function()
    local list = {}
    for _, h in ipairs(heads) do
      list[#list + 1] = g.person(h, function() return g.F(T.head_why, g.name(h), years(g, h)) end)
    end
    return list
  end)
  local nations = g.once(function()
    local list, seen = {}, {}
    for _, h in ipairs(heads) do
      if not seen[h.nationality] and g.data.entities[h.nationality] then
        seen[h.nationality] = true
        list[#list + 1] = g.entity(h.nationality)
      end
    end
    for _, s in ipairs(g.data.statuses) do -- other members make plausible nationalities too
      if s.status == "member" and not seen[s.entity] and g.data.entities[s.entity] then
        seen[s.entity] = true
        list[#list + 1] = g.entity(s.entity)
      end
    end
    return list
  end)
  local first_sg
  for _, h in ipairs(heads) do
    local key = "secretariat:head:" .. h.id
    local claims = g.year_claims("head:" .. h.id, { "start" })
    local y1 = g.year_of(h.start)
    if claims ~= false and not (claims and #claims.years > 1) then
      out[#out + 1] = { id = key .. ":who", group = key, build = function()
        return {
          prompt = h.finish and g.F(T.head, y1, g.year_of(h.finish)) or g.F(T.head_now, y1),
          answer = g.person(h), pool = people(), explain = head_fact(g, h, claims ~= nil),
          note = g.present_note(claims and claims.note or nil, h.finish == nil),
          sources = g.sources(h.sources, claims and claims.sources),
        }
      end }
    end
    if g.data.entities[h.nationality] then
      out[#out + 1] = { id = key .. ":country", group = key, build = function()
        local disputed = g.claims_text("head:" .. h.id, "start")
        return {
          -- a disputed start stays out of the prompt; the note gives the claims
          prompt = disputed and g.F(T.nationality_plain, g.name(h)) or g.F(T.nationality, g.name(h), y1),
          answer = g.entity(h.nationality), pool = nations(), explain = head_fact(g, h, disputed ~= nil),
          note = disputed and g.F(T.start_note, disputed) or nil, sources = h.sources,
        }
      end }
    end
    if h.title == "secretary_general" and (not first_sg or h.start < first_sg.start) then first_sg = h end
  end
  if first_sg then
    local h = first_sg
    out[#out + 1] = { id = "secretariat:first-secretary-general", group = "secretariat:head:" .. h.id,
      build = function()
        return { prompt = g.L(T.first_sg), answer = g.person(h), pool = people(),
          explain = head_fact(g, h), sources = h.sources }
      end }
  end
end

function M.generate(g)
  local out = {}
  seat_questions(g, out)
  head_questions(g, out)
  return out
end

return M
