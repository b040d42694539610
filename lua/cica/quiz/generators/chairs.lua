-- The chairmanship: which country chaired CICA in each term, and when it changed hands.
local M = {
  topic = "chairs",
  order = 60,              -- where --list-topics shows it (cica.discover)
  name = { en = "Chairs", ["zh-Hans"] = "主席国", ["zh-Hant"] = "主席國" },
  title = { en = "Chairmanships", ["zh-Hans"] = "主席国", ["zh-Hant"] = "主席國" },
}

local T = {
  span = { en = "Which country chaired CICA from %s to %s?",
    ["zh-Hans"] = "%s至%s年间，哪个国家担任亚信主席国？", ["zh-Hant"] = "%s至%s年間，哪個國家擔任亞信主席國？" },
  until_ = { en = "Which country chaired CICA until %d?",
    ["zh-Hans"] = "哪个国家担任亚信主席国直至%d年？", ["zh-Hant"] = "哪個國家擔任亞信主席國直至%d年？" },
  start_note = { en = "Sources differ on when this term began: %s.", ["zh-Hans"] = "关于这一任期何时开始，来源说法不一：%s。",
    ["zh-Hant"] = "關於這一任期何時開始，來源說法不一：%s。" },
  since = { en = "Which country has chaired CICA since %s?",
    ["zh-Hans"] = "自%s年起，哪个国家担任亚信主席国？", ["zh-Hant"] = "自%s年起，哪個國家擔任亞信主席國？" },
  successor = { en = "Which country took over the CICA chairmanship from %s in %d?",
    ["zh-Hans"] = "%2$d年，哪个国家从%1$s手中接任亚信主席国？", ["zh-Hant"] = "%2$d年，哪個國家從%1$s手中接任亞信主席國？" },
  handover = { en = "In which year did %s take over the CICA chairmanship from %s?",
    ["zh-Hans"] = "%s哪一年从%s手中接任亚信主席国？", ["zh-Hant"] = "%s哪一年從%s手中接任亞信主席國？" },
  term = { en = "%s chaired CICA from %s to %s.", ["zh-Hans"] = "%s于%s至%s担任亚信主席国。",
    ["zh-Hant"] = "%s於%s至%s擔任亞信主席國。" },
  term_until = { en = "%s chaired CICA until %s.", ["zh-Hans"] = "%s担任亚信主席国直至%s。",
    ["zh-Hant"] = "%s擔任亞信主席國直至%s。" },
  term_open = { en = "%s has chaired CICA since %s.", ["zh-Hans"] = "%s自%s起担任亚信主席国。",
    ["zh-Hant"] = "%s自%s起擔任亞信主席國。" },
  chaired = { en = "%s chaired CICA %s.", ["zh-Hans"] = "%s担任主席国的时间：%s。",
    ["zh-Hant"] = "%s擔任主席國的時間：%s。" },
  never = { en = "%s has not chaired CICA.", ["zh-Hans"] = "%s未担任过亚信主席国。",
    ["zh-Hant"] = "%s未擔任過亞信主席國。" },
  year_why = { en = "In %d %s took over.", ["zh-Hans"] = "%d年接任的是%s。", ["zh-Hant"] = "%d年接任的是%s。" },
}

local function span(g, c)
  local y1, y2 = g.year_of(c.start), c.finish and g.year_of(c.finish)
  if y2 and #g.disputes("chairs:" .. c.term, "start") > 0 then
    return string.format(g.lang == "en" and "until %d" or "至%d年", y2)
  end
  if y2 then return string.format("%d–%d", y1, y2) end
  return string.format(g.lang == "en" and "from %d" or "%d–", y1)
end

local function explain(g, c, start_disputed)
  local e = g.data.entities[c.country]
  if start_disputed and c.finish then return g.F(T.term_until, g.The(e), g.date(c.finish)) end
  if c.finish then return g.F(T.term, g.The(e), g.date(c.start), g.date(c.finish)) end
  return g.F(T.term_open, g.The(e), g.date(c.start))
