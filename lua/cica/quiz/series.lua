-- Questions about a numbered series of meetings (summits, ministerial meetings): where, when,
-- which one. Shared by the `summits` and `ministerial` generators.
local M = {}

local T = require("cica.lang").area("quiz_series") -- its messages (lua/cica/messages/quiz_series.lua)

local EN_ORDINALS = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
  "ninth", "tenth" }

local function held(g, kind)
  local out = {}
  for _, m in ipairs(g.data.meetings) do
    if m.kind == kind and m.status == "held" and m.ordinal and m.confidence == "confirmed" then
      out[#out + 1] = m
    end
  end
  table.sort(out, function(a, b) return a.ordinal < b.ordinal end)
  return out
end

-- "the 4th CICA summit" / "第四届亚信峰会" (labels.name: "CICA summit" / "亚信峰会").
local function label(g, labels, n)
  if g.lang == "en" then return "the " .. g.ordinal(n) .. " " .. g.L(labels.name) end
  return g.ordinal(n) .. g.L(labels.name)
end

local function cap(s) return (s:gsub("^%l", string.upper)) end

local function real_place(m) return m.place and m.place ~= "online" end

-- Every meeting place (any kind), with what it hosted: the choices for "where" questions.
local function place_pool(g, labels, kind)
  local first, order = {}, {}
  for _, m in ipairs(g.data.meetings) do
    if real_place(m) and m.status == "held" and g.data.places[m.place] then
      local best = first[m.place]
      -- Explain a place by a meeting of the same series when it hosted one.
      if not best or (best.kind ~= kind and m.kind == kind) then
        if not best then order[#order + 1] = m.place end
        first[m.place] = m
      end
    end
  end
  local pool = {}
  for _, id in ipairs(order) do
    local m = first[id]
    local what = (m.kind == kind and m.ordinal) and label(g, labels, m.ordinal) or g.name(m.title)
    pool[#pool + 1] = g.place(id, function() return g.F(T.place_why, g.place_name(id, m.date), what, g.year_of(m.date)) end, m.date)
  end
  return pool
end

local function ordinal_option(g, n, why)
  local o = g.number(n, why)
  o.text = g.ordinal(n)
  o.accept = { tostring(n), EN_ORDINALS[n] }
  return o
end

-- The fact, with only the year when the exact date is disputed.
local function explain(g, labels, m, disputed)
  local l = cap(label(g, labels, m.ordinal))
  local date = disputed and tostring(g.year_of(m.date)) or m.date
  if real_place(m) then
    return g.F(T.held, l, g.on(date), g.place_name(m.place, m.date))
  end
  local host = m.host and g.the(g.data.entities[m.host]) or "?"
  return g.F(T.held_online, l, g.on(date), host)
end

-- Unnumbered meetings of this kind that some source counts in the series (an 'ordinal'
-- discrepancy, such as a "second ministerial meeting" in November 1999): the number each would
-- take, so that questions about that number accept both readings.
local function rivals(g, kind, list)
  local out = {}
  for _, m in ipairs(g.data.meetings) do
    if m.kind == kind and not m.ordinal then
      local text = g.claims_text("meeting:" .. m.id, "ordinal")
      if text then
        local k = 1
        for _, o in ipairs(list) do if o.date < m.date then k = k + 1 end end
        out[#out + 1] = { m = m, ordinal = k, text = text }
      end
    end
  end
  return out
end

local function join_notes(g, a, b)
  if a and b then return a .. (g.lang == "en" and " " or "") .. b end
  return a or b
end

-- The pools every meeting's questions share (built once: a pool per question would make the
-- work grow with the square of the meetings): the hosts of online meetings, every meeting's
-- year, and the ordinal of every meeting held in a city. A question's own answer is in them
-- too; an answer is never offered as wrong.
local function shared_pools(g, labels, list)
  local hosts, years, ordinals = {}, {}, {}
  for _, o in ipairs(list) do
    if o.host and g.data.entities[o.host] then
      hosts[#hosts + 1] = g.entity(o.host, function()
        return g.F(T.host_why, g.The(g.data.entities[o.host]), label(g, labels, o.ordinal))
      end)
    end
    years[#years + 1] = g.year(g.year_of(o.date), function()
      return g.F(T.year_why, g.year_of(o.date), label(g, labels, o.ordinal))
    end)
    if real_place(o) then
      ordinals[#ordinals + 1] = ordinal_option(g, o.ordinal, function()
        return g.F(T.ordinal_why, cap(label(g, labels, o.ordinal)), g.year_of(o.date), g.place_name(o.place, o.date))
      end)
    end
  end
  return { hosts = hosts, years = years, ordinals = ordinals }
end

-- The questions about meeting m, by the last part of their id (city, host, year, ordinal);
-- claims: what g.year_claims says about its date.
local function questions_for(g, labels, m, places, rival, shared, claims)
  local key, l = labels.topic .. ":" .. m.ordinal, label(g, labels, m.ordinal)
  local base = { explain = explain(g, labels, m, claims ~= nil), sources = m.sources }
  -- the rival reading of this number, and of "which one was held here that year?"
  local same_number, same_place = {}, {}
  for _, r in ipairs(rival) do
    if r.ordinal == m.ordinal then same_number[#same_number + 1] = r end
    if r.m.place == m.place and g.year_of(r.m.date) == g.year_of(m.date) and r.ordinal ~= m.ordinal then
      same_place[#same_place + 1] = r
    end
  end
  local function numbering(list_)
    local note
    for _, r in ipairs(list_) do note = join_notes(g, note, g.F(T.numbering, r.text)) end
    return note
  end
  local out = {}
  local function add(suffix, q)
    for k, v in pairs(base) do if q[k] == nil then q[k] = v end end
    q.id, q.group = key .. ":" .. suffix, key
    out[suffix] = q
  end
  if real_place(m) and g.data.places[m.place] then
    local answer = { g.place(m.place, nil, m.date) }
    for _, r in ipairs(same_number) do
      if real_place(r.m) and r.m.place ~= m.place then answer[#answer + 1] = g.place(r.m.place, nil, r.m.date) end
    end
    add("city", { prompt = g.F(T.city, l), answer = answer, pool = places, note = numbering(same_number) })
  elseif m.host and g.data.entities[m.host] then
    add("host", { prompt = g.F(T.host, cap(l)), answer = g.entity(m.host), pool = shared.hosts })
  end
  if claims ~= false then
    local year = g.year_of(m.date)
    local answer, note, sources = { g.year(year) }, nil, m.sources
    if claims then
      for _, y in ipairs(claims.years) do if y ~= year then answer[#answer + 1] = g.year(y) end end
      note, sources = claims.note, g.sources(m.sources, claims.sources)
    end
    for _, r in ipairs(same_number) do
      local ry = g.year_of(r.m.date)
      local dup = false
      for _, a in ipairs(answer) do dup = dup or a.value == ry end
      if not dup then answer[#answer + 1] = g.year(ry) end
    end
    note = join_notes(g, note, numbering(same_number))
    local pool = { shared.years, g.years_near(year, 3, 1992, 2025) }
    add("year", { prompt = g.F(T.year, l), answer = answer, pool = pool, note = note, sources = sources })
    if real_place(m) then
      local city = g.place_name(m.place, m.date)
      local answer = { ordinal_option(g, m.ordinal) }
      for _, r in ipairs(same_place) do answer[#answer + 1] = ordinal_option(g, r.ordinal) end
      add("ordinal", { prompt = g.F(T.ordinal, year, city, g.L(labels.name)),
        answer = answer, pool = shared.ordinals, note = numbering(same_place) })
    end
  end
  return out
end

-- All questions for the meetings of `kind`; labels = {topic=, name={en=, zh-Hans=, zh-Hant=}}.
-- Descriptors (docs/quiz.md): a meeting's questions are made together when a session first
-- shows one of them, the shared pools when the first question is made.
function M.questions(g, kind, labels)
  local list, out = held(g, kind), {}
  local places = g.once(function() return place_pool(g, labels, kind) end)
  local rival = g.once(function() return rivals(g, kind, list) end)
  local shared = g.once(function() return shared_pools(g, labels, list) end)
  for _, m in ipairs(list) do
    local key = labels.topic .. ":" .. m.ordinal
    local claims = g.year_claims("meeting:" .. m.id, { "date", "start", "year" })
    local made = g.once(function() return questions_for(g, labels, m, places(), rival(), shared(), claims) end)
    local function add(suffix)
      out[#out + 1] = { id = key .. ":" .. suffix, group = key, build = function() return made()[suffix] end }
    end
    if real_place(m) and g.data.places[m.place] then add("city")
    elseif m.host and g.data.entities[m.host] then add("host") end
    if claims ~= false then
      add("year")
      if real_place(m) then add("ordinal") end
    end
  end
  return out
end

return M
