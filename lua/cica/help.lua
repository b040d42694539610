-- cica.help: the documentation of every name in the cica API, as data. It is the one source of
-- truth: help(x) in the REPL prints from it, and cica.docgen turns it into docs/cica.lua (LuaCATS
-- stubs for editors) and docs/api.md. Scripts may use it too:
--   local help = require "cica.help"
--   print(help.text(cica.find))        -- the text help(cica.find) prints
--   help.install()                     -- makes help(x) a global, as in the REPL
--
-- M.classes: the record types, each { name, parent?, summary, fields = { {name, type, text}… } }.
-- M.entries: the API, each { name, kind = "function"|"collection"|"value", summary, text?,
--   params = { {name, type, text}… }, returns = { {type, text}… }, type (collections and values),
--   class (the record type of a collection), show (columns the REPL shows), example }.
local width = require "cica.width"

local M = {}

-- Fields shared by records whose names or titles come in three languages.
local function localized(field, what, note)
  return {
    { field, "string", what .. " in the display language (cica.lang)" .. (note and (", " .. note) or "") },
    { field .. "_hans", "string", what .. " in simplified Chinese" },
    { field .. "_hant", "string", what .. " in traditional Chinese" },
    { field .. "_en", "string", what .. " in English" },
  }
end

-- A free-text field in three languages (a note, a reason, a claim): `field` in the display
-- language, and its three forms; `optional` when the record may have none.
local function localized_text(field, what, optional)
  local t = optional and "string?" or "string"
  return {
    { field, t, what .. " in the display language (cica.lang)" },
    { field .. "_hans", t, what .. " in simplified Chinese" },
    { field .. "_hant", t, what .. " in traditional Chinese" },
    { field .. "_en", t, what .. " in English" },
  }
end

