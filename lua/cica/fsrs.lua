-- FSRS-6 spaced-repetition scheduler (Free Spaced Repetition Scheduler, Ye et al., KDD 2022).
-- Pure functions over a card state {stability, difficulty, last_review}; no I/O, no clock.
-- The formulas follow shared/research/fsrs.md; the spec checks them against hand computations.
local M = {}

-- The 21 default parameters w0 … w20 (w[1] here is w0: Lua arrays start at 1).
M.DEFAULT = {
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
  1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
}

M.AGAIN, M.HARD, M.GOOD, M.EASY = 1, 2, 3, 4
M.MIN_STABILITY = 0.01
M.MAX_INTERVAL = 36500 -- a hundred years: intervals past that mean "never again"
M.DAY = 86400

local exp = math.exp

-- w(i) reads parameter w_i with the paper's 0-based numbering.
local function param(w, i) return w[i + 1] end

local function clamp(x, lo, hi)
  if x < lo then return lo elseif x > hi then return hi end
  return x
end

local function check_grade(g)
  if g ~= 1 and g ~= 2 and g ~= 3 and g ~= 4 then
    error("fsrs: grade must be 1, 2, 3 or 4 (got " .. tostring(g) .. ")", 3)
  end
end

-- DECAY = -w20; FACTOR makes R = 0.9 exactly when t = S.
function M.decay(w) return -param(w or M.DEFAULT, 20) end

function M.factor(w)
  local d = M.decay(w)
  return 0.9 ^ (1 / d) - 1
end

-- R(t, S) = (1 + FACTOR * t / S) ^ DECAY: the probability of recall t days after a review.
function M.retrievability(t, s, w)
  w = w or M.DEFAULT
  if t <= 0 then return 1 end
  return (1 + M.factor(w) * t / s) ^ M.decay(w)
end

-- I(r, S) = S / FACTOR * (r^(1/DECAY) - 1), rounded to whole days, at least one day.
function M.interval(s, retention, w)
  w = w or M.DEFAULT
  retention = retention or 0.9
  local days = s / M.factor(w) * (retention ^ (1 / M.decay(w)) - 1)
  return clamp(math.floor(days + 0.5), 1, M.MAX_INTERVAL)
end

function M.initial_stability(g, w)
  check_grade(g)
  return math.max(param(w or M.DEFAULT, g - 1), M.MIN_STABILITY)
end

-- D0(G) = w4 - e^(w5 (G-1)) + 1, unclamped (mean reversion needs the raw D0(4)).
local function raw_d0(g, w)
  return param(w, 4) - exp(param(w, 5) * (g - 1)) + 1
end

function M.initial_difficulty(g, w)
  check_grade(g)
  return clamp(raw_d0(g, w or M.DEFAULT), 1, 10)
end

-- Linear damping moves D less the closer it is to 10; mean reversion pulls it towards D0(4).
function M.next_difficulty(d, g, w)
  w = w or M.DEFAULT
  check_grade(g)
  local delta = -param(w, 6) * (g - 3)
  local damped = d + delta * (10 - d) / 9
  local reverted = param(w, 7) * raw_d0(4, w) + (1 - param(w, 7)) * damped
  return clamp(reverted, 1, 10)
end

function M.recall_stability(d, s, r, g, w)
  w = w or M.DEFAULT
  local hard = g == 2 and param(w, 15) or 1
  local easy = g == 4 and param(w, 16) or 1
  local growth = exp(param(w, 8)) * (11 - d) * s ^ -param(w, 9)
    * (exp(param(w, 10) * (1 - r)) - 1) * hard * easy
  return s * (1 + growth)
end

function M.forget_stability(d, s, r, w)
  w = w or M.DEFAULT
  local long = param(w, 11) * d ^ -param(w, 12) * ((s + 1) ^ param(w, 13) - 1)
    * exp(param(w, 14) * (1 - r))
  -- A lapse never leaves the card more stable than a same-day "again" would.
  local short = s / exp(param(w, 17) * param(w, 18))
  return math.min(long, short)
end

function M.short_term_stability(s, g, w)
  w = w or M.DEFAULT
  local f = exp(param(w, 17) * (g - 3 + param(w, 18))) * s ^ -param(w, 19)
  if g >= 2 then f = math.max(f, 1) end -- a right answer the same day never lowers S
  return s * f
end

-- Review a card. `card` is nil for a new card, else {stability=, difficulty=, last_review=}
-- with last_review in seconds; `now` is in seconds. Returns the new card state with
-- `due` (seconds), `interval` (days), `elapsed` (days) and `retrievability` (before the review).
function M.review(card, g, now, opts)
  opts = opts or {}
  local w = opts.w or M.DEFAULT
  check_grade(g)
  local s, d, elapsed, r
  if not card or not card.stability then
    s, d, elapsed = M.initial_stability(g, w), M.initial_difficulty(g, w), 0
  else
    elapsed = math.max(0, (now - card.last_review) / M.DAY)
    if elapsed < 1 then
      s = M.short_term_stability(card.stability, g, w)
    else
      r = M.retrievability(elapsed, card.stability, w)
      if g == 1 then
        s = M.forget_stability(card.difficulty, card.stability, r, w)
      else
        s = M.recall_stability(card.difficulty, card.stability, r, g, w)
      end
    end
    -- Stability uses the difficulty before this review, as in the reference scheduler.
    d = M.next_difficulty(card.difficulty, g, w)
  end
  s = math.max(s, M.MIN_STABILITY)
  local days = M.interval(s, opts.retention, w)
  return {
    stability = s, difficulty = d, last_review = now,
    due = now + days * M.DAY, interval = days, elapsed = elapsed, retrievability = r,
  }
end

return M
