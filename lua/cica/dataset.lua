-- Builds the records of the cica API from the dataset's tables. Each builder runs on the first
-- access to its collection (see lua/cica.lua) and takes the display language into account:
-- `name`, `city` and `title` fields follow cica.lang; *_hans, *_hant and *_en are always there.
local date = require "cica.date"

local M = {}

local SUFFIX = { ["zh-Hans"] = "hans", ["zh-Hant"] = "hant", en = "en" }

-- The array of source ids in a `sources` column (a JSON array of strings).
local function source_list(json)
  local list = {}
  for id in (json or ""):gmatch('"([^"]*)"') do list[#list + 1] = id end
  return list
end

-- Adds `field`, `field_hans`, `field_hant`, `field_en` to record from a row's *_hans/_hant/_en.
local function localize(record, row, column, field, lang)
  field = field or column
  record[field .. "_hans"] = row[column .. "_hans"]
  record[field .. "_hant"] = row[column .. "_hant"]
  record[field .. "_en"] = row[column .. "_en"]
  record[field] = row[column .. "_" .. SUFFIX[lang]]
end

-- Like localize, for free text (notes, reasons, claims): a text not yet translated into the
-- display language shows in English rather than not at all.
local function localize_text(record, row, column, field, lang)
  localize(record, row, column, field, lang)
  field = field or column
  if record[field] == nil then record[field] = record[field .. "_en"] end
end

-- Appends the ids of `more` not already in `list`.
local function merge_sources(list, more)
  local seen = {}
  for _, id in ipairs(list) do seen[id] = true end
  for _, id in ipairs(more) do
    if not seen[id] then list[#list + 1] = id; seen[id] = true end
  end
  return list
end

-- Sort key for accession order: founding members first, then by date, order, English name.
local function accession_before(a, b)
  if a.founding ~= b.founding then return a.founding end
  if not a.founding and a.joined ~= b.joined then return date.last_day(a.joined) < date.last_day(b.joined) end
  if (a.order or math.huge) ~= (b.order or math.huge) then return (a.order or math.huge) < (b.order or math.huge) end
  return a.name_en < b.name_en
end

-- Every entity's statuses (a period per membership/observership), keyed by entity id.
local function statuses_by_entity(cica)
  local by = {}
  for row in cica.rows("SELECT * FROM statuses ORDER BY entity, start") do
    local list = by[row.entity] or {}
    by[row.entity] = list
    list[#list + 1] = {
      status = row.status, from = row.start, to = row["end"], order = row.ord,
      confidence = row.confidence, sources = source_list(row.sources),
    }
    localize_text(list[#list], row, "note", nil, cica.lang)
  end
  return by
end

-- The status an entity holds now (an open period), or its last one.
local function current_status(history)
  local last
  for _, period in ipairs(history) do
    if period.to == nil then return period, true end
    if not last or period.from > last.from then last = period end
  end
  return last, false
end

-- Builds one entity record from its row, aliases and statuses.
local function entity_record(row, aliases, history, lang)
  local record = {
    id = row.id, kind = row.kind, region = row.region, subregion = row.subregion,
    founding = row.founding == 1, aliases = aliases or {}, history = history or {},
    sources = source_list(row.sources), iso_numeric = row.iso_numeric, cow_ccode = row.cow_ccode, wikidata = row.wikidata,
  }
  localize(record, row, "name", nil, lang)
  local period, open = current_status(record.history)
  if period then
    record.status = open and period.status or ("former_" .. period.status)
    record.joined, record.left = period.from, period.to
    record.joined_year = date.year(period.from)
    record.confidence = period.confidence
    for _, p in ipairs(record.history) do
      merge_sources(record.sources, p.sources)
      if p.status == "member" then record.order = p.order end
    end
  end
  return record
end

-- All entities (members, observers, former observers, partners), keyed by id and as a list.
function M.entities(cica)
  local aliases = {}
  for row in cica.rows("SELECT entity, alias FROM aliases ORDER BY entity, alias") do
    local list = aliases[row.entity] or {}
    aliases[row.entity] = list
    list[#list + 1] = row.alias
  end
  local statuses = statuses_by_entity(cica)
  local list = {}
  for row in cica.rows("SELECT * FROM entities ORDER BY id") do
    list[#list + 1] = entity_record(row, aliases[row.id], statuses[row.id], cica.lang)
  end
  return list
end

-- The entities whose `status` period holds on `day` (nil: now), each as a record whose joined,
-- order and status describe that period, in accession order.
local function holding(cica, status, day)
  local out = {}
  for _, entity in ipairs(cica.entities) do
    for _, period in ipairs(entity.history) do
      local holds = day and date.holds(period.from, period.to, day) or (not day and period.to == nil)
      if period.status == status and holds then
        local record = {}
        for k, v in pairs(entity) do record[k] = v end
        record.status, record.joined, record.left = status, period.from, period.to
        record.joined_year, record.confidence = date.year(period.from), period.confidence
        record.order = period.order
        out[#out + 1] = record
        break
      end
    end
  end
  table.sort(out, accession_before)
  return out
end

function M.members(cica) return holding(cica, "member") end
function M.observers(cica) return holding(cica, "observer") end
function M.partners(cica) return holding(cica, "partner") end

-- members_at/observers_at/chair_at take a date already checked by date.normalize.
function M.members_at(cica, when) return holding(cica, "member", date.last_day(when)) end
function M.observers_at(cica, when) return holding(cica, "observer", date.last_day(when)) end

-- find: an index from every id (any case), name and alias to its entity.
local function entity_index(cica)
  local index = {}
  local function add(key, entity)
    if key and key ~= "" then
      index[key] = index[key] or entity
      index[key:lower()] = index[key:lower()] or entity
    end
  end
  for _, e in ipairs(cica.entities) do
    add(e.id, e)
    add(e.name_hans, e)
    add(e.name_hant, e)
    add(e.name_en, e)
    for _, alias in ipairs(e.aliases) do add(alias, e) end
  end
  return index
end

function M.find(cica, text)
  local key = text:match("^%s*(.-)%s*$")
  -- The index belongs to one build of cica.entities (set_lang rebuilds them), so it always
  -- returns the same records cica.entities holds.
  local entities = cica.entities
  if M._indexed ~= entities then
    M._index, M._indexed = entity_index(cica), entities
  end
  return M._index[key] or M._index[key:lower()]
end

-- Places: name by date (Astana was Nur-Sultan from 2019-03-23 to 2022-09-17).
local function place_namer(cica)
  local places, renames = {}, {}
  for row in cica.rows("SELECT * FROM places") do places[row.id] = row end
  for row in cica.rows("SELECT * FROM place_names ORDER BY place, valid_from") do
    local list = renames[row.place] or {}
    renames[row.place] = list
    list[#list + 1] = row
  end
  return function(place, on)
    local row = places[place]
    if not row then return nil end
    for _, r in ipairs(renames[place] or {}) do
      if on and r.valid_from <= on and on < r.valid_to then return r, row.country end
    end
    return row, row.country
  end
end

-- A date of any precision in the words of a display language: "2026-10" stays ISO in English
-- and reads 2026年10月 in Chinese (2014年5月21日, 2026年).
local function spoken_date(iso, suffix)
  if suffix == "en" then return iso end
  local y, m, d = iso:match("^(%d%d%d%d)%-?(%d*)%-?(%d*)$")
  if not y then return iso end
  local out = y .. "年"
  if m ~= "" then out = out .. tonumber(m) .. "月" end
  if d ~= "" then out = out .. tonumber(d) .. "日" end
  return out
end

-- What a planned meeting's status says, per language: "planned for %s", or, once its date has
-- passed with no source saying what happened, that the data has no report of it (as of as_of).
local PLANNED_TEXT = {
  planned = { hans = "计划于%s举行", hant = "計劃於%s舉行", en = "planned for %s" },
  stale = { hans = "原定于%s举行；数据中没有其举行情况的报道（数据截至%s）",
            hant = "原定於%s舉行；數據中沒有其舉行情況的報道（數據截至%s）",
            en = "planned for %s; no report of it in the data (as of %s)" },
}

--- Whether a planned meeting (date..end_date) is stale on `today` ("YYYY-MM-DD"): its last
-- possible day has passed. Returns stale and the status text in the three languages
-- ({ hans =, hant =, en = }). The one rule every place that shows a planned meeting uses.
function M.planned_status(when, end_date, as_of, today)
  if type(when) ~= "string" or type(today) ~= "string" then
    error("cica.dataset.planned_status: expects a date string (argument 1) and today's date (argument 4)", 2)
  end
  local stale = date.last_day(end_date or when) < today
  local text = {}
  for _, suffix in ipairs({ "hans", "hant", "en" }) do
    local t = PLANNED_TEXT[stale and "stale" or "planned"][suffix]
    text[suffix] = t:format(spoken_date(when, suffix), spoken_date(as_of or "?", suffix))
  end
  return stale, text
end

--- A planned meeting's title followed by its status text in one language (suffix hans, hant or
-- en): "亚信第七次峰会——计划于2026年10月举行"; other meetings' titles as they are.
function M.title_with_status(record, suffix)
  local title, status = record["title_" .. suffix], record["status_text_" .. suffix]
  if not status then return title end
  if suffix == "en" then return title .. " — " .. status end
  return title .. "——" .. status
end

-- All meetings in date order, with the city named as it was on the day.
function M.meetings(cica)
  local name_of = place_namer(cica)
  local docs = {}
  for row in cica.rows("SELECT id, meeting FROM documents WHERE meeting IS NOT NULL ORDER BY date, id") do
    local list = docs[row.meeting] or {}
    docs[row.meeting] = list
    list[#list + 1] = row.id
  end
  local participants = {}
  for row in cica.rows("SELECT * FROM participants ORDER BY meeting, role, entity") do
    local list = participants[row.meeting] or {}
    participants[row.meeting] = list
    list[#list + 1] = { entity = row.entity, role = row.role, sources = source_list(row.sources) }
  end
  local list = {}
  for row in cica.rows("SELECT * FROM meetings ORDER BY date, id") do
    local record = {
      id = row.id, kind = row.kind, ordinal = row.ordinal, date = row.date, end_date = row.end_date,
      place = row.place, host = row.host, status = row.status, confidence = row.confidence,
      sources = source_list(row.sources), documents = docs[row.id] or {},
      participants = participants[row.id] or {},
    }
    localize_text(record, row, "note", nil, cica.lang)
    localize(record, row, "title", nil, cica.lang)
    local place, country = name_of(row.place, row.date)
    if place then localize(record, place, "name", "city", cica.lang) end
    record.country = country or row.host
    record.year = date.year(row.date)
    if row.status == "planned" then
      local stale, text = M.planned_status(row.date, row.end_date, cica.meta.as_of, cica.today())
      record.stale = stale
      localize(record, { status_text_hans = text.hans, status_text_hant = text.hant, status_text_en = text.en },
        "status_text", nil, cica.lang)
    end
    list[#list + 1] = record
  end
  return list
end

-- The planned meetings whose date has passed (see planned_status), in date order.
function M.stale_planned(cica)
  local list = {}
  for _, m in ipairs(cica.meetings) do
    if m.stale then list[#list + 1] = m end
  end
  return list
end

function M.summits(cica)
  local list = {}
  for _, m in ipairs(cica.meetings) do
    if m.kind == "summit" then list[#list + 1] = m end
  end
  return list
end

-- The entity's display name, for records that point at an entity by id.
local function entity_name(cica, id)
  local e = id and cica.find(id)
  return e and e.name or id
end

-- Chairmanship terms in order.
function M.chairs(cica)
  local list = {}
  for row in cica.rows("SELECT * FROM chairs ORDER BY term") do
    list[#list + 1] = {
      term = row.term, country = row.country, name = entity_name(cica, row.country),
      from = row.start, to = row["end"], sources = source_list(row.sources),
    }
    localize_text(list[#list], row, "note", nil, cica.lang)
  end
  return list
end

function M.chair_at(cica, when)
  local day = date.last_day(when)
  local found
  for _, term in ipairs(cica.chairs) do
    if date.holds(term.from, term.to, day) then found = term end
  end
  return found
end

function M.secretariat(cica)
  local name_of = place_namer(cica)
  local seats, heads = {}, {}
  for row in cica.rows("SELECT * FROM secretariat_seats ORDER BY start") do
    local seat = { place = row.place, from = row.start, to = row["end"], sources = source_list(row.sources) }
    localize_text(seat, row, "note", nil, cica.lang)
    local place = name_of(row.place, nil)
    if place then localize(seat, place, "name", "city", cica.lang) end
    seats[#seats + 1] = seat
  end
  for row in cica.rows("SELECT * FROM secretariat_heads ORDER BY start, id") do
    local head = { id = row.id, nationality = row.nationality, title = row.title,
                   from = row.start, to = row["end"], confidence = row.confidence,
                   sources = source_list(row.sources) }
    localize(head, row, "name", nil, cica.lang)
    localize_text(head, row, "note", nil, cica.lang)
    heads[#heads + 1] = head
  end
  return { seats = seats, heads = heads }
end

-- A builder for a simple table: rows in `order`, with *_hans/_hant/_en columns localized.
local function simple(sql, localized, natural)
  return function(cica)
    local list = {}
    for row in cica.rows(sql) do
      local record = {}
      for k, v in pairs(row) do record[k] = v end
      for _, column in ipairs(localized) do localize_text(record, row, column, nil, cica.lang) end
      if row.sources then record.sources = source_list(row.sources) end
      if row.start then record.from, record.to, record.start = row.start, row["end"], nil end
      record["end"] = nil
      list[#list + 1] = record
    end
    -- ids such as A1 … A10: SQL orders them as text (A1, A10, A2); people expect A1, A2, … A10
    if natural then
      local less = require("cica.width").natural_less
      table.sort(list, function(a, b) return less(a.id, b.id) end)
    end
    return list
  end
end

M.documents = simple("SELECT * FROM documents ORDER BY date, id", { "title" })
M.cbm_areas = simple("SELECT * FROM cbm_areas ORDER BY ord", { "name" })
M.stages = simple("SELECT * FROM stages ORDER BY ord", { "text" })
M.events = simple("SELECT * FROM events ORDER BY date, id", { "title" })
M.sources = simple("SELECT * FROM sources ORDER BY id", { "title" }, true)
M.rules = simple("SELECT * FROM rules ORDER BY topic, id", { "text" })

function M.discrepancies(cica)
  local claims = {}
  for row in cica.rows("SELECT * FROM discrepancy_claims ORDER BY discrepancy, ord") do
    local list = claims[row.discrepancy] or {}
    claims[row.discrepancy] = list
    list[#list + 1] = { sources = source_list(row.sources) }
    localize_text(list[#list], row, "claim", nil, cica.lang)
  end
  local list = {}
  for row in cica.rows("SELECT * FROM discrepancies ORDER BY id") do
    local record = { id = row.id, subject = row.subject, field = row.field, claims = claims[row.id] or {} }
    localize(record, row, "title", nil, cica.lang)
    localize_text(record, row, "preferred", nil, cica.lang)
    localize_text(record, row, "reason", nil, cica.lang)
    record.sources = {}
    for _, c in ipairs(record.claims) do merge_sources(record.sources, c.sources) end
    list[#list + 1] = record
  end
  return list
end

function M.meta(cica)
  local meta = {}
  for row in cica.rows("SELECT key, value FROM meta") do meta[row.key] = row.value end
  return meta
end

-- Timeline titles for records that have none of their own, per language.
local TEMPLATES = {
  member = { hans = "%s成为亚信成员国", hant = "%s成為亞信成員國", en = "%s becomes a CICA member" },
  observer = { hans = "%s成为亚信观察员", hant = "%s成為亞信觀察員", en = "%s becomes a CICA observer" },
  partner = { hans = "%s成为亚信伙伴", hant = "%s成為亞信夥伴", en = "%s becomes a CICA partner" },
  chair = { hans = "%s任亚信主席国", hant = "%s任亞信主席國", en = "%s takes the CICA chair" },
  seat = { hans = "亚信秘书处设于%s", hant = "亞信秘書處設於%s", en = "CICA secretariat seated in %s" },
  head = { hans = "%s任亚信秘书处负责人", hant = "%s任亞信秘書處負責人", en = "%s heads the CICA secretariat" },
}

-- A timeline entry titled from a template and a record with *_hans/_hant/_en names.
local function templated(kind, when, template, named, field, ref, lang)
  local entry = { date = when, kind = kind, ref = ref }
  for _, suffix in ipairs({ "hans", "hant", "en" }) do
    entry["title_" .. suffix] = TEMPLATES[template][suffix]:format(named[field .. "_" .. suffix] or "?")
  end
  entry.title = entry["title_" .. SUFFIX[lang]]
  return entry
end

-- Every dated event in order: accessions, meetings, chair terms, documents, the secretariat.
function M.timeline(cica)
  local lang, out = cica.lang, {}
  for _, e in ipairs(cica.entities) do
    for _, p in ipairs(e.history) do
      out[#out + 1] = templated("status", p.from, p.status, e, "name", { kind = "entity", id = e.id, period = p }, lang)
    end
  end
  for _, m in ipairs(cica.meetings) do
    local entry = { date = m.date, kind = m.kind, ref = { kind = "meeting", id = m.id, record = m } }
    for _, suffix in ipairs({ "hans", "hant", "en" }) do
      entry["title_" .. suffix] = M.title_with_status(m, suffix)
    end
    entry.title = entry["title_" .. SUFFIX[lang]]
    out[#out + 1] = entry
  end
  for _, d in ipairs(cica.documents) do
    out[#out + 1] = { date = d.date, kind = "document", title = d.title, title_hans = d.title_hans,
                      title_hant = d.title_hant, title_en = d.title_en, ref = { kind = "document", id = d.id, record = d } }
  end
  for _, ev in ipairs(cica.events) do
    out[#out + 1] = { date = ev.date, kind = ev.kind, title = ev.title, title_hans = ev.title_hans,
                      title_hant = ev.title_hant, title_en = ev.title_en, ref = { kind = "event", id = ev.id, record = ev } }
  end
  for _, c in ipairs(cica.chairs) do
    local e = cica.find(c.country)
    if e then out[#out + 1] = templated("chair", c.from, "chair", e, "name", { kind = "chair", id = c.term, record = c }, lang) end
  end
  local sec = cica.secretariat
  for _, s in ipairs(sec.seats) do
    out[#out + 1] = templated("secretariat", s.from, "seat", s, "city", { kind = "seat", id = s.place, record = s }, lang)
  end
  for _, h in ipairs(sec.heads) do
    out[#out + 1] = templated("secretariat", h.from, "head", h, "name", { kind = "head", id = h.id, record = h }, lang)
  end
  for i, entry in ipairs(out) do entry.seq = i end
  table.sort(out, function(a, b)
    if a.date ~= b.date then return a.date < b.date end
    return a.seq < b.seq
  end)
  for _, entry in ipairs(out) do entry.seq = nil end
  return out
end

-- ---- the dataset as it stood on a date ---------------------------------------------------

-- Whether a date of any precision had come by `day` (a last_day): "2014" counts only from
-- 2014-12-31, as members_at counts it. A record without a date never has.
local function by(d, day)
  return type(d) == "string" and d:match("^%d%d%d%d") ~= nil and date.last_day(d) <= day
end

-- Copies of the periods ({ from, to }) that had begun by `day`; one still running then has no
-- `to` (it was open, whatever came later).
local function clip(list, day)
  local out = {}
  for _, p in ipairs(list or {}) do
    if by(p.from, day) then
      local copy = {}
      for k, v in pairs(p) do copy[k] = v end
      if copy.to ~= nil and not by(copy.to, day) then copy.to = nil end
      out[#out + 1] = copy
    end
  end
  return out
end

-- Copies of the records dated by `day`.
local function dated(list, day)
  local out = {}
  for _, r in ipairs(list or {}) do
    if by(r.date, day) then out[#out + 1] = r end
  end
  return out
end

--- cica as it stood on `when` (checked by date.normalize): a table whose entities, members,
-- observers, partners, chairs, secretariat, stages, meetings, summits, documents, events and
-- timeline hold only what had happened by then, with periods still running then left open
-- (no `to`), and meta.as_of the date; everything else (query, find, sources, …) is cica's.
-- The same rule as members_at: a date of reduced precision counts from its last day.
function M.as_of(cica, when)
  when = date.check(when, "cica.dataset.as_of", 3)
  local day = date.last_day(when)
  local view = setmetatable({}, { __index = cica })
  local entities = {}
  for _, e in ipairs(cica.entities) do
    local history = clip(e.history, day)
    if #history > 0 then
      local copy = {}
      for k, v in pairs(e) do copy[k] = v end
      copy.history = history
      local period, open = current_status(history)
      copy.status = open and period.status or ("former_" .. period.status)
      copy.joined, copy.left = period.from, period.to
      copy.joined_year, copy.confidence = date.year(period.from), period.confidence
      entities[#entities + 1] = copy
    end
  end
  rawset(view, "entities", entities)
  rawset(view, "members", holding(view, "member"))
  rawset(view, "observers", holding(view, "observer"))
  rawset(view, "partners", holding(view, "partner"))
  rawset(view, "chairs", clip(cica.chairs, day))
  local sec = cica.secretariat or {}
  rawset(view, "secretariat", { seats = clip(sec.seats, day), heads = clip(sec.heads, day) })
  rawset(view, "stages", clip(cica.stages, day))
  for _, name in ipairs({ "meetings", "summits", "documents", "events" }) do
    rawset(view, name, dated(cica[name], day))
  end
  local meta = {}
  for k, v in pairs(cica.meta or {}) do meta[k] = v end
  meta.dataset_as_of, meta.as_of = meta.as_of, when
  rawset(view, "meta", meta)
  rawset(view, "as_of_date", when)
  rawset(view, "timeline", M.timeline(view))
  return view
end

-- Every builder is public (require "cica.dataset" gives it to scripts): each checks that it got
-- a cica table, and the *_at functions a date, naming itself at the caller's line. cica.lua calls
-- them with arguments it has checked already.
local AT = { members_at = true, observers_at = true, chair_at = true }
-- Functions of M that are plain helpers, not builders taking the cica table (they check their own).
local NOT_BUILDERS = { planned_status = true }
for name, f in pairs(M) do
  if type(f) == "function" and not NOT_BUILDERS[name] then
    local fname = "cica.dataset." .. name
    M[name] = function(cica, ...)
      if type(cica) ~= "table" then
        error(string.format("%s: expected the cica table as argument 1, got %s", fname, type(cica)), 2)
      end
      if AT[name] then
        local when = date.check((...), fname, 2)
        local out = f(cica, when)
        return out
      end
      if name == "find" and type((...)) ~= "string" then
        error(string.format("%s: expected a string as argument 2, got %s", fname, type((...))), 2)
      end
      return f(cica, ...)
    end
  end
end

return M