end

-- Every country that chaired, with all its terms for "why" lines; members fill the pool.
local function country_pool(g, terms)
  local spans, order = {}, {}
  for _, c in ipairs(terms) do
    if not spans[c.country] then spans[c.country] = {}; order[#order + 1] = c.country end
    table.insert(spans[c.country], span(g, c))
  end
  local pool = {}
  for _, id in ipairs(order) do
    local e = g.data.entities[id]
    pool[#pool + 1] = g.entity(e, function() return g.F(T.chaired, g.The(e), table.concat(spans[id], ", ")) end)
  end
  local members = {}
  for _, s in ipairs(g.data.statuses) do
    if s.status == "member" and not spans[s.entity] and g.data.entities[s.entity] then
      members[#members + 1] = s.entity
    end
  end
  table.sort(members)
  for _, id in ipairs(members) do
    local e = g.data.entities[id]
    pool[#pool + 1] = g.entity(e, function() return g.F(T.never, g.The(e)) end)
  end
  return pool
end

function M.generate(g)
  local terms = {}
  for _, c in ipairs(g.data.chairs) do
    if g.data.entities[c.country] then terms[#terms + 1] = c end
  end
  -- descriptors: the questions are made when shown, the pools once (docs/quiz.md)
  local pool, out = g.once(function() return country_pool(g, terms) end), {}
  local handovers = {}
  for i, c in ipairs(terms) do
    local prev = terms[i - 1]
    if prev and prev.country ~= c.country then handovers[#handovers + 1] = { c = c, prev = prev } end
  end
  for _, c in ipairs(terms) do
    local y2 = c.finish and g.year_of(c.finish)
    -- A disputed start is left out of the prompt rather than asserted (Kazakhstan: 1992 or 1999);
    -- an open term with a disputed start is not asked.
    local disputed = g.claims_text("chairs:" .. c.term, "start")
    if y2 or not disputed then
      out[#out + 1] = { id = "chairs:" .. c.term .. ":country", group = "chairs:" .. c.term, build = function()
        local y1 = g.year_of(c.start)
        local prompt = y2 and g.F(T.span, y1, y2) or g.F(T.since, y1)
        if disputed then prompt = g.F(T.until_, y2) end
        return {
          prompt = prompt,
          answer = g.entity(c.country), pool = pool(), explain = explain(g, c, disputed), sources = c.sources,
          -- the open term is "now": not settled once a planned meeting is past its date
          note = g.present_note(disputed and g.F(T.start_note, disputed) or nil, c.finish == nil),
        }
      end }
    end
  end
  local ypool = g.once(function() -- the year of every handover, shared by the questions
    local list = {}
    for _, o in ipairs(handovers) do
      local oy = g.year_of(o.c.start)
      list[#list + 1] = g.year(oy, function() return g.F(T.year_why, oy, g.the(g.data.entities[o.c.country])) end)
    end
    return list
  end)
  for _, h in ipairs(handovers) do
    local e, p = g.data.entities[h.c.country], g.data.entities[h.prev.country]
    local year = g.year_of(h.c.start)
    out[#out + 1] = { id = "chairs:" .. h.c.term .. ":successor", group = "chairs:" .. h.c.term, build = function()
      return {
        prompt = g.F(T.successor, g.the(p), year),
        answer = g.entity(e), pool = pool(), explain = explain(g, h.c),
        sources = g.sources(h.c.sources, h.prev.sources),
      }
    end }
    out[#out + 1] = { id = "chairs:" .. h.c.term .. ":year", group = "chairs:" .. h.c.term, build = function()
      return {
        prompt = g.F(T.handover, g.the(e), g.the(p)), answer = g.year(year),
        pool = { ypool(), g.years_near(year, 2, 1992, 2025) },
        explain = explain(g, h.c), sources = g.sources(h.c.sources, h.prev.sources),
      }
    end }
  end
  return out
end

return M
