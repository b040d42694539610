-- Leeches and confusions, read from the quiz history.
--
-- A lapse is a wrong answer to a question whose previous answer was right (it was known, then
-- forgotten), as Anki counts lapses of review cards: wrong answers while still learning it do not
-- count. A question with M.THRESHOLD lapses or more (8, Anki's default) is a leech: repeating it
-- unchanged has stopped helping, so the quiz asks it typed, says it is a leech, and shows its
-- sources in full after the answer (`--no-leeches` leaves leeches out).
--
-- A confusion is the same wrong answer given again for one question (Iran's year for Iraq's):
-- the feedback says how often it was given, and `cica quiz leeches` lists the pairs.
local api = require "cica.quiz.text" -- (localize, format: the generator API's own)
local width = require "cica.width"

local M = {}

M.THRESHOLD = 8
M.CONFUSION = 2 -- the same wrong answer this many times is a confusion

-- Answers compared as a learner means them: case, width and spacing aside.
local function norm(s)
  s = tostring(s or ""):lower():gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  return s
end
M.norm = norm

-- Per question, from history `h`: {id, topic, answers, wrong, lapses, last, given = {[norm] =
-- {text=, count=}}} keyed by question id. Reviews are read oldest first.
function M.scan(h)
  local out = {}
  if not h then return out end
  for _, r in ipairs(h.db:query("SELECT card, topic, time, correct, given FROM reviews ORDER BY time, id")) do
    local c = out[r.card]
    if not c then
      c = { id = r.card, topic = r.topic, answers = 0, wrong = 0, lapses = 0, given = {} }
      out[r.card] = c
    end
    c.answers = c.answers + 1
    if r.correct == 1 then
      c.known = true
    else
      c.wrong = c.wrong + 1
      if c.known then c.lapses = c.lapses + 1 end
      c.known = false
      local g = r.given and norm(r.given) or ""
      if g ~= "" then
        local e = c.given[g] or { text = (r.given:gsub("^%s+", ""):gsub("%s+$", "")), count = 0 }
        e.count = e.count + 1
        c.given[g] = e
      end
    end
    c.last = r.time
  end
  return out
end

-- The leeches of a scan, most lapses first (then by id): an array of its entries.
function M.leeches(scan, threshold)
  threshold = threshold or M.THRESHOLD
  local list = {}
  for _, c in pairs(scan) do
    if c.lapses >= threshold then list[#list + 1] = c end
  end
  table.sort(list, function(a, b)
    if a.lapses ~= b.lapses then return a.lapses > b.lapses end
    return a.id < b.id
  end)
  return list
end

-- The confusions of a scan: {id=, topic=, given=, count=} for every wrong answer given
-- M.CONFUSION times or more to one question, most frequent first.
function M.confusions(scan)
  local list = {}
  for _, c in pairs(scan) do
    for _, e in pairs(c.given) do
      if e.count >= M.CONFUSION then
        list[#list + 1] = { id = c.id, topic = c.topic, given = e.text, count = e.count }
      end
    end
  end
  table.sort(list, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    if a.id ~= b.id then return a.id < b.id end
    return a.given < b.given
  end)
  return list
end

-- How often `given` was already answered wrongly to question `id` (before this answer).
function M.times_given(scan, id, given)
  local c = scan[id]
  local e = c and c.given[norm(given)]
  return e and e.count or 0
end

-- Counts one more wrong answer `given` to question q in the scan (during a session).
function M.count_given(scan, q, given)
  local c = scan[q.id]
  if not c then
    c = { id = q.id, topic = q.topic, answers = 0, wrong = 0, lapses = 0, given = {} }
    scan[q.id] = c
  end
  local g = norm(given)
  local e = c.given[g] or { text = (given:gsub("^%s+", ""):gsub("%s+$", "")), count = 0 }
  e.count = e.count + 1
  c.given[g] = e
end

-- Contrast questions: for each chosen question with a confusion (a wrong answer given
-- M.CONFUSION times or more) that is the answer of another question of the same topic (Almaty,
-- given for the 4th summit, is where the 1st was held), that other question is asked right
-- after it, marked as a contrast, so the two are told apart. Returns the new list; a question
-- is asked once at most. match/fold: cica.quiz.match and the session's fold map.
function M.with_contrasts(chosen, all, scan, match, fold)
  local asked = {}
  for _, q in ipairs(chosen) do asked[q.id] = true end
  local out = {}
  for _, q in ipairs(chosen) do
    out[#out + 1] = q
    local c = scan[q.id]
    if c then
      local wrong = {}
      for _, e in pairs(c.given) do
        if e.count >= M.CONFUSION then wrong[#wrong + 1] = e.text end
      end
      table.sort(wrong)
      for _, given in ipairs(wrong) do
        for _, other in ipairs(all) do
          if other.topic == q.topic and not asked[other.id] then
            local hit = false
            for _, a in ipairs(other.answers) do
              if match.option(given, a, fold) then hit = true; break end
            end
            if hit then
              other.contrast = { with = q, given = given }
              asked[other.id] = true
              out[#out + 1] = other
              break
            end
          end
        end
      end
    end
  end
  return out
end

local T = require("cica.lang").area("quiz_leeches") -- its messages (lua/cica/messages/quiz_leeches.lua)
M.T = T

local function tr(key, lang) return api.localize(T[key], lang) end
local function F(key, lang, ...) return api.format(tr(key, lang), ...) end
M.F = F

-- Aligned columns (display width), two spaces apart, indented by two.
local function columns(rows, aligns)
  local w = {}
  for _, row in ipairs(rows) do
    for i, cell in ipairs(row) do w[i] = math.max(w[i] or 0, width.width(cell)) end
  end
  local out = {}
  for r, row in ipairs(rows) do
    local cells = {}
    for i, cell in ipairs(row) do
      cells[i] = i == #row and aligns[i] ~= "right" and cell or width.pad(cell, w[i], aligns[i])
    end
    out[r] = "  " .. table.concat(cells, "  ")
  end
  return out
end

-- The leeches and confusions as text. questions: id → question (prompt, answer), for showing
-- them; a question no longer generated is shown by its id.
function M.render(leeches, confusions, questions, lang, threshold)
  threshold = threshold or M.THRESHOLD
  local out = {}
  if #leeches == 0 then
    out[1] = F("none", lang, threshold)
  else
    out[1] = F("title", lang, threshold)
    local rows = { { tr("lapses", lang), tr("wrong", lang), tr("answers", lang), tr("question", lang) } }
    for _, c in ipairs(leeches) do
      local q = questions[c.id]
      rows[#rows + 1] = { tostring(c.lapses), tostring(c.wrong), tostring(c.answers),
        q and (q.prompt .. " = " .. q.answer) or (c.id .. " " .. tr("gone", lang)) }
    end
    for _, l in ipairs(columns(rows, { "right", "right", "right", "left" })) do out[#out + 1] = l end
    out[#out + 1] = tr("hint", lang)
  end
  out[#out + 1] = ""
  if #confusions == 0 then
    out[#out + 1] = tr("no_confusions", lang)
  else
    out[#out + 1] = tr("confusions", lang)
    local rows = { { tr("times", lang), tr("given", lang), tr("answer", lang), tr("question", lang) } }
    for _, c in ipairs(confusions) do
      local q = questions[c.id]
      rows[#rows + 1] = { tostring(c.count), c.given, q and q.answer or "-",
        q and q.prompt or (c.id .. " " .. tr("gone", lang)) }
    end
    for _, l in ipairs(columns(rows, { "right", "left", "left", "left" })) do out[#out + 1] = l end
  end
  return table.concat(out, "\n")
end

return M
