-- cica.entities, cica.members, cica.observers, cica.partners: every state and organization with
-- the periods of its statuses (tables entities, aliases, statuses), and cica.find's index.
local date = require "cica.date"
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 10 }

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
      confidence = row.confidence, sources = u.source_list(row.sources),
    }
    u.localize_text(list[#list], row, "note", nil, cica.lang)
  end
  return by
end

--- The status an entity holds now (an open period), or its last one; and whether it is open.
function M.current_status(history)
  local last
  for _, period in ipairs(history) do
    if period.to == nil then return period, true end
    if not last or period.from > last.from then last = period end
  end
  return last, false
end

-- Builds one entity record from its row, aliases and statuses.
local function entity_record(row, aliases, history, code)
  local record = {
    id = row.id, kind = row.kind, region = row.region, subregion = row.subregion,
    founding = row.founding == 1, aliases = aliases or {}, history = history or {},
    sources = u.source_list(row.sources), iso_numeric = row.iso_numeric, cow_ccode = row.cow_ccode, wikidata = row.wikidata,
  }
  u.localize(record, row, "name", nil, code)
  local period, open = M.current_status(record.history)
  if period then
    record.status = open and period.status or ("former_" .. period.status)
    record.joined, record.left = period.from, period.to
    record.joined_year = date.year(period.from)
    record.confidence = period.confidence
    for _, p in ipairs(record.history) do
      u.merge_sources(record.sources, p.sources)
      if p.status == "member" then record.order = p.order end
    end
  end
  return record
end

--- All entities (members, observers, former observers, partners), by id.
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

local CLASS = { member = "cica.Member", observer = "cica.Observer", partner = "cica.Partner" }

--- The entities whose `status` period holds on `day` (nil: now), each as a copy whose joined,
-- order and status describe that period, in accession order.
function M.holding(cica, status, day)
  local out = {}
  for _, entity in ipairs(cica.entities) do
    for _, period in ipairs(entity.history) do
      local holds = day and date.holds(period.from, period.to, day) or (not day and period.to == nil)
      if period.status == status and holds then
        local record = u.copy(entity)
        record.status, record.joined, record.left = status, period.from, period.to
        record.joined_year, record.confidence = date.year(period.from), period.confidence
        record.order = period.order
        out[#out + 1] = model.tag(record, CLASS[status] or "cica.Entity")
        break
      end
    end
  end
  table.sort(out, accession_before)
  return out
end

-- An index from every id (any case), name and alias to its entity.
local function entity_index(entities)
  local index = {}
  local function add(key, entity)
    if key and key ~= "" then
      index[key] = index[key] or entity
      index[key:lower()] = index[key:lower()] or entity
    end
  end
  for _, e in ipairs(entities) do
    add(e.id, e)
    add(e.name_hans, e)
    add(e.name_hant, e)
    add(e.name_en, e)
    for _, alias in ipairs(e.aliases) do add(alias, e) end
  end
  return index
end

-- One index per build of cica.entities (set_lang rebuilds them), so find always returns the
-- records cica.entities holds.
local indexes = setmetatable({}, { __mode = "k" })

--- The entity whose id (any case), name or alias is `text` (spaces around it ignored), or nil.
function M.find(cica, text)
  local key = text:match("^%s*(.-)%s*$")
  local entities = cica.entities
  local index = indexes[entities]
  if not index then
    index = entity_index(entities)
    indexes[entities] = index
  end
  return index[key] or index[key:lower()]
end

--- The entities as they stood on `day` (cica.dataset.as_of): each with only the periods begun
-- by then, its status, joined and left those of its last one.
function M.as_of(cica, day)
  local list = {}
  for _, e in ipairs(cica.entities) do
    local history = u.clip(e.history, day)
    if #history > 0 then
      local copy = u.copy(e)
      copy.history = history
      local period, open = M.current_status(history)
      copy.status = open and period.status or ("former_" .. period.status)
      copy.joined, copy.left = period.from, period.to
      copy.joined_year, copy.confidence = date.year(period.from), period.confidence
      list[#list + 1] = copy
    end
  end
  return list
end

local DATE = u.DATE

M.classes = {
  {
    name = "cica.Entity",
    summary = "A state or organization that is or was a member, observer or partner of CICA.",
    fields = model.fields({
      { "id", "string", 'ISO 3166-1 alpha-2 code for a state ("KZ"); a short code for an organization ("UN")' },
      { "kind", "string", '"state" or "organization"' },
    }, model.localized("name", "the name"), {
      { "aliases", "string[]", "other names it goes by: short, former, official and regional forms" },
      { "region", "string?", 'UN M49 region code (states only), e.g. "142" for Asia' },
      { "subregion", "string?", 'UN M49 sub-region code (states only), e.g. "143" for Central Asia' },
      { "founding", "boolean", "whether it is one of CICA's founding members" },
      { "iso_numeric", "string?", 'ISO 3166-1 numeric code, three digits with leading zeros ("036"); nil for organizations' },
      { "cow_ccode", "integer?", "Correlates of War state code (COW state list); nil for organizations and for Palestine, which COW does not list" },
      { "wikidata", "string?", 'Wikidata item id ("Q232") where a source gives it; nil otherwise (nil for every entity so far)' },
      { "status", "string", '"member", "observer" or "partner"; "former_observer" (etc.) when it no longer holds one' },
      { "joined", "string", "when that status began: " .. DATE },
      { "left", "string?", "when that status ended; nil while it holds" },
      { "joined_year", "integer", "the year of `joined`" },
      { "order", "integer?", "accession order among the members, where known" },
      u.CONFIDENCE,
      { "history", "cica.StatusPeriod[]", "every period of membership, observership or partnership" },
      u.SOURCES,
    }),
  },
  { name = "cica.Member", parent = "cica.Entity", summary = "A member state: an entity whose `status` is \"member\"." },
  { name = "cica.Observer", parent = "cica.Entity", summary = "An observer (a state or an organization): `status` is \"observer\"." },
  { name = "cica.Partner", parent = "cica.Entity", summary = "A partner organization: `status` is \"partner\"." },
  {
    name = "cica.StatusPeriod",
    summary = "One period in which an entity held a status.",
    fields = model.fields({
      { "status", "string", '"member", "observer" or "partner"' },
      { "from", "string", "when it began: " .. DATE },
      { "to", "string?", "when it ended; nil while it holds" },
      { "order", "integer?", "accession order among the members, where known" },
      u.CONFIDENCE,
    }, u.note(), { u.SOURCES }),
  },
}

M.collections = {
  {
    name = "entities", class = "cica.Entity", build = M.entities, sources = true, as_of = M.as_of,
    summary = "Every state and organization the dataset knows: members, observers, former observers, partners (by id).",
    show = { "id", "name", "kind", "status", "joined", "left" },
    example = 'for _, e in ipairs(cica.entities) do if e.status == "former_observer" then print(e.id, e.name) end end',
    search = { kind = "entity", rank = 1, key = "id", from = "`cica.entities` (as `cica.find(id)`)",
               what = "member, observer, partner (state or organisation)", ids = "ISO code / `UN`, `OSCE`, …",
               label = { ["zh-Hans"] = "国家或组织", ["zh-Hant"] = "國家或組織", en = "entity" } },
  },
  {
    name = "members", class = "cica.Member", build = function(cica) return M.holding(cica, "member") end,
    as_of = "rebuild",
    summary = "The current member states, in accession order (founding members first).",
    show = { "id", "name", "joined", "founding", "order", "confidence" },
    example = '#cica.members\nfor _, m in ipairs(cica.members) do print(m.id, m.name, m.joined) end',
  },
  {
    name = "observers", class = "cica.Observer", build = function(cica) return M.holding(cica, "observer") end,
    as_of = "rebuild",
    summary = "The current observers (states and organizations), in the order they joined.",
    show = { "id", "name", "kind", "joined", "confidence" },
    example = 'for _, o in ipairs(cica.observers) do print(o.id, o.kind, o.name) end',
  },
  {
    name = "partners", class = "cica.Partner", build = function(cica) return M.holding(cica, "partner") end,
    as_of = "rebuild",
    summary = "The current partner organizations.",
    show = { "id", "name", "kind", "joined" },
    example = 'for _, p in ipairs(cica.partners) do print(p.id, p.name) end',
  },
}

return M
