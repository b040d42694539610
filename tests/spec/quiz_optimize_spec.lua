-- cica.quiz.optimize: the loss is the reference's formula, the thresholds are fsrs-rs's, and the
-- parameters stay inside its bounds.
local opt = require "cica.quiz.optimize"
local fsrs = require "cica.fsrs"

local DAY = 86400
local T0 = 1735732800 -- 2025-01-01 12:00 UTC

-- Cards answered twice: first grade g1 at T0, then grade g2 `days` later (one item each).
local function pairs_fixture(list)
  local reviews = {}
  for i, c in ipairs(list) do
    reviews[#reviews + 1] = { card = "c" .. i, time = T0 + i, grade = c[1] }
    reviews[#reviews + 1] = { card = "c" .. i, time = T0 + i + c[3] * DAY, grade = c[2] }
  end
  table.sort(reviews, function(a, b) return a.time < b.time end)
  return reviews
end

describe("quiz optimize", function()
  it("computes the log loss by the reference formula", function()
    local list = { { 3, 3, 2 }, { 3, 1, 5 }, { 1, 3, 1 }, { 4, 3, 10 }, { 2, 1, 3 } }
    local reviews = pairs_fixture(list)
    -- a same-day repeat is no item, and changes nothing for the others
    reviews[#reviews + 1] = { card = "same", time = T0 + 100, grade = 3 }
    reviews[#reviews + 1] = { card = "same", time = T0 + 200, grade = 1 }
    local w = fsrs.DEFAULT
    local decay = -w[21]
    local factor = 0.9 ^ (1 / decay) - 1
    local sum = 0
    for _, c in ipairs(list) do
      local s = w[c[1]]                       -- S0(G) = w[G-1]
      local p = (1 + factor * c[3] / s) ^ decay
      local y = c[2] > 1 and 1 or 0
      sum = sum - (y * math.log(p) + (1 - y) * math.log(1 - p))
    end
    local seqs = opt.sequences(reviews)
    assert.equals(5, opt.count_items(seqs))
    assert.is_true(math.abs(opt.log_loss(seqs, w) - sum / #list) < 1e-12)
  end)

  it("predicts a third answer from the stability the second gave", function()
    local reviews = {
      { card = "a", time = T0, grade = 3 },
      { card = "a", time = T0 + 2 * DAY, grade = 3 },
      { card = "a", time = T0 + 9 * DAY, grade = 1 },
    }
    local w = fsrs.DEFAULT
    local card = fsrs.review(nil, 3, T0, { w = w })
    local p1 = fsrs.retrievability(2, card.stability, w)
    card = fsrs.review(card, 3, T0 + 2 * DAY, { w = w })
    local p2 = fsrs.retrievability(7, card.stability, w)
    local want = -(math.log(p1) + math.log(1 - p2)) / 2
    assert.is_true(math.abs(opt.log_loss(opt.sequences(reviews), w) - want) < 1e-12)
  end)

  it("keeps the defaults under 8 sequences, fits only S0 under 64", function()
    local seven, eight, many = {}, {}, {}
    for i = 1, 7 do seven[i] = { 3, 3, 3 } end
    for i = 1, 8 do eight[i] = { 3, i % 3 == 0 and 1 or 3, 3 } end
    for i = 1, 70 do many[i] = { (i % 4) + 1, i % 5 == 0 and 1 or 3, (i % 7) + 1 } end
    local r = opt.fit(pairs_fixture(seven))
    assert.equals("defaults", r.stage)
    assert.same(fsrs.DEFAULT, r.w)
    r = opt.fit(pairs_fixture(eight))
    assert.equals("initial", r.stage)
    for i = 5, 21 do assert.equals(fsrs.DEFAULT[i], r.w[i]) end
    assert.are_not.equal(fsrs.DEFAULT[3], r.w[3])
    r = opt.fit(pairs_fixture(many), { epochs = 1 })
    assert.equals("full", r.stage)
    assert.equals(70, r.items)
    for i, b in ipairs(opt.BOUNDS) do
      assert.is_true(r.w[i] >= b[1] and r.w[i] <= b[2], "w" .. (i - 1) .. " in bounds")
    end
    assert.is_true(r.w[1] <= r.w[2] and r.w[2] <= r.w[3] and r.w[3] <= r.w[4])
  end)

  it("clips to the reference's bounds", function()
    local w = {}
    for i = 1, 21 do w[i] = 1000 end
    opt.clip(w)
    assert.equals(100, w[1])
    assert.equals(0.8, w[21])
    for i = 1, 21 do w[i] = -1 end
    opt.clip(w)
    assert.equals(0.001, w[1])
    assert.equals(1, w[5])
    assert.equals(1, w[17])
  end)

  it("has no loss and no RMSE without items", function()
    local seqs = opt.sequences({ { card = "x", time = T0, grade = 3 } })
    assert.is_nil(opt.log_loss(seqs, fsrs.DEFAULT))
    assert.is_nil(opt.rmse_bins(seqs, fsrs.DEFAULT))
  end)
end)
