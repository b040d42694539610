-- Fitting the 21 FSRS-6 parameters to a learner's own history, by the method of the reference
-- optimizer (open-spaced-repetition/fsrs-rs, src/training.rs), written anew in Lua:
--
--   * Review sequences: every answer about a question answered at least a day before (a
--     "long-term" review) is one item, predicted from the answers before it. A question's first
--     answer and same-day repeats are not items (they still change the card's state).
--   * Fewer than M.MIN_ITEMS (8) items: the default parameters stay. Fewer than M.MIN_TRAIN (64):
--     only the four initial stabilities are fitted (the pre-training step below).
--   * Pre-training: for each first grade, the answers at the first long-term review are grouped
--     by the days elapsed; the recall of each group (Laplace-smoothed with the average recall)
--     is fitted with the forgetting curve by ternary search over S0 in [0.001, 100], with the
--     reference's L1 pull towards the default (|S0 - default| / 16).
--   * Training: minimise the log loss (binary cross-entropy) of the predicted recall over all
--     items, plus the reference's L2 pull towards the starting parameters (scaled by each
--     parameter's spread, PARAMS_STDDEV, gamma 1), with Adam (β 0.9/0.999, lr 0.04, cosine
--     annealing to 0), 5 epochs of batches of about 512 predictions in a seeded shuffled order,
--     the parameters clamped to the reference's bounds after every step.
--
-- Differences from the reference, on purpose: the model replayed is cica's own scheduler
-- (cica.fsrs, fractional days elapsed, as the quiz schedules), not a day-rounded copy; the
-- gradient is taken by finite differences (no autodiff in Lua); no outlier filter, no recency
-- weighting; ratings missing from the pre-training keep the default S0 scaled like the others,
-- and the four S0 are made non-decreasing by grade.
local fsrs = require "cica.fsrs"
local rng = require "cica.quiz.rng"

local M = {}

M.MIN_ITEMS, M.MIN_TRAIN = 8, 64
M.EPOCHS, M.BATCH, M.LR, M.GAMMA = 5, 512, 0.04, 1.0
M.S_MIN, M.S_MAX, M.INIT_S_MAX = 0.001, 36500, 100

-- Bounds of w0 … w20 (fsrs-rs parameter_clipper.rs, one relearning step, short-term enabled).
M.BOUNDS = {
  { 0.001, 100 }, { 0.001, 100 }, { 0.001, 100 }, { 0.001, 100 },
  { 1, 10 }, { 0.001, 4 }, { 0.001, 4 }, { 0.001, 0.75 }, { 0, 4.5 }, { 0, 0.8 }, { 0.001, 3.5 },
  { 0.001, 5 }, { 0.001, 0.25 }, { 0.001, 0.9 }, { 0, 4 }, { 0, 1 }, { 1, 6 },
  { 0, 2 }, { 0, 2 }, { 0.01, 0.8 }, { 0.1, 0.8 },
}
-- The spread of each parameter across learners, for the L2 pull (training.rs PARAMS_STDDEV).
M.STDDEV = {
  6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
  1.03, 0.31, 0.32, 0.14, 0.27,
}

local EPS = 1e-7 -- predictions are kept inside (EPS, 1 - EPS) so a log is never infinite

function M.clip(w)
  for i, b in ipairs(M.BOUNDS) do
    if w[i] < b[1] then w[i] = b[1] elseif w[i] > b[2] then w[i] = b[2] end
  end
  return w
end

