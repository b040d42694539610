-- quiz_images.lua: build tool, run by src/build/images.lua inside cica-stage0 (cica without
-- images). Makes every bundled quiz topic's questions over the built-in dataset with its own
-- generator, in every display language, and returns them as images for cica.quiz.frozen:
--   quiz@planned            the planned meetings {{id=, last=}, …}: which image a date takes
--   quiz@fold               the matcher's traditional → simplified map of the dataset
--   quiz@topics             the bundled topics' declarations (topic, order, name, title), so
--                           that listing them loads no generator
--   quiz@LANG@STALE         topic -> the questions (cica.quiz.question.snapshot), for the dates
--                           on which the planned meetings STALE (ids joined with ",") are past
--                           their last possible day and the others are not
-- A topic goes into an image only when it comes out the same on two dates of that period and
-- with two seeds (its questions must not depend on either: the choices are drawn at run time);
-- any other topic runs live. Every option's `why` is resolved in the image's language; a
-- question holding any other function keeps its topic live.
--
-- Usage (from images.lua): `dofile(path)(image_of, images)`, `image_of(value, what)` giving the
-- image (stripped bytecode) of a value, `images` the table key -> image it adds to.
local lang = require "cica.lang"
local date = require "cica.date"
local frozen = require "cica.quiz.frozen"
local question = require "cica.quiz.question"
local choices = require "cica.quiz.choices"
local topics = require "cica.quiz.topics"

-- Every option's `why` resolved in `code` (a generator may defer it as a function of the
-- language), and its match keys (choices.keys); returns false when a function is left anywhere
-- else (that topic cannot be an image).
local function resolve(value, code)
  local seen = {}
  local function walk(t)
    if seen[t] then return true end
    seen[t] = true
    if getmetatable(t) ~= nil then return false end
    if type(t.why) == "function" then t.why = choices.why(t, code) end
    if type(t.text) == "string" then choices.keys(t) end -- an option: its match keys too
    for k, v in pairs(t) do
      if type(k) == "function" or type(v) == "function" or type(v) == "userdata" or type(v) == "thread" then
        return false
      end
      if type(k) == "table" and not walk(k) then return false end
      if type(v) == "table" and not walk(v) then return false end
    end
    return true
  end
  return walk(value)
end

-- Whether two values are equal as data (tables compared by content, sharing ignored).
local function same(a, b, seen)
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  seen = seen or {}
  seen[a] = seen[a] or {}
  if seen[a][b] then return true end
  seen[a][b] = true
  for k, v in pairs(a) do
    if type(k) == "table" then return false end -- (no table keys in questions)
    if not same(v, b[k], seen) then return false end
  end
  for k in pairs(b) do
    if a[k] == nil then return false end
  end
  return true
end

