-- FSRS-6 against values worked out by hand from the formulas in shared/research/fsrs.md,
-- with the default parameters w0 … w20 =
--   0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
--   1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
-- Each expected value below shows its working; numbers are rounded to the digits shown and the
-- comparisons allow for that.
package.path = "lua/?.lua;" .. package.path
local fsrs = require "cica.fsrs"

local DAY = 86400
local T0 = 1700000000 -- an arbitrary review time in seconds

describe("FSRS-6 constants", function()
  it("derives DECAY and FACTOR from w20", function()
    -- DECAY = -w20 = -0.1542
    assert.is_near(-0.1542, fsrs.decay(), 1e-12)
    -- 1/DECAY = -6.4850843; 0.9^-6.4850843 = e^(6.4850843 * 0.1053605) = e^0.6832711 = 1.9803465
    -- FACTOR = 1.9803465 - 1 = 0.9803465
    assert.is_near(0.9803465, fsrs.factor(), 1e-6)
  end)

  it("gives R = 0.9 when t = S, whatever S", function()
    -- (1 + FACTOR * S/S)^DECAY = 1.9803465^-0.1542 = 0.9^((1/DECAY) * DECAY) = 0.9
    for _, s in ipairs { 0.5, 2.3065, 10, 400 } do
      assert.is_near(0.9, fsrs.retrievability(s, s), 1e-12)
    end
  end)

  it("forgets over time", function()
    -- S = 2.3065, t = 10: 1 + 0.9803465 * 10 / 2.3065 = 1 + 4.2503642 = 5.2503642
    -- 5.2503642^-0.1542 = e^(-0.1542 * 1.6582975) = e^-0.2557095 = 0.7743669
    assert.is_near(0.7743669, fsrs.retrievability(10, 2.3065), 1e-6)
    assert.equals(1, fsrs.retrievability(0, 2.3065))
  end)

  it("schedules the interval for a desired retention", function()
    -- r = 0.9: I = S / FACTOR * (0.9^(1/DECAY) - 1) = S / FACTOR * FACTOR = S, rounded
    assert.equals(12, fsrs.interval(11.9091227))
    assert.equals(2, fsrs.interval(2.3065))
    -- r = 0.8, S = 10: 0.8^-6.4850843 = e^(6.4850843 * 0.2231436) = e^1.4471049 = 4.2508197
    -- I = 10 / 0.9803465 * 3.2508197 = 33.16 → 33 days
    assert.equals(33, fsrs.interval(10, 0.8))
    -- never below one day, never beyond the cap
    assert.equals(1, fsrs.interval(0.212))
    assert.equals(fsrs.MAX_INTERVAL, fsrs.interval(1e9))
  end)
end)

describe("FSRS-6 first review", function()
  it("takes S0 from w0..w3", function()
    assert.equals(0.212, fsrs.initial_stability(1))
    assert.equals(1.2931, fsrs.initial_stability(2))
    assert.equals(2.3065, fsrs.initial_stability(3))
    assert.equals(8.2956, fsrs.initial_stability(4))
  end)

  it("computes D0 = w4 - e^(w5 (G-1)) + 1, clamped to [1, 10]", function()
    -- G = 1: 6.4133 - e^0 + 1 = 6.4133
    assert.is_near(6.4133, fsrs.initial_difficulty(1), 1e-12)
    -- G = 3: e^(0.8334 * 2) = e^1.6668 = 5.2951960; 6.4133 - 5.2951960 + 1 = 2.1181040
    assert.is_near(2.1181040, fsrs.initial_difficulty(3), 1e-6)
    -- G = 4: e^2.5002 = 12.1849307; 6.4133 - 12.1849307 + 1 = -4.7716307 → clamped to 1
    assert.equals(1, fsrs.initial_difficulty(4))
  end)

  it("reviews a new card graded good", function()
    local c = fsrs.review(nil, 3, T0)
    assert.is_near(2.3065, c.stability, 1e-12)
    assert.is_near(2.1181040, c.difficulty, 1e-6)
    assert.equals(2, c.interval) -- round(2.3065) = 2
    assert.equals(T0 + 2 * DAY, c.due)
    assert.equals(T0, c.last_review)
  end)

  it("reviews a new card graded again: due tomorrow", function()
    local c = fsrs.review(nil, 1, T0)
    assert.equals(0.212, c.stability)
    assert.is_near(6.4133, c.difficulty, 1e-12)
    assert.equals(1, c.interval) -- round(0.212) = 0, raised to the one-day minimum
  end)

  it("rejects grades outside 1..4", function()
    assert.has_error(function() fsrs.review(nil, 0, T0) end)
    assert.has_error(function() fsrs.review(nil, 5, T0) end)
  end)
end)

