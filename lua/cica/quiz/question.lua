-- A generator's question checked and made into the question a session asks: the id, topic,
-- group and shape it is selected by, its texts in the display language, its answers and the
-- modes it can be asked in (docs/quiz.md, "Writing a generator").
local choices = require "cica.quiz.choices"
local text = require "cica.quiz.text"

local M = {}

local function bad(topic, spec, problem)
  error(string.format("quiz topic '%s': question %s: %s", topic,
    type(spec.id) == "string" and ("'" .. spec.id .. "'") or "(no id)", problem), 0)
end


-- The shape of a question, for the session's cap on one shape: the topic and the last word of
-- its id that is not a number or a code ("accession:KR:year" → "accession:year").
local function shape_of(spec, topic)
  if type(spec.shape) == "string" and spec.shape ~= "" then return topic .. ":" .. spec.shape end
  local word
  for part in spec.id:gmatch("[^:]+") do
    if part ~= topic and part:match("^%l[%l%-_]*$") then word = part end
  end
  return topic .. ":" .. (word or "")
end

-- Whether a question with these answers can be asked with choices: choice mode needs one
-- distractor, and the first usable option of the pool says so. `pool` may be a function (g.once).
local function has_choice(answers, pool, kind)
  if type(pool) == "function" then pool = pool() end
  local get, n = choices.pool_view(pool, kind)
  for i = 1, n do
    if choices.usable(get(i), answers) then return true end
  end
  return false
end

-- Fields every question has from the start (what selecting questions reads); the others are
-- made when first read (see `fill`).
local Question