-- fields, with the lists in `more` appended in order.
local function fields(...)
  local out = {}
  for _, list in ipairs({ ... }) do
    for _, f in ipairs(list) do out[#out + 1] = f end
  end
  return out
end

local SOURCES = { "sources", "string[]", "ids of the sources that state it (see cica.sources, help(record))" }
local CONFIDENCE = { "confidence", "string", '"confirmed", or "unverified" when no retrieved source confirms it' }
local NOTE = { "note", "string?", "a remark" } -- expanded to note/_hans/_hant/_en below
local DATE = "ISO 8601 at the precision the sources give: \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\""

M.classes = {
  {
    name = "cica.Entity",
    summary = "A state or organization that is or was a member, observer or partner of CICA.",
    fields = fields({
      { "id", "string", 'ISO 3166-1 alpha-2 code for a state ("KZ"); a short code for an organization ("UN")' },
      { "kind", "string", '"state" or "organization"' },
    }, localized("name", "the name"), {
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
      CONFIDENCE,
      { "history", "cica.StatusPeriod[]", "every period of membership, observership or partnership" },
      SOURCES,
    }),
  },
  { name = "cica.Member", parent = "cica.Entity", summary = "A member state: an entity whose `status` is \"member\"." },
  { name = "cica.Observer", parent = "cica.Entity", summary = "An observer (a state or an organization): `status` is \"observer\"." },
  { name = "cica.Partner", parent = "cica.Entity", summary = "A partner organization: `status` is \"partner\"." },
  {
    name = "cica.StatusPeriod",
    summary = "One period in which an entity held a status.",
    fields = {
      { "status", "string", '"member", "observer" or "partner"' },
      { "from", "string", "when it began: " .. DATE },
      { "to", "string?", "when it ended; nil while it holds" },
      { "order", "integer?", "accession order among the members, where known" },
      CONFIDENCE,
      NOTE,
      SOURCES,
    },
  },
  {
    name = "cica.Meeting",
    summary = "A CICA meeting: a summit, a ministerial meeting, a meeting of officials or experts.",
    fields = fields({
      { "id", "string", 'a stable id: "summit-4", "ministerial-3", …' },
      { "kind", "string", '"summit", "ministerial", "deputy_ministerial", "special_ministerial", "informal_ministerial", "expert", "working_group" or "senior_officials"' },
      { "ordinal", "integer?", "its number within its kind (the 4th summit: 4), where counted" },
      { "date", "string", "when it began: " .. DATE },
      { "end_date", "string?", "when it ended, for meetings of more than a day" },
      { "year", "integer", "the year of `date`" },
      { "status", "string", '"held" or "planned"' },
      { "stale", "boolean?", "planned meetings only: true once the last day of `date`/`end_date` is before cica.today() and no source says what happened" },
    }, localized_text("status_text", 'planned meetings only: what their status says ("planned for 2026-10", or once stale "planned for 2026-10; no report of it in the data (as of …)")', true), localized("title", "the title"), {
      { "place", "string?", 'the place id ("almaty", "online", …)' },
    }, localized("city", "the city", "named as it was on the day (Astana was Nur-Sultan 2019-2022)"), {
      { "host", "string?", "the id of the host entity" },
      { "country", "string?", "the id of the country the meeting was in" },
      { "documents", "string[]", "ids of the documents it adopted (see cica.documents)" },
      { "participants", "cica.Participant[]", "who attended in which role, where a source names them" },
      CONFIDENCE,
      NOTE,
      SOURCES,
    }),
  },
  { name = "cica.Summit", parent = "cica.Meeting", summary = "A summit: a meeting whose `kind` is \"summit\"." },
  {
    name = "cica.Participant",
    summary = "An entity that attended a meeting, in a role.",
    fields = {
      { "entity", "string", "the entity's id (see cica.find)" },
      { "role", "string", '"participant", "member" or "observer"' },
      SOURCES,
    },
  },
  {
    name = "cica.Chair",
    summary = "A chairmanship term; a renewed chairmanship is a second term.",
    fields = {
      { "term", "integer", "1, 2, 3, … in order" },
      { "country", "string", "the id of the chairing state" },
      { "name", "string", "its name in the display language" },
      { "from", "string", "when the term began: " .. DATE },
      { "to", "string?", "when it ended; nil for the current term" },
      NOTE,
      SOURCES,
    },
  },
  {
    name = "cica.Secretariat",
    summary = "The CICA Secretariat: where it sat and who headed it.",
    fields = {
      { "seats", "cica.SecretariatSeat[]", "its seats, in order" },
      { "heads", "cica.SecretariatHead[]", "its executive directors and secretaries general, in order" },
    },
  },
  {
    name = "cica.SecretariatSeat",
    summary = "A city the Secretariat sat in, for a period.",
    fields = fields({
      { "place", "string", "the place id" },
    }, localized("city", "the city"), {
      { "from", "string", "since when: " .. DATE },
      { "to", "string?", "until when; nil for the current seat" },
      NOTE,
      SOURCES,
    }),
  },
  {
    name = "cica.SecretariatHead",
    summary = "A head of the Secretariat.",
    fields = fields({
      { "id", "string", "a stable id" },
    }, localized("name", "the name"), {
      { "nationality", "string", "the id of the state they come from" },
      { "title", "string", '"executive_director" or "secretary_general"' },
      { "from", "string", "since when: " .. DATE },
      { "to", "string?", "until when; nil for the current head" },
      CONFIDENCE,
      NOTE,
      SOURCES,
    }),
  },
  {
    name = "cica.Document",
    summary = "A document CICA adopted: a declaration, an act, a catalogue, …",
    fields = fields({
      { "id", "string", "a stable id" },
      { "meeting", "string?", "the id of the meeting that adopted it" },
      { "date", "string", "when: " .. DATE },
    }, localized("title", "the title"), { SOURCES }),
  },
  {
    name = "cica.CbmArea",
    summary = "An area of confidence-building measures (the CBM catalogue's dimensions).",
    fields = fields({
      { "id", "string", "a stable id" },
      { "ord", "integer", "its place in the catalogue" },
    }, localized("name", "the name"), { SOURCES }),
  },
  {
    name = "cica.Stage",
    summary = "One of the planned stages of CICA's development.",
    fields = fields({
      { "ord", "integer", "1, 2, 3, … in order" },
      { "from", "string", "when it began: " .. DATE },
      { "to", "string", "when it ended: " .. DATE },
    }, localized("text", "what it was about"), { SOURCES }),
  },
  {
    name = "cica.Rule",
    summary = "A standing rule or characteristic of CICA that is not a dated event (how often it meets, who chairs, its bodies, how the secretariat is run).",
    fields = fields({
      { "id", "string", "a stable id: \"meeting-cycle\", \"host-chairs\", \"bodies\", …" },
      { "topic", "string", "\"purpose\", \"meetings\", \"chair\", \"bodies\" or \"secretariat\"" },
      { "valid_from", "string?", "since when it holds, where known: " .. DATE },
      { "valid_to", "string?", "until when it held, where it no longer does: " .. DATE },
    }, localized("text", "the rule, in words"), { SOURCES }),
  },
  {
    name = "cica.Event",
    summary = "A dated event that is not a meeting: a proposal, a rule change, a rename, …",
    fields = fields({
      { "id", "string", "a stable id" },
      { "date", "string", "when: " .. DATE },
      { "end_date", "string?", "when it ended, for events that span a period" },
      { "kind", "string", '"proposal", "rule_change", "rename_proposal", "activity", …' },
    }, localized("title", "what happened"), { CONFIDENCE, SOURCES }),
  },
  {
    name = "cica.Source",
    summary = "A source the dataset cites: an official page, a news report, a reference work, a seed document.",
    fields = {
      { "id", "string", 'its id, as records cite it ("A1", "seed000", …)' },
      { "title", "string", "cica's description of it in the display language (cica.lang)" },
      { "title_hans", "string", "cica's description of it in simplified Chinese" },
      { "title_hant", "string", "cica's description of it in traditional Chinese" },
      { "title_en", "string", "cica's description of it in English" },
      { "original_title", "string?", "its own title as published, where known (not translated)" },
      { "url", "string?", "where it is online (nil for seed documents)" },
      { "kind", "string", '"official", "news", "reference" or "seed"' },
      { "lang", "string", 'its language: "zh-Hans", "zh-Hant", "en", "ru", …' },
      { "seed_file", "string?", "for seed documents: the file under shared/seeds" },
      { "seed_page", "string?", "for seed documents: the page it was converted from" },
    },
  },
  {
    name = "cica.Discrepancy",
    summary = "A question on which sources disagree: each claim with its sources, and what the dataset uses.",
    fields = fields({
      { "id", "string", "a stable id" },
      { "subject", "string", 'what it is about: "entity:TH", "meeting:summit-5", "counts", …' },
      { "field", "string?", 'which field: "joined", "date", …' },
    }, localized("title", "the question"), {
      { "claims", "cica.Claim[]", "what each source says" },
    }, localized_text("preferred", "the value the dataset uses"), localized_text("reason", "why"), {
      SOURCES,
    }),
  },
  {
    name = "cica.Claim",
    summary = "One claim in a discrepancy.",
    fields = fields(localized_text("claim", "the claimed value, as the source states it"), { SOURCES }),
  },
  {
    name = "cica.TimelineEntry",
    summary = "One dated entry of the timeline.",
    fields = fields({
      { "date", "string", "when: " .. DATE },
      { "kind", "string", 'what kind of event: "status", a meeting kind, "document", "chair", "secretariat", an event kind' },
    }, localized("title", "what happened"), {
      { "ref", "table", "what it comes from: { kind =, id =, record = } (or period = for a status)" },
    }),
  },
  {
    name = "cica.Meta",
    summary = "Facts about the dataset itself.",
    fields = {
      { "as_of", "string", "the date the dataset was last checked against its sources" },
      { "dataset_version", "string", "the dataset's version" },
      { "schema_version", "string", "the version of the SQL schema (docs/data.md)" },
      { "name_hans", "string", "CICA's full name in simplified Chinese" },
      { "name_hant", "string", "CICA's full name in traditional Chinese" },
      { "name_en", "string", "CICA's full name in English" },
      { "name_ru", "string", "CICA's full name in Russian" },
      { "short_hans", "string", "CICA's short name in simplified Chinese (亚信会议)" },
      { "short_hant", "string", "CICA's short name in traditional Chinese (亞信會議)" },
      { "abbr_en", "string", "the English abbreviation (CICA)" },
      { "abbr_ru", "string", "the Russian abbreviation (СВМДА)" },
    },
  },
  {
    name = "cica.SearchResult",
    summary = "One result of cica.search.",
    fields = {
      { "kind", "string", 'what was found: "entity", "place", "meeting", "document", "chair", "seat", "head", "event", "cbm_area", "stage", "rule", "discrepancy" or "source"' },
      { "id", "string", "the record's id (a chair term's number, as text)" },
      { "title", "string", "the record's name or title in the display language" },
      { "record", "table", "the record itself" },
      { "snippet", "string", "the matching text, with the match marked" },
      { "score", "number", "how well it matches (results come best first)" },
    },
  },
}

-- Each NOTE placeholder stands for the note in the display language and its three forms.
for _, class in ipairs(M.classes) do
  local list = class.fields
  for i = #(list or {}), 1, -1 do
    if list[i] == NOTE then
      table.remove(list, i)
      for k, f in ipairs(localized_text("note", "a remark", true)) do table.insert(list, i + k - 1, f) end
    end
  end
end

-- A collection entry: the array `name` of `class` records.
local function collection(name, class, summary, show, example, text)
  return { name = "cica." .. name, kind = "collection", type = class .. "[]", class = class,
           summary = summary, show = show, example = example, text = text }
end

local WHEN = { "when", "integer|string", 'a year (2019 or "2019"), a month ("2019-06") or a day ("2019-06-15"); a year or a month means its last day' }

M.entries = {
  {
    name = "cica.find", kind = "function",
    summary = "The entity whose id, name (in any language or script) or alias is `text`; nil if none.",
    text = "Ids match in any case; surrounding spaces are ignored. Finds members, observers, former\nobservers and partners.",
    params = { { "text", "string", 'an id ("KR", "kr"), a name ("韩国", "韓國", "Republic of Korea") or an alias' } },
    returns = { { "cica.Entity?", "the entity, or nil" } },
    example = 'cica.find("韓國").id            --> "KR"\ncica.find("Kazakhstan").joined  --> "1999-09-14"',
  },
  {
    name = "cica.members_at", kind = "function",
    summary = "The member states on a date, in accession order.",
    text = "Each record describes the membership that held on that day (its `joined`, `order`, `status`).",
    params = { WHEN },
    returns = { { "cica.Member[]", "the members on that day" } },
    example = '#cica.members_at(2019)              --> 27\nfor _, m in ipairs(cica.members_at("2009-12-31")) do print(m.id, m.name) end',
  },
  {
    name = "cica.observers_at", kind = "function",
    summary = "The observers on a date (as cica.members_at).",
    params = { WHEN },
    returns = { { "cica.Observer[]", "the observers on that day" } },
    example = 'for _, o in ipairs(cica.observers_at(2010)) do print(o.id, o.kind, o.name) end',
  },
  {
    name = "cica.chair_at", kind = "function",
    summary = "The chairmanship term in force on a date (as cica.members_at), or nil.",
    params = { WHEN },
    returns = { { "cica.Chair?", "the term, or nil before the first one" } },
    example = 'cica.chair_at("2019-06").country  --> "TJ"\ncica.chair_at(2020).country       --> "KZ"',
  },
  {
    name = "cica.query", kind = "function",
    summary = "Runs a SQL query over the dataset and returns all its rows.",
    text = "Parameters are positional (?, ?1) from the arguments, or named (:name, @name, $name) from\n"
      .. "one table. INTEGER columns come back as integers, REAL as floats, TEXT as strings, NULL\n"
      .. "as nil. The dataset is read-only: a statement that writes is an error, as is bad SQL.\n"
      .. "The tables are described in docs/data.md (.schema in the REPL).",
    params = { { "sql", "string", "one SQL statement" }, { "...", "any", "values for its parameters" } },
    returns = { { "table[]", "the rows, each a table keyed by column name" } },
    example = 'cica.query("SELECT count(*) AS n FROM entities WHERE kind = ?", "state")[1].n',
  },
  {
    name = "cica.rows", kind = "function",
    summary = "Runs a SQL query and iterates over its rows one at a time (memory does not grow with rows).",
    text = "As cica.query, but streams. Leaving the loop early (break) finishes the statement at once.",
    params = { { "sql", "string", "one SQL statement" }, { "...", "any", "values for its parameters" } },
    returns = { { "fun():table?", "an iterator for a generic for, giving each row as a table" } },
    example = 'for r in cica.rows("SELECT id, name_en FROM entities ORDER BY id") do print(r.id, r.name_en) end',
  },
  {
    name = "cica.each", kind = "function",
    summary = "Runs a SQL query and iterates over its rows as multiple values (the fastest way).",
    params = { { "sql", "string", "one SQL statement" }, { "...", "any", "values for its parameters" } },
    returns = { { "fun():any...", "an iterator giving each row's columns as values, in order" } },
    example = 'for id, name in cica.each("SELECT id, name_en FROM entities") do print(id, name) end',
  },
  {
    name = "cica.search", kind = "function",
    summary = "Searches every record (names, aliases, cities, titles, sources) in all three languages; best matches first.",
    text = "A query in simplified or traditional Chinese finds both; several words must all match;\n"
      .. "no match is an empty list, never an error. In the REPL: .search TEXT.",
    params = {
      { "text", "string", 'what to look for: "阿拉木图", "Almaty Act", "伊斯坦布尔 2010", "KR"' },
      { "opts", "table?", "{ kinds = { \"entity\", \"meeting\", … }, limit = N }" },
    },
    returns = { { "cica.SearchResult[]", "the results, best first" } },
    example = 'for _, r in ipairs(cica.search("阿拉木图")) do print(r.kind, r.snippet) end',
  },
  {
    name = "cica.set_lang", kind = "function",
    summary = "Sets the display language of `name`, `city` and `title` fields, reports and messages.",
    text = "Collections are rebuilt in the new language on their next access; records you already\n"
      .. "hold keep their old names (the *_hans, *_hant and *_en fields are always there).",
    params = { { "code", "string", '"zh-Hans", "zh-Hant" or "en"' } },
    returns = {},
    example = 'cica.set_lang("en")\ncica.find("KZ").name   --> "Kazakhstan"',
  },
  {
    name = "cica.isatty", kind = "function",
    summary = "Whether a standard stream is a terminal.",
    params = { { "fd", "integer", "0 (stdin), 1 (stdout) or 2 (stderr)" } },
    returns = { { "boolean", "true for a terminal" } },
    example = 'if cica.isatty(1) then print("on a terminal") end',
  },
  {
    name = "cica.today", kind = "function",
    summary = "The date cica takes as today: the one given to cica.set_today (the quiz's --now), else the environment variable CICA_TODAY, else the local clock. Planned meetings before it are stale.",
    params = {},
    returns = { { "string", '"YYYY-MM-DD"' } },
    example = 'print(cica.today())',
  },
  {
    name = "cica.set_today", kind = "function",
    summary = "Takes a day as today (nil: the clock or CICA_TODAY again); meetings, summits and timeline are built anew. Raises an error for anything but a date YYYY-MM-DD or nil.",
    params = { { "day", "string?", '"YYYY-MM-DD", or nil' } },
    returns = {},
    example = 'cica.set_today("2026-01-01"); print(cica.summits[7].stale)',
  },
  {
    name = "cica.stale_planned", kind = "function",
    summary = "The planned meetings whose date has passed by cica.today() with no source saying what happened (records with stale = true), in date order.",
    params = {},
    returns = { { "cica.Meeting[]", "the stale planned meetings" } },
    example = 'for _, m in ipairs(cica.stale_planned()) do print(m.id, m.status_text) end',
  },
  {
    name = "cica.version_line", kind = "function",
    summary = "The versions of cica, Lua, SQLite and the dataset's date, as `cica --version` prints them; and how many planned meetings are past their date (cica.stale_planned).",
    params = {},
    returns = { { "string", '"cica X.Y.Z (Lua 5.4.N, SQLite 3.N.N, dataset as of YYYY-MM-DD)", followed by "; N planned meeting(s) past … date, no report in the data" when there are any' } },
    example = 'print(cica.version_line())',
  },
  collection("entities", "cica.Entity",
    "Every state and organization the dataset knows: members, observers, former observers, partners (by id).",
    { "id", "name", "kind", "status", "joined", "left" },
    'for _, e in ipairs(cica.entities) do if e.status == "former_observer" then print(e.id, e.name) end end'),
  collection("members", "cica.Member", "The current member states, in accession order (founding members first).",
    { "id", "name", "joined", "founding", "order", "confidence" },
    '#cica.members\nfor _, m in ipairs(cica.members) do print(m.id, m.name, m.joined) end'),
  collection("observers", "cica.Observer", "The current observers (states and organizations), in the order they joined.",
    { "id", "name", "kind", "joined", "confidence" },
    'for _, o in ipairs(cica.observers) do print(o.id, o.kind, o.name) end'),
  collection("partners", "cica.Partner", "The current partner organizations.",
    { "id", "name", "kind", "joined" },
    'for _, p in ipairs(cica.partners) do print(p.id, p.name) end'),
  collection("summits", "cica.Summit", "The summits, in date order (the meetings whose kind is \"summit\").",
    { "ordinal", "date", "city", "title", "status" },
    'cica.summits[4].city_en   --> "Shanghai"\nfor _, s in ipairs(cica.summits) do print(s.ordinal, s.date, s.city) end'),
  collection("meetings", "cica.Meeting", "Every meeting in date order, the city named as it was on the day.",
    { "id", "date", "kind", "city", "title", "status" },
    'for _, m in ipairs(cica.meetings) do if m.kind == "ministerial" then print(m.date, m.city) end end'),
  collection("chairs", "cica.Chair", "The chairmanship terms, in order.",
    { "term", "country", "name", "from", "to" },
    'local last = cica.chairs[#cica.chairs]\nprint(last.name, last.from)'),
  {
    name = "cica.secretariat", kind = "value", type = "cica.Secretariat",
    summary = "The Secretariat: its seats and its heads, in order.",
    example = 'for _, h in ipairs(cica.secretariat.heads) do print(h.from, h.name, h.title) end',
  },
  collection("documents", "cica.Document", "The documents CICA adopted, in date order.",
    { "id", "date", "title", "meeting" },
    'for _, d in ipairs(cica.documents) do print(d.date, d.title) end'),
  collection("cbm_areas", "cica.CbmArea", "The areas of confidence-building measures, in catalogue order.",
    { "ord", "id", "name" },
    'for _, a in ipairs(cica.cbm_areas) do print(a.ord, a.name) end'),
  collection("stages", "cica.Stage", "The planned stages of CICA's development, in order.",
    { "ord", "from", "to", "text" },
    'for _, s in ipairs(cica.stages) do print(s.from, s.to, s.text) end'),
  collection("rules", "cica.Rule", "Standing rules and characteristics of CICA (not dated events), by topic.",
    { "id", "topic", "text" },
    'for _, r in ipairs(cica.rules) do print(r.topic, r.text) end'),
  collection("events", "cica.Event", "Dated events that are not meetings (proposals, rule changes, …), in date order.",
    { "id", "date", "kind", "title" },
    'for _, e in ipairs(cica.events) do print(e.date, e.kind, e.title) end'),
  collection("sources", "cica.Source", "Every source the dataset cites, by id.",
    { "id", "kind", "lang", "title", "url" },
    'for _, s in ipairs(cica.sources) do if s.kind == "official" then print(s.id, s.url) end end'),
  collection("discrepancies", "cica.Discrepancy",
    "The questions on which sources disagree, with each claim and what the dataset uses.",
    { "id", "subject", "field", "title", "preferred" },
    'for _, d in ipairs(cica.discrepancies) do print(d.id, d.title, #d.claims) end'),
  collection("timeline", "cica.TimelineEntry",
    "Every dated fact in order: accessions, meetings, documents, events, chairmanships, the Secretariat.",
    { "date", "kind", "title" },
    'for _, e in ipairs(cica.timeline) do if e.date:sub(1, 4) == "2014" then print(e.date, e.title) end end'),
  {
    name = "cica.meta", kind = "value", type = "cica.Meta",
    summary = "Facts about the dataset (as_of: when it was last checked, dataset_version, schema_version) and CICA's names.",
    example = 'cica.meta.as_of',
  },
  {
    name = "cica.lang", kind = "value", type = "string",
    summary = 'The display language: "zh-Hans" (default), "zh-Hant" or "en" (set with --lang or cica.set_lang).',
    example = 'cica.lang   --> "zh-Hans"',
  },
  {
    name = "cica.languages", kind = "value", type = "string[]",
    summary = "The display languages cica knows: zh-Hans, zh-Hant, en.",
    example = 'table.concat(cica.languages, " ")   --> "zh-Hans zh-Hant en"',
  },
  {
    name = "cica.core", kind = "value", type = "table",
    summary = "The low-level binding the API is built on (query, rows, each, modules(), versions(), …).",
    text = "Scripts use the cica.* functions; cica.core is for cica's own modules.",
    example = 'cica.core.versions().sqlite',
  },
  {
    name = "help", kind = "function",
    summary = "Prints the documentation of a name of the API, a collection, a record or a dot-command.",
    text = "A global in the REPL, in scripts and -e, and under --safe (where it describes the API user code sees). require(\"cica.help\").text(x) returns the text instead.",
    params = { { "x", "any?", 'a function (cica.find), a collection (cica.members), a name ("members_at", ".sql") or a record' } },
    returns = {},
    example = 'help(cica.find)\nhelp("members_at")\nhelp(cica.find("KR"))',
  },
}

-- Indexes: entries by full and short name, classes by name, collections in order.
local by_name, class_by_name = {}, {}
for _, e in ipairs(M.entries) do
  by_name[e.name] = e
  local short = e.name:match("^cica%.(.+)$")
  if short then by_name[short] = by_name[short] or e end
end
for _, c in ipairs(M.classes) do
  class_by_name[c.name] = c
  class_by_name[c.name:match("^cica%.(.+)$")] = c
end

local function api() return rawget(_G, "cica") or require "cica" end

--- The entry for a name ("cica.find", "find") or nil.
function M.entry(name) return by_name[name] end

--- The class (record type) for a name ("cica.Member", "Member") or nil.
function M.class(name) return class_by_name[name] end

--- The fields of a class, its parents' included.
function M.class_fields(name)
  local c = class_by_name[name]
  if not c then return {} end
  if c.fields then return c.fields end
  return M.class_fields(c.parent)
end

--- Names of the collections ("cica.members", …) in documentation order.
function M.collections()
  local out = {}
  for _, e in ipairs(M.entries) do if e.kind == "collection" then out[#out + 1] = e.name end end
  return out
end

--- Every name help knows, full and short ("cica.find", "find", …), for completion.
function M.topics()
  local out = {}
  for _, e in ipairs(M.entries) do
    out[#out + 1] = e.name
    local short = e.name:match("^cica%.(.+)$")
    if short then out[#out + 1] = short end
  end
  for _, c in ipairs(M.classes) do out[#out + 1] = c.name end
  table.sort(out)
  return out
end

--- The API name of a function ("cica.find"), or nil.
function M.name_of(fn)
  if type(fn) ~= "function" then return nil end
  local c = api()
  for _, e in ipairs(M.entries) do
    if e.kind == "function" then
      local short = e.name:match("^cica%.(.+)$")
      if short and rawget(c, short) == fn then return e.name end
      if e.name == "help" and fn == M.help then return "help" end
    end
  end
  for k, v in pairs(c.core) do
    if v == fn then return "cica.core." .. k end
  end
  return nil
end

-- ---- which collection a record comes from ----------------------------------------------------

-- The collection (entry) a record of the given shape belongs to; nil if it looks like none.
local function by_shape(r)
  if r.history ~= nil and r.status ~= nil then
    local name = ({ member = "cica.members", observer = "cica.observers", partner = "cica.partners" })[r.status]
    return by_name[name or "cica.entities"]
  end
  if r.record ~= nil and r.score ~= nil then return by_name["cica.search"] end
  if r.ref ~= nil and r.date ~= nil then return by_name["cica.timeline"] end
  if r.claims ~= nil then return by_name["cica.discrepancies"] end
  if r.term ~= nil and r.country ~= nil then return by_name["cica.chairs"] end
  if r.nationality ~= nil then return "cica.secretariat.heads" end
  if r.seed_file ~= nil or (r.url ~= nil and r.lang ~= nil and r.kind ~= nil) or
     (r.title ~= nil and r.lang ~= nil and r.kind ~= nil and r.date == nil) then
    return by_name["cica.sources"]
  end
  if r.documents ~= nil or (r.ordinal ~= nil and r.date ~= nil) or r.host ~= nil then
    return by_name[r.kind == "summit" and "cica.summits" or "cica.meetings"]
  end
  if r.text ~= nil and r.ord ~= nil then return by_name["cica.stages"] end
  if r.text ~= nil and r.topic ~= nil then return by_name["cica.rules"] end
  if r.ord ~= nil and r.name ~= nil then return by_name["cica.cbm_areas"] end
  if r.place ~= nil and r.from ~= nil then return "cica.secretariat.seats" end
  if r.meeting ~= nil or (r.date ~= nil and r.title ~= nil and r.kind == nil) then return by_name["cica.documents"] end
  if r.date ~= nil and r.kind ~= nil and r.title ~= nil then return by_name["cica.events"] end
  return nil
end

--- Which collection record r belongs to: the entry of its collection (or the name of a part of
-- cica.secretariat), found by identity in the collections built so far, else by its shape.
function M.match_record(r)
  if type(r) ~= "table" then return nil end
  local c = api()
  for _, e in ipairs(M.entries) do
    if e.kind == "collection" then
      local list = rawget(c, e.name:match("^cica%.(.+)$"))
      if type(list) == "table" then
        for _, x in ipairs(list) do if x == r then return e end end
      end
    end
  end
  local sec = rawget(c, "secretariat")
  if type(sec) == "table" then
    for _, part in ipairs({ "seats", "heads" }) do
      for _, x in ipairs(sec[part] or {}) do if x == r then return "cica.secretariat." .. part end end
    end
  end
  return by_shape(r)
end

local PART_CLASS = { ["cica.secretariat.seats"] = "cica.SecretariatSeat", ["cica.secretariat.heads"] = "cica.SecretariatHead" }
local PART_SHOW = { ["cica.secretariat.seats"] = { "place", "city", "from", "to" },
                    ["cica.secretariat.heads"] = { "id", "name", "title", "from", "to" } }

--- The columns the REPL shows for an array of records (from its collection's entry), or nil.
function M.columns_for(rows)
  if type(rows) ~= "table" or type(rows[1]) ~= "table" then return nil end
  local c = api()
  for _, e in ipairs(M.entries) do
    if e.kind == "collection" and rawget(c, e.name:match("^cica%.(.+)$")) == rows then return e.show end
  end
  local found = M.match_record(rows[1])
  if type(found) == "string" then return PART_SHOW[found] end
  if found and found.name == "cica.search" then return { "kind", "id", "title", "snippet" } end
  return found and found.show or nil
end

-- ---- text ------------------------------------------------------------------------------------

M.WIDTH = 80   -- help text wraps its last column to this many columns

-- Rows of {a, b, c} as aligned lines, indented by two spaces; the last column wraps.
local function aligned(rows)
  local w = {}
  for _, r in ipairs(rows) do
    for i = 1, #r - 1 do w[i] = math.max(w[i] or 0, width.width(r[i])) end
  end
  local out = {}
  for _, r in ipairs(rows) do
    local parts, indent = {}, 2
    for i = 1, #r - 1 do
      parts[i] = width.pad(r[i], w[i])
      indent = indent + w[i] + 2
    end
    local lines = width.wrap(r[#r], math.max(M.WIDTH - indent, 30))
    parts[#r] = table.concat(lines, "\n" .. string.rep(" ", indent))
    out[#out + 1] = "  " .. table.concat(parts, "  ")
  end
  return table.concat(out, "\n")
end

--- The signature of a function entry: "cica.find(text) -> cica.Entity?".
function M.signature(e)
  local names = {}
  for i, p in ipairs(e.params or {}) do names[i] = p[1] end
  local s = e.name .. "(" .. table.concat(names, ", ") .. ")"
  local rets = {}
  for i, r in ipairs(e.returns or {}) do rets[i] = r[1] end
  if #rets > 0 then s = s .. " -> " .. table.concat(rets, ", ") end
  return s
end

-- The fields of a class as aligned lines.
local function field_lines(class)
  local rows = {}
  for _, f in ipairs(M.class_fields(class)) do rows[#rows + 1] = { f[1], f[2], f[3] } end
  return aligned(rows)
end

-- The example, indented.
local function example_lines(e)
  if not e.example then return nil end
  return "Example:\n" .. ("  " .. e.example:gsub("\n", "\n  "))
end

--- The help text of an entry.
function M.entry_text(e)
  local out = {}
  if e.kind == "function" then
    out[1] = M.signature(e)
  else
    out[1] = e.name .. ": " .. e.type
  end
  out[#out + 1] = "  " .. e.summary
  if e.text then out[#out + 1] = "  " .. e.text:gsub("\n", "\n  ") end
  if e.params and #e.params > 0 then
    local rows = {}
    for _, p in ipairs(e.params) do rows[#rows + 1] = { p[1], p[2], p[3] } end
    out[#out + 1] = "\nParameters:\n" .. aligned(rows)
  end
  if e.returns and #e.returns > 0 then
    local rows = {}
    for _, r in ipairs(e.returns) do rows[#rows + 1] = { r[1], r[2] } end
    out[#out + 1] = "Returns:\n" .. aligned(rows)
  end
  local class = e.class or (class_by_name[e.type] and e.type)
  if class then
    local c = class_by_name[class]
    out[#out + 1] = "\n" .. (e.class and "Each record" or "Fields") .. " (" .. class .. "): " .. c.summary
    out[#out + 1] = field_lines(class)
  end
  local ex = example_lines(e)
  if ex then out[#out + 1] = "\n" .. ex end
  return table.concat(out, "\n")
end

--- The help text of a class (record type).
function M.class_text(c)
  return c.name .. (c.parent and (" (a " .. c.parent .. ")") or "") .. ": " .. c.summary .. "\n" .. field_lines(c.name)
end

-- The title and URL of a source id, as one line.
local function source_line(id)
  for _, s in ipairs(api().sources) do
    if s.id == id then
      return "[" .. id .. "] " .. tostring(s.title) .. (s.url and (" — " .. s.url) or "")
    end
  end
  return "[" .. id .. "] (not in cica.sources)"
end

--- The help text of a record: what it is, and its sources with their titles and URLs.
function M.record_text(r)
  local found = M.match_record(r)
  local what, class
  if type(found) == "string" then
    what, class = "a record of " .. found, PART_CLASS[found]
  elseif found and found.kind == "collection" then
    what, class = "a record of " .. found.name, found.class
  elseif found then
    what, class = "a result of " .. found.name, "cica.SearchResult"
  end
  if not what then
    local n = 0
    for _ in pairs(r) do n = n + 1 end
    return string.format("a table with %d %s, not a record of the dataset.\nhelp() lists the API.", n, n == 1 and "key" or "keys")
  end
  local id = r.id or r.term or r.place or r.ord or r.date
  local name = r.name or r.title or r.city or r.text
  local out = {}
  out[1] = (id and (tostring(id) .. (name and (" " .. tostring(name)) or "") .. ": ") or "") .. what
    .. (class and (" (" .. class .. ")") or "")
  if class then out[2] = "  " .. class_by_name[class].summary end
  if r.history ~= nil and r.status ~= nil then
    out[#out + 1] = "  Status: " .. tostring(r.status) .. " (from " .. tostring(r.joined)
      .. (r.left and (" to " .. tostring(r.left)) or "") .. ")"
  end
  if type(found) == "table" then out[#out + 1] = "  Its fields: help(" .. found.name .. ")" end
  local sources = r.sources
  if sources == nil and type(r.ref) == "table" then
    sources = r.ref.record and r.ref.record.sources or r.ref.period and r.ref.period.sources
  end
  if type(sources) == "table" and #sources > 0 then
    out[#out + 1] = "Sources:"
    for _, sid in ipairs(sources) do out[#out + 1] = "  " .. source_line(sid) end
  elseif found == by_name["cica.sources"] then
    out[#out + 1] = "It is a source: .sources " .. tostring(r.id) .. " lists the records that cite it."
  end
  return table.concat(out, "\n")
end

--- The overview help() prints without an argument.
function M.overview()
  local out = { "The cica API (help(name) for any of these; .help for the REPL's dot-commands):" }
  for _, group in ipairs({ { "function", "Functions" }, { "collection", "Collections (arrays of records)" },
                           { "value", "Values" } }) do
    local rows = {}
    for _, e in ipairs(M.entries) do
      if e.kind == group[1] then
        rows[#rows + 1] = { e.kind == "function" and M.signature(e):match("^[^%-]*"):gsub("%s+$", "") or e.name, e.summary }
      end
    end
    out[#out + 1] = "\n" .. group[2] .. ":\n" .. aligned(rows)
  end
  return table.concat(out, "\n")
end

-- Names that contain text, for "did you mean".
local function similar(text)
  local out = {}
  for _, t in ipairs(M.topics()) do
    if t:find(text, 1, true) and t:find("^cica%.") then out[#out + 1] = t end
  end
  return out
end

--- The help text for x (a function, a collection, a name, a record, …): see M.help.
function M.text(x, ...)
  if select("#", ...) == 0 and x == nil then return M.overview() end
  local ty = type(x)
  if ty == "function" then
    local name = M.name_of(x)
    if name and by_name[name] then return M.entry_text(by_name[name]) end
    if name then return name .. ": part of the low-level binding; help(cica.core)" end
    return "a function that is not part of the cica API. help() lists the API."
  end
  if ty == "string" then
    local name = x:match("^%s*(.-)%s*%(?%)?%s*$")
    if name:match("^%.") then
      local repl = require "cica.repl"
      local cmd, why = repl.find_command(name:sub(2))
      if not cmd then return why end
      -- summary and help may be localized tables: in the display language (cica.repl.text)
      local help = repl.text(cmd.help)
      return repl.msg("usage", cmd.usage) .. "\n  " .. (repl.text(cmd.summary) or "") .. (help and ("\n\n" .. help) or "")
    end
    if by_name[name] then return M.entry_text(by_name[name]) end
    if class_by_name[name] then return M.class_text(class_by_name[name]) end
    local like = similar(name)
    return string.format("no help for '%s'.%s", name,
      #like > 0 and (" Try: " .. table.concat(like, ", ")) or " help() lists the API.")
  end
  if ty == "table" then
    local c = api()
    if x == c then return M.overview() end
    if x == rawget(c, "core") then return M.entry_text(by_name["cica.core"]) end
    for _, e in ipairs(M.entries) do
      local short = e.name:match("^cica%.(.+)$")
      if short and e.kind ~= "function" and rawget(c, short) == x then return M.entry_text(e) end
    end
    if rawget(x, 1) ~= nil and type(x[1]) == "table" then
      local found = M.match_record(x[1])
      local label = type(found) == "string" and found or found and found.name
      if label then
        return string.format("an array of %d records like those of %s. help(%s) describes them; help(t[1]) shows one.",
          #x, label, label)
      end
    end
    return M.record_text(x)
  end
  return string.format("a %s value, not part of the cica API. help() lists the API.", ty)
end

--- Prints the help for x: a function of the API (help(cica.find)), a collection
-- (help(cica.members)), a name (help("members_at"), help(".sql")), a record (what it is and its
-- sources). Without an argument, the list of everything.
-- On a terminal (standard input and output both) the text goes through $PAGER (default
-- `less -FRX`, which prints a text that fits the screen and returns at once, as git does);
-- PAGER set to "" or "cat" turns paging off. In a pipe, a file or a script's output it is
-- written as it is.
function M.help(...)
  local text = M.text(...) .. "\n"
  if M.page(text) then return end
  io.stdout:write(text)
end

--- Shows text through the pager when standard input and output are a terminal. Returns true
-- when the pager took it; false (nothing written) otherwise, or when the pager cannot start.
function M.page(text)
  local has_core, core = pcall(require, "cica.core")
  if not (has_core and core.isatty and core.isatty(0) and core.isatty(1)) then return false end
  local iolib, oslib = rawget(_ENV, "io"), rawget(_ENV, "os")
  if not (iolib and iolib.popen and oslib and oslib.getenv) then return false end
  local pager = oslib.getenv("PAGER")
  if pager == nil then pager = "less -FRX" end
  if pager == "" or pager == "cat" then return false end
  iolib.stdout:flush()
  local ok, pipe = pcall(iolib.popen, pager, "w")
  if not ok or not pipe then return false end
  pipe:write(text)
  pipe:close()
  return true
end

--- Makes `help` a global (the REPL does this at start) and returns the function.
function M.install()
  rawset(_G, "help", M.help)
  return M.help
end

return M
