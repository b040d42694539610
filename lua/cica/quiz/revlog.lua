-- The review log in the CSV format the FSRS optimizer tools read (open-spaced-repetition's
-- fsrs-optimizer): card_id, review_time (milliseconds since the epoch, UTC), review_rating (1-4),
-- review_state (0 new, 1 learning, 2 review, 3 relearning), review_duration (milliseconds; cica
-- does not time answers, so it is empty). card_id numbers the questions in order of first review;
-- question_id keeps cica's own id (the tools ignore extra columns). The time zone the learner
-- studies in is not part of the file: the tools ask for it, so it is reported beside.
local M = {}

M.HEADER = "card_id,review_time,review_rating,review_state,review_duration,question_id"
M.NEW, M.LEARNING, M.REVIEW, M.RELEARNING = 0, 1, 2, 3

-- A CSV field: quoted when it holds a comma, quote or line break.
local function field(s)
  s = tostring(s)
  if s:find('[,"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

-- The rows of history `h` (nil: none): {card_id, review_time, review_rating, review_state,
-- question_id}, oldest first. The state is the card's before the answer: new at its first
-- review, relearning after a wrong answer, review otherwise.
function M.rows(h)
  local out, ids, next_id, last = {}, {}, 0, {}
  if not h then return out end
  for _, r in ipairs(h.db:query("SELECT card, time, grade FROM reviews ORDER BY time, id")) do
    local id = ids[r.card]
    if not id then next_id = next_id + 1; id = next_id; ids[r.card] = id end
    local state = M.REVIEW
    if last[r.card] == nil then state = M.NEW elseif last[r.card] == 1 then state = M.RELEARNING end
    last[r.card] = r.grade
    out[#out + 1] = { card_id = id, review_time = r.time * 1000, review_rating = r.grade, review_state = state,
      question_id = r.card }
  end
  return out
end

-- The rows as CSV text (header first, CRLF-free, one row a line).
function M.csv(rows)
  local out = { M.HEADER }
  for _, r in ipairs(rows) do
    out[#out + 1] = string.format("%d,%d,%d,%d,,%s", r.card_id, r.review_time, r.review_rating, r.review_state,
      field(r.question_id))
  end
  return table.concat(out, "\n") .. "\n"
end

-- The local time zone as the tools want it: the UTC offset "+08:00" of time t, and the TZ name
-- when the environment sets one.
function M.timezone(t)
  local z = os.date("%z", t or os.time())
  local offset = z:match("^[+-]%d%d%d%d$") and (z:sub(1, 3) .. ":" .. z:sub(4, 5)) or z
  local name = os.getenv("TZ")
  return offset, (name and name ~= "") and name or nil
end

return M
