-- The documents CICA adopted: in which year, and in which city.
local M = {
  topic = "documents",
  order = 80,              -- where --list-topics shows it (cica.discover)
  name = { en = "Documents", ["zh-Hans"] = "文件", ["zh-Hant"] = "文件" },
  title = { en = "Documents adopted", ["zh-Hans"] = "通过的文件", ["zh-Hant"] = "通過的文件" },
}

local T = {
  year = { en = "In which year was this CICA document adopted: “%s”?",
    ["zh-Hans"] = "《%s》是哪一年通过的？", ["zh-Hant"] = "《%s》是哪一年通過的？" },
  city = { en = "In which city was this CICA document adopted: “%s”?",
    ["zh-Hans"] = "《%s》是在哪座城市通过的？", ["zh-Hant"] = "《%s》是在哪座城市通過的？" },
  fact = { en = "“%s” was adopted %s.", ["zh-Hans"] = "《%s》于%s通过。", ["zh-Hant"] = "《%s》於%s通過。" },
  fact_at = { en = "“%s” was adopted in %s %s (%s).", ["zh-Hans"] = "《%1$s》于%3$s在%2$s通过（%4$s）。",
    ["zh-Hant"] = "《%1$s》於%3$s在%2$s通過（%4$s）。" },
  year_why = { en = "%d: “%s”.", ["zh-Hans"] = "%d年通过的是《%s》。", ["zh-Hant"] = "%d年通過的是《%s》。" },
  city_why = { en = "%s: “%s”.", ["zh-Hans"] = "在%s通过的是《%s》。", ["zh-Hant"] = "在%s通過的是《%s》。" },
}

-- The meeting a document was adopted at, through an index by id made once per dataset (a scan
-- per document would grow with the square of the data).
local by_id = setmetatable({}, { __mode = "k" })
local function meeting_of(g, doc)
  local index = by_id[g.data.meetings]
  if not index then
    index = {}
    for _, m in ipairs(g.data.meetings) do if index[m.id] == nil then index[m.id] = m end end
    by_id[g.data.meetings] = index
  end
  return index[doc.meeting]
end

local function place_of(g, doc)
  local m = meeting_of(g, doc)
  if m and m.place and m.place ~= "online" and g.data.places[m.place] then return m.place, m end
  return nil, m
end

-- A prompt must not give its answer away: "Almaty Act" names its city, "… 2016 …" its year.
local function mentions(doc, words)
  for _, field in ipairs { "title_hans", "title_hant", "title_en" } do
    local t = doc[field]:lower()
    for _, w in ipairs(words) do
      if w ~= "" and t:find(w:lower(), 1, true) then return true end
    end
  end
  return false
end

local function place_words(g, id)
  local p, words = g.data.places[id], {}
  local function add(n) words[#words + 1] = n.hans; words[#words + 1] = n.hant; words[#words + 1] = n.en end
  add(p.name)
  for _, f in ipairs(p.former) do add(f.name) end
  return words
end

local function explain(g, doc)
  local place, m = place_of(g, doc)
  if place then
    return g.F(T.fact_at, g.name(doc.title), g.place_name(place, doc.date), g.on(doc.date), g.name(m.title))
  end
  return g.F(T.fact, g.name(doc.title), g.on(doc.date))
end

-- The pools every question shares: each year a document was adopted, and each city (those of
-- documents first, then other meeting cities, for four choices).
local function pools(g, docs)
  local ypool, cpool, seen_year, seen_city = {}, {}, {}, {}
  for _, doc in ipairs(docs) do
    local y = g.year_of(doc.date)
    if not seen_year[y] then
      seen_year[y] = true
      ypool[#ypool + 1] = g.year(y, function() return g.F(T.year_why, y, g.name(doc.title)) end)
    end
    local place = place_of(g, doc)
    if place and not seen_city[place] then
      seen_city[place] = true
      cpool[#cpool + 1] = g.place(place, function()
        return g.F(T.city_why, g.place_name(place, doc.date), g.name(doc.title))
      end, doc.date)
    end
  end
  for _, m in ipairs(g.data.meetings) do
    if m.place and m.place ~= "online" and not seen_city[m.place] and g.data.places[m.place] then
      seen_city[m.place] = true
      cpool[#cpool + 1] = g.place(m.place, nil, m.date)
    end
  end
  return { years = ypool, cities = cpool }
end

-- Descriptors: the questions are made when shown, the pools once (docs/quiz.md).
function M.generate(g)
  local docs, out = g.data.documents, {}
  local shared = g.once(function() return pools(g, docs) end)
  for _, doc in ipairs(docs) do
    local y, key = g.year_of(doc.date), "documents:" .. doc.id
    local claims = g.year_claims("document:" .. doc.id, { "date", "year" })
    if claims == nil and not mentions(doc, { tostring(y) }) then
      out[#out + 1] = { id = key .. ":year", group = key, build = function()
        return {
          prompt = g.F(T.year, g.name(doc.title)), answer = g.year(y),
          pool = { shared().years, g.years_near(y, 2, 1992, 2025) }, explain = explain(g, doc), sources = doc.sources,
        }
      end }
    end
    local place = place_of(g, doc)
    if place and not mentions(doc, place_words(g, place)) then
      out[#out + 1] = { id = key .. ":city", group = key, build = function()
        return {
          prompt = g.F(T.city, g.name(doc.title)), answer = g.place(place, nil, doc.date),
          pool = shared().cities, explain = explain(g, doc), sources = doc.sources,
        }
      end }
    end
  end
  return out
end

return M
