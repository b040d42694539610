-- Quiz statistics from the history: true retention per period against the target, a calendar
-- heatmap of reviews with streaks, a forecast of reviews due, coverage and retention per topic.
-- compute() gathers the numbers (the JSON output is that table); render_text, render_svg and
-- render_html draw them. Days are local calendar days, numbered as days since 1970-01-01 by the
-- civil calendar (not by dividing seconds), so daylight-saving changes never move a review to
-- another day.
local api = require "cica.quiz.api"
local width = require "cica.width"
local fsrs = require "cica.fsrs"
local rng = require "cica.quiz.rng"

local M = {}

M.TARGET = 0.9   -- the default desired retention
M.WEEKS = 26     -- heatmap columns
M.FORECAST = 30  -- days of forecast
M.RUNS = 10      -- simulated runs of the workload estimate
M.STEEP = 0.95   -- above this desired retention, warn that the workload rises steeply

-- Days since 1970-01-01 of the civil date y-m-d (H. Hinnant's days_from_civil).
local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

-- The civil date "YYYY-MM-DD" of day number z (civil_from_days).
local function civil(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400 + (m <= 2 and 1 or 0)
  return string.format("%04d-%02d-%02d", y, m, d)
end
M.civil = civil

-- The local day number of unix time t. Every time zone's offset is a whole number of quarter
-- hours, so a day never starts inside a quarter hour: the answer is remembered per quarter hour
-- (os.date is the costly part of statistics over 100,000 answers).
local day_cache, day_cached = {}, 0
local function day_number(t)
  local q = t // 900
  local z = day_cache[q]
  if z then return z end
  local d = os.date("*t", t)
  z = days_from_civil(d.year, d.month, d.day)
  if day_cached >= 100000 then day_cache, day_cached = {}, 0 end
  day_cache[q], day_cached = z, day_cached + 1
  return z
end
M.day_number = day_number

-- 0 Monday … 6 Sunday (day 0 was a Thursday).
local function weekday(z) return (z + 3) % 7 end

local function ratio(n, total)
  if total == 0 then return nil end
  return math.floor(n / total * 10000 + 0.5) / 10000
end

-- The expected number of reviews a day over the next `days` days if every card in `cards` is
-- answered when due and scheduled for desired retention `target` from now on, by simulation:
-- each card is rescheduled from its stability at `target`, then on each day every due card is
-- answered right with the probability FSRS gives for that day (lower when overdue), and
-- rescheduled by FSRS. M.RUNS seeded runs, averaged (the same history gives the same estimate).
-- No new questions are assumed. Returns {per_day = {…}, total =, mean =} (mean: a day).
function M.workload(cards, now, target, days, w)
  days = days or M.FORECAST
  local per_day = {}
  for d = 1, days do per_day[d] = 0 end
  local today = day_number(now)
  local list = {}
  for id, c in pairs(cards) do list[#list + 1] = { id = id, c = c } end
  table.sort(list, function(a, b) return a.id < b.id end)
  local r = rng.new("workload")
  for _ = 1, M.RUNS do
    for _, item in ipairs(list) do
      local c = item.c
      local card = { stability = c.stability, difficulty = c.difficulty, last_review = c.last_review }
      local due = c.last_review + fsrs.interval(c.stability, target, w) * fsrs.DAY
      while true do
        local k = math.max(day_number(due) - today, 0) + 1
        if k > days then break end
        per_day[k] = per_day[k] + 1
        local t = math.max(due, now)
        local p = fsrs.retrievability((t - card.last_review) / fsrs.DAY, card.stability, w)
        local grade = ((r:next64() >> 11) / 9007199254740992.0) < p and fsrs.GOOD or fsrs.AGAIN
        card = fsrs.review(card, grade, t, { retention = target, w = w })
        due = card.due
      end
    end
  end
  local total = 0
  for d = 1, days do
    per_day[d] = math.floor(per_day[d] / M.RUNS * 10 + 0.5) / 10
    total = total + per_day[d]
  end
  total = math.floor(total + 0.5)
  return { per_day = per_day, total = total, mean = math.floor(total / days * 10 + 0.5) / 10, retention = target }
end

local PERIODS = { { "day", 1 }, { "week", 7 }, { "month", 30 }, { "all", nil } }

-- Statistics from history `h` (nil: no history yet) at unix time `now`.
-- opts.questions: the questions that exist ({id=, topic=}…, for coverage); opts.titles: topic →
-- localized title; opts.target: the desired retention (default 0.9). Returns a table:
--   reviews, correct, accuracy (all answers), cards, due (now), target,
--   retention = {{period=, reviews=, passed=, retention=}…} — true retention: answers about a
--     question already answered on an earlier day (first sight and same-day repeats measure
--     no memory), passed = right;
--   streak = {current=, longest=} (days in a row with a review; today may still be empty),
--   heatmap = {from=, to=, weeks=, max=, days = {{date=, reviews=}…}} (only days with reviews),
--   forecast = {today=, next7=, next30=, days = {n0, n1, …}} (day 1 is today, overdue included),
--   workload = M.workload(cards, now, target) (reviews a day over the next 30 days at the target),
--   coverage = {available=, seen=}, topics = {{topic=, title=, available=, seen=, other=, reviews=,
--     correct=, accuracy=, retention=}…} weakest first (other: seen questions that no longer
--     exist, counted in seen), last_review.
function M.compute(h, now, opts)
  opts = opts or {}
  local reviews = h and h:reviews() or {}
  local cards = h and h:cards() or {}
  local today = day_number(now)
  local s = {
    reviews = #reviews, correct = 0, cards = 0, due = 0, target = opts.target or M.TARGET,
    date = civil(today),
  }
  local per_day, last_day = {}, {}
  local topics, order = {}, {}
  local function topic(name)
    local t = topics[name]
    if not t then
      t = { topic = name, available = 0, seen = 0, reviews = 0, correct = 0, later = 0, passed = 0 }
      topics[name], order[#order + 1] = t, name
    end
    return t
  end
  local exists = {}
  for _, q in ipairs(opts.questions or {}) do
    local t = topic(q.topic)
    t.available, exists[q.id] = t.available + 1, true
  end
  local period = {}
  for i, p in ipairs(PERIODS) do period[i] = { period = p[1], from = p[2] and today - p[2] + 1, reviews = 0, passed = 0 } end
  for _, r in ipairs(reviews) do
    local z = day_number(r.time)
    per_day[z] = (per_day[z] or 0) + 1
    local t = topic(r.topic)
    t.reviews = t.reviews + 1
    local right = r.correct == 1
    if right then s.correct, t.correct = s.correct + 1, t.correct + 1 end
    local prev = last_day[r.card]
    if prev and prev < z then
      t.later = t.later + 1
      if right then t.passed = t.passed + 1 end
      for _, p in ipairs(period) do
        if not p.from or (z >= p.from and z <= today) then
          p.reviews = p.reviews + 1
          if right then p.passed = p.passed + 1 end
        end
      end
    end
    last_day[r.card] = z
  end
  s.accuracy = ratio(s.correct, s.reviews)
  s.retention = {}
  for i, p in ipairs(period) do
    s.retention[i] = { period = p.period, reviews = p.reviews, passed = p.passed, retention = ratio(p.passed, p.reviews) }
  end

  -- Forecast and coverage from the cards.
  local forecast = {}
  for i = 1, M.FORECAST do forecast[i] = 0 end
  local seen = 0
  for _, c in pairs(cards) do
    s.cards = s.cards + 1
    if c.due <= now then s.due = s.due + 1 end
    local k = math.max(day_number(c.due) - today, 0) + 1
    if k <= M.FORECAST then forecast[k] = forecast[k] + 1 end
    -- Coverage counts the questions that exist now (a history may hold questions since removed,
    -- or another pack's): those count under their topic, outside the coverage total.
    local t = topic(c.topic)
    t.seen = t.seen + 1
    if exists[c.id] then seen = seen + 1 else t.other = (t.other or 0) + 1 end
  end
  local next7, next30 = 0, 0
  for i, n in ipairs(forecast) do
    if i <= 7 then next7 = next7 + n end
    next30 = next30 + n
  end
  s.forecast = { today = forecast[1], next7 = next7, next30 = next30, days = forecast }
  s.workload = M.workload(cards, now, s.target, M.FORECAST, h and h:parameters() or nil)

  -- Streaks: a streak lives until a whole day passes without review.
  local days = {}
  for z in pairs(per_day) do days[#days + 1] = z end
  table.sort(days)
  local longest, run = 0, 0
  for i, z in ipairs(days) do
    run = (i > 1 and days[i - 1] == z - 1) and run + 1 or 1
    if run > longest then longest = run end
  end
  local current, z = 0, per_day[today] and today or today - 1
  while per_day[z] do current, z = current + 1, z - 1 end
  s.streak = { current = current, longest = longest }

  -- The heatmap: whole weeks, Monday first, ending with the week of today.
  local first = today - weekday(today) - 7 * (M.WEEKS - 1)
  local cells, max = {}, 0
  for d = first, today do
    local n = per_day[d]
    if n then
      cells[#cells + 1] = { date = civil(d), reviews = n }
      if n > max then max = n end
    end
  end
  s.heatmap = { from = civil(first), to = civil(today), weeks = M.WEEKS, max = max, days = cells }

  local available = 0
  s.topics = {}
  for _, name in ipairs(order) do
    local t = topics[name]
    available = available + t.available
    t.title = opts.titles and opts.titles[name] or name
    t.accuracy = ratio(t.correct, t.reviews)
    t.retention = ratio(t.passed, t.later)
    t.later, t.passed = nil, nil
    s.topics[#s.topics + 1] = t
  end
  -- Weakest first: by accuracy (unanswered topics last), then fewer right answers, then name.
  table.sort(s.topics, function(a, b)
    local x, y = a.accuracy or 2, b.accuracy or 2
    if x ~= y then return x < y end
    if a.reviews ~= b.reviews then return a.reviews > b.reviews end
    return a.topic < b.topic
  end)
  s.coverage = { available = available, seen = seen }
  s.last_review = #reviews > 0 and os.date("!%Y-%m-%dT%H:%M:%SZ", reviews[#reviews].time) or nil
  return s
end

-- ---------------------------------------------------------------------------------------------
-- Text

local T = require("cica.lang").area("quiz_stats") -- its messages (lua/cica/messages/quiz_stats.lua)
M.T = T

-- The words of a message that lists them separated by spaces (weekdays).
local function split_words(text)
  local out = {}
  for w in text:gmatch("%S+") do out[#out + 1] = w end
  return out
end

local function tr(key, lang) return api.localize(T[key], lang) end
local function F(key, lang, ...) return api.format(tr(key, lang), ...) end

local function percent(x) return x and string.format("%d%%", math.floor(x * 100 + 0.5)) or "-" end

-- Difference to the target in percentage points ("+3", "-12", "0"), or "-".
local function points(x, target)
  if not x then return "-" end
  local d = math.floor(x * 100 + 0.5) - math.floor(target * 100 + 0.5)
  return (d > 0 and "+" or "") .. tostring(d)
end

-- Rows of cells as lines of aligned columns (display width, so Chinese aligns); aligns[i] is
-- "left" or "right"; two spaces between columns; indented by two.
local function columns(rows, aligns)
  local w = {}
  for _, row in ipairs(rows) do
    for i, cell in ipairs(row) do w[i] = math.max(w[i] or 0, width.width(cell)) end
  end
  local out = {}
  for r, row in ipairs(rows) do
    local cells = {}
    for i, cell in ipairs(row) do
      local last = i == #row and aligns[i] ~= "right"
      cells[i] = last and cell or width.pad(cell, w[i], aligns[i])
    end
    out[r] = "  " .. table.concat(cells, "  ")
  end
  return out
end

local SHADES = { "░", "▒", "▓", "█" }

-- The shade of a day with n reviews when the busiest day had max: four levels by quarter.
local function level(n, max)
  if not n or n == 0 then return 0 end
  return math.min(4, math.max(1, math.ceil(4 * n / max)))
end
M.level = level

local function heat_lookup(s)
  local by = {}
  for _, d in ipairs(s.heatmap.days) do by[d.date] = d.reviews end
  return by
end

-- The statistics as text in `lang`.
function M.render(s, lang)
  if s.reviews == 0 then
    return F("none", lang) .. "\n" .. F("coverage", lang, s.coverage.seen, s.coverage.available,
      percent(ratio(s.coverage.seen, s.coverage.available)), s.due)
  end
  local out = { F("title", lang, s.date), F("total", lang, s.reviews, s.correct, percent(s.accuracy)), "" }
  out[#out + 1] = F("retention", lang, percent(s.target)) .. " · " .. tr("retention_note", lang)
  local rows = { { tr("period", lang), tr("answers", lang), tr("passed", lang), tr("rate", lang), tr("vs", lang) } }
  for _, p in ipairs(s.retention) do
    rows[#rows + 1] = { tr(p.period, lang), tostring(p.reviews), tostring(p.passed), percent(p.retention),
      points(p.retention, s.target) }
  end
  for _, l in ipairs(columns(rows, { "left", "right", "right", "right", "right" })) do out[#out + 1] = l end

  -- Heatmap: one row per weekday, one column per week.
  out[#out + 1] = ""
  out[#out + 1] = F("heatmap", lang, s.heatmap.from, s.heatmap.to)
  local by = heat_lookup(s)
  local first = days_from_civil(tonumber(s.heatmap.from:sub(1, 4)), tonumber(s.heatmap.from:sub(6, 7)),
    tonumber(s.heatmap.from:sub(9, 10)))
  local last = first + 7 * s.heatmap.weeks - 1
  local today = days_from_civil(tonumber(s.date:sub(1, 4)), tonumber(s.date:sub(6, 7)), tonumber(s.date:sub(9, 10)))
  local names = split_words(tr("weekdays", lang))
  for wd = 0, 6 do
    local line = { "  ", width.pad(names[wd + 1], 2), " " }
    for z = first + wd, last, 7 do
      if z > today then break end
      local l = level(by[civil(z)], s.heatmap.max)
      line[#line + 1] = l == 0 and "·" or SHADES[l]
    end
    out[#out + 1] = table.concat(line)
  end
  out[#out + 1] = "     " .. F("legend", lang, "·" .. table.concat(SHADES), s.heatmap.max)
  out[#out + 1] = F("streak", lang, s.streak.current, s.streak.longest)

  -- Forecast: the next seven days with a bar each.
  out[#out + 1] = ""
  out[#out + 1] = F("forecast", lang, s.forecast.next7, s.forecast.next30)
  local fmax = 0
  for i = 1, 7 do fmax = math.max(fmax, s.forecast.days[i]) end
  rows = {}
  for i = 1, 7 do
    local n = s.forecast.days[i]
    local label = i == 1 and tr("today", lang) or civil(today + i - 1):sub(6)
    local bar = fmax > 0 and string.rep("█", math.ceil(n / fmax * 30)) or ""
    rows[i] = { label, names[weekday(today + i - 1) + 1], tostring(n), bar }
  end
  for _, l in ipairs(columns(rows, { "left", "left", "right", "left" })) do out[#out + 1] = (l:gsub("%s+$", "")) end
  out[#out + 1] = F("workload", lang, percent(s.target), string.format("%.1f", s.workload.mean), s.workload.total)
  if s.target > M.STEEP then out[#out + 1] = F("steep", lang) end

  -- Topics, weakest first, with coverage.
  out[#out + 1] = ""
  out[#out + 1] = tr("topics", lang)
  rows = { { tr("topic", lang), tr("seen", lang), tr("answers", lang), tr("accuracy", lang), tr("rate", lang) } }
  for _, t in ipairs(s.topics) do
    local seen = t.available > 0 and string.format("%d/%d", t.seen - (t.other or 0), t.available) or tostring(t.seen)
    rows[#rows + 1] = { t.title, seen, tostring(t.reviews), percent(t.accuracy), percent(t.retention) }
  end
  for _, l in ipairs(columns(rows, { "left", "right", "right", "right", "right" })) do out[#out + 1] = l end
  out[#out + 1] = F("coverage", lang, s.coverage.seen, s.coverage.available,
    percent(ratio(s.coverage.seen, s.coverage.available)), s.due)
  return table.concat(out, "\n")
end

-- ---------------------------------------------------------------------------------------------
-- Pictures

local COLORS = { [0] = "#ebedf0", "#c6e48b", "#7bc96f", "#239a3b", "#196127" }
local FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"

local function esc(s)
  return (tostring(s):gsub("[&<>\"']", { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }))
end

-- The heatmap as a standalone SVG image: one square per day (with its date and count as a
-- tooltip), weekday labels, a legend and the streak line.
function M.render_svg(s, lang)
  local cell, gap, left, top = 12, 2, 30, 40
  local weeks = s.heatmap.weeks
  local w, h = left + weeks * (cell + gap) + 20, top + 7 * (cell + gap) + 50
  local out = {
    string.format('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="%s" font-size="11">',
      w, h, w, h, FONT),
    string.format('<title>%s</title>', esc(F("heatmap", lang, s.heatmap.from, s.heatmap.to))),
    string.format('<rect width="%d" height="%d" fill="#ffffff"/>', w, h),
    string.format('<text x="%d" y="20" font-size="13" font-weight="bold">%s</text>', left,
      esc(F("heatmap", lang, s.heatmap.from, s.heatmap.to))),
  }
  local names = split_words(tr("weekdays", lang))
  for wd = 0, 6, 2 do
    out[#out + 1] = string.format('<text x="4" y="%d">%s</text>', top + wd * (cell + gap) + cell - 2, esc(names[wd + 1]))
  end
  local by = heat_lookup(s)
  local first = days_from_civil(tonumber(s.heatmap.from:sub(1, 4)), tonumber(s.heatmap.from:sub(6, 7)),
    tonumber(s.heatmap.from:sub(9, 10)))
  local today = days_from_civil(tonumber(s.date:sub(1, 4)), tonumber(s.date:sub(6, 7)), tonumber(s.date:sub(9, 10)))
  for z = first, today do
    local k = z - first
    local date, n = civil(z), by[civil(z)] or 0
    out[#out + 1] = string.format('<rect class="day" x="%d" y="%d" width="%d" height="%d" rx="2" fill="%s" data-date="%s" data-count="%d"><title>%s: %d</title></rect>',
      left + (k // 7) * (cell + gap), top + (k % 7) * (cell + gap), cell, cell, COLORS[level(n, s.heatmap.max)],
      date, n, date, n)
  end
  local y = top + 7 * (cell + gap) + 18
  out[#out + 1] = string.format('<text x="%d" y="%d">%s</text>', left, y, esc(tr("less", lang)))
  for l = 0, 4 do
    out[#out + 1] = string.format('<rect x="%d" y="%d" width="%d" height="%d" rx="2" fill="%s"/>',
      left + 28 + l * (cell + gap), y - cell + 2, cell, cell, COLORS[l])
  end
  out[#out + 1] = string.format('<text x="%d" y="%d">%s</text>', left + 32 + 5 * (cell + gap), y,
    esc(tr("more", lang)))
  out[#out + 1] = string.format('<text x="%d" y="%d">%s</text>', left, y + 20,
    esc(F("streak", lang, s.streak.current, s.streak.longest)))
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end


-- The statistics as a standalone HTML page: the heatmap inline, then the text sections as tables.
function M.render_html(s, lang)
  local title = F("title", lang, s.date)
  local out = {
    "<!DOCTYPE html>",
    string.format('<html lang="%s"><head><meta charset="utf-8"><title>%s</title>', require("cica.lang").valid(lang) and lang or require("cica.lang").default, esc(title)),
    "<style>body{font-family:" .. FONT:gsub("'", "") .. ";margin:2em}table{border-collapse:collapse;margin:.5em 0 1.5em}"
      .. "td,th{border:1px solid #ccc;padding:.2em .6em}td.n{text-align:right}</style></head><body>",
    string.format("<h1>%s</h1>", esc(title)),
  }
  if s.reviews == 0 then
    out[#out + 1] = string.format("<p>%s</p></body></html>", esc(F("none", lang)))
    return table.concat(out, "\n")
  end
  out[#out + 1] = string.format("<p>%s</p>", esc(F("total", lang, s.reviews, s.correct, percent(s.accuracy))))
  out[#out + 1] = M.render_svg(s, lang)
  local function tbl(caption, head, rows)
    out[#out + 1] = string.format("<h2>%s</h2><table><thead><tr>", esc(caption))
    for _, c in ipairs(head) do out[#out + 1] = "<th>" .. esc(c) .. "</th>" end
    out[#out + 1] = "</tr></thead><tbody>"
    for _, row in ipairs(rows) do
      local cells = {}
      for i, c in ipairs(row) do cells[i] = (i == 1 and "<td>" or '<td class="n">') .. esc(c) .. "</td>" end
      out[#out + 1] = "<tr>" .. table.concat(cells) .. "</tr>"
    end
    out[#out + 1] = "</tbody></table>"
  end
  local rows = {}
  for _, p in ipairs(s.retention) do
    rows[#rows + 1] = { tr(p.period, lang), p.reviews, p.passed, percent(p.retention), points(p.retention, s.target) }
  end
  tbl(F("retention", lang, percent(s.target)),
    { tr("period", lang), tr("answers", lang), tr("passed", lang), tr("rate", lang), tr("vs", lang) }, rows)
  rows = {}
  local today = days_from_civil(tonumber(s.date:sub(1, 4)), tonumber(s.date:sub(6, 7)), tonumber(s.date:sub(9, 10)))
  for i = 1, 7 do rows[i] = { i == 1 and tr("today", lang) or civil(today + i - 1), s.forecast.days[i] } end
  tbl(F("forecast", lang, s.forecast.next7, s.forecast.next30), { "", tr("answers", lang) }, rows)
  out[#out + 1] = string.format("<p>%s</p>", esc(F("workload", lang, percent(s.target),
    string.format("%.1f", s.workload.mean), s.workload.total)))
  if s.target > M.STEEP then out[#out + 1] = string.format("<p>%s</p>", esc(F("steep", lang))) end
  rows = {}
  for _, t in ipairs(s.topics) do
    rows[#rows + 1] = { t.title, string.format("%d/%d", t.seen - (t.other or 0), t.available), t.reviews, percent(t.accuracy), percent(t.retention) }
  end
  tbl(tr("topics", lang), { tr("topic", lang), tr("seen", lang), tr("answers", lang), tr("accuracy", lang), tr("rate", lang) }, rows)
  out[#out + 1] = string.format("<p>%s</p>", esc(F("coverage", lang, s.coverage.seen, s.coverage.available,
    percent(ratio(s.coverage.seen, s.coverage.available)), s.due)))
  out[#out + 1] = "</body></html>"
  return table.concat(out, "\n")
end

return M
