-- The dataset as the quiz generators need it, read once through cica.query (SQL over the tables
-- of data/schema.sql is public API). Records keep the three name columns side by side so a
-- question can accept every spelling; generators pick the display language themselves.
local M = {}

local function query(sql, ...)
  return cica.query(sql, ...)
end

-- `sources` columns hold a JSON array of ids: '["A3","R1"]'.
function M.ids(json)
  local out = {}
  for id in tostring(json or ""):gmatch('"([^"]+)"') do out[#out + 1] = id end
  return out
end

-- The year of an ISO date at any precision ('2006', '2006-06', '2006-06-17'), as an integer.
M.year = require("cica.date").year

local function names(row, prefix)
  prefix = prefix or "name"
  return { hans = row[prefix .. "_hans"], hant = row[prefix .. "_hant"], en = row[prefix .. "_en"] }
end

local function load_entities()
  local by_id = {}
  for _, r in ipairs(query("SELECT * FROM entities ORDER BY id")) do
    by_id[r.id] = {
      id = r.id, kind = r.kind, name = names(r), region = r.region, subregion = r.subregion,
      founding = r.founding == 1, sources = M.ids(r.sources), aliases = {}, alias_rows = {},
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

local function load_places()
  local by_id = {}
  for _, r in ipairs(query("SELECT * FROM places ORDER BY id")) do
    by_id[r.id] = { id = r.id, country = r.country, name = names(r), former = {} }
  end
  for _, r in ipairs(query("SELECT * FROM place_names ORDER BY place, valid_from")) do
    local p = by_id[r.place]
    if p then
      p.former[#p.former + 1] = { name = names(r), from = r.valid_from, to = r.valid_to,
        sources = M.ids(r.sources) }
    end
  end
  return by_id
end

local function with_sources(rows)
  for _, r in ipairs(rows) do r.sources = M.ids(r.sources) end
  return rows
end

local function load_discrepancies()
  local list, by_id = {}, {}
  for _, r in ipairs(query("SELECT * FROM discrepancies ORDER BY id")) do
    r.title = names(r, "title")
    r.claims = {}
    list[#list + 1] = r
    by_id[r.id] = r
  end
  for _, c in ipairs(query("SELECT * FROM discrepancy_claims ORDER BY discrepancy, ord")) do
    local d = by_id[c.discrepancy]
    -- `claim` is the English text, the one generators parse (years, counts) whatever the display
    -- language; `text` holds the three forms, for showing (see api.claim_line).
    if d then
      d.claims[#d.claims + 1] = { claim = c.claim_en, text = names(c, "claim"), sources = M.ids(c.sources) }
    end
  end
  return list
end

local function load_sources()
  local by_id = {}
  for _, r in ipairs(query("SELECT id, title_hans, title_hant, title_en, original_title, url, kind, lang FROM sources")) do
    r.title = names(r, "title")
    by_id[r.id] = r
  end
  return by_id
end

local function load()
  local d = {
    entities = load_entities(),
    places = load_places(),
    statuses = with_sources(query(
      "SELECT entity, status, start, \"end\" AS finish, ord, confidence, note_hans, note_hant, note_en, sources FROM statuses ORDER BY start, ord, entity")),
    meetings = with_sources(query("SELECT * FROM meetings ORDER BY date, id")),
    documents = with_sources(query("SELECT * FROM documents ORDER BY date, id")),
    chairs = with_sources(query(
      "SELECT term, country, start, \"end\" AS finish, note_hans, note_hant, note_en, sources FROM chairs ORDER BY term")),
    seats = with_sources(query(
      "SELECT place, start, \"end\" AS finish, note_hans, note_hant, note_en, sources FROM secretariat_seats ORDER BY start")),
    heads = with_sources(query(
      "SELECT id, name_hans, name_hant, name_en, nationality, title, start, \"end\" AS finish, sources FROM secretariat_heads ORDER BY start")),
    events = with_sources(query("SELECT * FROM events ORDER BY date, id")),
    discrepancies = load_discrepancies(),
    sources = load_sources(),
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
  for _, t in ipairs { "regions", "cbm_areas" } do
    for _, r in ipairs(query("SELECT name_hans, name_hant FROM " .. t)) do add(names(r)) end
  end
  for _, r in ipairs(query("SELECT text_hans, text_hant FROM stages")) do add(names(r, "text")) end
  -- deterministic order; each pair's sort key is made once, not at every comparison
  local key = {}
  for _, p in ipairs(pairs_) do key[p] = p[1] .. p[2] end
  table.sort(pairs_, function(a, b) return key[a] < key[b] end)
  return pairs_
end

return M
