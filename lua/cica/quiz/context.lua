-- The context `g` handed to every generator's generate(g), bundled or the user's: the topic,
-- its random streams, the display language, the dataset, and the helpers that make options and
-- texts (docs/quiz.md, "Writing a generator").
local data = require "cica.quiz.data"
local text = require "cica.quiz.text"
local claims = require "cica.quiz.claims"

local M = {}

local NOW_CALLED = { en = "%s (now %s)", ["zh-Hans"] = "%s（今%s）", ["zh-Hant"] = "%s（今%s）" }

-- The note of a question about the present once a planned meeting is past its date (g.present_note).
local AS_OF_NOTE = {
  en = "This is as of %s, the dataset's date: the %s, planned for %s, is past its date with no report in the data.",
  ["zh-Hans"] = "以上截至本数据集的日期%1$s：原定于%3$s举行的%2$s日期已过，数据中没有其举行情况的报道。",
  ["zh-Hant"] = "以上截至本數據集的日期%1$s：原定於%3$s舉行的%2$s日期已過，數據中沒有其舉行情況的報道。",
}

-- The context for one topic: see docs/quiz.md ("Writing a generator").
function M.context(topic, rng, lang, d)
  local g = { topic = topic, rng = rng, lang = lang, data = d }
  -- The choices' own stream (api.complete derives one per question from it): taken before a
  -- generator can draw from g.rng, so that a question's choices depend only on the seed, the
  -- topic and its id.
  g.choice_rng = rng:derive("choices")
  g.query = function(sql, ...) return cica.query(sql, ...) end
  g.L = function(t) return text.localize(t, lang) end
  g.F = function(t, ...) return text.format(text.localize(t, lang), ...) end
  g.name = function(x) return text.name_in(x, lang) end
  -- A name for running text: "the Republic of Korea" in English, the name itself in Chinese.
  g.the = function(x)
    local n = text.name_in(x, lang)
    if lang == "en" then return text.the(n) end
    return n
  end
  g.The = function(x) return (g.the(x):gsub("^t", "T")) end
  g.ordinal = function(n, unit) return text.ordinal(n, lang, unit) end
  g.date = function(iso) return text.date(iso, lang) end
  g.on = function(iso) return text.on(iso, lang) end
  -- fn made into a function that calls it once and returns its result ever after: a pool or
  -- table shared by the questions a topic builds on demand (docs/quiz.md).
  g.once = function(fn)
    local done, value = false, nil
    return function()
      if not done then value = fn(); done = true end
      return value
    end
  end
  g.year_of = data.year
  g.ids = data.ids
  g.sources = claims.unique_sources
  -- Every spelling of a record, made once per record in this context: the options of one
  -- record (its answers and its places in pools) share the list, and so their match keys.
  local spelled = setmetatable({}, { __mode = "k" })
  local function spellings_of(rec, extra)
    local list = spelled[rec]
    if not list then list = text.spellings(rec, extra); spelled[rec] = list end
    return list
  end
  g.entity = function(x, why)
    local e = type(x) == "table" and x or d.entities[x]
    if not e then return nil end
    return { text = text.name_in(e, lang), accept = spellings_of(e, { e.id }), why = why, ref = e.id }
  end
  -- A place under the name it bore on `date` (Nur-Sultan in 2021), accepting all its names.
  -- Under a former name the text says what it is called now: "Nur-Sultan (now Astana)".
  g.place = function(x, why, date)
    local p = type(x) == "table" and x or d.places[x]
    if not p then return nil end
    local then_, now = text.name_in(text.place_name(p, date), lang), text.name_in(p, lang)
    local shown = then_
    if then_ ~= now then shown = text.format(text.localize(NOW_CALLED, lang), then_, now) end
    return { text = shown, accept = spellings_of(p), why = why, ref = p.id }
  end
  g.place_name = function(x, date)
    local p = type(x) == "table" and x or d.places[x]
    return p and text.name_in(text.place_name(p, date), lang)
  end
  g.list = function(items) return text.list(items, lang) end
  g.person = function(h, why)
    local accept = spelled[h]
    if not accept then accept = text.spellings(h, text.short_names(h)); spelled[h] = accept end
    return { text = text.name_in(h, lang), accept = accept, why = why, ref = h.id }
  end
  g.status = function(s, why)
    local st = text.STATUS[s]
    return { text = text.name_in(st.name, lang), accept = st.accept, why = why, ref = s }
  end
  g.year = function(y, why) return { text = tostring(y), kind = "year", value = y, why = why } end
  g.number = function(n, why) return { text = tostring(n), kind = "number", value = n, why = why } end
  g.option = function(shown, accept, why) return { text = shown, accept = accept, why = why } end
  -- Years around `y` (not `y`), as filler when a pool of real alternatives is short.
  g.years_near = function(y, n, lo, hi)
    local out = {}
    for k = 1, n do
      for _, c in ipairs { y - k, y + k } do
        if (not lo or c >= lo) and (not hi or c <= hi) then out[#out + 1] = g.year(c) end
      end
    end
    return out
  end
  g.numbers_near = function(x, n)
    local out = {}
    for k = 1, n do
      out[#out + 1] = g.number(x + k)
      if x - k > 0 then out[#out + 1] = g.number(x - k) end
    end
    return out
  end
  -- The first planned meeting whose date has passed with no report in the data (nil: none), by
  -- the one rule every place uses (cica.dataset.planned_status against cica.today()).
  -- Looked up once per kind: every question about the present asks.
  local stale = {}
  g.stale_meeting = function(kind)
    local key = kind == nil and true or kind
    if stale[key] == nil then
      stale[key] = false
      local planned_status = require("cica.model.meetings").planned_status -- (cica.dataset re-exports it; loading that costs more)
      for _, m in ipairs(d.meetings) do
        if m.status == "planned" and (kind == nil or m.kind == kind)
            and planned_status(m.date, m.end_date, cica.meta.as_of, cica.today()) then
          stale[key] = m
          break
        end
      end
    end
    return stale[key] or nil
  end
  -- A question about how things stand now (`now` true or nil) cannot be settled past a stale
  -- planned meeting: its note (if any) gains "as of the dataset's date: the … planned for … is
  -- past its date". Questions about closed periods (`now` false) keep their note as it is.
  local as_of_text -- the note's "as of" sentence, made once per context
  g.present_note = function(note, now)
    local m = now ~= false and g.stale_meeting()
    if not m then return note end
    as_of_text = as_of_text or text.format(text.localize(AS_OF_NOTE, lang), text.date(cica.meta.as_of, lang),
      text.name_in(m.title, lang), text.date(m.date, lang))
    local note_text = as_of_text
    return note and (note .. (lang == "en" and " " or "") .. note_text) or note_text
  end
  g.disputes = function(subject, field) return claims.disputes(d, subject, field) end
  g.claims_text = function(subject, field) return claims.claims_text(g, subject, field) end
  g.claim_line = function(c) return claims.claim_line(c, g.lang) end
  g.year_claims = function(subject, fields, opts) return claims.year_claims(g, subject, fields, opts) end
  return g
end


return M