-- `value` with every table that equals an earlier one as data (same keys, same values, its
-- tables equal in turn) replaced by that one, so that an image makes it once: the modes, source
-- lists, spellings, match keys and options that many questions repeat. Safe because what a run
-- changes on them is the same for every holder (an option's `why` resolved in the image's
-- language, its match keys); questions themselves are never equal (their ids differ).
-- Returns value.
local function share_equal(value)
  local canon, first, memo = {}, {}, {}
  local function scalar(v) return type(v) == "string" and string.format("%q", v) or (math.type(v) or type(v)) .. tostring(v) end
  local function visit(t)
    if memo[t] then return memo[t] end
    memo[t] = t -- (no cycles in questions; a cycle would keep its first table)
    local keys = {}
    for k, v in pairs(t) do
      if type(v) == "table" then t[k] = visit(v) end
      keys[#keys + 1] = k
    end
    table.sort(keys, function(a, b)
      if type(a) ~= type(b) then return type(a) < type(b) end
      return a < b
    end)
    local parts = {}
    for i, k in ipairs(keys) do
      local v = t[k]
      parts[i] = scalar(k) .. "=" .. (type(v) == "table" and ("#" .. canon[v]) or scalar(v))
    end
    local text = table.concat(parts, ",")
    local same_as = first[text]
    if same_as then memo[t] = same_as; return same_as end
    first[text] = t
    canon[t] = tostring(#parts) .. ":" .. tostring(t):match("0x%x+")
    return t
  end
  for k, v in pairs(value) do if type(v) == "table" then value[k] = visit(v) end end
  return value
end

-- Each topic's questions in `code` on date `today` with `seed`, made in full: topic -> array of
-- snapshots, or topic -> false when one holds a function.
local function made(gens, code, today, seed)
  local real_today = cica.today
  cica.today = function() return today end
  local session = require "cica.quiz.session"
  local ok, all = pcall(session.generate, gens, { seed = seed, lang = code, live = true })
  local by_topic = {}
  if ok then
    for _, q in ipairs(all) do
      local list = by_topic[q.topic]
      if list == nil then list = {}; by_topic[q.topic] = list end
      if list then
        local snap = question.snapshot(q)
        if resolve(snap, code) then list[#list + 1] = snap else by_topic[q.topic] = false end
      end
    end
  end
  cica.today = real_today
  if not ok then error(all, 0) end
  return by_topic
end

-- The day after `day` ("YYYY-MM-DD", which may be a last_day such as "2026-11-31").
local function next_day(day)
  local y, m, d = day:match("^(%d+)-(%d+)-(%d+)$")
  return os.date("%Y-%m-%d", os.time { year = tonumber(y), month = tonumber(m), day = tonumber(d) + 1, hour = 12 })
end

return function(image_of, images)
  local planned = {}
  for _, r in ipairs(cica.query("SELECT id, date, end_date FROM meetings WHERE status = 'planned' ORDER BY id")) do
    planned[#planned + 1] = { id = r.id, last = date.last_day(r.end_date or r.date) }
  end
  table.sort(planned, function(a, b) return a.last < b.last or (a.last == b.last and a.id < b.id) end)
  -- The periods between planned meetings' last days, each with two dates in it.
  local lasts = {}
  for _, m in ipairs(planned) do
    if lasts[#lasts] ~= m.last then lasts[#lasts + 1] = m.last end
  end
  local periods = {}
  local first = lasts[1] or "2099-12-31"
  periods[1] = { first, cica.meta.as_of <= first and cica.meta.as_of or first }
  for k, last in ipairs(lasts) do
    periods[#periods + 1] = { next_day(last), lasts[k + 1] or "2099-12-31" }
  end
  images[frozen.PLANNED] = image_of(planned, "quiz@planned")
  local gens, left, count = topics.bundled_generators(), {}, 0
  local declared = {}
  for i, name in ipairs(topics.bundled()) do
    local gen = gens[i]
    declared[i] = { module = name, topic = gen.topic, order = gen.order, name = gen.name, title = gen.title }
  end
  local match, data = require "cica.quiz.match", require "cica.quiz.data"
  images[frozen.FOLD] = image_of(match.build_fold(data.script_pairs(data.get())), "quiz@fold")
  images[frozen.TOPICS] = image_of(declared, "quiz@topics")
  for _, code in ipairs(lang.codes) do
    cica.set_lang(code)
    local keys = {}
    for _, period in ipairs(periods) do
      local key = frozen.key(code, frozen.signature(planned, period[1]))
      if keys[key] or frozen.signature(planned, period[2]) ~= frozen.signature(planned, period[1]) then
        error("quiz images: the dates " .. period[1] .. " and " .. period[2] .. " do not make one period", 0)
      end
      keys[key] = true
      local a, b = made(gens, code, period[1], 1), made(gens, code, period[2], 2)
      local value = {}
      for _, gen in ipairs(gens) do
        local t = gen.topic
        if a[t] and b[t] and same(a[t], b[t]) then
          value[t] = a[t]
          count = count + #a[t]
        elseif a[t] ~= nil then
          left[t] = true
        end
      end
      images[key] = image_of(share_equal(value), key)
    end
  end
  local names = {}
  for t in pairs(left) do names[#names + 1] = t end
  table.sort(names)
  io.stderr:write(string.format("quiz images: %d questions precomputed over %d periods; topics left live: %s\n",
    count, #periods, #names > 0 and table.concat(names, ", ") or "none"))
end
