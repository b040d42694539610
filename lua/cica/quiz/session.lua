-- A quiz session: generate every question, choose the ones to ask, ask them, judge the answers,
-- record each one in the history as it is given.
local api = require "cica.quiz.api"
local data = require "cica.quiz.data"
local match = require "cica.quiz.match"
local rng = require "cica.quiz.rng"
local fsrs = require "cica.fsrs"

local M = {}

M.RIGHT, M.WRONG = fsrs.GOOD, fsrs.AGAIN

-- ---------------------------------------------------------------------------------------------
-- Questions

-- Every question of the wanted topics (all when `topics` is nil), checked, ids unique.
-- Returns the questions and the character fold map the matcher needs.
function M.generate(gens, opts)
  local d = data.get()
  local fold = match.build_fold(data.script_pairs(d))
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
        local q = api.finish(spec, g, fold)
        if q then
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
  table.sort(pool, function(a, b) return a.id < b.id end) -- independent of generator order
  r:shuffle(pool)
  -- Sort key: priority class, then the question's turn within its topic, then shuffled order.
  local turn, seen, key = {}, {}, {}
  for i, q in ipairs(pool) do
    local p = priority(cards[q.id], now)
    local k = p .. ":" .. q.topic
    seen[k] = (seen[k] or 0) + 1
    turn[q] = seen[k]
    key[q] = { p, turn[q], i }
  end
  table.sort(pool, function(a, b)
    local x, y = key[a], key[b]
    if x[1] ~= y[1] then return x[1] < y[1] end
    if x[2] ~= y[2] then return x[2] < y[2] end
    return x[3] < y[3]
  end)
  local chosen, groups = {}, {}
  for _, q in ipairs(pool) do
    if #chosen >= opts.count then break end
    if not groups[q.group] then
      groups[q.group] = true
      chosen[#chosen + 1] = q
    end
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
  for _, o in ipairs(q.others) do
    if match.option(line, o, fold) then v.confused = o; break end
  end
  return v
end

-- ---------------------------------------------------------------------------------------------
-- Text

local MSG = {
  right = { en = "right.", ["zh-Hans"] = "答对了。", ["zh-Hant"] = "答對了。" },
  wrong = { en = "wrong — the answer is %s.", ["zh-Hans"] = "答错了，正确答案是：%s。",
    ["zh-Hant"] = "答錯了，正確答案是：%s。" },
  blank = { en = "no answer — the answer is %s.", ["zh-Hans"] = "没有作答，正确答案是：%s。",
    ["zh-Hant"] = "沒有作答，正確答案是：%s。" },
  also = { en = "Also accepted: %s.", ["zh-Hans"] = "以下答案也算对：%s。", ["zh-Hant"] = "以下答案也算對：%s。" },
  confused = { en = "You answered %s. %s", ["zh-Hans"] = "你的答案是%s。%s", ["zh-Hant"] = "你的答案是%s。%s" },
  source = { en = "source", ["zh-Hans"] = "来源", ["zh-Hant"] = "來源" },
  sources = { en = "sources", ["zh-Hans"] = "来源", ["zh-Hant"] = "來源" },
  answered = { en = "answer: ", ["zh-Hans"] = "回答：", ["zh-Hant"] = "回答：" },
  colon = { en = ": ", ["zh-Hans"] = "：", ["zh-Hant"] = "：" },
  also_sources = { en = "; also ", ["zh-Hans"] = "；另见 ", ["zh-Hant"] = "；另見 " },
  header = { en = "cica quiz: %d questions. Type the answer%s; Ctrl-D stops.",
    ["zh-Hans"] = "亚信测验：共%d题。请输入答案%s；Ctrl-D 结束。",
    ["zh-Hant"] = "亞信測驗：共%d題。請輸入答案%s；Ctrl-D 結束。" },
  or_letter = { en = " or a letter", ["zh-Hans"] = "或选项字母", ["zh-Hant"] = "或選項字母" },
  nothing = { en = "Nothing to ask: %s", ["zh-Hans"] = "没有可问的题目：%s", ["zh-Hant"] = "沒有可問的題目：%s" },
  none_due = { en = "no question is due for review.", ["zh-Hans"] = "没有到期需要复习的题目。",
    ["zh-Hant"] = "沒有到期需要複習的題目。" },
  none_wrong = { en = "no question was last answered wrongly.", ["zh-Hans"] = "没有上次答错的题目。",
    ["zh-Hant"] = "沒有上次答錯的題目。" },
  none_due_wrong = { en = "nothing is due and nothing was last answered wrongly.",
    ["zh-Hans"] = "没有到期的题目，也没有上次答错的题目。", ["zh-Hant"] = "沒有到期的題目，也沒有上次答錯的題目。" },
  none = { en = "no question matches these options.", ["zh-Hans"] = "没有符合这些选项的题目。",
    ["zh-Hant"] = "沒有符合這些選項的題目。" },
  too_long = { en = "(Your answer is longer than %d bytes and was not read: it counts as wrong.)",
    ["zh-Hans"] = "（你的答案超过 %d 字节，未予判读，按答错计。）",
    ["zh-Hant"] = "（你的答案超過 %d 位元組，未予判讀，按答錯計。）" },
  next_due = { en = " Next review: %s.", ["zh-Hans"] = "下次复习：%s。", ["zh-Hant"] = "下次複習：%s。" },
}
M.MSG = MSG

local function L(key, lang, ...)
  return api.format(api.localize(MSG[key], lang), ...)
end

local LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

-- The question as shown: "[2/5] summits · Where was …?" and, for choice mode, lettered lines.
function M.render_question(q, i, n)
  local out = { string.format("[%d/%d] %s · %s", i, n, q.topic, q.prompt) }
  if q.mode == "choice" then
    for k, o in ipairs(q.choice_options) do
      out[#out + 1] = string.format("  %s) %s", LETTERS:sub(k, k), o.text)
    end
  end
  return table.concat(out, "\n")
end

-- "source: A3 (title); also seed004, R1": the first source in full, the others by id
-- (cica report sources, or cica.sources, has them all).
local function source_line(q, lang, full)
  if #q.sources == 0 then return nil end
  local d, first = data.get(), q.sources[1]
  local s = d.sources[first]
  local text = (s and full) and string.format("%s (%s)", first, s.title) or first
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
    out[#out + 1] = "  " .. id .. (src and (" " .. src.title .. (src.url and (" <" .. src.url .. ">") or "")) or "")
  end
  return (L(#q.sources > 1 and "sources" or "source", lang) .. L("colon", lang)):gsub(" $", "") .. "\n"
    .. table.concat(out, "\n")
end

-- The feedback after an answer: verdict, answer, what was confused, the fact, disputes, sources.
function M.render_feedback(q, v, lang, paint)
  paint = paint or function(_, s) return s end
  local out = {}
  if v.correct then
    out[1] = paint("right", L("right", lang))
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

-- Ask `questions`. io: {read=fn() -> line|nil, write=fn(s), tty=bool, paint=fn|nil}.
-- history (or nil) gets every answer as it is given. Returns score, asked.
function M.ask(questions, io_, history, opts)
  local lang, score, asked = opts.lang, 0, 0
  if io_.tty then
    local choice = false
    for _, q in ipairs(questions) do choice = choice or q.mode == "choice" end
    io_.write(L("header", lang, #questions, choice and L("or_letter", lang) or "") .. "\n\n")
  end
  local leeches = require "cica.quiz.leeches"
  for i, q in ipairs(questions) do
    io_.write(M.render_question(q, i, #questions) .. "\n")
    if q.leech then io_.write(leeches.F("is_leech", lang, q.leech) .. "\n") end
    if q.contrast then io_.write(leeches.F("contrast_ask", lang) .. "\n") end
    if io_.tty then io_.write("> ") end
    local line = io_.read()
    if line == nil then
      if io_.tty then io_.write("\n") end
      break
    end
    line = line:gsub("\r$", "")
    -- A transcript shows what was answered (a terminal already shows what was typed).
    if not io_.tty then io_.write(L("answered", lang) .. clip(line, match.MAX_INPUT) .. "\n") end
    local v = M.judge(q, line, opts.fold)
    asked = asked + 1
    if v.correct then score = score + 1 end
    if history then
      history:record {
        card = q.id, topic = q.topic, grade = v.correct and M.RIGHT or M.WRONG, correct = v.correct,
        given = v.given, expected = q.answer, mode = q.mode, time = opts.now(),
        session_info = opts.session_info,
      }
    end
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
  io_.write(string.format("score: %d/%d\n", score, asked))
  return score, asked
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
