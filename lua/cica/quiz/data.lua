-- The dataset as the quiz generators need it (g.data, docs/quiz.md): a thin adapter over the
-- API's records (the collection registry, cica.model), giving them the shape the generator
-- contract documents — rows keyed by the SQL column names, `finish` for `end`, and names, titles
-- and notes as { hans, hant, en } tables. That shape is deprecated for new code (docs/quiz.md):
-- a generator should read cica.members, cica.meetings, … and pick a language with cica.lang.
-- Two things the API's records do not carry come from SQL: an entity's own sources (the API
-- merges those of its periods) and each alias's language and variant (the matcher pairs 简体 and
-- 繁體 spellings), with the sources of a place's former names. The meetings come from SQL too
-- (see load_meetings): building cica.meetings costs more than the whole quiz needs of it.
local lang = require "cica.lang"

local M = {}

local function api() return rawget(_G, "cica") or require "cica" end

local function query(sql, ...)
  return api().query(sql, ...)
end

-- `sources` columns hold a JSON array of ids: '["A3","R1"]'.
function M.ids(json)
  local out = {}
  for id in tostring(json or ""):gmatch('"([^"]+)"') do out[#out + 1] = id end
  return out
end

-- The year of an ISO date at any precision ('2006', '2006-06', '2006-06-17'), as an integer.
M.year = require("cica.date").year

-- A per-language field of a record as { hans =, hant =, en = } (the deprecated shape).
-- The column names of each prefix, made once: { {suffix, column}, … }.
local columns_of = setmetatable({}, { __index = function(t, prefix)
  local list = {}
  for _, code in ipairs(lang.codes) do
    local suffix = lang.suffix(code)
    list[#list + 1] = { suffix, prefix .. "_" .. suffix }
  end
  t[prefix] = list
  return list
end })

local function names(row, prefix)
  local out = {}
  for _, c in ipairs(columns_of[prefix or "name"]) do out[c[1]] = row[c[2]] end
  return out
end

local function copy_list(list)
  local out = {}
  for i, v in ipairs(list or {}) do out[i] = v end
  return out
end

-- A row of `columns` (SQL column names) from an API record: `start` and `end` are the record's
-- `from` and `to`, given as start and finish; `sources` is copied.
local function row_of(record, columns)
  local row = {}
  for _, column in ipairs(columns) do
    if column == "start" then row.start = record.from
    elseif column == "end" then row.finish = record.to
    elseif column == "sources" then row.sources = copy_list(record.sources)
    else row[column] = record[column] end
  end
  return row
end

-- The per-language columns of `field` (field_hans, field_hant, field_en).
local function lang_columns(field)
  local out = {}
  for _, code in ipairs(lang.codes) do out[#out + 1] = field .. "_" .. lang.suffix(code) end
  return out
end

-- The column names: the given ones, and the per-language columns of each field in `per_lang`.
local function columns(list, per_lang)
  local out = {}
  for _, c in ipairs(list) do out[#out + 1] = c end
  for _, field in ipairs(per_lang or {}) do
    for _, c in ipairs(lang_columns(field)) do out[#out + 1] = c end
  end
  return out
end

local function load_entities(c)
  local own = {}
  for _, r in ipairs(query("SELECT id, sources FROM entities")) do own[r.id] = M.ids(r.sources) end
  local by_id = {}
  for _, e in ipairs(c.entities) do
    by_id[e.id] = {
      id = e.id, kind = e.kind, name = names(e), region = e.region, subregion = e.subregion,
      founding = e.founding, sources = own[e.id] or {}, aliases = {}, alias_rows = {},
    }
  end
  for _, a in ipairs(query("SELECT * FROM aliases ORDER BY entity, lang, alias")) do
    local e = by_id[a.entity]
    if e then
      e.aliases[#e.aliases + 1] = a.alias
      e.alias_rows[#e.alias_rows + 1] = a
    end
  end
  return by_id
end

local function load_places(c)
  local former_sources = {}
  for _, r in ipairs(query("SELECT place, valid_from, sources FROM place_names")) do
    former_sources[r.place .. "\0" .. r.valid_from] = M.ids(r.sources)
  end
  local by_id = {}
  for _, p in ipairs(c.places) do
    local place = { id = p.id, country = p.country, name = names(p), former = {} }
    for _, f in ipairs(p.names) do
      place.former[#place.former + 1] = { name = names(f), from = f.from, to = f.to,
        sources = former_sources[p.id .. "\0" .. f.from] or {} }
    end
    by_id[p.id] = place
  end
  return by_id
end

-- Every status period as a row of the statuses table, ordered by start, ord, entity (as SQL
-- orders them: a period without ord first).
local function load_statuses(c)
  local cols = columns({ "entity", "status", "start", "end", "ord", "confidence", "sources" }, { "note" })
  local out = {}
  for _, e in ipairs(c.entities) do
    for _, p in ipairs(e.history) do
      local row = row_of(p, cols)
      row.entity, row.ord = e.id, p.order
      out[#out + 1] = row
    end
  end
  table.sort(out, function(a, b)
    if a.start ~= b.start then return a.start < b.start end
    if a.ord ~= b.ord then
      if a.ord == nil or b.ord == nil then return a.ord == nil end
      return a.ord < b.ord
    end
    return a.entity < b.entity
  end)
  return out
end

-- Rows of `list` (API records) with the given columns.
local function rows_of(list, cols)
  local out = {}
  for i, r in ipairs(list) do out[i] = row_of(r, cols) end
  return out
end

local function load_discrepancies(c)
  local cols = columns({ "id", "subject", "field" }, { "title", "preferred", "reason" })
  local list = {}
  for _, x in ipairs(c.discrepancies) do
    local r = row_of(x, cols)
    r.title = names(x, "title")
    r.claims = {}
    -- `claim` is the English text, the one generators parse (years, counts) whatever the display
    -- language; `text` holds the three forms, for showing (see api.claim_line).
    for _, cl in ipairs(x.claims) do
      r.claims[#r.claims + 1] = { claim = cl.claim_en, text = names(cl, "claim"), sources = copy_list(cl.sources) }
    end
    list[#list + 1] = r
  end
  return list
end

local sources_by_id -- made once: M.sources and the dataset share it
-- The sources by id, each made into the shape above when first looked up (a sheet names a few
-- dozen of them; making all of them cost more than the rest of a sheet's source lines).
local function load_sources(c)
  if sources_by_id then return sources_by_id end
  local cols = columns({ "id", "original_title", "url", "kind", "lang" }, { "title" })
  local record_of
  local function index()
    if not record_of then
      record_of = {}
      for _, s in ipairs(c.sources) do record_of[s.id] = s end
    end
    return record_of
  end
  local function make(t, id)
    local s = index()[id]
    if s == nil then return nil end
    local r = row_of(s, cols)
    r.title = names(s, "title")
    rawset(t, id, r)
    return r
  end
  sources_by_id = setmetatable({}, {
    __index = make,
    -- pairs() (a generator walking g.data.sources) sees every source, as before
    __pairs = function(t)
      for id in pairs(index()) do if rawget(t, id) == nil then make(t, id) end end
      return next, t, nil
    end,
  })
  return sources_by_id
end

--- The sources by id (g.data.sources), without loading the rest of the dataset: a sheet or a
-- session of precomputed questions (cica.quiz.frozen) names its sources and needs nothing else.
function M.sources()
  return load_sources(api())
end

-- The meetings, straight from their table: the rows already have this shape. (cica.meetings
-- also reads every meeting's documents and participants and names its city as on the day,
-- which no generator needs: about 10 M instructions, and it is not precomputed at build time,
-- since a planned meeting's status depends on today.)
local function load_meetings()
  local cols = columns({ "id", "kind", "ordinal", "date", "end_date", "place", "host", "status",
    "confidence" }, { "title", "note" })
  local source_list = require("cica.model.util").source_list -- as cica.meetings reads them
  local out = {}
  for i, r in ipairs(query("SELECT * FROM meetings ORDER BY date, id")) do
    local row = {}
    for _, column in ipairs(cols) do row[column] = r[column] end
    row.sources = source_list(r.sources)
    out[i] = row
  end
  return out
end

local function load()
  local c = api()
  local d = {
    entities = load_entities(c),
    places = load_places(c),
    statuses = load_statuses(c),
    meetings = load_meetings(),
    documents = rows_of(c.documents, columns({ "id", "meeting", "date", "sources" }, { "title" })),
    chairs = rows_of(c.chairs, columns({ "term", "country", "start", "end", "sources" }, { "note" })),
    seats = rows_of(c.secretariat.seats, columns({ "place", "start", "end", "sources" }, { "note" })),
    heads = rows_of(c.secretariat.heads, columns({ "id", "nationality", "title", "start", "end", "sources" }, { "name" })),
    events = rows_of(c.events, columns({ "id", "date", "kind", "confidence", "sources", "end_date" }, { "title" })),
    discrepancies = load_discrepancies(c),
    sources = load_sources(c),
  }
  for _, h in ipairs(d.heads) do h.name = names(h) end
  -- Notes in three forms ({hans, hant, en}, or nil where a row has none), like names.
  for _, list in ipairs { d.statuses, d.chairs, d.seats } do
    for _, r in ipairs(list) do if r.note_en then r.note = names(r, "note") end end
  end
  for _, m in ipairs(d.meetings) do m.title = names(m, "title") end
  for _, m in ipairs(d.documents) do m.title = names(m, "title") end
  for _, e in ipairs(d.events) do e.title = names(e, "title") end
  return d
end

local cache
-- The dataset, loaded on first use.
function M.get()
  cache = cache or load()
  return cache
end

-- Discrepancies about `subject` ('entity:TH', 'meeting:summit-5', …), optionally one field.
function M.disputes(d, subject, field)
  local out = {}
  for _, x in ipairs(d.discrepancies) do
    if x.subject == subject and (field == nil or x.field == nil or x.field == field) then
      out[#out + 1] = x
    end
  end
  return out
end

-- Every same-text pair in both Chinese scripts, for the matcher's character map: all the
-- *_hans/*_hant columns of one row, and zh-Hans/zh-Hant aliases of one entity and variant.
function M.script_pairs(d)
  local pairs_ = {}
  local function add(n)
    if n and n.hans and n.hant then pairs_[#pairs_ + 1] = { n.hans, n.hant } end
  end
  for _, e in pairs(d.entities) do
    add(e.name)
    local by_variant = {}
    for _, a in ipairs(e.alias_rows) do
      local key = tostring(a.variant)
      by_variant[key] = by_variant[key] or {}
      by_variant[key][a.lang] = a.alias
    end
    for _, v in pairs(by_variant) do
      if v["zh-Hans"] and v["zh-Hant"] then add { hans = v["zh-Hans"], hant = v["zh-Hant"] } end
    end
  end
  for _, p in pairs(d.places) do
    add(p.name)
    for _, f in ipairs(p.former) do add(f.name) end
  end
  for _, list in ipairs { d.meetings, d.documents, d.events } do
    for _, r in ipairs(list) do add(r.title) end
  end
  for _, h in ipairs(d.heads) do add(h.name) end
  for _, x in ipairs(d.discrepancies) do add(x.title) end
  local c = api()
  for _, t in ipairs { "regions", "cbm_areas" } do
    for _, r in ipairs(c[t]) do add(names(r)) end
  end
  for _, r in ipairs(c.stages) do add(names(r, "text")) end
  -- deterministic order; each pair's sort key is made once, not at every comparison
  local key = {}
  for _, p in ipairs(pairs_) do key[p] = p[1] .. p[2] end
  table.sort(pairs_, function(a, b) return key[a] < key[b] end)
  return pairs_
end

return M