describe("FSRS-6 later reviews", function()
  -- The card after "good" on day 0: S = 2.3065, D = 2.1181040. Reviewed again t = S days later,
  -- so R = 0.9 exactly (see above).
  local first = { stability = 2.3065, difficulty = 2.1181040, last_review = T0 }
  local later = T0 + 2.3065 * DAY

  it("grows stability after a successful review (G = 3)", function()
    -- e^w8 = e^1.8722 = 6.5025864
    -- 11 - D = 8.8818960
    -- S^-w9 = 2.3065^-0.1666 = e^(-0.1666 * 0.8357510) = e^-0.1392361 = 0.8700254
    -- e^(w10 (1 - R)) - 1 = e^(0.796 * 0.1) - 1 = e^0.0796 - 1 = 0.0828538
    -- growth = 6.5025864 * 8.8818960 * 0.8700254 * 0.0828538 = 4.1632875
    -- S' = 2.3065 * (1 + 4.1632875) = 11.9091227
    local c = fsrs.review(first, 3, later)
    assert.is_near(11.9091227, c.stability, 1e-6)
    assert.is_near(0.9, c.retrievability, 1e-9)
    assert.equals(12, c.interval)
    -- D: ΔD = -w6 (3 - 3) = 0, so D' = D = 2.1181040
    -- D'' = w7 D0(4) + (1 - w7) D' = 0.001 * -4.7716307 + 0.999 * 2.1181040 = 2.1112142
    assert.is_near(2.1112142, c.difficulty, 1e-6)
  end)

  it("applies w15 for hard and w16 for easy", function()
    -- hard: 2.3065 * (1 + 4.1632875 * 0.6014) = 2.3065 * 3.5038011 = 8.0815173
    assert.is_near(8.0815173, fsrs.review(first, 2, later).stability, 1e-6)
    -- easy: 2.3065 * (1 + 4.1632875 * 1.8729) = 2.3065 * 8.7974209 = 20.2912521
    assert.is_near(20.2912521, fsrs.review(first, 4, later).stability, 1e-6)
  end)

  it("shrinks stability after a lapse (G = 1)", function()
    -- long-term: w11 D^-w12 ((S+1)^w13 - 1) e^(w14 (1 - R))
    --   D^-w12 = 2.1181040^-0.0614 = e^(-0.0614 * 0.7504625) = 0.9549636
    --   (S + 1)^w13 = 3.3065^0.2629 = e^(0.2629 * 1.1959285) = 1.3694368
    --   e^(w14 * 0.1) = e^0.16483 = 1.1791926
    --   1.4835 * 0.9549636 * 0.3694368 * 1.1791926 = 0.6171621
    -- short-term cap: S / e^(w17 w18) = 2.3065 / e^(0.5425 * 0.0912) = 2.3065 / 1.0507204 = 2.1951606
    -- S' = min(0.6171621, 2.1951606) = 0.6171621
    local c = fsrs.review(first, 1, later)
    assert.is_near(0.6171621, c.stability, 1e-6)
    assert.equals(1, c.interval)
    -- D: ΔD = -3.0194 * (1 - 3) = 6.0388; D' = 2.1181040 + 6.0388 * (10 - 2.1181040) / 9
    --      = 2.1181040 + 6.0388 * 0.8757662 = 7.4066811
    --    D'' = 0.001 * -4.7716307 + 0.999 * 7.4066811 = 7.3945027
    assert.is_near(7.3945027, c.difficulty, 1e-6)
  end)

  it("uses the same-day formula within a day", function()
    local soon = T0 + 3600
    -- again: e^(w17 (1 - 3 + w18)) S^-w19 = e^(0.5425 * -1.9088) * 2.3065^-0.0658
    --      = 0.3550403 * e^(-0.0658 * 0.8357510) = 0.3550403 * 0.9464936 = 0.3360433
    --      S' = 2.3065 * 0.3360433 = 0.7750840
    assert.is_near(0.7750840, fsrs.review(first, 1, soon).stability, 1e-6)
    -- good: e^(0.5425 * 0.0912) * 0.9464936 = 1.0507204 * 0.9464936 = 0.9945001 < 1, so the
    -- factor is raised to 1: a right answer the same day keeps S = 2.3065
    assert.is_near(2.3065, fsrs.review(first, 3, soon).stability, 1e-12)
  end)

  it("never lets stability fall under 0.01", function()
    local weak = { stability = 0.01, difficulty = 10, last_review = T0 }
    assert.is_true(fsrs.review(weak, 1, T0 + 60).stability >= 0.01)
  end)

  it("keeps difficulty in [1, 10]", function()
    local c = { stability = 5, difficulty = 9.99, last_review = T0 }
    for i = 1, 20 do c = fsrs.review(c, 1, T0 + i * 2 * DAY) end
    assert.is_true(c.difficulty <= 10)
    c = { stability = 5, difficulty = 1.01, last_review = T0 }
    for i = 1, 20 do c = fsrs.review(c, 4, T0 + i * 2 * DAY) end
    assert.is_true(c.difficulty >= 1)
  end)
end)
