-- Quiz statistics from the history: reviews, accuracy overall and per topic, cards due, streaks.
local api = require "cica.quiz.api"

local M = {}

local DAY = 86400

local function day_of(t) return os.date("%Y-%m-%d", t) end

-- The local date `k` days before the day of `now` (noon avoids daylight-saving edges).
local function days_before(now, k)
  local t = os.date("*t", now)
  t.hour, t.min, t.sec = 12, 0, 0
  return day_of(os.time(t) - k * DAY)
end

-- Days in a row with at least one review, ending today (or yesterday: a streak lives until a
-- whole day passes without review), and the longest such run.
local function day_streaks(days, now)
  local current, k = 0, 0
  if not days[days_before(now, 0)] then k = 1 end
  while days[days_before(now, k)] do current, k = current + 1, k + 1 end
  local sorted = {}
  for d in pairs(days) do sorted[#sorted + 1] = d end
  table.sort(sorted)
  local best, run, prev = 0, 0, nil
  for _, d in ipairs(sorted) do
    local y, m, dd = d:match("(%d+)-(%d+)-(%d+)")
    local t = os.time { year = tonumber(y), month = tonumber(m), day = tonumber(dd), hour = 12 }
    if prev and day_of(prev + DAY) == d then run = run + 1 else run = 1 end
    prev = t
    if run > best then best = run end
  end
  return current, best
end

local function ratio(right, total)
  if total == 0 then return nil end
  return math.floor(right / total * 10000 + 0.5) / 10000
end

-- Statistics from history `h` (nil: no history yet) at time `now`.
function M.compute(h, now)
  local reviews = h and h:reviews() or {}
  local cards = h and h:cards() or {}
  local s = { reviews = #reviews, correct = 0, topics = {}, cards = 0, due = 0 }
  local days, run, best_run = {}, 0, 0
  for _, r in ipairs(reviews) do
    local t = s.topics[r.topic] or { reviews = 0, correct = 0 }
    s.topics[r.topic] = t
    t.reviews = t.reviews + 1
    if r.correct == 1 then
      s.correct, t.correct, run = s.correct + 1, t.correct + 1, run + 1
      if run > best_run then best_run = run end
    else
      run = 0
    end
    days[day_of(r.time)] = true
  end
  for _, t in pairs(s.topics) do t.accuracy = ratio(t.correct, t.reviews) end
  for _, c in pairs(cards) do
    s.cards = s.cards + 1
    if c.due <= now then s.due = s.due + 1 end
  end
  s.accuracy = ratio(s.correct, s.reviews)
  s.streak_days, s.best_streak_days = day_streaks(days, now)
  s.right_in_a_row, s.best_right_in_a_row = run, best_run
  s.last_review = #reviews > 0 and os.date("!%Y-%m-%dT%H:%M:%SZ", reviews[#reviews].time) or nil
  return s
end

local T = {
  reviews = { en = "reviews: %d (%d right, %s)", ["zh-Hans"] = "作答：%d次（答对%d次，%s）",
    ["zh-Hant"] = "作答：%d次（答對%d次，%s）" },
  cards = { en = "questions seen: %d, due now: %d", ["zh-Hans"] = "做过的题目：%d，现在到期：%d",
    ["zh-Hant"] = "做過的題目：%d，現在到期：%d" },
  streak = { en = "streak: %d day(s) (best %d); right in a row: %d (best %d)",
    ["zh-Hans"] = "连续天数：%d（最长%d）；连续答对：%d（最多%d）",
    ["zh-Hant"] = "連續天數：%d（最長%d）；連續答對：%d（最多%d）" },
  topics = { en = "by topic:", ["zh-Hans"] = "按主题：", ["zh-Hant"] = "按主題：" },
  topic = { en = "  %s %4d  %s", ["zh-Hans"] = "  %s %4d  %s", ["zh-Hant"] = "  %s %4d  %s" },
  none = { en = "no reviews yet: try cica quiz", ["zh-Hans"] = "还没有作答记录：试试 cica quiz",
    ["zh-Hant"] = "還沒有作答記錄：試試 cica quiz" },
}

local function percent(x) return x and string.format("%d%%", math.floor(x * 100 + 0.5)) or "-" end

-- A topic's title in `lang`: a bundled generator's title; the topic id itself for any other topic
-- (a user's generator, or one the history knows and this version no longer has).
local function topic_title(name, lang)
  for _, b in ipairs(require("cica.quiz.topics").BUNDLED) do
    if b == name then return api.localize(require("cica.quiz.generators." .. name).title, lang) or name end
  end
  return name
end

-- The statistics as text in `lang`.
function M.render(s, lang)
  local function F(key, ...) return api.format(api.localize(T[key], lang), ...) end
  if s.reviews == 0 then return F("none") end
  local out = {
    F("reviews", s.reviews, s.correct, percent(s.accuracy)),
    F("cards", s.cards, s.due),
    F("streak", s.streak_days, s.best_streak_days, s.right_in_a_row, s.best_right_in_a_row),
    F("topics"),
  }
  local names = {}
  for name in pairs(s.topics) do names[#names + 1] = name end
  table.sort(names)
  local width, titles, w = require "cica.width", {}, 0
  for i, name in ipairs(names) do
    titles[i] = topic_title(name, lang)
    w = math.max(w, width.width(titles[i]))
  end
  for i, name in ipairs(names) do
    local t = s.topics[name]
    out[#out + 1] = F("topic", width.pad(titles[i], w), t.reviews, percent(t.accuracy))
  end
  return table.concat(out, "\n")
end

return M
