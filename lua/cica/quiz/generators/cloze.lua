-- Fill in the blank: a sourced sentence of the dataset (a rule about how CICA works, a
-- document's title) with one name or number left out. The blank is a word the sentence has in
-- all three languages: a state, a city, or a number ("every four years", 每四年).
local M = {
  topic = "cloze",
  order = 120,             -- where --list-topics shows it (cica.discover)
  name = { en = "Fill in the blank", ["zh-Hans"] = "填空", ["zh-Hant"] = "填空" },
  title = { en = "Sentences from the sources", ["zh-Hans"] = "来源中的句子", ["zh-Hant"] = "來源中的句子" },
}

local T = {
  rule = { en = "Fill in the blank: %s", ["zh-Hans"] = "填空：%s", ["zh-Hant"] = "填空：%s" },
  title = { en = "Fill in the blank in the title of a CICA document of %d: “%s”",
    ["zh-Hans"] = "填空（%d年的亚信文件标题）：《%s》", ["zh-Hant"] = "填空（%d年的亞信文件標題）：《%s》" },
  doc_fact = { en = "“%s” was adopted %s.", ["zh-Hans"] = "《%s》于%s通过。", ["zh-Hant"] = "《%s》於%s通過。" },
  blank = { en = "____", ["zh-Hans"] = "＿＿＿", ["zh-Hant"] = "＿＿＿" },
}

local KEY = { en = "en", ["zh-Hans"] = "hans", ["zh-Hant"] = "hant" }
local EN_NUMBERS = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve" }
local CN_NUMBERS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" }

local function escape(s) return (s:gsub("%p", "%%%0")) end

-- Where `word` stands in `text` (a whole word in English, case folded; as it is in Chinese)
-- when it stands there exactly once: its start and end, else nil.
local function once(text, word, latin)
  if type(text) ~= "string" or type(word) ~= "string" or word == "" then return nil end
  if not latin then
    local i, j = text:find(word, 1, true)
    if not i or text:find(word, j + 1, true) then return nil end
    return i, j
  end
  local hay, low = text:lower(), word:lower()
  if not hay:find(low, 1, true) then return nil end -- the common case, without a pattern
  local pat = "%f[%w]" .. escape(low) .. "%f[%W]"
  local i, j = hay:find(pat)
  if not i or hay:find(pat, j + 1) then return nil end
  return i, j
end

-- The blank a sentence {hans=, hant=, en=} can have: the candidate found in all three forms,
-- exactly once each, that comes first in the English text. Returns {at = {key = {i, j}},
-- answer = option} or nil.
-- The names whose simplified form stands in `s`: at each character, the names that begin with
-- it (an index by first character, not a scan of every name: linear in the data) compared
-- with the text there.
local function names_in(s, index)
  s = tostring(s or "")
  local out, seen = {}, {}
  for at, c in s:gmatch("()([\0-\127\194-\244][\128-\191]*)") do
    local list = index[c]
    if list then
      for _, n in ipairs(list) do
        local h = n.name.hans
        if not seen[n] and s:sub(at, at + #h - 1) == h then seen[n] = true; out[#out + 1] = n end
      end
    end
  end
  table.sort(out, function(a, b) return a.key < b.key end)
  return out
end

local function find_blank(g, text, names)
  local best
  local function consider(at, make)
    if at and (not best or at.en[1] < best.at.en[1]) then best = { at = at, make = make } end
  end
  for _, n in ipairs(names_in(text.hans, names.index)) do
    local at, ok = {}, true
    -- the Chinese forms first: a plain search rules out almost every name at once
    for _, k in ipairs { "hans", "hant", "en" } do
      local i, j = once(text[k], n.name[k], k == "en")
      if not i then ok = false; break end
      at[k] = { i, j }
    end
    if ok then consider(at, n.make) end
  end
  for v, word in ipairs(EN_NUMBERS) do
    local i, j = once(text.en, word, true)
    if i and CN_NUMBERS[v] then
      local at, ok = { en = { i, j } }, true
      for _, k in ipairs { "hans", "hant" } do
        local ci, cj = once(text[k], CN_NUMBERS[v])
        if v == 2 then
          -- 两/兩 as often as 二: the one of them the sentence uses, once
          local alt = k == "hans" and "两" or "兩"
          if not ci and not (text[k] or ""):find(CN_NUMBERS[v], 1, true) then ci, cj = once(text[k], alt) end
        end
        if not ci then ok = false; break end
        at[k] = { ci, cj }
      end
      if ok then consider(at, function() return g.number(v) end) end
    end
  end
  if not best then return nil end
  return { at = best.at, answer = best.make() }
end

-- The sentence in the session's language with the blank in place.
local function blanked(g, text, b)
  local s, at = text[KEY[g.lang]], b.at[KEY[g.lang]]
  return s:sub(1, at[1] - 1) .. g.L(T.blank) .. s:sub(at[2] + 1)
end

-- The names a blank may be: states (member or observer) and meeting cities, each with the
-- option that answers it, and the pools of wrong ones (shared by every question).
-- (The pools are made once, when the first question that needs one is shown.)
local function candidates(g)
  local names, state_list, city_list, seen = {}, {}, {}, {}
  for _, s in ipairs(g.data.statuses) do
    local e = g.data.entities[s.entity]
    if e and e.kind == "state" and not seen[e.id] then
      seen[e.id] = true
      state_list[#state_list + 1] = e
      names[#names + 1] = { name = e.name, make = function() return g.entity(e) end, key = e.id }
    end
  end
  for _, m in ipairs(g.data.meetings) do
    local p = m.place and m.place ~= "online" and g.data.places[m.place]
    if p and not seen["place:" .. p.id] then
      seen["place:" .. p.id] = true
      city_list[#city_list + 1] = p
      names[#names + 1] = { name = p.name, make = function() return g.place(p) end, key = "place:" .. p.id }
    end
  end
  -- by the first character of the simplified name, for names_in
  names.index = {}
  for _, n in ipairs(names) do
    local h = n.name.hans
    if type(h) == "string" and h ~= "" then
      local first = h:match("^[\0-\127\194-\244][\128-\191]*")
      names.index[first] = names.index[first] or {}
      table.insert(names.index[first], n)
    end
  end
  local function options(list, make)
    return g.once(function()
      local out = {}
      for i, x in ipairs(list) do out[i] = make(x) end
      table.sort(out, function(a, b) return a.ref < b.ref end)
      return out
    end)
  end
  return names, options(state_list, g.entity), options(city_list, g.place)
end

local function pool_for(g, answer, states, cities)
  if answer.kind == "number" then return g.numbers_near(answer.value, 3) end
  if g.data.places[answer.ref] then return cities() end
  return states()
end

function M.generate(g)
  local out = {}
  local names, states, cities = candidates(g)
  -- rules in force (a rule with an end date no longer holds)
  local rules = g.query("SELECT id, text_hans, text_hant, text_en, valid_to, sources FROM rules ORDER BY id")
  for _, r in ipairs(rules) do
    local text = { hans = r.text_hans, hant = r.text_hant, en = r.text_en }
    local b = r.valid_to == nil and find_blank(g, text, names)
    if b then
      out[#out + 1] = { id = "cloze:rule:" .. r.id, build = function()
        return {
          prompt = g.F(T.rule, blanked(g, text, b)), answer = b.answer,
          pool = pool_for(g, b.answer, states, cities), explain = text[KEY[g.lang]], sources = g.ids(r.sources),
        }
      end }
    end
  end
  for _, doc in ipairs(g.data.documents) do
    local b = find_blank(g, doc.title, names)
    if b and b.answer.kind ~= "number" then
      out[#out + 1] = { id = "cloze:document:" .. doc.id, build = function()
        return {
          prompt = g.F(T.title, g.year_of(doc.date), blanked(g, doc.title, b)), answer = b.answer,
          pool = pool_for(g, b.answer, states, cities),
          explain = g.F(T.doc_fact, g.name(doc.title), g.on(doc.date)), sources = doc.sources,
        }
      end }
    end
  end
  return out
end

return M
