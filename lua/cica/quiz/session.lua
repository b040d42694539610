-- A quiz session: generate every question, choose the ones to ask, ask them, judge the answers,
-- record each one in the history as it is given.
local api = require "cica.quiz.api"
local data = require "cica.quiz.data"
local match = require "cica.quiz.match"
local rng = require "cica.quiz.rng"
local fsrs = require "cica.fsrs"

local M = {}

M.RIGHT, M.WRONG = fsrs.GOOD, fsrs.AGAIN
-- A right answer given after the typed-mode hint ("?" shows the choices) counts as Hard.
M.HINTED = fsrs.HARD

-- ---------------------------------------------------------------------------------------------
-- Questions

-- The traditional → simplified map the matcher needs for what users type, built on its first
-- lookup: a study sheet, an export or a count of questions judges nothing and never builds it.
function M.lazy_fold(d)
  local map
  return setmetatable({}, { __index = function(_, c)
    map = map or match.build_fold(data.script_pairs(d))
    return map[c]
  end })
end

-- Every question of the wanted topics (all when `topics` is nil), checked, ids unique.
-- Returns the questions and the character fold map the matcher needs (see M.lazy_fold).
function M.generate(gens, opts)
  local d = data.get()
  local fold = M.lazy_fold(d)
  local master = rng.new(opts.seed)
  local all, where = {}, {}
  for _, gen in ipairs(gens) do
    if not opts.topics or opts.topics[gen.topic] then
      local g = api.context(gen.topic, master:derive("topic:" .. gen.topic), opts.lang, d)
      local ok, list = pcall(gen.generate, g)
      if not ok then error(string.format("%s: %s", gen.where, tostring(list)), 0) end
      if type(list) ~= "table" then
        error(string.format("%s: generate(g) must return an array of questions, got %s", gen.where, type(list)), 0)
      end
      for _, spec in ipairs(list) do
        local q = api.finish(spec, g)
        if q then
          q.topic_title = api.localize(gen.title, opts.lang) -- the tag shown before the prompt
          if where[q.id] then
            error(string.format("%s: question id '%s' is also used by %s", gen.where, q.id, where[q.id]), 0)
          end
          where[q.id] = gen.where
          all[#all + 1] = q
        end
      end
    end
  end
  return all, fold
end

local function supports(q, mode)
  for _, m in ipairs(q.modes) do if m == mode then return true end end
  return false
end

-- 0: due for review, 1: never seen, 2: seen and not yet due.
local function priority(card, now)
  if not card then return 1 end
  if card.due <= now then return 0 end
  return 2
end

-- ---------------------------------------------------------------------------------------------
-- Explanations that give answers away

-- Whether `text` contains `s`: a run of digits only as a whole number, Latin words only as
-- whole words (case folded), anything else (Chinese) as it stands.
local MONTH_WORDS = { "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december" }

-- Whether the number at text[i..j] is part of a date: a day or month (before 年/月/日, after
-- 月, beside a month's name) rather than a count or an ordinal.
local function in_date(text, i, j)
  local after, before = text:sub(j + 1, j + 3), text:sub(math.max(1, i - 3), i - 1)
  if after == "年" or after == "月" or after == "日" or before == "月" or before == "年" then return true end
  local next_word = text:sub(j + 1):match("^ (%a+)")
  local prev_word = text:sub(1, i - 1):match("(%a+) $")
  for _, m in ipairs(MONTH_WORDS) do
    if (next_word and next_word:lower() == m) or (prev_word and prev_word:lower() == m) then return true end
  end
  return false
end

local function mentions(text, s)
  if type(s) ~= "string" or s == "" then return false end
  if s:match("^%d+$") then
    local init = 1
    while true do
      local i, j = text:find("%f[%d]" .. s .. "%f[%D]", init)
      if not i then return false end
      -- a year stands for itself; a small number in a date ("5月21日", "17 June") is no count
      if #s >= 4 or not in_date(text, i, j) then return true end
      init = j + 1
    end
  end
  if s:match("^[%w%s%p]+$") then
    if #s < 3 then return false end -- ISO codes and the like: too short to tell from a word
    local t, w = text:lower(), s:lower():gsub("%p", "%%%0")
    return t:find("%f[%w]" .. w .. "%f[%W]") ~= nil
  end
  if utf8.len(s) and utf8.len(s) < 2 then return false end
  return text:find(s, 1, true) ~= nil
end
M.mentions = mentions

-- The text shown after a question is answered (its explanation and note).
local function shown_after(q)
  return (q.explain or "") .. "\n" .. (q.note or "")
end

-- Whether what is shown after question `a` gives away the answer to question `b`: its text
-- mentions b's answer, any other right answer of b, or (for numbers and years) b's value.
-- The words for a standing (member, observer, partner) are no giveaway: every status
-- explanation uses them.
function M.reveals(a, b)
  if a == b or a.group == b.group then return false end
  local text = shown_after(a)
  if text == "\n" then return false end
  for _, o in ipairs(b.answers) do
    -- "member" in "Thailand is a member state" says nothing about another state's standing
    if api.STATUS[o.ref] then return false end
    if o.value ~= nil and mentions(text, tostring(o.value)) then return true end
    if mentions(text, o.text) then return true end
    for _, spelling in ipairs(o.accept or {}) do
      if mentions(text, spelling) then return true end
    end
  end
  return false
end

-- The largest share of a selection one question shape may take while other shapes are left.
M.SHAPE_SHARE = 0.25

-- Choose what to ask: opts.count questions, due and new ones before the rest, no two about the
-- same fact (group), topics taking turns (so forty status questions do not crowd out the seven
-- summits), in an order fixed by the seed. --due/--wrong keep only those cards.
function M.select(all, opts, cards, now)
  cards = cards or {}
  local r = rng.new(opts.seed):derive("select")
  local pool = {}
  for _, q in ipairs(all) do
    local c = cards[q.id]
    local keep = opts.mode == "mixed" or supports(q, opts.mode)
    if keep and (opts.due or opts.wrong) then
      keep = (opts.due and c and c.due <= now) or (opts.wrong and c and c.last_grade == M.WRONG) or false
    end
    if keep then pool[#pool + 1] = q end
  end
  -- by id, independent of generator order (ids are unique: a sort of the strings themselves,
  -- without a Lua comparator)
  local by_id, ids = {}, {}
  for i, q in ipairs(pool) do by_id[q.id] = q; ids[i] = q.id end
  table.sort(ids)
  for i, id in ipairs(ids) do pool[i] = by_id[id] end
  r:shuffle(pool)
  -- Order: priority class, then the question's turn within its topic, then shuffled order;
  -- by buckets (class, turn) filled in shuffled order, which is that order without a sort.
  local seen, buckets, last = {}, { [0] = {}, {}, {} }, 0
  for _, q in ipairs(pool) do
    local p = priority(cards[q.id], now)
    local k = p .. ":" .. q.topic
    local turn = (seen[k] or 0) + 1
    seen[k] = turn
    local b = buckets[p][turn]
    if not b then b = {}; buckets[p][turn] = b end
    b[#b + 1] = q
    if turn > last then last = turn end
  end
  pool = {}
  for p = 0, 2 do
    for turn = 1, last do
      for _, q in ipairs(buckets[p][turn] or {}) do pool[#pool + 1] = q end
    end
  end
  -- A session never asks a question whose answer the feedback of an earlier one gives away
  -- (the chosen order is the order asked). A study sheet keeps every question: its key is at
  -- the end.
  local function leaks(q, list)
    if opts.all or opts.print then return false end
    for _, c in ipairs(list) do
      if M.reveals(c, q) then return true end
    end
    return false
  end
  -- No shape of question ("is X a member or an observer?") takes more than its share of a
  -- selection while others are left: one over the cap waits, and fills the selection only
  -- when nothing else is left. A full study sheet (opts.all) has every question.
  local cap = opts.all and math.huge or math.max(1, math.ceil(opts.count * M.SHAPE_SHARE))
  local chosen, groups, shapes, waiting = {}, {}, {}, {}
  local function take(q)
    groups[q.group] = true
    shapes[q.shape or q.topic] = (shapes[q.shape or q.topic] or 0) + 1
    chosen[#chosen + 1] = q
  end
  for _, q in ipairs(pool) do
    if #chosen >= opts.count then break end
    if (opts.all or not groups[q.group]) and not leaks(q, chosen) then
      if (shapes[q.shape or q.topic] or 0) >= cap then waiting[#waiting + 1] = q else take(q) end
    end
  end
  for _, q in ipairs(waiting) do
    if #chosen >= opts.count then break end
    if not groups[q.group] and not leaks(q, chosen) then take(q) end
  end
  local m = rng.new(opts.seed):derive("mode")
  for _, q in ipairs(chosen) do
    if opts.mode ~= "mixed" then q.mode = opts.mode
    elseif #q.modes == 1 then q.mode = q.modes[1]
    else q.mode = q.modes[m:int(2)] end
  end
  return chosen
end

-- ---------------------------------------------------------------------------------------------
-- Judging

-- The first `max` bytes of s, cut at a character boundary, with "…" when cut.
local function clip(s, max)
  if #s <= max then return s end
  local cut = max
  while cut > 0 and (s:byte(cut + 1) or 0) >= 0x80 and (s:byte(cut + 1) or 0) < 0xC0 do cut = cut - 1 end
  return s:sub(1, cut) .. "…"
end

-- What an answer means: {correct=, given=, chosen=option|nil, confused=option|nil,
-- too_long=bool}. An answer longer than match.MAX_INPUT bytes is wrong without being matched
-- (judging it would take long and no answer is that long); `given` keeps its beginning.
function M.judge(q, line, fold)
  local v = { given = line or "" }
  if #v.given > match.MAX_INPUT then
    v.given, v.correct, v.too_long = clip(v.given, match.MAX_INPUT), false, true
    return v
  end
  if q.mode == "choice" then
    local i = match.letter(line, #q.choice_options)
    if i then
      v.chosen = q.choice_options[i]
      v.given = v.chosen.text
      v.correct = v.chosen == q.answers[1]
      if not v.correct then v.confused = v.chosen end
      return v
    end
  end
  for _, a in ipairs(q.answers) do
    if match.option(line, a, fold) then v.correct = true; return v end
  end
  v.correct = false
  v.confused = api.confusion(q, line, fold)
  return v
end

-- ---------------------------------------------------------------------------------------------
-- Text

local MSG = require("cica.lang").area("quiz_session") -- its messages (lua/cica/messages/quiz_session.lua)
M.MSG = MSG

local function L(key, lang, ...)
  return api.format(api.localize(MSG[key], lang), ...)
end

local LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
local HINT

-- The lettered choices of a question, one per line ("  A) Almaty").
function M.render_choices(q)
  local out = {}
  for k, o in ipairs(q.choice_options) do
    out[#out + 1] = string.format("  %s) %s", LETTERS:sub(k, k), o.text)
  end
  return table.concat(out, "\n")
end

-- What asks for the hint in typed mode.
HINT = { ["?"] = true, ["？"] = true }

-- Whether a typed question can show its choices as a hint ("?").
function M.has_hint(q)
  return q.mode == "typed" and #q.choice_options >= 2
end

-- The question as shown: "[2/5] summits · Where was …?" and, for choice mode, lettered lines.
function M.render_question(q, i, n)
  local out = { string.format("[%d/%d] %s · %s", i, n, q.topic_title or q.topic, q.prompt) }
  if q.mode == "choice" then out[2] = M.render_choices(q) end
  return table.concat(out, "\n")
end

-- "source: A3 (title); also seed004, R1": the first source in full, the others by id
-- (cica report sources, or cica.sources, has them all).
local function source_line(q, lang, full)
  if #q.sources == 0 then return nil end
  local d, first = data.get(), q.sources[1]
  local s = d.sources[first]
  local text = (s and full) and string.format(lang == "en" and "%s (%s)" or "%s（%s）", first, api.name_in(s.title, lang)) or first
  if #q.sources > 1 then
    text = text .. (full and L("also_sources", lang) or ", ") .. table.concat(q.sources, ", ", 2)
  end
  return L(#q.sources > 1 and "sources" or "source", lang) .. L("colon", lang) .. text
end

-- Every source of q, one a line with its title and address (shown after a leech's answer).
function M.all_sources(q, lang)
  if #q.sources == 0 then return nil end
  local d, out = data.get(), {}
  for _, id in ipairs(q.sources) do
    local src = d.sources[id]
    out[#out + 1] = "  " .. id .. (src and (" " .. api.name_in(src.title, lang) .. (src.url and (" <" .. src.url .. ">") or "")) or "")
  end
  return (L(#q.sources > 1 and "sources" or "source", lang) .. L("colon", lang)):gsub(" $", "") .. "\n"
    .. table.concat(out, "\n")
end

-- The feedback after an answer: verdict, answer, what was confused, the fact, disputes, sources.
function M.render_feedback(q, v, lang, paint)
  paint = paint or function(_, s) return s end
  local out = {}
  if v.correct then
    out[1] = paint("right", L(v.hinted and "right_hint" or "right", lang))
  else
    out[1] = paint("wrong", L(v.given:match("^%s*$") and "blank" or "wrong", lang, q.answer))
  end
  if #q.answers > 1 then
    local also = {}
    for k = 2, #q.answers do also[#also + 1] = q.answers[k].text end
    out[#out + 1] = L("also", lang, table.concat(also, lang == "en" and ", " or "、"))
  end
  if v.too_long then out[#out + 1] = L("too_long", lang, match.MAX_INPUT) end
  if not v.correct and v.confused and v.confused.why then
    out[#out + 1] = L("confused", lang, v.confused.text, v.confused.why)
  end
  if q.explain then out[#out + 1] = q.explain end
  if q.note then out[#out + 1] = q.note end
  out[#out + 1] = q.leech and M.all_sources(q, lang) or source_line(q, lang, true)
  return table.concat(out, "\n")
end

-- ---------------------------------------------------------------------------------------------
-- Asking

-- The end-of-session review: every question missed, with its right answer, its first source
-- and when it comes back (the due time the history gave it). `missed` is an array of
-- {n=, q=, due=|nil} in the order asked. Returns the text (no trailing newline).
function M.render_review(missed, lang)
  if #missed == 0 then return L("review_none", lang) end
  local out = { L("review_head", lang, #missed) }
  for _, m in ipairs(missed) do
    out[#out + 1] = string.format("%d. %s", m.n, m.q.prompt)
    local parts = { L("review_answer", lang, m.q.answer) }
    if #m.q.sources > 0 then
      parts[#parts + 1] = L(#m.q.sources > 1 and "sources" or "source", lang) .. L("colon", lang)
        .. table.concat(m.q.sources, ", ")
    end
    if m.due then parts[#parts + 1] = L("review_due", lang, os.date("%Y-%m-%d %H:%M", m.due)) end
    out[#out + 1] = "   " .. table.concat(parts, L("review_sep", lang))
  end
  return table.concat(out, "\n")
end

-- Ask `questions`. io: {read=fn() -> line | nil[, "interrupted"], write=fn(s), tty=bool,
-- paint=fn|nil}. history (or nil) gets every answer as it is given. The session ends at the
-- last question, at the end of input (Ctrl-D) or on Ctrl-C (read returns nil, "interrupted");
-- each way it ends with the score and the review of what was missed (the score last when
-- stdin is not a terminal).
-- Returns score, asked, interrupted (true after Ctrl-C).
function M.ask(questions, io_, history, opts)
  local lang, score, asked, missed, interrupted = opts.lang, 0, 0, {}, false
  if io_.tty then
    local choice, hint = false, false
    for _, q in ipairs(questions) do
      choice = choice or q.mode == "choice"
      hint = hint or M.has_hint(q)
    end
    io_.write(L("header", lang, #questions, (choice and L("or_letter", lang) or "") .. (hint and L("hint_key", lang) or ""))
      .. "\n\n")
  end
  -- One answer line: nil[, "interrupted"] at the end; a transcript echoes what was answered
  -- (a terminal already shows what was typed).
  local function answer()
    if io_.tty then io_.write("> ") end
    local line, why = io_.read()
    if line == nil then return nil, why end
    line = line:gsub("\r$", "")
    if not io_.tty then io_.write(L("answered", lang) .. clip(line, match.MAX_INPUT) .. "\n") end
    return line
  end
  local leeches = require "cica.quiz.leeches"
  for i, q in ipairs(questions) do
    io_.write(M.render_question(q, i, #questions) .. "\n")
    if q.leech then io_.write(leeches.F("is_leech", lang, q.leech) .. "\n") end
    if q.contrast then io_.write(leeches.F("contrast_ask", lang) .. "\n") end
    local line, why = answer()
    local hinted = false
    if line and M.has_hint(q) and HINT[line:match("^%s*(.-)%s*$")] then
      -- The hint: the choices, lettered; a letter or a typed answer then answers.
      hinted = true
      io_.write(M.render_choices(q) .. "\n")
      line, why = answer()
    end
    if line == nil then
      interrupted = why == "interrupted"
      if io_.tty or interrupted then io_.write("\n") end
      break
    end
    local v = M.judge(hinted and setmetatable({ mode = "choice" }, { __index = q }) or q, line, opts.fold)
    v.hinted = hinted
    asked = asked + 1
    if v.correct then score = score + 1 end
    local card
    if history then
      card = history:record {
        card = q.id, topic = q.topic, grade = v.correct and (hinted and M.HINTED or M.RIGHT) or M.WRONG, correct = v.correct,
        given = v.given, expected = q.answer, mode = q.mode, time = opts.now(),
        session_info = opts.session_info,
      }
    end
    if not v.correct then missed[#missed + 1] = { n = i, q = q, due = card and card.due } end
    local feedback = M.render_feedback(q, v, lang, io_.paint)
    -- The same wrong answer again (opts.scan: what the history holds, see cica.quiz.leeches).
    if q.contrast then
      feedback = feedback .. "\n" .. leeches.F("contrast", lang, q.answer, q.contrast.with.prompt)
    end
    if not v.correct and opts.scan and not v.given:match("^%s*$") then
      local times = leeches.times_given(opts.scan, q.id, v.given) + 1
      if times >= leeches.CONFUSION then
        feedback = feedback .. "\n" .. leeches.F("again", lang, v.given, times)
      end
      leeches.count_given(opts.scan, q, v.given)
    end
    io_.write(feedback .. "\n\n")
  end
  -- On a terminal the review follows the score, which is in the display language. A transcript
  -- (stdin not a terminal) ends with "score: X/Y" in every language, a stable line scripts read
  -- with tail -1 (docs/quiz.md): there the review comes just before it.
  local review = asked > 0 and (M.render_review(missed, lang) .. "\n") or nil
  if io_.tty then
    io_.write(L("score", lang, score, asked) .. "\n")
    if review then io_.write("\n" .. review) end
  else
    if review then io_.write(review .. "\n") end
    io_.write(string.format("score: %d/%d\n", score, asked))
  end
  return score, asked, interrupted
end

-- Why nothing was selected, for the user.
function M.nothing_message(opts, cards, lang)
  local key = "none"
  if opts.due and opts.wrong then key = "none_due_wrong"
  elseif opts.due then key = "none_due"
  elseif opts.wrong then key = "none_wrong" end
  local text = L("nothing", lang, L(key, lang))
  if opts.due and cards then
    local next_due
    for _, c in pairs(cards) do
      if not next_due or c.due < next_due then next_due = c.due end
    end
    if next_due then text = text .. L("next_due", lang, os.date("%Y-%m-%d %H:%M", next_due)) end
  end
  return text
end

-- The questions as data, for --print --format json.
function M.export(q)
  return {
    id = q.id, topic = q.topic, mode = q.mode, prompt = q.prompt, choices = q.choices,
    answer = q.answer, accepted = q.accepted, sources = q.sources, explain = q.explain, note = q.note,
  }
end

-- The questions as text, for --print.
function M.render_print(questions, lang)
  local out = {}
  for i, q in ipairs(questions) do
    out[#out + 1] = string.format("%d. %s (%s)", i, q.id, q.mode)
    out[#out + 1] = "   " .. q.prompt
    if q.mode == "choice" then
      local c = {}
      for k, o in ipairs(q.choice_options) do c[k] = LETTERS:sub(k, k) .. ") " .. o.text end
      out[#out + 1] = "   " .. table.concat(c, "  ")
    end
    out[#out + 1] = "   = " .. q.answer
    if #q.answers > 1 then
      local also = {}
      for k = 2, #q.answers do also[#also + 1] = q.answers[k].text end
      out[#out + 1] = "   " .. L("also", lang, table.concat(also, ", "))
    end
    if q.note then out[#out + 1] = "   " .. q.note end
    if #q.sources > 0 then out[#out + 1] = "   " .. source_line(q, lang) end
  end
  return table.concat(out, "\n")
end

return M
