-- cica.search: one query over every text of the dataset, in any script.
--   cica.search(text [, { kinds = { "entity", … }, limit = N }]) -> array of results, best first:
--     { kind, id, record, title, snippet, score }
-- The index is the FTS5 table `search`, built with the dataset (data/95-search.sql); its
-- tokenizer folds traditional to simplified and splits Chinese into characters and bigrams
-- (src/searchtext.c), so 韓國 finds 韩国 and 中国 matches as a word. The user's text is never
-- FTS5 syntax: each word becomes a quoted FTS5 string and the words are ANDed. docs/search.md.
local model = require "cica.model"

local lang = require "cica.lang"

-- M.kinds: the kinds of record, in the order that breaks ties between equal scores — the search
-- kinds the collections declare (cica.model), by their rank; read anew each time, so a collection
-- registered later is searched too.
local M = setmetatable({}, { __index = function(_, key)
  if key == "kinds" then return model.kinds() end
  return nil
end })
-- How snippets mark the matched text: ** as in Markdown, which no text of the dataset holds and
-- which cannot be mistaken for Chinese punctuation (« » look like the title marks 《 》). On a
-- terminal, `cica search` and .search show the match in bold instead (cica.cli.search).
M.OPEN, M.CLOSE = "**", "**"
M.DEFAULT_LIMIT = 20
M.MAX_WORDS = 32             -- distinct words of a query that are used; the rest are ignored
M.MAX_WORD = 64              -- characters of a word that are used
M.MAX_LIMIT = 1000

-- The relevance of a row (src/searchtext.c), with the weights of the columns kind, id, code,
-- name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en: a word in a record's
-- name counts ten times one in its notes, and each column is weighed against its own length (a
-- long list of aliases does not push a country below a chair term named after it).
-- Sources are pages about other records: at equal relevance the record itself comes first, so
-- their score is scaled by SOURCE_PRIOR ("Istanbul 2010": the summit before the news page).
local SOURCE_PRIOR = 0.8
local RANK = "cica_rank(search, 0, 0, 4.0, 10.0, 10.0, 10.0, 5.0, 1.0, 1.0, 1.0)"
  .. " * CASE kind WHEN 'source' THEN " .. SOURCE_PRIOR .. " ELSE 1.0 END"

-- Snippet columns (index in the table) and the order in which each display language prefers them.
-- The notes are indexed once per language; the tokenizer folds 繁體 to 简体, so a Chinese query
-- matches notes_hans and notes_hant alike and the order below picks the display language's.
local COLUMNS = { code = 2, name_hans = 3, name_hant = 4, name_en = 5, facts = 6,
                  notes_hans = 7, notes_hant = 8, notes_en = 9 }
