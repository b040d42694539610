-- Quiz history in SQLite (through cica.state): every answer, and each card's FSRS state.
--
-- Each answer is one BEGIN IMMEDIATE … COMMIT transaction that reads the card, schedules it and
-- writes both rows, so two sessions on one file queue rather than lose updates, and a killed
-- session loses at most the question on screen. Before the first question open() checks that an
-- answer can be saved (a transaction written to disk and rolled back), and that the file's schema
-- is exactly cica's (nothing planted: no trigger, view, extra index or table).
--
-- Schema versions (PRAGMA user_version; cica.state sets application_id to 'CICA'):
--   0  an empty file, or the pre-release layout: reviews(card TEXT, time INTEGER, grade INTEGER)
--   1  cards + reviews + sessions (below)
--   2  + parameters: the FSRS parameters fitted by `cica quiz optimize` (at most one row)
--        + origins: which learner each merged session came from (cica quiz merge)
-- MIGRATIONS[v] takes a file from version v to v + 1; open() runs every step that is due, in one
-- transaction, so a file is never left half-migrated.
local fsrs = require "cica.fsrs"

local M = {}
M.__index = M

M.VERSION = 2

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

local SCHEMA_V2 = [[
CREATE TABLE parameters (              -- the learner's own FSRS-6 parameters (cica quiz optimize)
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  w        TEXT NOT NULL,              -- w0 … w20, comma-separated
  fitted   INTEGER NOT NULL,           -- unix seconds
  reviews  INTEGER NOT NULL,           -- answers in the history then
  items    INTEGER NOT NULL,           -- review sequences the fit used
  log_loss REAL,                       -- after fitting
  rmse     REAL
);
CREATE TABLE origins (                 -- after cica quiz merge: whose answers a session holds
  session  INTEGER PRIMARY KEY REFERENCES sessions(id),
  learner  TEXT NOT NULL               -- the merged file's name, without folder and extension
);
]]

