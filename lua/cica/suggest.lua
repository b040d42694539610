-- "Did you mean …?": the nearest names to a word that matched nothing.
--
-- One helper for every place that rejects a name (subcommands, reports, quiz topics, search kinds,
-- formats, dot-commands, API names), so that all of them suggest the same way:
--   suggest.nearest(word, candidates [, opts]) → array of the closest candidates (best first)
--   suggest.distance(a, b)                     → edit distance in characters (UTF-8 aware)
-- Matching folds ASCII case; a candidate that starts with the word (a prefix) is always close.
local M = {}

-- The characters of s as an array (UTF-8; an invalid byte counts as one character).
local function chars(s)
  local out = {}
  local i, n = 1, #s
  while i <= n do
    local len = utf8.len(s, i, i) and #utf8.char(utf8.codepoint(s, i)) or 1
    out[#out + 1] = s:sub(i, i + len - 1)
    i = i + len
  end
  return out
end

--- Edit distance (Damerau–Levenshtein, optimal string alignment) between a and b, counting
--- UTF-8 characters, ASCII case folded. Arguments: two strings. Returns an integer.
function M.distance(a, b)
  if type(a) ~= "string" or type(b) ~= "string" then
    error("cica.suggest.distance: expects two strings", 2)
  end
  local x, y = chars(a:lower()), chars(b:lower())
  local m, n = #x, #y
  if m == 0 then return n end
  if n == 0 then return m end
  local prev2, prev, cur = {}, {}, {}
  for j = 0, n do prev[j] = j end
  for i = 1, m do
    cur[0] = i
    for j = 1, n do
      local cost = x[i] == y[j] and 0 or 1
      local d = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if i > 1 and j > 1 and x[i] == y[j - 1] and x[i - 1] == y[j] then
        d = math.min(d, prev2[j - 2] + 1)
      end
      cur[j] = d
    end
    prev2, prev, cur = prev, cur, prev2
  end
  return prev[n]
end

--- The candidates closest to word, best first: those within opts.max edits (default: a third
--- of the word's length, at least 1, at most 3), or that start with word (for words of two
--- characters or more). At most opts.limit (default 3). Candidates may repeat; each is listed once.
--- Arguments: word (string), candidates (array of strings), opts (table, optional).
function M.nearest(word, candidates, opts)
  if type(word) ~= "string" then error("cica.suggest.nearest: 'word' must be a string", 2) end
  if type(candidates) ~= "table" then error("cica.suggest.nearest: 'candidates' must be an array of strings", 2) end
  opts = opts or {}
  local len = #chars(word)
  local max = opts.max or math.max(1, math.min(3, len // 3))
  local limit = opts.limit or 3
  local lw = word:lower()
  local scored, seen = {}, {}
  for _, c in ipairs(candidates) do
    if type(c) == "string" and not seen[c] and c ~= word then
      seen[c] = true
      local d = M.distance(word, c)
      if len >= 2 and c:lower():sub(1, #lw) == lw then d = math.min(d, 1) end
      if d <= max then scored[#scored + 1] = { c, d } end
    end
  end
  table.sort(scored, function(p, q)
    if p[2] ~= q[2] then return p[2] < q[2] end
    return p[1] < q[1]
  end)
  local out = {}
  for i = 1, math.min(limit, #scored) do out[i] = scored[i][1] end
  return out
end

return M
