-- The options of a question and its choices: plain values made options, the pools generators
-- give (views over shared pools, never copied), whether two options name the same thing, the
-- distractors drawn for the questions shown (a partial Fisher–Yates over the pool), the `why`
-- of an option resolved only when shown, and the option a wrong answer names (confusion).
local match = require "cica.quiz.match"
local text = require "cica.quiz.text"

local M = {}

local function as_option(v, kind)
  if type(v) == "table" then return v end
  if math.type(v) == "integer" then
    return { text = tostring(v), kind = kind or "number", value = v }
  end
  if type(v) == "string" then return { text = v } end
  return nil
end

local function as_options(v, kind)
  if v == nil then return {} end
  if type(v) ~= "table" or v.text then return { as_option(v, kind) } end
  local out = {}
  for _, x in ipairs(v) do out[#out + 1] = as_option(x, kind) end
  return out
end

-- match.key of a spelling, remembered per fold map: a session finishes every question with
-- the same map, and the same names come back in the pool of question after question.
local key_memo = setmetatable({}, { __mode = "k" })
local NO_FOLD = {}

local function key_of(s, fold)
  if type(s) ~= "string" then return match.key(s, fold) end
  local memo = key_memo[fold or NO_FOLD]
  if not memo then
    memo = {}
    key_memo[fold or NO_FOLD] = memo
  end
  local k = memo[s]
  if not k then
    k = match.key(s, fold)
    memo[s] = k
  end
  return k
end

-- The keys of a list of spellings, remembered per list (and its length): the options of one
-- record share its list of spellings (cica.quiz.context), so they share its keys too.
local list_keys = setmetatable({}, { __mode = "k" })

local function keys_of_list(list, fold)
  local memo = list_keys[list]
  if memo and memo.n == #list and memo.fold == (fold or NO_FOLD) then return memo.keys end
  local k = {}
  for _, s in ipairs(list) do k[key_of(s, fold)] = true end
  k[""] = nil
  list_keys[list] = { n = #list, fold = fold or NO_FOLD, keys = k }
  return k
end

-- The comparison keys of an option's spellings, computed once per option (and shared with its
-- spellings' list when the text is one of them, as a record's name is).
local function keys_of(o, fold)
  if not o._keys then
    local text = key_of(o.text, fold)
    local k = o.accept and keys_of_list(o.accept, fold) or {}
    if text ~= "" and not k[text] then
      local copy = { [text] = true }
      for x in pairs(k) do copy[x] = true end
      k = copy
    end
    o._keys = k
  end
  return o._keys
end

-- Do two options name the same thing? Numbers by value, the rest by any shared spelling.
local function same(a, b, fold)
  if a.value ~= nil and b.value ~= nil then return a.value == b.value end
  if a.ref ~= nil and a.ref == b.ref then return true end
  if a.text == b.text and type(a.text) == "string" and key_of(a.text, fold) ~= "" then return true end
  local ka = keys_of(a, fold)
  for k in pairs(keys_of(b, fold)) do
    if ka[k] then return true end
  end
  return false
end

-- make_view(pool, kind) -> get, n: the options of an array pool (see pool_view), made once;
-- pool_view_of(pool, kind) -> get, for a sub-pool (defined after pool_view).
local pool_view_of
local function make_view(pool, kind)
  local parts, n, flat = {}, 0, true
  for _, x in ipairs(pool) do
    if type(x) == "table" and x.text == nil and x[1] ~= nil then
      flat = false
      parts[#parts + 1] = { list = x, from = n }
      n = n + #x
    else
      parts[#parts + 1] = { one = x, from = n }
      n = n + 1
    end
  end
  if flat then
    -- a plain value (2006, "Almaty") becomes an option once, not at every draw
    local cache = {}
    return function(i)
      local o = cache[i]
      if o == nil then o = as_option(pool[i], kind) or false; cache[i] = o end
      return o or nil
    end, n
  end
  return function(i)
    local lo, hi = 1, #parts -- the last part that starts before i
    while lo < hi do
      local mid = (lo + hi + 1) // 2
      if parts[mid].from < i then lo = mid else hi = mid - 1 end
    end
    local part = parts[lo]
    if part.list then return pool_view_of(part.list, kind)(i - part.from) end
    return as_option(part.one, kind)
  end, n
end

-- A view is remembered per pool table (weakly): a shared pool is looked at by many questions.
local views = setmetatable({}, { __mode = "k" })

-- The options of a pool, without copying: a pool is an option, a plain value, or an array of
-- them in which an element may itself be an array of options (a pool shared by many questions,
-- built once by the generator). Returns a function i -> option (1 <= i <= n) and n.
local function pool_view(pool, kind)
  if pool == nil then return function() return nil end, 0 end
  if type(pool) ~= "table" or pool.text then
    local o = as_option(pool, kind)
    return function() return o end, o and 1 or 0
  end
  local memo = views[pool]
  if memo and memo.kind == kind and memo.len == #pool then return memo.get, memo.n end
  local get, n = make_view(pool, kind)
  views[pool] = { kind = kind, len = #pool, get = get, n = n }
  return get, n
end
pool_view_of = function(pool, kind) return (pool_view(pool, kind)) end

-- Whether option o may stand beside `taken` (the answers and the distractors so far): it has a
-- text and is not the same (see `same`) as any of them. Spellings are compared without the
-- traditional → simplified map: an option lists its names in both scripts, so the map adds
-- nothing here, and a study sheet then never needs it (it is for what users type).
local function usable(o, taken)
  if not o or type(o.text) ~= "string" or o.text == "" then return false end
  for _, t in ipairs(taken) do
    if same(t, o) then return false end
  end
  return true
end

-- The text of an option's `why` in `lang`: a string, a table by language, or a function that
-- makes it (generators may defer it: only the options shown need one). Remembered on the option.
function M.why(o, lang)
  local w = o.why
  if type(w) == "function" then
    w = w(lang)
    o.why = w
  end
  return text.localize(w, lang)
end


-- Adds option o to `out` (and to `taken`, the options it must differ from) when it is usable.
local function keep(o, taken, out)
  if usable(o, taken) then
    taken[#taken + 1] = o
    out[#out + 1] = o
  end
end

-- Draw the distractors of q: options of the pool in a random order (a Fisher–Yates shuffle
-- done only as far as needed, the pool never copied), each kept when it is usable (a text, not
-- a right answer, not the same as one already kept), until `want` are kept or the pool is
-- exhausted. Cost: the draws made, not the pool's size.
local function draw(q, want, rng)
  local get, n = pool_view(q._pool, q.kind)
  local taken, out, swapped = {}, {}, {}
  for i, a in ipairs(q.answers) do taken[i] = a end
  local i = 0
  while #out < want and i < n do
    i = i + 1
    local j = i + rng:int(n - i + 1) - 1
    local at_i, at_j = swapped[i] or i, swapped[j] or j
    swapped[j] = at_i
    keep(get(at_j), taken, out)
  end
  return out
end

-- Completes q, once: draws its choices (with its own random stream, derived from the seed, the
-- topic and the question's id, so a question's choices do not depend on which other questions
-- a session asks) and resolves the `why` of the options shown.
function M.complete(q)
  local raw = q._pending -- (read through the question: a lazy one is built first)
  if not raw then return q end
  q._pending = nil
  local rng = raw.rng:derive(q.id)
  local chosen = { q.answers[1] }
  for _, o in ipairs(draw(q, raw.want - 1, rng)) do chosen[#chosen + 1] = o end
  if q.answers[1].value ~= nil then
    table.sort(chosen, function(a, b) return (a.value or 0) < (b.value or 0) end)
  else
    rng:shuffle(chosen)
  end
  for _, o in ipairs(chosen) do if o.why ~= nil then o.why = M.why(o, raw.lang) end end
  q.choice_options = chosen
  q.choices = {}
  for i, o in ipairs(chosen) do q.choices[i] = o.text end
  return q
end

-- Every distractor of q's pool, in pool order, none the same as an answer or an earlier one
-- (what `q.others` gives; the session itself only needs `confusion`).
local function all_others(q)
  local get, n = pool_view(q._pool, q.kind)
  local taken, out = {}, {}
  for i, a in ipairs(q.answers) do taken[i] = a end
  for i = 1, n do keep(get(i), taken, out) end
  return out
end

-- The option of q's pool that a wrong answer `line` names (nil: none), with its `why` resolved:
-- "You answered 2004. 2004 is when Thailand joined." Scans the pool only when an answer is wrong.
function M.confusion(q, line, fold, lang)
  lang = lang or q._lang
  local get, n = pool_view(q._pool, q.kind)
  for i = 1, n do
    local o = get(i)
    if o and type(o.text) == "string" and o.text ~= "" and match.option(line, o, fold) then
      local clash = false
      for _, a in ipairs(q.answers) do clash = clash or same(a, o) end
      if not clash then
        if o.why ~= nil then o.why = M.why(o, lang) end
        return o
      end
    end
  end
  return nil
end


M.as_option, M.as_options, M.same, M.usable = as_option, as_options, same, usable
M.pool_view, M.all_others = pool_view, all_others

--- The comparison keys of option o (a set of match keys, o._keys), made now if not yet: the
-- build's images carry them (cica.quiz.frozen), so that drawing choices needs no match.key.
function M.keys(o) return keys_of(o) end

return M
