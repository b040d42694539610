-- cica quiz merge: histories into one, losing nothing and adding nothing twice, and the class
-- view over merged histories (per question, how many learners missed it).
--
-- Histories are append-only, so a merge copies every answer the target lacks. An answer is the
-- same when its learner, question, time, grade, what was answered and mode are. Each source's
-- sessions are copied once (matched on learner, start, seed, mode and language), and the table
-- origins says whose they are: the source file's name without folder and extension, or, for a
-- file that was itself merged, the learners it already names. Answers from before sessions were
-- kept (the pre-release layout) get one session per learner. The cards are then rebuilt from
-- all the answers.
local history = require "cica.quiz.history"

local M = {}

-- "class/3b/wang.db" → "wang".
function M.learner_name(path)
  local base = path:match("([^/\\]+)$") or path
  return (base:gsub("%.[^.]*$", ""))
end

local function key(learner, r)
  return table.concat({ learner, r.card, r.time, r.grade, r.given or "", r.mode or "" }, "\0")
end

-- The learner of each session of an open history `h` ("" key: answers without a session).
local function session_learners(db, default)
  local by = {}
  for _, r in ipairs(db:query("SELECT s.id, o.learner FROM sessions s LEFT JOIN origins o ON o.session = s.id")) do
    by[r.id] = r.learner or default
  end
  return by
end

-- Merge the histories at `sources` into the history at `target` (created if missing). Returns
-- {{path=, added=, present=}…} per source. Raises the history's own messages for a file that is
-- not a history; nothing is written unless every source could be read.
function M.merge(target, sources, lang)
  local inputs = {}
  for i, path in ipairs(sources) do
    local h = history.open(path, { readonly = true, lang = lang })
    if not h then error(require("cica.lang").t("quiz_merge.no_file", lang, path), 0) end
    local learners = session_learners(h.db, M.learner_name(path))
    inputs[i] = { path = path, name = M.learner_name(path), h = h, learners = learners,
      sessions = h.db:query("SELECT * FROM sessions ORDER BY id"),
      reviews = h.db:query("SELECT * FROM reviews ORDER BY time, id") }
  end
  local out = history.open(target, { lang = lang })
  local db = out.db
  local report = {}
  db:begin()
  local ok, err = pcall(function()
    local own = session_learners(db, M.learner_name(target))
    local have, sess = {}, {}
    for _, r in ipairs(db:query("SELECT * FROM reviews")) do
      have[key(r.session and own[r.session] or M.learner_name(target), r)] = true
    end
    for _, s in ipairs(db:query("SELECT * FROM sessions")) do
      sess[table.concat({ own[s.id], s.started, s.seed or "", s.mode or "", s.lang or "" }, "\0")] = s.id
    end
    local function session_for(learner, s)
      local k = table.concat({ learner, s.started, s.seed or "", s.mode or "", s.lang or "" }, "\0")
      if not sess[k] then
        db:exec("INSERT INTO sessions (started, seed, mode, lang) VALUES (?, ?, ?, ?)", s.started, s.seed, s.mode, s.lang)
        local id = db:query("SELECT last_insert_rowid() AS id")[1].id
        db:exec("INSERT INTO origins (session, learner) VALUES (?, ?)", id, learner)
        sess[k] = id
      end
      return sess[k]
    end
    for _, input in ipairs(inputs) do
      local map, added, present = {}, 0, 0
      for _, s in ipairs(input.sessions) do map[s.id] = { learner = input.learners[s.id], s = s } end
      for _, r in ipairs(input.reviews) do
        local m = r.session and map[r.session]
        local learner = m and m.learner or input.name
        local k = key(learner, r)
        if have[k] then
          present = present + 1
        else
          local sid = session_for(learner, m and m.s or { started = 0, seed = "merged" })
          db:exec([[INSERT INTO reviews (card, topic, time, grade, correct, given, expected, mode, session)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)]], r.card, r.topic, r.time, r.grade, r.correct, r.given,
            r.expected, r.mode, sid)
          have[k] = true
          added = added + 1
        end
      end
      report[#report + 1] = { path = input.path, added = added, present = present }
    end
    history.rebuild_cards(db, { w = out:parameters() })
  end)
  if not ok then pcall(db.rollback, db) else db:commit() end
  out:close()
  for _, input in ipairs(inputs) do input.h:close() end
  if not ok then error(err, 0) end
  return report
end

-- Per question, over the histories at `paths` (each a learner, or a merged file naming its
-- learners): {id=, topic=, learners=, missed=, wrong=, common=} sorted by most learners missed.
-- missed: learners with at least one wrong answer; common: the wrong answer given most often.
-- Also returns the number of learners and their names, sorted.
function M.class(paths, lang)
  local per = {}
  local all = {}
  for _, path in ipairs(paths) do
    local h = history.open(path, { readonly = true, lang = lang })
    if not h then error(require("cica.lang").t("quiz_merge.no_file", lang, path), 0) end
    local learners = session_learners(h.db, M.learner_name(path))
    for _, r in ipairs(h.db:query("SELECT card, topic, session, correct, given FROM reviews ORDER BY time, id")) do
      local learner = r.session and learners[r.session] or M.learner_name(path)
      all[learner] = true
      local q = per[r.card]
      if not q then q = { id = r.card, topic = r.topic, who = {}, miss = {}, wrong = 0, given = {} }; per[r.card] = q end
      q.who[learner] = true
      if r.correct == 0 then
        q.miss[learner] = true
        q.wrong = q.wrong + 1
        local g = (r.given or ""):gsub("^%s+", ""):gsub("%s+$", "")
        if g ~= "" then q.given[g] = (q.given[g] or 0) + 1 end
      end
    end
    h:close()
  end
  local list = {}
  for _, q in pairs(per) do
    local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
    local best, bn = nil, 0
    for g, n in pairs(q.given) do if n > bn or (n == bn and g < best) then best, bn = g, n end end
    list[#list + 1] = { id = q.id, topic = q.topic, learners = count(q.who), missed = count(q.miss),
      wrong = q.wrong, common = best }
  end
  table.sort(list, function(a, b)
    if a.missed ~= b.missed then return a.missed > b.missed end
    if a.wrong ~= b.wrong then return a.wrong > b.wrong end
    return a.id < b.id
  end)
  local names = {}
  for learner in pairs(all) do names[#names + 1] = learner end
  table.sort(names)
  return list, #names, names
end

return M
