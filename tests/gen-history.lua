-- tests/gen-history.lua — writes a deterministic synthetic quiz history for tests and benchmarks.
--
-- usage: cica tests/gen-history.lua OUT.db REVIEWS [SEED] [START] [NEW] [W]
--   OUT.db   a new history file (refused if it exists)
--   REVIEWS  how many answers to write (the simulation stops there)
--   SEED     the simulated learner's seed (default "gen")
--   START    the first day, YYYY-MM-DD (default 2025-01-01), in local time: set TZ for exact tests
--   NEW      new questions a day (default 8)
--   W        the learner's true FSRS parameters, 21 numbers separated by commas (default: FSRS-6's);
--            the history is scheduled and answered by them (for testing cica quiz optimize)
--
-- A simulated learner studies every day except about one in six: each day it answers every card
-- due (at most 200), then learns NEW new questions (default 8) (the bundled questions' ids first, then
-- synthetic 'extra:N' cards in the topic 'extra', so any number of reviews can be reached).
-- Whether it remembers a card is drawn from FSRS-6 retrievability under the default parameters
-- (or W), with cica's seeded PRNG, so the same arguments give
-- the same file on every machine.
local history = require "cica.quiz.history"
local fsrs = require "cica.fsrs"
local rng = require "cica.quiz.rng"

local out, n, seed, start = arg[1], math.tointeger(tonumber(arg[2] or "")), arg[3] or "gen", arg[4] or "2025-01-01"
local per_day = math.tointeger(tonumber(arg[5] or "8"))
local W = fsrs.DEFAULT
if arg[6] then
  W = {}
  for x in arg[6]:gmatch("[^,]+") do W[#W + 1] = assert(tonumber(x), "W: numbers separated by commas") end
  assert(#W == 21, "W: 21 numbers")
end
if not out or not n or n < 0 or not per_day or per_day < 1 then
  io.stderr:write("usage: cica tests/gen-history.lua OUT.db REVIEWS [SEED] [START]\n")
  os.exit(2)
end
if io.open(out, "rb") then io.stderr:write(out, ": exists\n"); os.exit(1) end
local y, m, d = start:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
assert(y, "START must be YYYY-MM-DD")

local ids = {}
do
  local topics, session = require "cica.quiz.topics", require "cica.quiz.session"
  local qs = session.generate(topics.all({}), { seed = 1, lang = "en" })
  for _, q in ipairs(qs) do ids[#ids + 1] = { id = q.id, topic = q.topic } end
  table.sort(ids, function(a, b) return a.id < b.id end)
end

-- The order of new questions has a stream of its own, so the answers (days, times, grades) do
-- not change when the bundled question set does: only which question each card is.
rng.new(seed):derive("ids"):shuffle(ids)
local r = rng.new(seed)
local function uniform() return (r:next64() >> 11) / 9007199254740992.0 end

local h = history.open(out)
local db = h.db
db:begin()
local cards, order, written, next_new = {}, {}, 0, 1
local day0 = os.time { year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 9 }
local day = 0
while written < n do
  if uniform() >= 1 / 6 then
    local t = day0 + day * fsrs.DAY + r:int(3600 * 10) -- some time between 09:00 and 19:00
    local due = {}
    for _, id in ipairs(order) do
      if cards[id].due <= t then due[#due + 1] = id end
    end
    for i = #due, 201, -1 do due[i] = nil end
    for _ = 1, per_day do
      local q = ids[next_new]
      if not q then q = { id = "extra:" .. next_new, topic = "extra" } end
      next_new = next_new + 1
      cards[q.id] = { topic = q.topic, new = true, due = 0 }
      order[#order + 1] = q.id
      due[#due + 1] = q.id
    end
    for _, id in ipairs(due) do
      if written >= n then break end
      local c = cards[id]
      local grade
      if c.new then
        grade = uniform() < 0.75 and 3 or 1
      else
        local p = fsrs.retrievability((t - c.last_review) / fsrs.DAY, c.stability, W)
        if uniform() < p then
          local u = uniform()
          grade = u < 0.1 and 2 or (u > 0.9 and 4 or 3)
        else
          grade = 1
        end
      end
      local nc = fsrs.review(not c.new and c or nil, grade, t, { w = W })
      nc.topic, nc.new = c.topic, nil
      cards[id] = nc
      db:exec("INSERT INTO reviews (card, topic, time, grade, correct, mode) VALUES (?, ?, ?, ?, ?, 'typed')",
        id, c.topic, t, grade, grade > 1 and 1 or 0)
      written = written + 1
      t = t + 5 + r:int(40)
    end
  end
  day = day + 1
end
history.rebuild_cards(db)
db:commit()
h:close()
