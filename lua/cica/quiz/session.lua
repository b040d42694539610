-- A quiz session: generate every question, judge the answers, ask the questions chosen,
-- recording each answer in the history as it is given. Choosing what to ask is
-- cica.quiz.selection's, the texts shown cica.quiz.render's; both are re-exported here (the
-- terminal quiz, `cica serve` and the tests call them as session.select, session.render_…).
local text = require "cica.quiz.text"
local choices = require "cica.quiz.choices"
local data = require "cica.quiz.data"
local match = require "cica.quiz.match"
local rng = require "cica.quiz.rng"
local fsrs = require "cica.fsrs"
local question = require "cica.quiz.question"
local render = require "cica.quiz.render"
local selection = require "cica.quiz.selection"

local M = {}

M.select, M.reveals, M.mentions = selection.select, selection.reveals, selection.mentions
M.SHAPE_SHARE = selection.SHAPE_SHARE
M.MSG, M.render_choices, M.has_hint, M.render_question = render.MSG, render.render_choices, render.has_hint, render.render_question
M.all_sources, M.render_feedback, M.render_review = render.all_sources, render.render_feedback, render.render_review
M.nothing_message, M.export, M.render_print = render.nothing_message, render.export, render.render_print

local L, HINT = render.L, render.HINT

M.RIGHT, M.WRONG = fsrs.GOOD, fsrs.AGAIN
-- A right answer given after the typed-mode hint ("?" shows the choices) counts as Hard.
M.HINTED = fsrs.HARD

-- ---------------------------------------------------------------------------------------------
-- Questions

-- The traditional → simplified map the matcher needs for what users type, built on its first
-- lookup: a study sheet, an export or a count of questions judges nothing and never builds it.
-- `d`: the dataset (cica.quiz.data), or nil to load it then.
-- `d`: the dataset (cica.quiz.data), or nil for the built-in dataset's map from the build's
-- image (cica.quiz.frozen.fold) when there is one, else the dataset loaded then.
function M.lazy_fold(d)
  local map
  return setmetatable({}, { __index = function(_, c)
    map = map or (d == nil and require("cica.quiz.frozen").fold()) or match.build_fold(data.script_pairs(d or data.get()))
    return map[c]
  end })
end

-- Every question of the wanted topics (all when `topics` is nil), checked, ids unique.
-- Returns the questions and the character fold map the matcher needs (see M.lazy_fold).
-- A bundled topic's questions come from the build's image when there is one (cica.quiz.frozen:
-- the built-in dataset); the others are made by their generators, over the dataset loaded then.
-- opts.live: every topic made by its generator (the build and the tests compare the two).
function M.generate(gens, opts)
  local d, frozen -- loaded when first needed
  local fold = M.lazy_fold()
  local master = rng.new(opts.seed)
  local all, where = {}, {}
  for _, gen in ipairs(gens) do
    if not opts.topics or opts.topics[gen.topic] then
      local title = text.localize(gen.title, opts.lang) -- the tag shown before the prompt
      local topic_rng = master:derive("topic:" .. gen.topic)
      if not gen.user and frozen == nil then
        frozen = not opts.live and require("cica.quiz.frozen").load(opts.lang) or false
      end
      local list = not gen.user and frozen and frozen[gen.topic]
      if list then
        -- what api.context gives the questions: the choices' random stream and the language
        local g = { lang = opts.lang, choice_rng = topic_rng:derive("choices") }
        for _, raw in ipairs(list) do
          local q = question.thaw(raw, g, title)
          where[q.id] = gen.where
          all[#all + 1] = q
        end
      else
        d = d or data.get()
        local api = require "cica.quiz.api" -- (the generator API: loaded only when a topic runs live)
        local g = api.context(gen.topic, topic_rng, opts.lang, d)
        local ok, list = pcall(gen.generate, g)
        if not ok then error(string.format("%s: %s", gen.where, tostring(list)), 0) end
        if type(list) ~= "table" then
          error(string.format("%s: generate(g) must return an array of questions, got %s", gen.where, type(list)), 0)
        end
        for _, spec in ipairs(list) do
          local q = api.finish(spec, g)
          if q then
            q.topic_title = title
            if where[q.id] then
              error(string.format("%s: question id '%s' is also used by %s", gen.where, q.id, where[q.id]), 0)
            end
            where[q.id] = gen.where
            all[#all + 1] = q
          end
        end
      end
    end
  end
  return all, fold
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
  v.confused = choices.confusion(q, line, fold)
  return v
end

-- ---------------------------------------------------------------------------------------------
-- Asking

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

return M
