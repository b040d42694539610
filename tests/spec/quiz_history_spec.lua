-- Quiz history: answers committed one by one, FSRS state per card, two handles on one file,
-- files that are not a history left alone, the v0 layout migrated. Runs under cica.
local history = require "cica.quiz.history"
local stats = require "cica.quiz.stats"
local fsrs = require "cica.fsrs"
local state = require "cica.state"

local DAY = 86400
local T0 = 1750000000

local function tmpfile()
  local path = os.tmpname()
  os.remove(path) -- a fresh name; the history creates the file
  return path
end

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function cleanup(path)
  for _, suffix in ipairs { "", "-wal", "-shm" } do os.remove(path .. suffix) end
end

local function answer(h, card, grade, time)
  return h:record { card = card, topic = card:match("^[^:]+"), grade = grade, correct = grade > 1,
    given = "x", expected = "y", mode = "typed", time = time }
end

describe("quiz history", function()
  local path
  before_each(function() path = tmpfile() end)
  after_each(function() cleanup(path) end)

  it("creates a version 1 file and keeps every answer", function()
    local h = history.open(path)
    answer(h, "accession:KR:year", 3, T0)
    answer(h, "summits:4:city", 1, T0 + 10)
    h:close()
    local db = assert(state.open(path))
    assert.equals(1, db:query("PRAGMA user_version")[1].user_version)
    assert.equals(2, db:query("SELECT count(*) AS n FROM reviews")[1].n)
    db:close()
  end)

  it("schedules cards with FSRS-6", function()
    local h = history.open(path)
    local c = answer(h, "accession:KR:year", 3, T0)
    assert.is_near(2.3065, c.stability, 1e-9)
    assert.equals(T0 + 2 * DAY, c.due)
    -- reviewed again S days later: the hand computation in fsrs_spec.lua gives S' = 11.9091227
    c = answer(h, "accession:KR:year", 3, T0 + math.floor(2.3065 * DAY + 0.5))
    assert.is_near(11.9091227, c.stability, 1e-4)
    local card = h:cards()["accession:KR:year"]
    assert.equals(2, card.reps)
    assert.equals(0, card.lapses)
    answer(h, "accession:KR:year", 1, T0 + 20 * DAY)
    card = h:cards()["accession:KR:year"]
    assert.equals(1, card.lapses)
    assert.equals(fsrs.AGAIN, card.last_grade)
    h:close()
  end)

  it("lets two sessions write to one file in turn", function()
    local a, b = history.open(path), history.open(path)
    for i = 1, 5 do
      answer(a, "counts:members:2010", 3, T0 + i)
      answer(b, "counts:members:2010", 1, T0 + i)
    end
    a:close()
    b:close()
    local h = history.open(path)
    local card = h:cards()["counts:members:2010"]
    assert.equals(10, card.reps) -- no update was lost
    assert.equals(10, #h:reviews())
    h:close()
  end)

  it("does not create a file to read it", function()
    assert.is_nil(history.open(path, { readonly = true }))
    assert.is_nil(io.open(path, "rb"))
  end)

  it("refuses a file that is not a database and leaves it as it was", function()
    local f = assert(io.open(path, "wb"))
    f:write("this is not a database")
    f:close()
    local ok, err = pcall(history.open, path)
    assert.is_false(ok)
    assert.equals(path .. ": not a cica quiz history (file is not a database)", err)
    assert.equals("this is not a database", slurp(path))
  end)

  it("refuses another program's SQLite file", function()
    os.execute("sqlite3 '" .. path .. "' 'CREATE TABLE notes(x)' 2>/dev/null")
    if not io.open(path, "rb") then return pending("the sqlite3 shell is not installed") end
    local before = slurp(path)
    local ok, err = pcall(history.open, path)
    assert.is_false(ok)
    assert.is_truthy(err:find("not a cica", 1, true))
    assert.equals(before, slurp(path))
  end)

  it("refuses a history from a newer cica", function()
    local db = assert(state.open(path))
    db:exec("PRAGMA user_version = 99")
    db:close()
    local ok, err = pcall(history.open, path)
    assert.is_false(ok)
    assert.is_truthy(err:find("newer cica", 1, true))
  end)

  it("migrates the version 0 layout, keeping the answers and rebuilding the cards", function()
    -- The pre-release layout: one table of (card, time, grade), user_version 0.
    local db = assert(state.open(path))
    db:exec("CREATE TABLE reviews (card TEXT, time INTEGER, grade INTEGER)")
    db:exec("INSERT INTO reviews VALUES ('accession:KR:year', ?, 3)", T0)
    db:exec("INSERT INTO reviews VALUES ('accession:KR:year', ?, 3)", T0 + math.floor(2.3065 * DAY + 0.5))
    db:exec("INSERT INTO reviews VALUES ('summits:4:city', ?, 1)", T0 + 5)
    db:close()
    local h = history.open(path)
    local cards = h:cards()
    assert.is_near(11.9091227, cards["accession:KR:year"].stability, 1e-4)
    assert.equals("accession", cards["accession:KR:year"].topic)
    assert.equals(1, cards["summits:4:city"].last_grade)
    assert.equals(3, #h:reviews())
    h:close()
    db = assert(state.open(path))
    assert.equals(1, db:query("PRAGMA user_version")[1].user_version)
    assert.equals(0, db:query("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'reviews_v0'")[1].n)
    db:close()
  end)

  it("reads an old layout without changing it when asked only to read", function()
    local db = assert(state.open(path))
    db:exec("CREATE TABLE reviews (card TEXT, time INTEGER, grade INTEGER)")
    db:exec("INSERT INTO reviews VALUES ('accession:KR:year', ?, 3)", T0)
    db:close()
    local h = history.open(path, { readonly = true })
    assert.equals(1, #h:reviews())
    h:close()
    db = assert(state.open(path))
    assert.equals(0, db:query("PRAGMA user_version")[1].user_version)
    db:close()
  end)
end)

describe("quiz stats", function()
  local path
  before_each(function() path = tmpfile() end)
  after_each(function() cleanup(path) end)

  it("counts reviews, accuracy per topic, due cards and streaks", function()
    local h = history.open(path)
    answer(h, "accession:KR:year", 3, T0)
    answer(h, "accession:TH:year", 1, T0 + 60)
    answer(h, "summits:4:city", 3, T0 + DAY)
    answer(h, "summits:5:city", 3, T0 + DAY + 60)
    local s = stats.compute(h, T0 + DAY + 120)
    h:close()
    assert.equals(4, s.reviews)
    assert.equals(3, s.correct)
    assert.equals(0.75, s.accuracy)
    assert.equals(0.5, s.topics.accession.accuracy)
    assert.equals(1, s.topics.summits.accuracy)
    assert.equals(4, s.cards)
    assert.equals(1, s.due) -- the wrong answer is due a day later
    assert.equals(2, s.streak_days)
    assert.equals(2, s.right_in_a_row)
    assert.is_truthy(stats.render(s, "en"):find("reviews: 4"))
  end)

  it("is empty without a history", function()
    local s = stats.compute(nil, T0)
    assert.equals(0, s.reviews)
    assert.is_nil(s.accuracy)
  end)
end)
