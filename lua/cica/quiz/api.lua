-- The generator API: the context `g` handed to every generator's generate(g), bundled or the
-- user's, and the check that turns what a generator returns into a question the session can ask.
-- docs/quiz.md documents this for users; keep the two in step.
local data = require "cica.quiz.data"
local match = require "cica.quiz.match"
local i18n = require "cica.lang"

local M = {}

M.LANGS = i18n.codes
-- Languages, fallback chains and positional formatting are cica.lang's; these are the
-- documented names generators use (docs/quiz.md), kept as thin wrappers.

-- Text in `lang` from a string or a table keyed by language ("en", "zh-Hans", "zh-Hant"); an
-- unknown or missing `lang` reads as English.
function M.localize(t, lang)
  if type(t) ~= "table" then return t end
  local v = i18n.text(t, i18n.valid(lang) and lang or "en")
  if v ~= nil then return v end
  return t.hans or t.en or t.hant
end

-- string.format plus positional arguments ("%2$d年，%1$s"), since word order differs by language.
-- Specifiers without a position take the arguments in turn, as in string.format.
M.format = i18n.format

-- A name record {hans=, hant=, en=} in `lang`.
function M.name_in(n, lang)
  if type(n) ~= "table" then return n end
  if n.name then n = n.name end
  local want = i18n.valid(lang) and i18n.suffix(lang) or "en"
  return n[want] or n.hans or n.en or n.hant
end

