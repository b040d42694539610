-- Quiz history in SQLite (through cica.state): every answer, and each card's FSRS state.
--
-- Each answer is one BEGIN IMMEDIATE … COMMIT transaction that reads the card, schedules it and
-- writes both rows, so two sessions on one file queue rather than lose updates, and a killed
-- session loses at most the question on screen.
--
-- Schema versions (PRAGMA user_version; cica.state sets application_id to 'CICA'):
--   0  an empty file, or the pre-release layout: reviews(card TEXT, time INTEGER, grade INTEGER)
--   1  cards + reviews + sessions (below)
-- MIGRATIONS[v] takes a file from version v to v + 1; open() runs every step that is due, in one
-- transaction, so a file is never left half-migrated.
local fsrs = require "cica.fsrs"

local M = {}
M.__index = M

M.VERSION = 1

local SCHEMA_V1 = [[
CREATE TABLE sessions (
  id      INTEGER PRIMARY KEY,
  started INTEGER NOT NULL,            -- unix seconds
  seed    TEXT,
  mode    TEXT,
  lang    TEXT
);
CREATE TABLE cards (                   -- one per question id, after its latest review
  id          TEXT PRIMARY KEY,        -- the question id, e.g. 'accession:KR:year'
  topic       TEXT NOT NULL,
  stability   REAL NOT NULL,           -- FSRS S, days
  difficulty  REAL NOT NULL,           -- FSRS D, 1..10
  last_review INTEGER NOT NULL,        -- unix seconds
  due         INTEGER NOT NULL,        -- unix seconds
  reps        INTEGER NOT NULL,
  lapses      INTEGER NOT NULL,
  last_grade  INTEGER NOT NULL         -- 1 again (wrong) … 4 easy
) WITHOUT ROWID;
CREATE TABLE reviews (                 -- one per answer, never changed
  id         INTEGER PRIMARY KEY,
  card       TEXT NOT NULL,
  topic      TEXT NOT NULL,
  time       INTEGER NOT NULL,         -- unix seconds
  grade      INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
  correct    INTEGER NOT NULL CHECK (correct IN (0, 1)),
  given      TEXT,                     -- what was answered
  expected   TEXT,                     -- the answer shown
  mode       TEXT,                     -- 'choice' or 'typed'
  session    INTEGER REFERENCES sessions(id),
  stability  REAL,                     -- the card after this review
  difficulty REAL,
  due        INTEGER
);
CREATE INDEX reviews_card ON reviews(card, time);
CREATE INDEX reviews_time ON reviews(time);
]]

local function tables(db)
  local out = {}
  for _, r in ipairs(db:query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) do
    out[r.name] = true
  end
  return out
end

local function columns(db, table_name)
  local out = {}
  for _, r in ipairs(db:query("SELECT name FROM pragma_table_info(?)", table_name)) do out[r.name] = true end
  return out
end

local function user_version(db)
  return db:query("PRAGMA user_version")[1].user_version
end

-- Rebuild every card from its reviews: the FSRS state is a pure function of the grades.
function M.rebuild_cards(db)
  db:exec("DELETE FROM cards")
  local cards = {}
  for _, r in ipairs(db:query("SELECT id, card, topic, time, grade FROM reviews ORDER BY time, id")) do
    local c = cards[r.card]
    local next = fsrs.review(c, r.grade, r.time)
    next.topic = r.topic
    next.reps = (c and c.reps or 0) + 1
    next.lapses = (c and c.lapses or 0) + (r.grade == 1 and c and 1 or 0)
    next.last_grade = r.grade
    cards[r.card] = next
    db:exec("UPDATE reviews SET stability = ?, difficulty = ?, due = ? WHERE id = ?",
      next.stability, next.difficulty, next.due, r.id)
  end
  for id, c in pairs(cards) do
    db:exec([[INSERT INTO cards (id, topic, stability, difficulty, last_review, due, reps, lapses, last_grade)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)]], id, c.topic, c.stability, c.difficulty, c.last_review,
      c.due, c.reps, c.lapses, c.last_grade)
  end
end

local MIGRATIONS = {}