-- For each display language: its names in its fallback order, the facts, its notes likewise,
-- the id column last.
local PREFER = {}
for _, code in ipairs(lang.codes) do
  local list = {}
  for _, c in ipairs(lang.chain(code)) do list[#list + 1] = "name_" .. lang.suffix(c) end
  list[#list + 1] = "facts"
  for _, c in ipairs(lang.chain(code)) do list[#list + 1] = "notes_" .. lang.suffix(c) end
  list[#list + 1] = "code"
  PREFER[code] = list
end

-- text cut to at most n characters, at a character boundary (invalid UTF-8 is cut by bytes).
local function cut(text, n)
  local len = utf8.len(text)
  if not len then return text:sub(1, n * 4) end
  if len <= n then return text end
  return text:sub(1, utf8.offset(text, n + 1) - 1)
end

-- Full-width ASCII (ＡＢＣ１２３, U+FF01–FF5E) as ASCII, and the ideographic space as a space:
-- what a Chinese input method types in full-width mode.
local function halfwidth(text)
  if not utf8.len(text) then return text end
  return (text:gsub(utf8.charpattern, function(ch)
    local cp = utf8.codepoint(ch)
    if cp >= 0xFF01 and cp <= 0xFF5E then return string.char(cp - 0xFEE0) end
    if cp == 0x3000 then return " " end
    return ch
  end))
end

-- Chinese numerals of ordinals (第六, 第十二, 第二十), and English ordinal words.
local CN_DIGIT = { ["〇"] = 0, ["零"] = 0, ["一"] = 1, ["二"] = 2, ["两"] = 2, ["兩"] = 2, ["三"] = 3,
                   ["四"] = 4, ["五"] = 5, ["六"] = 6, ["七"] = 7, ["八"] = 8, ["九"] = 9 }
local CN_NUMERAL = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" }
local EN_ORDINAL = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
  "eighteenth", "nineteenth", "twentieth" }
local EN_VALUE = {}
for i, w in ipairs(EN_ORDINAL) do EN_VALUE[w] = i end

-- The value of a Chinese numeral from 1 to 99 (六, 十二, 二十, 二十一) or of ASCII digits, or nil.
local function numeral_value(s)
  if s:match("^%d+$") then return tonumber(s) end
  local ds = {}
  for _, c in utf8.codes(s) do ds[#ds + 1] = utf8.char(c) end
  local function d(ch) return CN_DIGIT[ch] end
  if #ds == 1 then return ds[1] == "十" and 10 or d(ds[1]) end
  if #ds == 2 and ds[1] == "十" then return d(ds[2]) and 10 + d(ds[2]) end
  if #ds == 2 and ds[2] == "十" then return d(ds[1]) and d(ds[1]) * 10 end
  if #ds == 3 and ds[2] == "十" then return d(ds[1]) and d(ds[3]) and d(ds[1]) * 10 + d(ds[3]) end
  return nil
end

-- n (1–99) in Chinese numerals: 六, 十二, 二十, 二十一.
local function chinese_numeral(n)
  if n < 10 then return CN_NUMERAL[n + 1] end
  local tens, ones = n // 10, n % 10
  return (tens > 1 and CN_NUMERAL[tens + 1] or "") .. "十" .. (ones > 0 and CN_NUMERAL[ones + 1] or "")
end

-- The FTS5 group that matches the ordinal n however the dataset writes it: 第六次, 第六届
-- (屆 folds to 届 in the tokenizer), 第6次, 6th, sixth.
local function ordinal_group(n)
  local cn, suffix = chinese_numeral(n), ({ "st", "nd", "rd" })[n % 10]
  if n % 100 >= 11 and n % 100 <= 13 then suffix = nil end
  local alts = { "第" .. cn .. "次", "第" .. cn .. "届", "第" .. n .. "次", "第" .. n .. "届", n .. (suffix or "th") }
  if EN_ORDINAL[n] then alts[#alts + 1] = EN_ORDINAL[n] end
  for i, a in ipairs(alts) do alts[i] = '"' .. a .. '"' end
  return "(" .. table.concat(alts, " OR ") .. ")"
end

-- Chinese numeral characters as a pattern class, for 第…届.
local NUMERAL_CLASS = "[%d〇零一二三四五六七八九十两兩]"

-- Splits one word into pieces: { plain = text } or { ordinal = n } or { year = "2014" }.
-- 第六届峰会 → ordinal 6, plain 峰会; 2014年 → year 2014; 6th and sixth → ordinal 6.
local function pieces(word)
  local lower = word:lower()
  local n = EN_VALUE[lower] or (lower:match("^(%d+)st$") or lower:match("^(%d+)nd$")
    or lower:match("^(%d+)rd$") or lower:match("^(%d+)th$"))
  n = tonumber(n)
  if n and n >= 1 and n <= 99 then return { { ordinal = n } } end
  local out, rest = {}, word
  while rest ~= "" do
    -- the first ordinal (第 + numeral + optional 届/屆/次) or year (4 digits + 年) in rest
    local best_s, best_e, piece
    local i = 1
    while true do
      local s = rest:find("第", i, true)
      if not s then break end
      local j, digits = s + #"第", {}
      while true do
        local ch = rest:match("^" .. utf8.charpattern, j)
        if not ch then break end
        local ok = ch:match("^%d$") or CN_DIGIT[ch] or ch == "十"
        if not ok then break end
        digits[#digits + 1] = ch
        j = j + #ch
      end
      local value = #digits > 0 and numeral_value(table.concat(digits))
      if value and value >= 1 and value <= 99 then
        for _, suffix in ipairs({ "届", "屆", "次" }) do
          if rest:sub(j, j + #suffix - 1) == suffix then j = j + #suffix break end
        end
        best_s, best_e, piece = s, j - 1, { ordinal = value }
        break
      end
      i = s + 1
    end
    local ys, ye, year = rest:find("(%d%d%d%d)年")
    if ys and (not best_s or ys < best_s) then best_s, best_e, piece = ys, ye, { year = year } end
    if not best_s then out[#out + 1] = { plain = rest } break end
    if best_s > 1 then out[#out + 1] = { plain = rest:sub(1, best_s - 1) } end
    out[#out + 1] = piece
    rest = rest:sub(best_e + 1)
  end
  return out
end

--- The FTS5 MATCH expression for a user's text and its number of words, or nil when it has none.
-- Words are split at white space (ideographic space included); each becomes a quoted FTS5
-- string, so OR, NOT, NEAR, *, ^, :, ( and quotes are plain text. A bare "AND" is dropped, as
-- words are ANDed anyway. A word the tokenizer finds no token in ("!!!", "，") is left out:
-- FTS5 matches nothing for an empty phrase, which would empty the whole AND. At most
-- M.MAX_WORDS distinct words of at most M.MAX_WORD characters are used, so a pasted page costs
-- no more than a short query.
-- What people type is matched as the dataset writes it: full-width digits and letters as ASCII;
-- an ordinal (第六届, 第6屆, 第六次, 6th, sixth) as any of its forms; a year with 年 (2014年)
-- as the year alone, since dates are stored as 2014-05-20.
function M.match_expression(cica, text)
  local words, seen = {}, {}
  for word in halfwidth(text):gsub("%c", " "):gmatch("%S+") do
    word = cut(word, M.MAX_WORD)
    if word ~= "AND" then
      for _, p in ipairs(pieces(word)) do
        local term
        if p.ordinal then
          term = ordinal_group(p.ordinal)
        else
          local w = p.plain or p.year
          if cica.query("SELECT cica_tokens(?1) AS t", w)[1].t ~= "" then
            term = '"' .. w:gsub('"', '""') .. '"'
          end
        end
        if term and not seen[term] then
          seen[term] = true
          words[#words + 1] = term
          if #words == M.MAX_WORDS then break end
        end
      end
      if #words == M.MAX_WORDS then break end
    end
  end
  if #words == 0 then return nil end
  return table.concat(words, " AND "), #words
end

--- The API record that the index row (kind, id) stands for, or nil when there is none: the
-- record of the kind's collection whose key is id (cica.model.lookup), the collection's own.
function M.record(cica, kind, id)
  return model.lookup(cica, kind, tostring(id), true)
end

-- A result's `record` is the collection's own table (`r.record == cica.find(id)`), found when
-- first read: showing results needs only their titles and dates, which the record alone gives
-- (cica.model.lookup before the collection is built), so a search builds no whole collection
-- unless a script reads `record`. pending[result] = { cica =, alone = } until then.
local pending = setmetatable({}, { __mode = "k" })
local Result = {
  __index = function(r, key)
    if key ~= "record" then return nil end
    local how = pending[r]
    if not how then return nil end
    pending[r] = nil
    local record = M.record(how.cica, rawget(r, "kind"), rawget(r, "id")) or how.alone
    rawset(r, "record", record)
    return record
  end,
  -- pairs() (a script's own encoder or printer) sees `record` too
  __pairs = function(r)
    local _ = r.record
    return next, r, nil
  end,
}

--- The record of result r to read its fields from: the collection's own once found, else the
-- record alone (the same fields; see Result above). For the commands' own use (--as-of).
function M.record_of(r)
  local how = pending[r]
  if how then return how.alone end
  return r.record
end

-- The title of a hit in the display language: the kind's own title function (chair terms and
-- seats have no name of their own; a planned meeting says so), else the record's title, name,
-- text or id.
local function title_of(cica, kind, record)
  local s = model.kind(kind)
  local title = s and s.title and s.title(record, cica.lang)
  if title ~= nil then return title end
  return record.title or record.name or record.text or record.id
end

-- How many query words a snippet marks, at most nwords: its distinct marked texts (a column
-- holding 中国 and 中國 counts them twice, hence the cap).
local function coverage(snippet, nwords)
  local seen, n = {}, 0
  for marked in (snippet or ""):gmatch(M.OPEN:gsub("%p", "%%%0") .. "(.-)" .. M.CLOSE:gsub("%p", "%%%0")) do
    marked = marked:lower()
    if not seen[marked] then seen[marked], n = true, n + 1 end
  end
  return math.min(n, nwords)
end

-- Whether a piece of the facts column is for a reader of lang: a piece that marks a query word
-- always is; otherwise one with no Chinese in en, and one with Chinese or no Latin word in
-- zh-Hans/zh-Hant (dates and codes are for everyone).
local function for_reader(piece, lang)
  if piece:find(M.OPEN, 1, true) then return true end
  local chinese = piece:find("[\228-\233][\128-\191][\128-\191]") ~= nil
  if lang == "en" then return not chinese end
  return chinese or not piece:find("%a%a%a")
end

-- The facts column holds its pieces in all three languages ("国家 · 國家 · state"): a snippet of
-- it keeps the pieces for a reader of lang (see for_reader), or all of them if none is.
local function facts_for(snippet, lang)
  if not snippet then return nil end
  local kept = {}
  for piece in (snippet .. " · "):gmatch("(.-) · ") do
    if for_reader(piece, lang) then kept[#kept + 1] = piece end
  end
  if #kept == 0 then return snippet end
  return table.concat(kept, " · ")
end

-- The snippet to show: the column that marks the most query words; on a tie the record's name,
-- in the display language if it can. The id column only when nothing else matched.
local function best_snippet(row, lang, nwords)
  local best, most, from = nil, 0, nil
  for _, column in ipairs(PREFER[lang] or PREFER["zh-Hans"]) do
    local s = row["s_" .. column]
    local n = coverage(s, nwords)
    if n > most and (column ~= "code" or most == 0) then best, most, from = s, n, column end
  end
  if from == "facts" then return facts_for(best, lang) end
  return best
end

local SNIPPETS = {}
for column, index in pairs(COLUMNS) do
  SNIPPETS[#SNIPPETS + 1] = string.format("snippet(search, %d, '%s', '%s', '…', 16) AS s_%s", index,
    M.OPEN, M.CLOSE, column)
end
table.sort(SNIPPETS)

-- Checks the options table; returns kinds (a set or nil) and limit. Raises on bad values.
local function check_options(opts)
  if opts == nil then return nil, M.DEFAULT_LIMIT end
  if type(opts) ~= "table" then error(lang.t("argerr.search_options", nil, "cica.search", type(opts)), 3) end
  local limit = opts.limit or M.DEFAULT_LIMIT
  if math.type(limit) ~= "integer" or limit < 1 or limit > M.MAX_LIMIT then
    error(lang.t("argerr.search_limit", nil, "cica.search", M.MAX_LIMIT, tostring(limit)), 3)
  end
  if opts.kinds == nil then return nil, limit end
  local kinds = opts.kinds
  if type(kinds) == "string" then kinds = { kinds } end
  if type(kinds) ~= "table" then error(lang.t("argerr.search_kinds", nil, "cica.search"), 3) end
  local set = {}
  for _, k in ipairs(kinds) do
    if not model.kind(k) then
      local near = type(k) == "string" and require("cica.suggest").nearest(k, M.kinds, { limit = 1 })[1]
      error(near and lang.t("argerr.unknown_kind_near", nil, "cica.search", tostring(k), lang.join(M.kinds), near)
        or lang.t("argerr.unknown_kind", nil, "cica.search", tostring(k), lang.join(M.kinds)), 3)
    end
    set[k] = true
  end
  return set, limit
end

-- ORDER BY term that puts, among equal scores, the kind a person most likely means first (an
-- entity before the chair terms named after it).
local function kind_order()
  local order = {}
  for i, k in ipairs(M.kinds) do order[#order + 1] = string.format("WHEN '%s' THEN %d", k, i) end
  return "CASE kind " .. table.concat(order, " ") .. " END"
end

-- A query that is a year or a date (2014, 2014年, ２０１４, 2014-05, 2014-05-20) asks what
-- happened then: the meetings of that time come first, then its events, then the rest by score
-- (the facts of a meeting or an event start with its date, data/95-search.sql). ?3 is the date
-- as the facts write it (NULL for any other query).
local WHEN_FIRST = "CASE WHEN ?3 IS NOT NULL AND facts LIKE ?3 || '%' THEN"
  .. " CASE kind WHEN 'meeting' THEN 0 WHEN 'event' THEN 1 ELSE 2 END ELSE 2 END"

--- The date a query names when it is only a year or a date ("2014年" → "2014", "２０１４-０５" →
-- "2014-05"), or nil.
function M.query_date(text)
  if type(text) ~= "string" then return nil end
  local t = halfwidth(text):gsub("^%s+", ""):gsub("%s+$", "")
  return t:match("^%d%d%d%d$") or t:match("^(%d%d%d%d)年$") or t:match("^%d%d%d%d%-%d%d$")
    or t:match("^%d%d%d%d%-%d%d%-%d%d$")
end

-- The SQL of a search: kinds is nil or a set of names from M.kinds (never user text). The hits
-- are ranked and cut to the limit first (`top`); only those get their snippets, which cost more
-- than the ranking (eight per row), in the same order.
local function search_sql(kinds)
  local filter = ""
  if kinds then
    local list = {}
    for _, k in ipairs(M.kinds) do
      if kinds[k] then list[#list + 1] = "'" .. k .. "'" end
    end
    filter = " AND kind IN (" .. table.concat(list, ", ") .. ")"
  end
  local order = " ORDER BY " .. WHEN_FIRST .. ", score DESC, " .. kind_order() .. ", search.rowid"
  return "WITH top AS (SELECT search.rowid AS hit, " .. RANK .. " AS score"
    .. " FROM search WHERE search MATCH ?1" .. filter .. order .. " LIMIT ?2)"
    .. " SELECT kind, id, top.score AS score, " .. table.concat(SNIPPETS, ", ")
    .. " FROM top JOIN search ON search.rowid = top.hit WHERE search MATCH ?1" .. order
end

--- Searches every text of the dataset. Returns an array (empty when nothing matches) of
-- { kind, id, record, title, snippet, score }, best first (score: higher is better).
function M.search(cica, text, opts)
  if type(text) ~= "string" then lang.argerror(2, "cica.search", "string", type(text)) end
  local kinds, limit = check_options(opts)
  if not cica.query("SELECT 1 AS yes FROM sqlite_schema WHERE name = 'search'")[1] then
    error(lang.t("argerr.no_search_index", nil, "cica.search"), 2)
  end
  local expr, nwords = M.match_expression(cica, text)
  if not expr then return {} end
  local out = {}
  for row in cica.rows(search_sql(kinds), expr, limit, M.query_date(text)) do
    local record = model.lookup(cica, row.kind, tostring(row.id))
    if record then
      local title = title_of(cica, row.kind, record)
      local result = model.tag({ kind = row.kind, id = row.id, title = title,
                       snippet = best_snippet(row, cica.lang, nwords) or title, score = row.score },
                       "cica.SearchResult")
      if rawget(cica, model.kind(row.kind).collection.name) ~= nil then
        result.record = record -- already the collection's own
      else
        pending[result] = { cica = cica, alone = record }
        setmetatable(result, Result)
      end
      out[#out + 1] = result
    end
  end
  return out
end

-- Names a person may type: of entities (and their aliases and ISO codes), places (and their
-- former names) and regions, in the three languages. Read once per dataset.
local NAMES_SQL = [[
SELECT name_hans AS n FROM entities UNION SELECT name_hant FROM entities UNION SELECT name_en FROM entities
UNION SELECT id FROM entities UNION SELECT alias FROM aliases
UNION SELECT name_hans FROM places UNION SELECT name_hant FROM places UNION SELECT name_en FROM places
UNION SELECT name_hans FROM place_names UNION SELECT name_hant FROM place_names
UNION SELECT name_en FROM place_names
UNION SELECT name_hans FROM regions UNION SELECT name_hant FROM regions UNION SELECT name_en FROM regions]]

local names_cache = setmetatable({}, { __mode = "k" })

-- The names of NAMES_SQL plus the ISO alpha-3 codes the index holds (first in an entity's facts).
local function names(cica)
  local key = cica.core or cica
  if names_cache[key] then return names_cache[key] end
  local list = {}
  for row in cica.rows(NAMES_SQL) do
    if row.n and row.n ~= "" then list[#list + 1] = row.n end
  end
  for row in cica.rows("SELECT facts FROM search WHERE kind = 'entity'") do
    local a3 = (row.facts or ""):match("^(%u%u%u) · ") or (row.facts or ""):match("^(%u%u%u)$")
    if a3 then list[#list + 1] = a3 end
  end
  names_cache[key] = list
  return list
end

-- The edit distance allowed for a word: none for a Latin word of fewer than four letters (AND
-- is not IND), else suggest.nearest's default (a third of the length, at least 1).
local function max_edits(word)
  if not word:find("[\128-\255]") and #word < 4 then return 0 end
  return nil
end

--- "Did you mean": for a text that found nothing, the nearest names (edit distance over the
-- names and aliases of entities, places and regions in three languages, and ISO codes), at most
-- three, each of which finds something. A text of several words is tried whole, then word by
-- word: each word that finds nothing alone is replaced by its nearest name. Words that are not
-- searched (AND, punctuation) are left out first. Returns an array of strings.
function M.suggest(cica, text)
  if type(text) ~= "string" then lang.argerror(2, "cica.search.suggest", "string", type(text)) end
  local suggest = require "cica.suggest"
  local list = names(cica)
  local words = {}
  for word in halfwidth(text):gsub("%c", " "):gmatch("%S+") do
    if word ~= "AND" and cica.query("SELECT cica_tokens(?1) AS t", word)[1].t ~= "" then
      words[#words + 1] = cut(word, M.MAX_WORD)
      if #words == M.MAX_WORDS then break end
    end
  end
  if #words == 0 then return {} end
  text = table.concat(words, " ")
  -- 阿拉木图 and 阿拉木圖 are one suggestion: names whose tokens are the same are offered once
  local out, seen = {}, {}
  for _, name in ipairs(suggest.nearest(text, list, { limit = 6, max = max_edits(text) })) do
    local tokens = cica.query("SELECT cica_tokens(?1) AS t", name)[1].t:lower()
    if not seen[tokens] and #out < 3 then seen[tokens] = true; out[#out + 1] = name end
  end
  if #out > 0 or #words == 1 then return out end
  local changed = false
  for i, word in ipairs(words) do
    if #M.search(cica, word, { limit = 1 }) == 0 then
      local near = suggest.nearest(word, list, { limit = 1, max = max_edits(word) })
      if near[1] then words[i], changed = near[1], true end
    end
  end
  if changed then
    local fixed = table.concat(words, " ")
    if #M.search(cica, fixed, { limit = 1 }) > 0 then return { fixed } end
  end
  return {}
end

return M