local CN = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" }
local function chinese(n)
  if n <= 10 then return CN[n] end
  if n < 20 then return "十" .. CN[n - 10] end
  if n < 100 then return CN[n // 10] .. "十" .. (n % 10 > 0 and CN[n % 10] or "") end
  return tostring(n)
end

-- "4th" / "第四届" (届 for meetings held in a series; `unit` overrides it).
function M.ordinal(n, lang, unit)
  if lang == "en" then
    local suffix = "th"
    if n % 100 < 11 or n % 100 > 13 then
      suffix = ({ "st", "nd", "rd" })[n % 10] or "th"
    end
    return n .. suffix
  end
  unit = unit or (lang == "zh-Hant" and "屆" or "届")
  return "第" .. chinese(n) .. unit
end

local MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December" }

-- An ISO date at its own precision: "17 June 2006" / "2006年6月17日"; "June 2006"; "2006".
function M.date(iso, lang)
  local y, m, d = tostring(iso or ""):match("^(%d%d%d%d)%-?(%d?%d?)%-?(%d?%d?)")
  if not y then return tostring(iso or "") end
  m, d = tonumber(m), tonumber(d)
  if lang == "en" then
    if d then return string.format("%d %s %s", d, MONTHS[m], y) end
    if m then return MONTHS[m] .. " " .. y end
    return y
  end
  return y .. "年" .. (m and (m .. "月") or "") .. (d and (d .. "日") or "")
end

-- A date with its English preposition: "on 17 June 2006", "in June 2010", "in 2011";
-- in Chinese the date alone ("于" comes from the template).
function M.on(iso, lang)
  local text = M.date(iso, lang)
  if lang ~= "en" then return text end
  return (tostring(iso):match("^%d%d%d%d%-%d%d%-%d%d") and "on " or "in ") .. text
end

-- English running text wants "the" before some names: "the Republic of Korea", "the UN".
local THE_START = { "Republic", "United", "Kingdom", "League", "Organi[sz]ation", "International",
  "Parliamentary", "Eurasian", "State of", "Commonwealth", "Secretariat", "OSCE", "UN$", "CIS$" }
local THE_END = { "Philippines$", "Emirates$", "States$", "Union$", "Islands$", "Maldives$",
  "Netherlands$", "Assembly$" }
function M.the(name)
  for _, p in ipairs(THE_START) do if name:match("^" .. p) then return "the " .. name end end
  for _, p in ipairs(THE_END) do if name:match(p) then return "the " .. name end end
  return name
end

-- The names a place bore on `date` (its current names when the date is outside every period).
function M.place_name(p, date)
  if date then
    for _, f in ipairs(p.former or {}) do
      if date >= f.from and date <= f.to then return f.name end
    end
  end
  return p.name
end

-- "A, B and C" / "A、B和C".
function M.list(items, lang)
  if #items <= 1 then return items[1] or "" end
  local head = table.concat(items, lang == "en" and ", " or "、", 1, #items - 1)
  if lang == "en" then return head .. " and " .. items[#items] end
  return head .. "和" .. items[#items]
end

local function list_add(list, seen, s)
  if type(s) == "string" and s ~= "" and not seen[s] then
    seen[s] = true
    list[#list + 1] = s
  end
end

-- Every spelling of a name record (and its former names and aliases).
local function spellings(rec, extra)
  local out, seen = {}, {}
  local function names(n)
    if n then list_add(out, seen, n.hans); list_add(out, seen, n.hant); list_add(out, seen, n.en) end
  end
  names(rec.name or rec)
  for _, f in ipairs(rec.former or {}) do names(f.name) end
  for _, a in ipairs(rec.aliases or {}) do list_add(out, seen, a) end
  for _, a in ipairs(extra or {}) do list_add(out, seen, a) end
  return out
end

-- Words for the three kinds of standing, accepted in any language.
M.STATUS = {
  member = { name = { hans = "成员国", hant = "成員國", en = "member" },
    accept = { "member", "member state", "members", "成员", "成員", "成员国", "成員國", "正式成员" } },
  observer = { name = { hans = "观察员", hant = "觀察員", en = "observer" },
    accept = { "observer", "observer state", "observers", "观察员", "觀察員", "观察员国", "觀察員國" } },
  partner = { name = { hans = "伙伴", hant = "夥伴", en = "partner" },
    accept = { "partner", "partner organization", "partner organisation", "伙伴", "夥伴", "伙伴组织", "夥伴組織" } },
}

-- The short forms a person is called by: the surname ("Asanov" for Jandos Asanov; "Gong" for
-- Gong Jianwei, whose Chinese name 宫建伟 puts it first) and, for a transcribed name, the last
-- part after "·" (米尔佐佐达). A surname of one letter or one character is no answer.
function M.short_names(h)
  local n = h.name or h
  local out = {}
  local han_order = type(n.hans) == "string" and not n.hans:find("%a") and not n.hans:find("·", 1, true)
  if type(n.en) == "string" then
    local first, last = n.en:match("^(%S+)"), n.en:match("(%S+)$")
    local surname = han_order and first or last
    if surname and surname ~= n.en and utf8.len(surname) and utf8.len(surname) >= 2 then out[#out + 1] = surname end
  end
  for _, k in ipairs { "hans", "hant" } do
    local tail = type(n[k]) == "string" and n[k]:match("·([^·]+)$")
    if tail and utf8.len(tail) >= 2 then out[#out + 1] = tail end
  end
  return out
end

local function unique_sources(...)
  local out, seen = {}, {}
  for _, list in ipairs { ... } do
    for _, id in ipairs(list or {}) do list_add(out, seen, id) end
  end
  return out
end

local NOW_CALLED = { en = "%s (now %s)", ["zh-Hans"] = "%s（今%s）", ["zh-Hant"] = "%s（今%s）" }

-- The context for one topic: see docs/quiz.md ("Writing a generator").
-- The note of a question about the present once a planned meeting is past its date (g.present_note).
local AS_OF_NOTE = {
  en = "This is as of %s, the dataset's date: the %s, planned for %s, is past its date with no report in the data.",
  ["zh-Hans"] = "以上截至本数据集的日期%1$s：原定于%3$s举行的%2$s日期已过，数据中没有其举行情况的报道。",
  ["zh-Hant"] = "以上截至本數據集的日期%1$s：原定於%3$s舉行的%2$s日期已過，數據中沒有其舉行情況的報道。",
}

function M.context(topic, rng, lang, d)
  local g = { topic = topic, rng = rng, lang = lang, data = d }
  -- The choices' own stream (api.complete derives one per question from it): taken before a
  -- generator can draw from g.rng, so that a question's choices depend only on the seed, the
  -- topic and its id.
  g.choice_rng = rng:derive("choices")
  g.query = function(sql, ...) return cica.query(sql, ...) end
  g.L = function(t) return M.localize(t, lang) end
  g.F = function(t, ...) return M.format(M.localize(t, lang), ...) end
  g.name = function(x) return M.name_in(x, lang) end
  -- A name for running text: "the Republic of Korea" in English, the name itself in Chinese.
  g.the = function(x)
    local n = M.name_in(x, lang)
    if lang == "en" then return M.the(n) end
    return n
  end
  g.The = function(x) return (g.the(x):gsub("^t", "T")) end
  g.ordinal = function(n, unit) return M.ordinal(n, lang, unit) end
  g.date = function(iso) return M.date(iso, lang) end
  g.on = function(iso) return M.on(iso, lang) end
  g.year_of = data.year
  g.ids = data.ids
  g.sources = unique_sources
  g.entity = function(x, why)
    local e = type(x) == "table" and x or d.entities[x]
    if not e then return nil end
    return { text = M.name_in(e, lang), accept = spellings(e, { e.id }), why = why, ref = e.id }
  end
  -- A place under the name it bore on `date` (Nur-Sultan in 2021), accepting all its names.
  -- Under a former name the text says what it is called now: "Nur-Sultan (now Astana)".
  g.place = function(x, why, date)
    local p = type(x) == "table" and x or d.places[x]
    if not p then return nil end
    local then_, now = M.name_in(M.place_name(p, date), lang), M.name_in(p, lang)
    local text = then_
    if then_ ~= now then text = M.format(M.localize(NOW_CALLED, lang), then_, now) end
    return { text = text, accept = spellings(p), why = why, ref = p.id }
  end
  g.place_name = function(x, date)
    local p = type(x) == "table" and x or d.places[x]
    return p and M.name_in(M.place_name(p, date), lang)
  end
  g.list = function(items) return M.list(items, lang) end
  g.person = function(h, why)
    return { text = M.name_in(h, lang), accept = spellings(h, M.short_names(h)), why = why, ref = h.id }
  end
  g.status = function(s, why)
    local st = M.STATUS[s]
    return { text = M.name_in(st.name, lang), accept = st.accept, why = why, ref = s }
  end
  g.year = function(y, why) return { text = tostring(y), kind = "year", value = y, why = why } end
  g.number = function(n, why) return { text = tostring(n), kind = "number", value = n, why = why } end
  g.option = function(text, accept, why) return { text = text, accept = accept, why = why } end
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
      local planned_status = require("cica.dataset").planned_status
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
  g.present_note = function(note, now)
    local m = now ~= false and g.stale_meeting()
    if not m then return note end
    local text = M.format(M.localize(AS_OF_NOTE, lang), M.date(cica.meta.as_of, lang),
      M.name_in(m.title, lang), M.date(m.date, lang))
    return note and (note .. (lang == "en" and " " or "") .. text) or text
  end
  g.disputes = function(subject, field) return M.disputes(d, subject, field) end
  g.claims_text = function(subject, field) return M.claims_text(g, subject, field) end
  g.claim_line = function(c) return M.claim_line(c, g.lang) end
  g.year_claims = function(subject, fields, opts) return M.year_claims(g, subject, fields, opts) end
  return g
end

-- The discrepancies of a dataset by subject, made once per dataset (data.disputes scans them all
-- at every call, and generators ask about every entity and meeting).
local dispute_index = setmetatable({}, { __mode = "k" })
local NONE = {}

-- Discrepancies about `subject` ('entity:TH', 'meeting:summit-5', …), optionally one field:
-- the same list, in the same order, as data.disputes.
function M.disputes(d, subject, field)
  local index = dispute_index[d]
  if not index then
    index = {}
    for _, x in ipairs(d.discrepancies) do
      local list = index[x.subject]
      if not list then list = {}; index[x.subject] = list end
      list[#list + 1] = x
    end
    dispute_index[d] = index
  end
  local list = index[subject] or NONE
  if field == nil then
    local out = {}
    for i, x in ipairs(list) do out[i] = x end
    return out
  end
  local out = {}
  for _, x in ipairs(list) do
    if x.field == nil or x.field == field then out[#out + 1] = x end
  end
  return out
end

-- One claim as shown to the user: its text in `lang` and its sources, "claim (A6, seed004)" in
-- English, "说法（A6、seed004）" in Chinese. A claim's `text` holds the three forms (quiz data);
-- a claim without one (a pack's own data) shows its `claim` as it is.
function M.claim_line(c, lang)
  local text = M.name_in(c.text, lang) or c.claim
  if lang == "en" then return string.format("%s (%s)", text, table.concat(c.sources, ", ")) end
  return string.format("%s（%s）", text, table.concat(c.sources, "、"))
end

-- The claims of the discrepancies about subject (and field) as one line of text:
-- "claim (sources); claim (sources)", or nil when nothing about it is disputed.
function M.claims_text(g, subject, field)
  local parts = {}
  for _, x in ipairs(g.disputes(subject, field)) do
    for _, c in ipairs(x.claims) do parts[#parts + 1] = M.claim_line(c, g.lang) end
  end
  if #parts == 0 then return nil end
  return table.concat(parts, g.lang == "en" and "; " or "；")
end

-- The distinct four-digit years a text mentions, in order.
local function years_in(text)
  local out, seen = {}, {}
  for y in tostring(text):gmatch("%f[%d](%d%d%d%d)%f[%D]") do
    y = math.tointeger(tonumber(y))
    if not seen[y] then seen[y] = true; out[#out + 1] = y end
  end
  return out
end
M.years_in = years_in

-- What sources say about the year of a disputed fact. Years are read from each claim's English
-- text (`claim`), whatever the display language; the note shows the display language's text.
-- Claims are the sources' own words, so a
-- claim counts only when it names exactly one year, and none matches opts.reject (Lua patterns
-- for claims about something else, such as observer status). Returns nil when nothing is
-- disputed; false when some claim cannot be read that way (the question must not be asked);
-- else {years = {…}, note = text, sources = {…}}. With opts.loose, every year any claim names
-- counts and claims without one are skipped (for counts, where any year may shift a total).
function M.year_claims(g, subject, fields, opts)
  opts = opts or {}
  local found = {}
  for _, x in ipairs(g.disputes(subject)) do
    local wanted = fields == nil or x.field == nil
    for _, f in ipairs(fields or {}) do wanted = wanted or x.field == f end
    if wanted then found[#found + 1] = x end
  end
  if #found == 0 then return nil end
  local years, seen, parts, sources = {}, {}, {}, {}
  for _, x in ipairs(found) do
    for _, c in ipairs(x.claims) do
      local ys = years_in(c.claim)
      if not opts.loose then
        if #ys ~= 1 then return false end
        for _, p in ipairs(opts.reject or {}) do
          if tostring(c.claim):lower():find(p) then return false end
        end
      end
      for _, y in ipairs(ys) do
        if not seen[y] then seen[y] = true; years[#years + 1] = y end
      end
      parts[#parts + 1] = M.claim_line(c, g.lang)
      sources = unique_sources(sources, c.sources)
    end
  end
  if #years == 0 then return false end
  table.sort(years)
  local sep = g.lang == "en" and "; " or "；"
  local note
  if #years > 1 then
    note = g.F({ en = "Sources differ: %s. Each of these years is accepted.",
      ["zh-Hans"] = "来源说法不一：%s。以上年份都算对。",
      ["zh-Hant"] = "來源說法不一：%s。以上年份都算對。" }, table.concat(parts, sep))
  else
    note = g.F({ en = "Sources differ on the exact date (%s), not on the year.",
      ["zh-Hans"] = "各来源对具体日期说法不一（%s），年份一致。",
      ["zh-Hant"] = "各來源對具體日期說法不一（%s），年份一致。" }, table.concat(parts, sep))
  end
  return { years = years, note = note, sources = sources }
end

-- ---------------------------------------------------------------------------------------------
-- Checking and completing a generator's question.

local function as_option(v, kind)
  if type(v) == "table" then return v end
  if math.type(v) == "integer" then
    return { text = tostring(v), kind = kind or "number", value = v }
  end
  if type(v) == "string" then return { text = v } end
  return nil
end

local function as_options(v, kind)
  if v == nil then return {} end
  if type(v) ~= "table" or v.text then return { as_option(v, kind) } end
  local out = {}
  for _, x in ipairs(v) do out[#out + 1] = as_option(x, kind) end
  return out
end

-- match.key of a spelling, remembered per fold map: a session finishes every question with
-- the same map, and the same names come back in the pool of question after question.
local key_memo = setmetatable({}, { __mode = "k" })
local NO_FOLD = {}

local function key_of(s, fold)
  if type(s) ~= "string" then return match.key(s, fold) end
  local memo = key_memo[fold or NO_FOLD]
  if not memo then
    memo = {}
    key_memo[fold or NO_FOLD] = memo
  end
  local k = memo[s]
  if not k then
    k = match.key(s, fold)
    memo[s] = k
  end
  return k
end

-- The comparison keys of an option's spellings, computed once per option.
local function keys_of(o, fold)
  if not o._keys then
    local k = { [key_of(o.text, fold)] = true }
    for _, s in ipairs(o.accept or {}) do k[key_of(s, fold)] = true end
    k[""] = nil
    o._keys = k
  end
  return o._keys
end

-- Do two options name the same thing? Numbers by value, the rest by any shared spelling.
local function same(a, b, fold)
  if a.value ~= nil and b.value ~= nil then return a.value == b.value end
  if a.ref ~= nil and a.ref == b.ref then return true end
  local ka = keys_of(a, fold)
  for k in pairs(keys_of(b, fold)) do
    if ka[k] then return true end
  end
  return false
end

-- make_view(pool, kind) -> get, n: the options of an array pool (see pool_view), made once;
-- pool_view_of(pool, kind) -> get, for a sub-pool (defined after pool_view).
local pool_view_of
local function make_view(pool, kind)
  local parts, n, flat = {}, 0, true
  for _, x in ipairs(pool) do
    if type(x) == "table" and x.text == nil and x[1] ~= nil then
      flat = false
      parts[#parts + 1] = { list = x, from = n }
      n = n + #x
    else
      parts[#parts + 1] = { one = x, from = n }
      n = n + 1
    end
  end
  if flat then
    -- a plain value (2006, "Almaty") becomes an option once, not at every draw
    local cache = {}
    return function(i)
      local o = cache[i]
      if o == nil then o = as_option(pool[i], kind) or false; cache[i] = o end
      return o or nil
    end, n
  end
  return function(i)
    local lo, hi = 1, #parts -- the last part that starts before i
    while lo < hi do
      local mid = (lo + hi + 1) // 2
      if parts[mid].from < i then lo = mid else hi = mid - 1 end
    end
    local part = parts[lo]
    if part.list then return pool_view_of(part.list, kind)(i - part.from) end
    return as_option(part.one, kind)
  end, n
end

-- A view is remembered per pool table (weakly): a shared pool is looked at by many questions.
local views = setmetatable({}, { __mode = "k" })

-- The options of a pool, without copying: a pool is an option, a plain value, or an array of
-- them in which an element may itself be an array of options (a pool shared by many questions,
-- built once by the generator). Returns a function i -> option (1 <= i <= n) and n.
local function pool_view(pool, kind)
  if pool == nil then return function() return nil end, 0 end
  if type(pool) ~= "table" or pool.text then
    local o = as_option(pool, kind)
    return function() return o end, o and 1 or 0
  end
  local memo = views[pool]
  if memo and memo.kind == kind and memo.len == #pool then return memo.get, memo.n end
  local get, n = make_view(pool, kind)
  views[pool] = { kind = kind, len = #pool, get = get, n = n }
  return get, n
end
pool_view_of = function(pool, kind) return (pool_view(pool, kind)) end

-- Whether option o may stand beside `taken` (the answers and the distractors so far): it has a
-- text and is not the same (see `same`) as any of them. Spellings are compared without the
-- traditional → simplified map: an option lists its names in both scripts, so the map adds
-- nothing here, and a study sheet then never needs it (it is for what users type).
local function usable(o, taken)
  if not o or type(o.text) ~= "string" or o.text == "" then return false end
  for _, t in ipairs(taken) do
    if same(t, o) then return false end
  end
  return true
end

-- The text of an option's `why` in `lang`: a string, a table by language, or a function that
-- makes it (generators may defer it: only the options shown need one). Remembered on the option.
function M.why(o, lang)
  local w = o.why
  if type(w) == "function" then
    w = w(lang)
    o.why = w
  end
  return M.localize(w, lang)
end

local function bad(topic, spec, problem)
  error(string.format("quiz topic '%s': question %s: %s", topic,
    type(spec.id) == "string" and ("'" .. spec.id .. "'") or "(no id)", problem), 0)
end

-- Draw the distractors of q: options of the pool in a random order (a Fisher–Yates shuffle
-- done only as far as needed, the pool never copied), each kept when it is usable (a text, not
-- a right answer, not the same as one already kept), until `want` are kept or the pool is
-- exhausted. Cost: the draws made, not the pool's size.
local function draw(q, want, rng)
  local get, n = pool_view(q._pool, q.kind)
  local taken, out, swapped = {}, {}, {}
  for i, a in ipairs(q.answers) do taken[i] = a end
  local i = 0
  while #out < want and i < n do
    i = i + 1
    local j = i + rng:int(n - i + 1) - 1
    local at_i, at_j = swapped[i] or i, swapped[j] or j
    swapped[j] = at_i
    local o = get(at_j)
    if usable(o, taken) then
      taken[#taken + 1] = o
      out[#out + 1] = o
    end
  end
  return out
end

-- Completes q, once: draws its choices (with its own random stream, derived from the seed, the
-- topic and the question's id, so a question's choices do not depend on which other questions
-- a session asks) and resolves the `why` of the options shown.
function M.complete(q)
  local raw = rawget(q, "_pending")
  if not raw then return q end
  q._pending = nil
  local rng = raw.rng:derive(q.id)
  local chosen = { q.answers[1] }
  for _, o in ipairs(draw(q, raw.want - 1, rng)) do chosen[#chosen + 1] = o end
  if q.answers[1].value ~= nil then
    table.sort(chosen, function(a, b) return (a.value or 0) < (b.value or 0) end)
  else
    rng:shuffle(chosen)
  end
  for _, o in ipairs(chosen) do if o.why ~= nil then o.why = M.why(o, raw.lang) end end
  q.choice_options = chosen
  q.choices = {}
  for i, o in ipairs(chosen) do q.choices[i] = o.text end
  return q
end

-- Every distractor of q's pool, in pool order, none the same as an answer or an earlier one
-- (what `q.others` gives; the session itself only needs `confusion`).
local function all_others(q)
  local get, n = pool_view(q._pool, q.kind)
  local taken, out = {}, {}
  for i, a in ipairs(q.answers) do taken[i] = a end
  for i = 1, n do
    local o = get(i)
    if usable(o, taken) then
      taken[#taken + 1] = o
      out[#out + 1] = o
    end
  end
  return out
end

-- The option of q's pool that a wrong answer `line` names (nil: none), with its `why` resolved:
-- "You answered 2004. 2004 is when Thailand joined." Scans the pool only when an answer is wrong.
function M.confusion(q, line, fold, lang)
  lang = lang or q._lang
  local get, n = pool_view(q._pool, q.kind)
  for i = 1, n do
    local o = get(i)
    if o and type(o.text) == "string" and o.text ~= "" and match.option(line, o, fold) then
      local clash = false
      for _, a in ipairs(q.answers) do clash = clash or same(a, o) end
      if not clash then
        if o.why ~= nil then o.why = M.why(o, lang) end
        return o
      end
    end
  end
  return nil
end

-- A question's choices are drawn when first read: the fields below complete it.
local LAZY = { choices = true, choice_options = true }
local Question = {
  __index = function(q, k)
    if LAZY[k] and rawget(q, "_pending") then
      M.complete(q)
      return rawget(q, k)
    end
    if k == "others" then
      local others = all_others(q)
      rawset(q, "others", others)
      return others
    end
    return nil
  end,
}

-- The shape of a question, for the session's cap on one shape: the topic and the last word of
-- its id that is not a number or a code ("accession:KR:year" → "accession:year").
local function shape_of(spec, topic)
  if type(spec.shape) == "string" and spec.shape ~= "" then return topic .. ":" .. spec.shape end
  local word
  for part in spec.id:gmatch("[^:]+") do
    if part ~= topic and part:match("^%l[%l%-_]*$") then word = part end
  end
  return topic .. ":" .. (word or "")
end

-- Turn a generator's table into a question; raises on a malformed one, returns nil for one that
-- cannot be asked in any mode (a choice-only question with no distractor). The choices are
-- drawn later, only for the questions a session shows (M.complete).
function M.finish(spec, g)
  local topic = g.topic
  if type(spec) ~= "table" then bad(topic, {}, "is a " .. type(spec) .. ", not a table") end
  if type(spec.id) ~= "string" or spec.id == "" then bad(topic, spec, "needs a string id") end
  local prompt = M.localize(spec.prompt, g.lang)
  if type(prompt) ~= "string" or prompt:match("^%s*$") then bad(topic, spec, "has an empty prompt") end
  local answers = as_options(spec.answer, spec.kind)
  if #answers == 0 or type(answers[1].text) ~= "string" or answers[1].text == "" then
    bad(topic, spec, "has no answer")
  end
  for _, extra in ipairs(spec.accept or {}) do
    answers[1].accept = answers[1].accept or {}
    table.insert(answers[1].accept, extra)
  end
  local q = setmetatable({
    id = spec.id, topic = topic, prompt = prompt, answers = answers, answer = answers[1].text,
    explain = M.localize(spec.explain, g.lang), note = M.localize(spec.note, g.lang),
    sources = spec.sources or {}, group = spec.group or spec.id, kind = answers[1].kind,
    shape = shape_of(spec, topic), _pool = spec.pool, _lang = g.lang,
    _pending = { rng = g.choice_rng, lang = g.lang, want = spec.choices or 4 },
  }, Question)
  -- Choice mode needs one distractor: the first usable option of the pool says so.
  local has_choice = false
  local get, n = pool_view(spec.pool, q.kind)
  for i = 1, n do
    if usable(get(i), answers) then has_choice = true; break end
  end
  q.modes = {}
  for _, m in ipairs(spec.modes or { "choice", "typed" }) do
    if m == "typed" or (m == "choice" and has_choice) then q.modes[#q.modes + 1] = m end
  end
  if #q.modes == 0 then return nil end
  q.accepted = {}
  local seen = {}
  for _, a in ipairs(answers) do
    list_add(q.accepted, seen, a.text)
    for _, s in ipairs(a.accept or {}) do list_add(q.accepted, seen, s) end
  end
  return q
end

return M