-- The answers of history `reviews` ({card, time, grade}… oldest first) as one sequence per
-- question: {{time=, grade=}…}, in order of first answer.
function M.sequences(reviews)
  local by, order = {}, {}
  for _, r in ipairs(reviews) do
    local s = by[r.card]
    if not s then s = {}; by[r.card] = s; order[#order + 1] = s end
    s[#s + 1] = { time = r.time, grade = r.grade }
  end
  return order
end

-- Replays one sequence with parameters w; calls out(p, y, elapsed, long_count, lapses) for every
-- item (p: predicted recall, y: 1 if answered right).
local function replay(seq, w, out)
  local card, long, lapses = nil, 0, 0
  for _, a in ipairs(seq) do
    if card then
      local elapsed = (a.time - card.last_review) / fsrs.DAY
      if elapsed >= 1 then
        local p = fsrs.retrievability(elapsed, card.stability, w)
        out(p, a.grade > 1 and 1 or 0, elapsed, long, lapses)
        long = long + 1
        if a.grade == 1 then lapses = lapses + 1 end
      end
    end
    card = fsrs.review(card, a.grade, a.time, { w = w })
    if card.stability > M.S_MAX then card.stability = M.S_MAX end
  end
end

-- How many items (long-term reviews) the sequences hold.
function M.count_items(seqs)
  local n = 0
  for _, seq in ipairs(seqs) do
    local last
    for _, a in ipairs(seq) do
      if last and (a.time - last) / fsrs.DAY >= 1 then n = n + 1 end
      last = a.time
    end
  end
  return n
end

-- The summed log loss and the number of items of `seqs` (an array, or seqs[i] for i in `idx`).
local function loss_sum(seqs, w, idx)
  local sum, n = 0, 0
  local log = math.log
  local function add(p, y)
    if p < EPS then p = EPS elseif p > 1 - EPS then p = 1 - EPS end
    sum = sum - (y == 1 and log(p) or log(1 - p))
    n = n + 1
  end
  if idx then
    for _, i in ipairs(idx) do replay(seqs[i], w, add) end
  else
    for _, seq in ipairs(seqs) do replay(seq, w, add) end
  end
  return sum, n
end

-- Mean log loss (binary cross-entropy) of the predictions of w over all items: the reference's
-- formula -Σ(y ln p + (1 - y) ln(1 - p)) / n. nil when there is no item.
function M.log_loss(seqs, w)
  local sum, n = loss_sum(seqs, w)
  if n == 0 then return nil end
  return sum / n
end

-- Bins of the reference (dataset.rs r_matrix_index): days elapsed, review count and lapses on
-- logarithmic scales.
local function bin(elapsed, long, lapses)
  local dt = math.floor(elapsed)
  local dbin = dt > 0 and math.floor(2.48 * 3.62 ^ math.floor(math.log(dt, 3.62)) * 100 + 0.5) or 0
  local len = long + 2
  local lbin = math.floor(1.99 * 1.89 ^ math.floor(math.log(len, 1.89)) + 0.5)
  local pbin = lapses > 0 and math.floor(1.65 * 1.73 ^ math.floor(math.log(lapses, 1.73)) + 0.5) or 0
  return dbin .. ":" .. lbin .. ":" .. pbin
end

-- RMSE (bins): the items grouped by bin, sqrt(Σ n_b (mean p_b - mean y_b)² / Σ n_b).
function M.rmse_bins(seqs, w)
  local bins = {}
  for _, seq in ipairs(seqs) do
    replay(seq, w, function(p, y, elapsed, long, lapses)
      local k = bin(elapsed, long, lapses)
      local b = bins[k]
      if not b then b = { n = 0, p = 0, y = 0 }; bins[k] = b end
      b.n, b.p, b.y = b.n + 1, b.p + p, b.y + y
    end)
  end
  local num, den = 0, 0
  for _, b in pairs(bins) do
    num = num + b.n * (b.p / b.n - b.y / b.n) ^ 2
    den = den + b.n
  end
  if den == 0 then return nil end
  return math.sqrt(num / den)
end

-- Pre-training of the initial stabilities (fsrs-rs parameter_initialization.rs): returns S0 for
-- grades 1..4.
function M.initial_stabilities(seqs, w)
  local groups, passed, total = {}, 0, 0
  for _, seq in ipairs(seqs) do
    local first = seq[1]
    for k = 2, #seq do
      local elapsed = (seq[k].time - seq[k - 1].time) / fsrs.DAY
      if elapsed >= 1 then
        -- the first long-term review; same-day repeats before it are allowed
        local g = groups[first.grade] or {}
        groups[first.grade] = g
        local dt = math.floor((seq[k].time - first.time) / fsrs.DAY + 0.5)
        local e = g[dt] or { dt = dt, n = 0, right = 0 }
        g[dt] = e
        e.n = e.n + 1
        local y = seq[k].grade > 1 and 1 or 0
        e.right = e.right + y
        passed, total = passed + y, total + 1
        break
      end
    end
  end
  local avg = total > 0 and passed / total or 0.9
  local s0, ratios = {}, {}
  for grade = 1, 4 do
    local default = w[grade]
    local g = groups[grade]
    if g then
      local data = {}
      for _, e in pairs(g) do
        data[#data + 1] = { dt = math.max(e.dt, 1), n = e.n, recall = (e.right + avg) / (e.n + 1) }
      end
      local function loss(s)
        local l = 0
        for _, d in ipairs(data) do
          local p = fsrs.retrievability(d.dt, s, w)
          if p < EPS then p = EPS elseif p > 1 - EPS then p = 1 - EPS end
          l = l - (d.recall * math.log(p) + (1 - d.recall) * math.log(1 - p)) * d.n
        end
        return l + math.abs(s - default) / 16
      end
      local lo, hi, iter = M.S_MIN, M.INIT_S_MAX, 0
      while hi - lo > 1e-9 and iter < 1000 do
        iter = iter + 1
        local m1, m2 = lo + (hi - lo) / 3, hi - (hi - lo) / 3
        if loss(m1) < loss(m2) then hi = m2 else lo = m1 end
      end
      s0[grade] = (lo + hi) / 2
      ratios[#ratios + 1] = math.log(s0[grade] / default)
    end
  end
  local scale = 1
  if #ratios > 0 then
    local sum = 0
    for _, r in ipairs(ratios) do sum = sum + r end
    scale = math.exp(sum / #ratios)
  end
  for grade = 1, 4 do
    s0[grade] = s0[grade] or math.min(math.max(w[grade] * scale, M.S_MIN), M.INIT_S_MAX)
    if grade > 1 and s0[grade] < s0[grade - 1] then s0[grade] = s0[grade - 1] end
  end
  return s0
end

-- Batches of whole sequences holding about M.BATCH items each: arrays of indexes into seqs.
local function batches(seqs)
  local out, cur, count = {}, {}, 0
  for i, seq in ipairs(seqs) do
    local n = M.count_items({ seq })
    if n > 0 then
      if #cur > 0 and count + n > M.BATCH then out[#out + 1] = cur; cur, count = {}, 0 end
      cur[#cur + 1] = i
      count = count + n
    end
  end
  if #cur > 0 then out[#out + 1] = cur end
  return out
end

-- Fit parameters to `reviews` (history rows {card, time, grade} oldest first), starting from w0
-- (default fsrs.DEFAULT). opts.seed: the batch order's seed; opts.epochs. Returns a result:
--   {w = the parameters, stage = "defaults" | "initial" | "full", items =, reviews =,
--    before = {log_loss=, rmse=}, after = {log_loss=, rmse=}}
function M.fit(reviews, opts)
  opts = opts or {}
  local start = {}
  for i, x in ipairs(opts.w or fsrs.DEFAULT) do start[i] = x end
  local seqs = M.sequences(reviews)
  local items = M.count_items(seqs)
  local result = { items = items, reviews = #reviews, stage = "defaults" }
  result.before = { log_loss = M.log_loss(seqs, start), rmse = M.rmse_bins(seqs, start) }
  local w = {}
  for i, x in ipairs(start) do w[i] = x end
  if items >= M.MIN_ITEMS then
    local s0 = M.initial_stabilities(seqs, start)
    for g = 1, 4 do w[g] = s0[g] end
    M.clip(w)
    result.stage = "initial"
    if items >= M.MIN_TRAIN then
      result.stage = "full"
      w = M.train(seqs, w, items, opts)
      -- as the reference smooths S0 after training: a better first grade never starts less stable
      for g = 2, 4 do if w[g] < w[g - 1] then w[g] = w[g - 1] end end
    end
  end
  result.w = w
  result.after = { log_loss = M.log_loss(seqs, w), rmse = M.rmse_bins(seqs, w) }
  return result
end

-- Adam over batches with gradients by central differences (see the head of this file).
function M.train(seqs, w, total, opts)
  local init = {}
  for i, x in ipairs(w) do init[i] = x end
  local bs = batches(seqs)
  local epochs = opts.epochs or M.EPOCHS
  local steps = (total // M.BATCH + 1) * epochs
  local r = rng.new(opts.seed or "optimize")
  local m, v, t = {}, {}, 0
  for i = 1, 21 do m[i], v[i] = 0, 0 end
  local order = {}
  for i = 1, #bs do order[i] = i end
  for _ = 1, epochs do
    for i = 1, #bs do order[i] = i end
    r:shuffle(order)
    for _, b in ipairs(order) do
      local idx = bs[b]
      local lr = M.LR * (1 + math.cos(math.pi * t / steps)) / 2
      local _, n = loss_sum(seqs, w, idx)
      local grad = {}
      for i = 1, 21 do
        local h = 1e-4 * math.max(1, math.abs(w[i]))
        local keep = w[i]
        w[i] = keep + h
        local up = loss_sum(seqs, w, idx)
        w[i] = keep - h
        local down = loss_sum(seqs, w, idx)
        w[i] = keep
        grad[i] = (up - down) / (2 * h) / n
          + 2 * (w[i] - init[i]) / (M.STDDEV[i] ^ 2) * M.GAMMA * n / total
      end
      t = t + 1
      for i = 1, 21 do
        m[i] = 0.9 * m[i] + 0.1 * grad[i]
        v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i]
        local mh, vh = m[i] / (1 - 0.9 ^ t), v[i] / (1 - 0.999 ^ t)
        w[i] = w[i] - lr * mh / (math.sqrt(vh) + 1e-8)
      end
      M.clip(w)
    end
  end
  return w
end

-- ---------------------------------------------------------------------------------------------
-- cica quiz optimize

local T = require("cica.lang").area("quiz_optimize") -- its messages (lua/cica/messages/quiz_optimize.lua)
M.T = T

-- Runs `cica quiz optimize` with the parsed options (see cica.cli.quiz); write_json writes a
-- value as JSON. Fits, prints before/after, stores the parameters (or with opts.reset removes
-- them) and reschedules every card. Raises the no-history message when the file is missing.
function M.main(opts, write_json)
  local api, history, width = require "cica.quiz.api", require "cica.quiz.history", require "cica.width"
  local lang = opts.lang
  local function tr(key) return api.localize(T[key], lang) end
  local function F(key, ...) return api.format(tr(key), ...) end
  local f = io.open(opts.state, "rb")
  if not f then error(F("none", opts.state), 0) end
  f:close()
  local h = history.open(opts.state, { lang = lang, retention = opts.retention })
  local ok, err = pcall(function()
    if opts.reset then
      h:set_parameters(nil, nil, opts.retention)
      local n = 0
      for _ in pairs(h:cards()) do n = n + 1 end
      if opts.format == "json" then write_json({ reset = true, w = fsrs.DEFAULT, cards = n })
      else io.stdout:write(F("reset", n), "\n") end
      return
    end
    local current = h:parameters() or fsrs.DEFAULT
    local reviews = h:reviews()
    local r = M.fit(reviews, { seed = "optimize" })
    local seqs = M.sequences(reviews)
    r.before = { log_loss = M.log_loss(seqs, current), rmse = M.rmse_bins(seqs, current) }
    local better = r.stage ~= "defaults" and r.after.log_loss and r.before.log_loss
      and r.after.log_loss < r.before.log_loss
    local date = os.date("%Y-%m-%d", opts.now)
    if better then
      h:set_parameters(r.w, { fitted = opts.now, reviews = r.reviews, items = r.items,
        log_loss = r.after.log_loss, rmse = r.after.rmse }, opts.retention)
    end
    if opts.format == "json" then
      local json = require "cica.format.json"
      local function nz(x) if x == nil then return json.null end return x end
      write_json({ stage = r.stage, reviews = r.reviews, items = r.items, saved = better and true or false,
        before = { log_loss = nz(r.before.log_loss), rmse = nz(r.before.rmse) },
        after = { log_loss = nz(r.after.log_loss), rmse = nz(r.after.rmse) },
        w = better and r.w or current, date = date })
      return
    end
    local out = { F("title", r.reviews, r.items, date) }
    if r.stage == "defaults" then
      out[#out + 1] = F("defaults", r.items, M.MIN_ITEMS)
      io.stdout:write(table.concat(out, "\n"), "\n")
      return
    end
    if r.stage == "initial" then out[#out + 1] = F("initial", M.MIN_TRAIN) end
    local function num(x, fmt) return x and string.format(fmt, x) or "-" end
    local head = {}
    for cell in (tr("head") .. "|"):gmatch("(.-)|") do head[#head + 1] = cell end
    local rows = { head,
      { tr("before"), num(r.before.log_loss, "%.4f"), num(r.before.rmse and r.before.rmse * 100, "%.2f%%") },
      { tr("after"), num(r.after.log_loss, "%.4f"), num(r.after.rmse and r.after.rmse * 100, "%.2f%%") } }
    local wd = {}
    for _, row in ipairs(rows) do
      for i, c in ipairs(row) do wd[i] = math.max(wd[i] or 0, width.width(c)) end
    end
    for _, row in ipairs(rows) do
      out[#out + 1] = ("  " .. width.pad(row[1], wd[1]) .. "  " .. width.pad(row[2], wd[2], "right") .. "  "
        .. width.pad(row[3], wd[3], "right")):gsub("%s+$", "")
    end
    local shown = better and r.w or current
    local parts = {}
    for i, x in ipairs(shown) do parts[i] = string.format("%.4f", x) end
    out[#out + 1] = tr("params")
    out[#out + 1] = "  " .. table.concat(parts, ", ", 1, 11)
    out[#out + 1] = "  " .. table.concat(parts, ", ", 12, 21)
    out[#out + 1] = better and F("saved", opts.state) or tr("kept")
    io.stdout:write(table.concat(out, "\n"), "\n")
  end)
  h:close()
  if not ok then error(err, 0) end
  return 0
end

return M