-- The statements of the schema, and what sqlite_schema holds after them: {type, name, sql}.
local function schema_objects(schema)
  local out = {}
  for stmt in schema:gmatch("(CREATE.-);\n") do
    local kind, name = stmt:match("^CREATE (%u+) ([%w_]+)")
    out[#out + 1] = { type = kind:lower(), name = name, sql = stmt }
  end
  return out
end
local EXPECTED = schema_objects(SCHEMA_V1 .. SCHEMA_V2) -- the one place the expected schema is named

-- Messages, by language (the quiz's pattern: see cica.quiz.session).
local MSG = require("cica.lang").area("quiz_history") -- its messages (lua/cica/messages/quiz_history.lua)
M.MSG = MSG

-- The language of the messages: opts.lang, else cica.lang.
local function language(lang)
  if lang then return lang end
  local ok, c = pcall(require, "cica")
  return ok and type(c) == "table" and c.lang or "en"
end

local function L(key, lang, ...)
  local t = MSG[key]
  return string.format(t[lang] or t.en, ...)
end

-- An error raised with the message already in the user's language (not wrapped again).
-- whole: the message names the file itself; otherwise it is a reason the file is not a history.
local Refusal = {}
local function refuse(msg, whole) error(setmetatable({ msg = msg, whole = whole }, Refusal), 0) end

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
-- opts: {w = parameters, retention = desired retention} (defaults: FSRS-6's, 0.9).
function M.rebuild_cards(db, opts)
  opts = opts or {}
  db:exec("DELETE FROM cards")
  local cards = {}
  for _, r in ipairs(db:query("SELECT id, card, topic, time, grade FROM reviews ORDER BY time, id")) do
    local c = cards[r.card]
    local next = fsrs.review(c, r.grade, r.time, opts)
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

-- 0 → 1: an empty file gets the schema; the pre-release layout keeps its answers. The old table
-- stays, renamed reviews_v0, so rows that cannot be carried over (no card or time, a grade
-- outside 1..4) are not lost; the step returns how many were carried over and how many not.
MIGRATIONS[0] = function(db, lang)
  local t = tables(db)
  if next(t) == nil then
    db:exec(SCHEMA_V1)
    return
  end
  local cols = columns(db, "reviews")
  if t.reviews and not t.cards and not t.reviews_v0 and cols.card and cols.time and cols.grade then
    local names = {}
    for n in pairs(t) do if n ~= "reviews" then names[#names + 1] = n end end
    if #names > 0 then
      table.sort(names)
      refuse(L("other_tables", lang, table.concat(names, ", ")))
    end
    db:exec("ALTER TABLE reviews RENAME TO reviews_v0")
    db:exec(SCHEMA_V1)
    -- The topic is the id's first part ("accession:KR:year" → "accession").
    local carried = db:exec([[INSERT INTO reviews (card, topic, time, grade, correct)
      SELECT card, CASE WHEN instr(card, ':') > 0 THEN substr(card, 1, instr(card, ':') - 1) ELSE card END,
             time, grade, grade > 1
      FROM reviews_v0 WHERE card IS NOT NULL AND time IS NOT NULL AND grade IN (1, 2, 3, 4)
      ORDER BY time, rowid]])
    local total = db:query("SELECT count(*) AS n FROM reviews_v0")[1].n
    M.rebuild_cards(db)
    return { carried = carried, total = total }
  end
  local names = {}
  for n in pairs(t) do names[#names + 1] = n end
  table.sort(names)
  refuse(L("other_tables", lang, table.concat(names, ", ")))
end
-- 1 → 2: the table of fitted parameters (empty: the defaults are used) and of merged sessions' learners.
MIGRATIONS[1] = function(db)
  db:exec(SCHEMA_V2)
end
M.MIGRATIONS = MIGRATIONS

local function squash(sql) return (sql or ""):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "") end

-- The schema must be exactly what cica creates: a trigger, view, index or table planted in the
-- file would run (or change what is read) inside cica's transactions. Only the old table kept by
-- the v0 → v1 migration (reviews_v0, and indexes on it) is allowed besides.
local function verify_schema(db, lang)
  local want = {}
  for _, o in ipairs(EXPECTED) do want[o.type .. " " .. o.name] = o end
  local extra, changed, seen = {}, {}, {}
  for _, r in ipairs(db:query("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")) do
    local o = want[r.type .. " " .. r.name]
    if o then
      seen[o] = true
      if squash(r.sql) ~= squash(o.sql) then changed[#changed + 1] = L("changed", lang, r.type, r.name) end
    elseif not (r.tbl_name == "reviews_v0" and (r.type == "table" or r.type == "index")) then
      extra[#extra + 1] = r.type .. " " .. r.name
    end
  end
  if #extra > 0 then refuse(L("foreign_objects", lang, table.concat(extra, ", "))) end
  local missing = {}
  for _, o in ipairs(EXPECTED) do
    if not seen[o] and o.type == "table" then missing[#missing + 1] = o.name end
  end
  if #missing > 0 then refuse(L("missing", lang, table.concat(missing, ", "))) end
  if #changed > 0 then refuse(table.concat(changed, "; ")) end
end

-- Bring db to M.VERSION inside the caller's transaction, then check its schema. Raises a
-- Refusal on a file that is not (or not yet) ours. Returns what the migration reports, if any.
local function migrate(db, lang, path)
  local v = user_version(db)
  if v > M.VERSION then refuse(L("newer", lang, path, v, M.VERSION), true) end
  local report
  while v < M.VERSION do
    report = MIGRATIONS[v](db, lang) or report
    v = v + 1
    db:exec("PRAGMA user_version = " .. v)
  end
  verify_schema(db, lang)
  return report
end

-- Names SQLite does not take as a file: "" (a temporary database), ":memory:", and URIs
-- ("file:…", which SQLite may read as one). A history there would be saved nowhere.
local function check_name(path, lang)
  if path == "" then refuse(L("empty_name", lang), true) end
  if path == ":memory:" or path:find("^file:") or path:find("\0", 1, true) then
    refuse(L("bad_name", lang, path, path), true)
  end
end

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

-- Turns what cica.state or SQLite said about the file into the user's message. writing: the
-- file was being opened to save answers (SQLite's other errors then mean it cannot be).
local function explain(path, why, lang, writing)
  if why:sub(1, #path + 2) == path .. ": " then why = why:sub(#path + 3) end
  why = why:gsub("^.-state:%a+: ", "")
  local damaged = why:match("^damaged: (.*)$")
  if damaged or why:find("malformed", 1, true) then return L("damaged", lang, path, damaged or why) end
  if why:match("^not a cica state file %(it belongs to another program%)$") then
    return L("not_history", lang, path, L("foreign", lang))
  end
  if why:find("not a database", 1, true) then return L("not_history", lang, path, L("not_db", lang)) end
  if why:find("encrypted", 1, true) then return L("not_history", lang, path, why) end
  if writing then return L("unwritable", lang, path, why) end
  return path .. ": " .. why -- cannot open it at all: say what SQLite said
end

-- Can an answer be saved? One answer's rows are written in a transaction, flushed to disk (so a
-- full disk or a read-only file shows now) and rolled back: nothing stays.
local function probe(db)
  db:begin()
  local ok, err = pcall(function()
    db:exec("INSERT INTO sessions (started, seed, mode, lang) VALUES (0, 'probe', 'typed', 'en')")
    local sid = db:query("SELECT last_insert_rowid() AS id")[1].id
    db:exec([[INSERT INTO reviews (card, topic, time, grade, correct, given, expected, mode, session,
      stability, difficulty, due) VALUES ('probe:x', 'probe', 0, 3, 1, 'x', 'x', 'typed', ?, 1.0, 5.0, 0)]], sid)
    db:exec([[INSERT INTO cards (id, topic, stability, difficulty, last_review, due, reps, lapses, last_grade)
      VALUES ('probe:x', 'probe', 1.0, 5.0, 0, 0, 1, 0, 3)]])
    db:flush()
  end)
  pcall(db.rollback, db)
  if not ok then error(err, 0) end
end

-- Open the history at `path`. opts.readonly: never create or write the file, nor its folder (a
-- private in-memory copy is read, where an old layout is migrated); returns nil for a missing
-- file. Otherwise the file is created if missing, migrated, and checked writable before the
-- first question. opts.lang: the language of errors (default cica.lang); opts.retention: the
-- desired retention the answers are scheduled for (default 0.9). Raises
-- "<path>: not a cica quiz history (…)", "<path>: the quiz history is damaged (…)", …
-- self.migration is {carried=, total=} after a v0 file was migrated.
function M.open(path, opts)
  opts = opts or {}
  local lang = language(opts.lang)
  local ok0, e0 = pcall(check_name, path, lang)
  if not ok0 then error(getmetatable(e0) == Refusal and e0.msg or e0, 0) end
  if opts.readonly and not exists(path) then return nil end
  local state = require "cica.state"
  local db, err = state.open(path, opts.readonly)
  if not db then error(explain(path, tostring(err), lang, not opts.readonly), 0) end
  local self = setmetatable({ db = db, path = path, readonly = opts.readonly, retention = opts.retention }, M)
  local ok, problem = pcall(function()
    db:begin()
    self.in_tx = true
    self.migration = migrate(db, lang, path)
    db:commit()
    self.in_tx = false
    if not opts.readonly then
      local fine, why = pcall(probe, db)
      if not fine then refuse(L("unwritable", lang, path, (tostring(why):gsub("^.-state:%a+: ", ""))), true) end
    end
  end)
  if not ok then
    if self.in_tx then pcall(db.rollback, db) end
    db:close()
    if getmetatable(problem) == Refusal then
      local msg = problem.msg
      -- messages about what the file holds are reasons it is not a history
      if not problem.whole then msg = L("not_history", lang, path, msg) end
      error(msg, 0)
    end
    error(explain(path, tostring(problem), lang, not opts.readonly), 0)
  end
  return self
end

--- The note to show after a v0 file was migrated with rows left behind, or nil.
function M:migration_note(lang)
  local m = self.migration
  if not m or m.carried >= m.total then return nil end
  return L("migrated", language(lang), self.path, m.total - m.carried, m.total)
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
    local next = fsrs.review(c, r.grade, r.time, { retention = self.retention, w = self:parameters() })
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

-- The fitted parameters (an array of 21 numbers) or nil for the defaults, and their row
-- {fitted=, reviews=, items=, log_loss=, rmse=}.
function M:parameters()
  local row = self.db:query("SELECT * FROM parameters WHERE id = 1")[1]
  if not row then return nil end
  local w = {}
  for x in row.w:gmatch("[^,]+") do w[#w + 1] = tonumber(x) end
  if #w ~= 21 then return nil end
  return w, row
end

-- Store fitted parameters `w` (nil: back to the defaults) and reschedule every card with them,
-- in one transaction. info: {fitted=, reviews=, items=, log_loss=, rmse=}.
function M:set_parameters(w, info, retention)
  local db = self.db
  db:begin()
  local ok, err = pcall(function()
    db:exec("DELETE FROM parameters")
    if w then
      local parts = {}
      for i, x in ipairs(w) do parts[i] = string.format("%.17g", x) end
      db:exec("INSERT INTO parameters (id, w, fitted, reviews, items, log_loss, rmse) VALUES (1, ?, ?, ?, ?, ?, ?)",
        table.concat(parts, ","), info.fitted, info.reviews, info.items, info.log_loss, info.rmse)
    end
    M.rebuild_cards(db, { w = w, retention = retention })
  end)
  if not ok then
    pcall(db.rollback, db)
    error(err, 0)
  end
  db:commit()
end

-- Every review, oldest first (for stats).
function M:reviews()
  return self.db:query("SELECT card, topic, time, grade, correct FROM reviews ORDER BY time, id")
end

return M
