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
    assert.equals(history.VERSION, db:query("PRAGMA user_version")[1].user_version)
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
    local ok, err = pcall(history.open, path, { lang = "en" })
    assert.is_false(ok)
    assert.equals(path .. ": not a cica quiz history (file is not a database)", err)
    ok, err = pcall(history.open, path, { lang = "zh-Hant" })
    assert.equals(path .. "：不是 cica 測驗記錄檔（不是資料庫檔案）", err)
    assert.equals("this is not a database", slurp(path))
  end)

  it("refuses another program's SQLite file", function()
    os.execute("sqlite3 '" .. path .. "' 'CREATE TABLE notes(x)' 2>/dev/null")
    if not io.open(path, "rb") then return pending("the sqlite3 shell is not installed") end
    local before = slurp(path)
    local ok, err = pcall(history.open, path, { lang = "en" })
    assert.is_false(ok)
    assert.equals(path .. ": not a cica quiz history (it belongs to another program)", err)
    assert.equals(before, slurp(path))
  end)

  it("refuses a history from a newer cica", function()
    local db = assert(state.open(path))
    db:exec("PRAGMA user_version = 99")
    db:close()
    local ok, err = pcall(history.open, path, { lang = "en" })
    assert.is_false(ok)
    assert.equals(path .. ": written by a newer cica (history version 99; this cica reads up to 2)", err)
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
    assert.equals(history.VERSION, db:query("PRAGMA user_version")[1].user_version)
    -- the old table stays, renamed, with every row
    assert.equals(3, db:query("SELECT count(*) AS n FROM reviews_v0")[1].n)
    db:close()
  end)

  it("keeps the rows a migration cannot carry over, and counts them", function()
    local db = assert(state.open(path))
    db:exec("CREATE TABLE reviews (card TEXT, time INTEGER, grade INTEGER)")
    db:exec("INSERT INTO reviews VALUES ('accession:KR:year', ?, 3)", T0)
    db:exec("INSERT INTO reviews VALUES ('accession:KR:year', NULL, 3)")
    db:exec("INSERT INTO reviews VALUES (NULL, ?, 3)", T0 + 1)
    db:exec("INSERT INTO reviews VALUES ('summits:4:city', ?, 0)", T0 + 2)
    db:exec("INSERT INTO reviews VALUES ('summits:4:city', ?, 5)", T0 + 3)
    db:exec("INSERT INTO reviews VALUES ('summits:4:city', ?, 2.5)", T0 + 4)
    db:close()
    local h = history.open(path, { lang = "en" })
    assert.same({ carried = 1, total = 6 }, h.migration)
    assert.equals(path .. ": 5 of 6 old answers could not be carried over (no card, no time, or a grade"
      .. " outside 1-4); they are kept in its table reviews_v0", h:migration_note("en"))
    h:close()
    h = history.open(path) -- opened again: nothing more to say
    assert.is_nil(h:migration_note("en"))
    h:close()
  end)

  it("leaves nothing behind from its write check", function()
    local h = history.open(path)
    h:close()
    local db = assert(state.open(path))
    for _, t in ipairs { "sessions", "reviews", "cards" } do
      assert.equals(0, db:query("SELECT count(*) AS n FROM " .. t)[1].n)
    end
    db:close()
  end)

  it("refuses names that would save nothing, before creating anything", function()
    for _, name in ipairs { ":memory:", "file:" .. path .. "?mode=memory", "file:" .. path } do
      local ok, err = pcall(history.open, name, { lang = "en" })
      assert.is_false(ok)
      assert.equals(name .. ": not a history file name: SQLite would keep the history in memory or in a"
        .. " temporary file and save nothing (name a file, e.g. ./" .. name .. ")", err)
    end
    assert.same({ false, "--state: the history file name is empty" }, { pcall(history.open, "", { lang = "en" }) })
    assert.is_nil(io.open(path, "rb"))
  end)

  it("refuses a schema with anything cica did not create, for reading too", function()
    history.open(path):close()
    for _, plant in ipairs {
      { "CREATE TRIGGER t AFTER INSERT ON reviews BEGIN DELETE FROM cards; END", "trigger t" },
      { "CREATE VIEW v AS SELECT 1", "view v" },
      { "CREATE INDEX i ON cards(due)", "index i" },
      { "CREATE TABLE reviews_v1 (x)", "table reviews_v1" },
    } do
      local copy = path .. ".copy"
      assert(os.execute(string.format("cp '%s' '%s'", path, copy)))
      local db = assert(state.open(copy))
      db:exec(plant[1])
      db:close()
      for _, readonly in ipairs { false, true } do
        local ok, err = pcall(history.open, copy, { lang = "en", readonly = readonly })
        assert.is_false(ok)
        assert.equals(copy .. ": not a cica quiz history (it holds what cica did not create: " .. plant[2] .. ")", err)
      end
      cleanup(copy)
    end
  end)

  it("reads a history without changing it", function()
    local h = history.open(path)
    answer(h, "accession:KR:year", 3, T0)
    h:close()
    local before = slurp(path)
    h = history.open(path, { readonly = true })
    assert.equals(1, #h:reviews())
    h.db:exec("DELETE FROM reviews") -- a private copy in memory
    h:close()
    assert.equals(before, slurp(path))
    -- a name with the characters a URI gives a meaning to (the file is opened through one)
    local odd = path .. "%41?mode=rw#x"
    local f = assert(io.open(odd, "wb"))
    f:write(before)
    f:close()
    h = history.open(odd, { readonly = true })
    assert.equals(1, #h:reviews())
    h:close()
    cleanup(odd)
    -- an empty file is read as an empty history, and stays empty
    f = assert(io.open(path, "wb"))
    f:close()
    h = history.open(path, { readonly = true })
    assert.equals(0, #h:reviews())
    h:close()
    assert.equals("", slurp(path))
  end)

  it("says a damaged file is damaged", function()
    history.open(path):close()
    local data = slurp(path)
    for _, n in ipairs { 50, 2000 } do
      local f = assert(io.open(path, "wb"))
      f:write(data:sub(1, n))
      f:close()
      for _, readonly in ipairs { false, true } do
        local ok, err = pcall(history.open, path, { lang = "en", readonly = readonly })
        assert.is_false(ok)
        assert.equals(path .. ": the quiz history is damaged (database disk image is malformed); move it away"
          .. " to start a new one", err)
      end
      assert.equals(n, #slurp(path))
    end
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
    local by = {}
    for _, t in ipairs(s.topics) do by[t.topic] = t end
    assert.equals(0.5, by.accession.accuracy)
    assert.equals(1, by.summits.accuracy)
    assert.equals("accession", s.topics[1].topic) -- weakest first
    assert.equals(4, s.cards)
    assert.equals(1, s.due) -- the wrong answer is due a day later
    assert.same({ current = 2, longest = 2 }, s.streak)
    -- true retention counts only answers about a question answered on an earlier day: none here
    assert.same({ period = "all", reviews = 0, passed = 0 }, s.retention[4])
    assert.is_truthy(stats.render(s, "en"):find("Answers: 4, right: 3", 1, true))
  end)

  it("is empty without a history", function()
    local s = stats.compute(nil, T0)
    assert.equals(0, s.reviews)
    assert.is_nil(s.accuracy)
  end)

  it("counts a review as retention when the question was answered on an earlier day", function()
    local h = history.open(path)
    answer(h, "accession:KR:year", 3, T0)
    answer(h, "accession:KR:year", 1, T0 + 60)          -- same day: not a test of memory
    answer(h, "accession:KR:year", 3, T0 + 3 * DAY)     -- three days later: passed
    answer(h, "accession:TH:year", 3, T0 + 3 * DAY)
    answer(h, "accession:TH:year", 1, T0 + 40 * DAY)    -- 37 days later: lapsed
    local s = stats.compute(h, T0 + 40 * DAY + 60, { target = 0.8 })
    h:close()
    assert.equals(0.8, s.target)
    assert.same({ period = "day", reviews = 1, passed = 0, retention = 0 }, s.retention[1])
    assert.same({ period = "month", reviews = 1, passed = 0, retention = 0 }, s.retention[3])
    assert.same({ period = "all", reviews = 2, passed = 1, retention = 0.5 }, s.retention[4])
    assert.same({ current = 1, longest = 1 }, s.streak)
  end)

  it("numbers days by the calendar", function()
    assert.equals("1970-01-01", stats.civil(0))
    assert.equals("2000-02-29", stats.civil(11016))
    assert.equals("2024-12-31", stats.civil(20088))
    assert.equals(0, stats.level(0, 10))
    assert.equals(1, stats.level(1, 10))
    assert.equals(4, stats.level(10, 10))
  end)
end)

describe("quiz judging", function()
  local session = require "cica.quiz.session"
  local match = require "cica.quiz.match"

  it("counts an answer over MAX_INPUT bytes as wrong, unread, and keeps its beginning", function()
    local q = { mode = "typed", answers = { { text = "2006", kind = "year", value = 2006 } }, others = {},
      answer = "2006", sources = {} }
    local given = "2006" .. string.rep("x", 5e6)
    collectgarbage("stop")
    local before = collectgarbage("count")
    local v = session.judge(q, given)
    local grew = collectgarbage("count") - before
    collectgarbage("restart")
    assert.is_true(grew < 256, ("judging allocated %.0f KB"):format(grew)) -- the 5 MB answer is not copied
    assert.is_false(v.correct)
    assert.is_true(v.too_long)
    assert.equals(match.MAX_INPUT + #"…", #v.given)
    -- cut at a character boundary
    v = session.judge(q, string.rep("中", 2000))
    assert.equals(string.rep("中", 333) .. "…", v.given)
    assert.equals("wrong — the answer is 2006.\n(Your answer is longer than 1000 bytes and was not read: it counts as wrong.)",
      session.render_feedback(q, v, "en"))
  end)
end)