-- 0 → 1: an empty file gets the schema; the pre-release layout keeps its answers.
MIGRATIONS[0] = function(db)
  local t = tables(db)
  if next(t) == nil then
    db:exec(SCHEMA_V1)
    return
  end
  local cols = columns(db, "reviews")
  if t.reviews and not t.cards and cols.card and cols.time and cols.grade then
    db:exec("ALTER TABLE reviews RENAME TO reviews_v0")
    db:exec(SCHEMA_V1)
    -- The topic is the id's first part ("accession:KR:year" → "accession").
    db:exec([[INSERT INTO reviews (card, topic, time, grade, correct)
      SELECT card, CASE WHEN instr(card, ':') > 0 THEN substr(card, 1, instr(card, ':') - 1) ELSE card END,
             time, grade, grade > 1
      FROM reviews_v0 WHERE card IS NOT NULL AND time IS NOT NULL AND grade BETWEEN 1 AND 4
      ORDER BY time, rowid]])
    db:exec("DROP TABLE reviews_v0")
    M.rebuild_cards(db)
    return
  end
  local names = {}
  for n in pairs(t) do names[#names + 1] = n end
  table.sort(names)
  error("it holds other tables: " .. table.concat(names, ", "), 0)
end
M.MIGRATIONS = MIGRATIONS

-- Bring db to M.VERSION inside the caller's transaction. Raises a plain message on a file that
-- is not (or not yet) ours.
local function migrate(db)
  local v = user_version(db)
  if v > M.VERSION then
    error(string.format("written by a newer cica (history version %d; this cica reads up to %d)", v, M.VERSION), 0)
  end
  if v == M.VERSION then
    local t = tables(db)
    if not (t.cards and t.reviews and t.sessions) then error("its quiz tables are missing", 0) end
    return false
  end
  while v < M.VERSION do
    MIGRATIONS[v](db)
    v = v + 1
    db:exec("PRAGMA user_version = " .. v)
  end
  return true
end

local function not_history(path, why)
  return string.format("%s: not a cica quiz history (%s)", path, why)
end

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

-- Open the history at `path`. opts.readonly: never create the file, and leave an old layout as
-- it is (it is migrated in a transaction that close() rolls back). Returns nil for a readonly
-- open of a missing file. Raises "<path>: not a cica quiz history (…)" for anything else.
function M.open(path, opts)
  opts = opts or {}
  if opts.readonly and not exists(path) then return nil end
  local state = require "cica.state"
  local db, err = state.open(path)
  if not db then
    local why = tostring(err)
    if why:sub(1, #path + 2) == path .. ": " then why = why:sub(#path + 3) end
    local foreign = why:match("^not a cica state file %((.*)%)$")
    if foreign then error(not_history(path, foreign), 0) end
    if why:find("not a database", 1, true) or why:find("encrypted", 1, true) then
      error(not_history(path, why), 0)
    end
    error(path .. ": " .. why, 0) -- cannot create or open it at all: say what SQLite said
  end
  local self = setmetatable({ db = db, path = path, readonly = opts.readonly }, M)
  local ok, problem = pcall(function()
    if opts.readonly and user_version(db) == M.VERSION then return migrate(db) end
    db:begin()
    self.in_tx = true
    migrate(db)
    if opts.readonly then return end -- keep the transaction open: close() rolls it back
    db:commit()
    self.in_tx = false
  end)
  if not ok then
    if self.in_tx then pcall(db.rollback, db) end
    db:close()
    problem = tostring(problem)
    -- SQLite's own errors (busy, I/O) are not about what the file is.
    local sqlite = problem:match("^state:%a+: (.*)$")
    if sqlite then error(path .. ": " .. sqlite, 0) end
    if problem:find("^written by a newer cica") then error(path .. ": " .. problem, 0) end
    error(not_history(path, problem), 0)
  end
  return self
end

function M:close()
  if self.in_tx then pcall(self.db.rollback, self.db) end
  self.in_tx = false
  self.db:close()
end

-- All cards: id → {stability, difficulty, last_review, due, reps, lapses, last_grade, topic}.
function M:cards()
  local out = {}
  for _, c in ipairs(self.db:query("SELECT * FROM cards")) do out[c.id] = c end
  return out
end

-- Record one answer: schedule the card with FSRS and write the review, in one transaction.
-- r = {card=, topic=, grade=, correct=, given=, expected=, mode=, time=, session_info=}.
function M:record(r)
  local db = self.db
  db:begin()
  local ok, result = pcall(function()
    local c = db:query("SELECT * FROM cards WHERE id = ?", r.card)[1]
    local next = fsrs.review(c, r.grade, r.time)
    if not self.session then
      local s = r.session_info or {}
      db:exec("INSERT INTO sessions (started, seed, mode, lang) VALUES (?, ?, ?, ?)",
        s.started or r.time, s.seed, s.mode, s.lang)
      self.session = db:query("SELECT last_insert_rowid() AS id")[1].id
    end
    db:exec([[INSERT INTO reviews (card, topic, time, grade, correct, given, expected, mode, session,
        stability, difficulty, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)]],
      r.card, r.topic, r.time, r.grade, r.correct and 1 or 0, r.given, r.expected, r.mode, self.session,
      next.stability, next.difficulty, next.due)
    db:exec([[INSERT INTO cards (id, topic, stability, difficulty, last_review, due, reps, lapses, last_grade)
        VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
        ON CONFLICT (id) DO UPDATE SET topic = excluded.topic, stability = excluded.stability,
          difficulty = excluded.difficulty, last_review = excluded.last_review, due = excluded.due,
          reps = cards.reps + 1, lapses = cards.lapses + (excluded.last_grade = 1),
          last_grade = excluded.last_grade]],
      r.card, r.topic, next.stability, next.difficulty, next.last_review, next.due,
      0, r.grade)
    return next
  end)
  if not ok then
    pcall(db.rollback, db)
    error(result, 0)
  end
  db:commit()
  return result
end

-- Every review, oldest first (for stats).
function M:reviews()
  return self.db:query("SELECT card, topic, time, grade, correct FROM reviews ORDER BY time, id")
end

return M