-- The rest of question q from `spec` (a generator's table, or a descriptor merged with what its
-- build() returned): the prompt, explanation and note in the display language, the answers,
-- the accepted spellings, the modes it can be asked in, and what drawing its choices needs.
-- Raises on a malformed question (its id and topic in the message); returns q.
local function fill(q, spec, g)
  local topic = g.topic
  local prompt = text.localize(spec.prompt, g.lang)
  if type(prompt) ~= "string" or prompt:match("^%s*$") then bad(topic, spec, "has an empty prompt") end
  local answers = choices.as_options(spec.answer, spec.kind)
  if #answers == 0 or type(answers[1].text) ~= "string" or answers[1].text == "" then
    bad(topic, spec, "has no answer")
  end
  if spec.accept and #spec.accept > 0 then
    -- a copy: an option's list of spellings may be shared with other options of the same record
    local list = {}
    for i, x in ipairs(answers[1].accept or {}) do list[i] = x end
    for _, extra in ipairs(spec.accept) do list[#list + 1] = extra end
    answers[1].accept = list
  end
  local pool = spec.pool
  if type(pool) == "function" then pool = pool() end -- a pool made on demand (g.once)
  q.prompt, q.answers, q.answer = prompt, answers, answers[1].text
  q.explain, q.note = text.localize(spec.explain, g.lang), text.localize(spec.note, g.lang)
  q.sources, q.kind, q._pool, q._lang = spec.sources or {}, answers[1].kind, pool, g.lang
  q._pending = { rng = g.choice_rng, lang = g.lang, want = spec.choices or 4 }
  local choice = has_choice(answers, pool, q.kind)
  q.modes = {}
  for _, m in ipairs(spec.modes or { "choice", "typed" }) do
    if m == "typed" or (m == "choice" and choice) then q.modes[#q.modes + 1] = m end
  end
  return q
end

-- Every spelling a question accepts, each once (q.accepted: the export and --format json show
-- it; a sheet or a session never needs the list, so it is made when first read).
local function accepted(q)
  local out, seen = {}, {}
  for _, a in ipairs(q.answers) do
    text.list_add(out, seen, a.text)
    for _, x in ipairs(a.accept or {}) do text.list_add(out, seen, x) end
  end
  rawset(q, "accepted", out)
  return out
end

-- Builds a lazy question (one whose generator gave a descriptor with build()): calls build()
-- once, reads the descriptor's fields under what it returned, and fills q. An error in build()
-- is raised with the topic and the question's id.
local function build(q)
  local spec, g = rawget(q, "_spec"), rawget(q, "_g")
  q._spec, q._g = nil, nil
  local ok, more = pcall(spec.build, g)
  if not ok then bad(g.topic, spec, tostring(more)) end
  if type(more) ~= "table" then bad(g.topic, spec, "build() returned a " .. type(more) .. ", not a table") end
  local merged = setmetatable({}, { __index = function(_, k)
    local v = more[k]
    if v == nil then v = spec[k] end
    return v
  end })
  merged.id = spec.id -- the id is the descriptor's: the question was selected by it
  return fill(q, merged, g)
end

-- A question's texts and answers are made when first read (lazy questions), its choices drawn
-- when first read (every question); `others` lists the whole pool's distractors.
local LAZY = { choices = true, choice_options = true }
Question = {
  __index = function(q, k)
    if rawget(q, "_spec") then
      build(q)
      local v = rawget(q, k)
      if v ~= nil then return v end
    end
    if LAZY[k] and rawget(q, "_pending") then
      choices.complete(q)
      return rawget(q, k)
    end
    if k == "accepted" and rawget(q, "answers") then return accepted(q) end
    if k == "others" then
      local others = choices.all_others(q)
      rawset(q, "others", others)
      return others
    end
    return nil
  end,
}

-- Whether a list of modes lets a question be asked typed (always possible: no distractor needed).
local function typed_ok(modes)
  if modes == nil then return true end
  for _, m in ipairs(modes) do if m == "typed" then return true end end
  return false
end

-- Turn a generator's table into a question; raises on a malformed one, returns nil for one that
-- cannot be asked in any mode (a choice-only question with no distractor). The choices are
-- drawn later, only for the questions a session shows (choices.complete).
-- A table with a build function and no prompt is a descriptor (docs/quiz.md, "Questions made on
-- demand"): the question is selected by its id, group and shape, and build() makes the rest
-- only when something reads it. A descriptor whose modes leave out "typed" is built at once
-- (whether it can be asked at all depends on its pool).
function M.finish(spec, g)
  local topic = g.topic
  if type(spec) ~= "table" then bad(topic, {}, "is a " .. type(spec) .. ", not a table") end
  if type(spec.id) ~= "string" or spec.id == "" then bad(topic, spec, "needs a string id") end
  local q = setmetatable({
    id = spec.id, topic = topic, group = spec.group or spec.id, shape = shape_of(spec, topic),
  }, Question)
  if spec.prompt == nil and type(spec.build) == "function" then
    q._spec, q._g = spec, g
    if typed_ok(spec.modes) then return q end
    -- choice only: askable when its pool has a distractor, which the descriptor's own answer and
    -- pool (when it gives them) tell without building it
    local answers = spec.pool ~= nil and choices.as_options(spec.answer, spec.kind) or {}
    if answers[1] ~= nil then
      if has_choice(answers, spec.pool, answers[1].kind) then return q end
      return nil
    end
    build(q)
  else
    fill(q, spec, g)
  end
  if #q.modes == 0 then return nil end
  return q
end


-- ---------------------------------------------------------------------------------------------
-- Questions precomputed at build time (cica.quiz.frozen)

-- The fields of a made question that a precomputed one keeps: what `fill` made, without the
-- session's state (its random stream and language are the run's, given to `thaw`).
local KEPT = { "id", "topic", "group", "shape", "prompt", "answers", "explain", "note", "sources", "kind",
  "modes" }

--- A made question as a plain table for a build-time image: its fields, its pool and how many
-- choices it wants; every option's `why` resolved in the question's language. Builds a lazy
-- question first. Errors as building it does.
function M.snapshot(q)
  local out = {}
  for _, k in ipairs(KEPT) do out[k] = q[k] end -- (reading q.prompt builds a lazy question)
  out.pool, out.want = rawget(q, "_pool"), q._pending and q._pending.want
  return out
end

--- A question of a build-time image (see M.snapshot) made into a question of this run: `g` gives
-- the topic's random stream for the choices and the display language, `title` the topic's tag.
-- Returns the question (the same table).
function M.thaw(raw, g, title)
  local pool, want = raw.pool, raw.want
  raw.pool, raw.want = nil, nil
  raw.answer, raw.topic_title, raw._pool, raw._lang = raw.answers[1].text, title, pool, g.lang
  raw._pending = want and { rng = g.choice_rng, lang = g.lang, want = want } or nil
  return setmetatable(raw, Question)
end

return M
