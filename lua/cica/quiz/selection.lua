-- Choosing what to ask: which questions a session or a sheet takes, in which order (due and new
-- first, topics taking turns, one question per fact, a cap on one shape), and the check that no
-- feedback gives a later question's answer away (docs/quiz.md, "Which questions, in which order").
local quiz_text = require "cica.quiz.text"
local rng = require "cica.quiz.rng"
local fsrs = require "cica.fsrs"

local M = {}

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
    if quiz_text.STATUS[o.ref] then return false end
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
      keep = (opts.due and c and c.due <= now) or (opts.wrong and c and c.last_grade == fsrs.AGAIN) or false
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

return M
