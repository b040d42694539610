-- The quiz's texts: a question as asked (lettered choices), the feedback after an answer, the
-- end-of-session review, why nothing was selected, and a plain --print listing and its JSON.
-- Messages in lua/cica/messages/quiz_session.lua.
local api = require "cica.quiz.text" -- (localize, format, name_in: the generator API's own)
local data = require "cica.quiz.data"
local match = require "cica.quiz.match"

local M = {}

-- ---------------------------------------------------------------------------------------------
-- Text

local MSG = require("cica.lang").area("quiz_session") -- its messages (lua/cica/messages/quiz_session.lua)
M.MSG = MSG

local function L(key, lang, ...)
  return api.format(api.localize(MSG[key], lang), ...)
end
M.L = L -- a message of the area in `lang`, formatted (cica.quiz.session asks with it)

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
M.HINT = HINT

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
  local sources, first = data.sources(), q.sources[1]
  local s = sources[first]
  local text = (s and full) and string.format(lang == "en" and "%s (%s)" or "%s（%s）", first, api.name_in(s.title, lang)) or first
  if #q.sources > 1 then
    text = text .. (full and L("also_sources", lang) or ", ") .. table.concat(q.sources, ", ", 2)
  end
  return L(#q.sources > 1 and "sources" or "source", lang) .. L("colon", lang) .. text
end

-- Every source of q, one a line with its title and address (shown after a leech's answer).
function M.all_sources(q, lang)
  if #q.sources == 0 then return nil end
  local sources, out = data.sources(), {}
  for _, id in ipairs(q.sources) do
    local src = sources[id]
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
