---@meta
-- The cica Lua API as LuaCATS annotations, for lua-language-server and other editors.
-- Generated from lua/cica/model/*.lua and lua/cica/help/entries.lua by lua/cica/docgen.lua; do not edit.
-- Regenerate: cica -e 'require("cica.docgen").write("docs")'

---A state or organization that is or was a member, observer or partner of CICA.
---@class cica.Entity
---@field id string ISO 3166-1 alpha-2 code for a state ("KZ"); a short code for an organization ("UN")
---@field kind string "state" or "organization"
---@field name string the name in the display language (cica.lang)
---@field name_hans string the name in simplified Chinese
---@field name_hant string the name in traditional Chinese
---@field name_en string the name in English
---@field aliases string[] other names it goes by: short, former, official and regional forms
---@field region string? UN M49 region code (states only), e.g. "142" for Asia
---@field subregion string? UN M49 sub-region code (states only), e.g. "143" for Central Asia
---@field founding boolean whether it is one of CICA's founding members
---@field iso_numeric string? ISO 3166-1 numeric code, three digits with leading zeros ("036"); nil for organizations
---@field cow_ccode integer? Correlates of War state code (COW state list); nil for organizations and for Palestine, which COW does not list
---@field wikidata string? Wikidata item id ("Q232") where a source gives it; nil otherwise (nil for every entity so far)
---@field status string "member", "observer" or "partner"; "former_observer" (etc.) when it no longer holds one
---@field joined string when that status began: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field left string? when that status ended; nil while it holds
---@field joined_year integer the year of `joined`
---@field order integer? accession order among the members, where known
---@field confidence string "confirmed", or "unverified" when no retrieved source confirms it
---@field history cica.StatusPeriod[] every period of membership, observership or partnership
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A member state: an entity whose `status` is "member".
---@class cica.Member : cica.Entity

---An observer (a state or an organization): `status` is "observer".
---@class cica.Observer : cica.Entity

---A partner organization: `status` is "partner".
---@class cica.Partner : cica.Entity

---One period in which an entity held a status.
---@class cica.StatusPeriod
---@field status string "member", "observer" or "partner"
---@field from string when it began: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field to string? when it ended; nil while it holds
---@field order integer? accession order among the members, where known
---@field confidence string "confirmed", or "unverified" when no retrieved source confirms it
---@field note string? a remark in the display language (cica.lang)
---@field note_hans string? a remark in simplified Chinese
---@field note_hant string? a remark in traditional Chinese
---@field note_en string? a remark in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A CICA meeting: a summit, a ministerial meeting, a meeting of officials or experts.
---@class cica.Meeting
---@field id string a stable id: "summit-4", "ministerial-3", …
---@field kind string "summit", "ministerial", "deputy_ministerial", "special_ministerial", "informal_ministerial", "expert", "working_group" or "senior_officials"
---@field ordinal integer? its number within its kind (the 4th summit: 4), where counted
---@field date string when it began: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field end_date string? when it ended, for meetings of more than a day
---@field year integer the year of `date`
---@field status string "held" or "planned"
---@field stale boolean? planned meetings only: true once the last day of `date`/`end_date` is before cica.today() and no source says what happened
---@field status_text string? planned meetings only: what their status says ("planned for 2026-10", or once stale "planned for 2026-10; no report of it in the data (as of …)") in the display language (cica.lang)
---@field status_text_hans string? planned meetings only: what their status says ("planned for 2026-10", or once stale "planned for 2026-10; no report of it in the data (as of …)") in simplified Chinese
---@field status_text_hant string? planned meetings only: what their status says ("planned for 2026-10", or once stale "planned for 2026-10; no report of it in the data (as of …)") in traditional Chinese
---@field status_text_en string? planned meetings only: what their status says ("planned for 2026-10", or once stale "planned for 2026-10; no report of it in the data (as of …)") in English
---@field title string the title in the display language (cica.lang)
---@field title_hans string the title in simplified Chinese
---@field title_hant string the title in traditional Chinese
---@field title_en string the title in English
---@field place string? the place id ("almaty", "online", …)
---@field city string the city in the display language (cica.lang), named as it was on the day (Astana was Nur-Sultan 2019-2022)
---@field city_hans string the city in simplified Chinese
---@field city_hant string the city in traditional Chinese
---@field city_en string the city in English
---@field host string? the id of the host entity
---@field country string? the id of the country the meeting was in
---@field documents string[] ids of the documents it adopted (see cica.documents)
---@field participants cica.Participant[] who attended in which role, where a source names them
---@field confidence string "confirmed", or "unverified" when no retrieved source confirms it
---@field note string? a remark in the display language (cica.lang)
---@field note_hans string? a remark in simplified Chinese
---@field note_hant string? a remark in traditional Chinese
---@field note_en string? a remark in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A summit: a meeting whose `kind` is "summit".
---@class cica.Summit : cica.Meeting

---An entity that attended a meeting, in a role.
---@class cica.Participant
---@field entity string the entity's id (see cica.find)
---@field role string "participant", "member" or "observer"
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A chairmanship term; a renewed chairmanship is a second term.
---@class cica.Chair
---@field term integer 1, 2, 3, … in order
---@field country string the id of the chairing state
---@field name string its name in the display language
---@field from string when the term began: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field to string? when it ended; nil for the current term
---@field note string? a remark in the display language (cica.lang)
---@field note_hans string? a remark in simplified Chinese
---@field note_hant string? a remark in traditional Chinese
---@field note_en string? a remark in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---The CICA Secretariat: where it sat and who headed it.
---@class cica.Secretariat
---@field seats cica.SecretariatSeat[] its seats, in order
---@field heads cica.SecretariatHead[] its executive directors and secretaries general, in order

---A city the Secretariat sat in, for a period.
---@class cica.SecretariatSeat
---@field place string the place id
---@field city string the city in the display language (cica.lang)
---@field city_hans string the city in simplified Chinese
---@field city_hant string the city in traditional Chinese
---@field city_en string the city in English
---@field from string since when: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field to string? until when; nil for the current seat
---@field note string? a remark in the display language (cica.lang)
---@field note_hans string? a remark in simplified Chinese
---@field note_hant string? a remark in traditional Chinese
---@field note_en string? a remark in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A head of the Secretariat.
---@class cica.SecretariatHead
---@field id string a stable id
---@field name string the name in the display language (cica.lang)
---@field name_hans string the name in simplified Chinese
---@field name_hant string the name in traditional Chinese
---@field name_en string the name in English
---@field nationality string the id of the state they come from
---@field title string "executive_director" or "secretary_general"
---@field from string since when: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field to string? until when; nil for the current head
---@field confidence string "confirmed", or "unverified" when no retrieved source confirms it
---@field note string? a remark in the display language (cica.lang)
---@field note_hans string? a remark in simplified Chinese
---@field note_hant string? a remark in traditional Chinese
---@field note_en string? a remark in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A document CICA adopted: a declaration, an act, a catalogue, …
---@class cica.Document
---@field id string a stable id
---@field meeting string? the id of the meeting that adopted it
---@field date string when: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field title string the title in the display language (cica.lang)
---@field title_hans string the title in simplified Chinese
---@field title_hant string the title in traditional Chinese
---@field title_en string the title in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---An area of confidence-building measures (the CBM catalogue's dimensions).
---@class cica.CbmArea
---@field id string a stable id
---@field ord integer its place in the catalogue
---@field name string the name in the display language (cica.lang)
---@field name_hans string the name in simplified Chinese
---@field name_hant string the name in traditional Chinese
---@field name_en string the name in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---One of the planned stages of CICA's development.
---@class cica.Stage
---@field ord integer 1, 2, 3, … in order
---@field from string when it began: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field to string when it ended: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field text string what it was about in the display language (cica.lang)
---@field text_hans string what it was about in simplified Chinese
---@field text_hant string what it was about in traditional Chinese
---@field text_en string what it was about in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A standing rule or characteristic of CICA that is not a dated event (how often it meets, who chairs, its bodies, how the secretariat is run).
---@class cica.Rule
---@field id string a stable id: "meeting-cycle", "host-chairs", "bodies", …
---@field topic string "purpose", "meetings", "chair", "bodies" or "secretariat"
---@field valid_from string? since when it holds, where known: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field valid_to string? until when it held, where it no longer does: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field text string the rule, in words in the display language (cica.lang)
---@field text_hans string the rule, in words in simplified Chinese
---@field text_hant string the rule, in words in traditional Chinese
---@field text_en string the rule, in words in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A dated event that is not a meeting: a proposal, a rule change, a rename, …
---@class cica.Event
---@field id string a stable id
---@field date string when: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field end_date string? when it ended, for events that span a period
---@field kind string "proposal", "rule_change", "rename_proposal", "activity", …
---@field title string what happened in the display language (cica.lang)
---@field title_hans string what happened in simplified Chinese
---@field title_hant string what happened in traditional Chinese
---@field title_en string what happened in English
---@field confidence string "confirmed", or "unverified" when no retrieved source confirms it
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---A source the dataset cites: an official page, a news report, a reference work, a seed document.
---@class cica.Source
---@field id string its id, as records cite it ("A1", "seed000", …)
---@field title string cica's description of it in the display language (cica.lang)
---@field title_hans string cica's description of it in simplified Chinese
---@field title_hant string cica's description of it in traditional Chinese
---@field title_en string cica's description of it in English
---@field original_title string? its own title as published, where known (not translated)
---@field url string? where it is online (nil for seed documents)
---@field kind string "official", "news", "reference" or "seed"
---@field lang string its language: "zh-Hans", "zh-Hant", "en", "ru", …
---@field seed_file string? for seed documents: the file under shared/seeds
---@field seed_page string? for seed documents: the page it was converted from

---A question on which sources disagree: each claim with its sources, and what the dataset uses.
---@class cica.Discrepancy
---@field id string a stable id
---@field subject string what it is about: "entity:TH", "meeting:summit-5", "counts", …
---@field field string? which field: "joined", "date", …
---@field title string the question in the display language (cica.lang)
---@field title_hans string the question in simplified Chinese
---@field title_hant string the question in traditional Chinese
---@field title_en string the question in English
---@field claims cica.Claim[] what each source says
---@field preferred string the value the dataset uses in the display language (cica.lang)
---@field preferred_hans string the value the dataset uses in simplified Chinese
---@field preferred_hant string the value the dataset uses in traditional Chinese
---@field preferred_en string the value the dataset uses in English
---@field reason string why in the display language (cica.lang)
---@field reason_hans string why in simplified Chinese
---@field reason_hant string why in traditional Chinese
---@field reason_en string why in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---One claim in a discrepancy.
---@class cica.Claim
---@field claim string the claimed value, as the source states it in the display language (cica.lang)
---@field claim_hans string the claimed value, as the source states it in simplified Chinese
---@field claim_hant string the claimed value, as the source states it in traditional Chinese
---@field claim_en string the claimed value, as the source states it in English
---@field sources string[] ids of the sources that state it (see cica.sources, help(record))

---One dated entry of the timeline.
---@class cica.TimelineEntry
---@field date string when: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field kind string what kind of event: "status", a meeting kind, "document", "chair", "secretariat", an event kind
---@field title string what happened in the display language (cica.lang)
---@field title_hans string what happened in simplified Chinese
---@field title_hant string what happened in traditional Chinese
---@field title_en string what happened in English
---@field ref table what it comes from: { kind =, id =, record = } (or period = for a status)

---Facts about the dataset itself.
---@class cica.Meta
---@field as_of string the date the dataset was last checked against its sources
---@field dataset_version string the dataset's version
---@field schema_version string the version of the SQL schema (docs/data.md)
---@field name_hans string CICA's full name in simplified Chinese
---@field name_hant string CICA's full name in traditional Chinese
---@field name_en string CICA's full name in English
---@field name_ru string CICA's full name in Russian
---@field short_hans string CICA's short name in simplified Chinese (亚信会议)
---@field short_hant string CICA's short name in traditional Chinese (亞信會議)
---@field abbr_en string the English abbreviation (CICA)
---@field abbr_ru string the Russian abbreviation (СВМДА)

---One result of cica.search.
---@class cica.SearchResult
---@field kind string what was found: "entity", "place", "meeting", "document", "chair", "seat", "head", "event", "cbm_area", "stage", "rule", "discrepancy" or "source"
---@field id string the record's id (a chair term's number, as text)
---@field title string the record's name or title in the display language
---@field record table the record itself
---@field snippet string the matching text, with the match marked
---@field score number how well it matches (results come best first)

---A place where CICA met or had its Secretariat: a city, or "online".
---@class cica.Place
---@field id string a stable id ("almaty", "astana", "online", …)
---@field country string? the id of the country it is in
---@field name string its present name in the display language (cica.lang)
---@field name_hans string its present name in simplified Chinese
---@field name_hant string its present name in traditional Chinese
---@field name_en string its present name in English
---@field names cica.PlaceName[] the names it bore for a while, in order (Astana was Nur-Sultan 2019-2022)

---A name a place bore for a period.
---@class cica.PlaceName
---@field from string since when: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field to string until when: ISO 8601 at the precision the sources give: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
---@field name string the name in the display language (cica.lang)
---@field name_hans string the name in simplified Chinese
---@field name_hant string the name in traditional Chinese
---@field name_en string the name in English

---A UN M49 region or sub-region (what an entity's `region` and `subregion` codes name).
---@class cica.Region
---@field code string the M49 code, three digits ("142" Asia, "143" Central Asia)
---@field parent string? the code of the region it is part of
---@field name string the name in the display language (cica.lang)
---@field name_hans string the name in simplified Chinese
---@field name_hant string the name in traditional Chinese
---@field name_en string the name in English

---The CICA dataset as Lua tables, plus SQL over it (the global `cica`, also require("cica")).
---@class cica
---@field entities cica.Entity[] Every state and organization the dataset knows: members, observers, former observers, partners (by id).
---@field members cica.Member[] The current member states, in accession order (founding members first).
---@field observers cica.Observer[] The current observers (states and organizations), in the order they joined.
---@field partners cica.Partner[] The current partner organizations.
---@field summits cica.Summit[] The summits, in date order (the meetings whose kind is "summit").
---@field meetings cica.Meeting[] Every meeting in date order, the city named as it was on the day.
---@field chairs cica.Chair[] The chairmanship terms, in order.
---@field secretariat cica.Secretariat The Secretariat: its seats and its heads, in order.
---@field documents cica.Document[] The documents CICA adopted, in date order.
---@field cbm_areas cica.CbmArea[] The areas of confidence-building measures, in catalogue order.
---@field stages cica.Stage[] The planned stages of CICA's development, in order.
---@field rules cica.Rule[] Standing rules and characteristics of CICA (not dated events), by topic.
---@field events cica.Event[] Dated events that are not meetings (proposals, rule changes, …), in date order.
---@field sources cica.Source[] Every source the dataset cites, by id.
---@field discrepancies cica.Discrepancy[] The questions on which sources disagree, with each claim and what the dataset uses.
---@field timeline cica.TimelineEntry[] Every dated fact in order: accessions, meetings, documents, events, chairmanships, the Secretariat.
---@field meta cica.Meta Facts about the dataset (as_of: when it was last checked, dataset_version, schema_version) and CICA's names.
---@field places cica.Place[] The places of meetings and of the Secretariat, by id, with their former names.
---@field regions cica.Region[] The UN M49 regions and sub-regions that entities' region codes name, by code.
---@field lang string The display language: "zh-Hans" (default), "zh-Hant" or "en" (set with --lang or cica.set_lang).
---@field languages string[] The display languages cica knows: zh-Hans, zh-Hant, en.
---@field core table The low-level binding the API is built on (query, rows, each, modules(), versions(), …).
cica = {}

---The entity whose id, name (in any language or script) or alias is `text`; nil if none.
---
---Ids match in any case; surrounding spaces are ignored. Finds members, observers, former
---observers and partners.
---
---```lua
---cica.find("韓國").id            --> "KR"
---cica.find("Kazakhstan").joined  --> "1999-09-14"
---```
---@param text string an id ("KR", "kr"), a name ("韩国", "韓國", "Republic of Korea") or an alias
---@return cica.Entity? # the entity, or nil
function cica.find(text) end

---The member states on a date, in accession order.
---
---Each record describes the membership that held on that day (its `joined`, `order`, `status`).
---
---```lua
---#cica.members_at(2019)              --> 27
---for _, m in ipairs(cica.members_at("2009-12-31")) do print(m.id, m.name) end
---```
---@param when integer|string a year (2019 or "2019"), a month ("2019-06") or a day ("2019-06-15"); a year or a month means its last day
---@return cica.Member[] # the members on that day
function cica.members_at(when) end

---The observers on a date (as cica.members_at).
---
---```lua
---for _, o in ipairs(cica.observers_at(2010)) do print(o.id, o.kind, o.name) end
---```
---@param when integer|string a year (2019 or "2019"), a month ("2019-06") or a day ("2019-06-15"); a year or a month means its last day
---@return cica.Observer[] # the observers on that day
function cica.observers_at(when) end

---The chairmanship term in force on a date (as cica.members_at), or nil.
---
---```lua
---cica.chair_at("2019-06").country  --> "TJ"
---cica.chair_at(2020).country       --> "KZ"
---```
---@param when integer|string a year (2019 or "2019"), a month ("2019-06") or a day ("2019-06-15"); a year or a month means its last day
---@return cica.Chair? # the term, or nil before the first one
function cica.chair_at(when) end

---Runs a SQL query over the dataset and returns all its rows.
---
---Parameters are positional (?, ?1) from the arguments, or named (:name, @name, $name) from
---one table. INTEGER columns come back as integers, REAL as floats, TEXT as strings, NULL
---as nil. The dataset is read-only: a statement that writes is an error, as is bad SQL.
---The tables are described in docs/data.md (.schema in the REPL).
---
---```lua
---cica.query("SELECT count(*) AS n FROM entities WHERE kind = ?", "state")[1].n
---```
---@param sql string one SQL statement
---@param ... any values for its parameters
---@return table[] # the rows, each a table keyed by column name
function cica.query(sql, ...) end

---Runs a SQL query and iterates over its rows one at a time (memory does not grow with rows).
---
---As cica.query, but streams. Leaving the loop early (break) finishes the statement at once.
---
---```lua
---for r in cica.rows("SELECT id, name_en FROM entities ORDER BY id") do print(r.id, r.name_en) end
---```
---@param sql string one SQL statement
---@param ... any values for its parameters
---@return fun():table? # an iterator for a generic for, giving each row as a table
function cica.rows(sql, ...) end

---Runs a SQL query and iterates over its rows as multiple values (the fastest way).
---
---```lua
---for id, name in cica.each("SELECT id, name_en FROM entities") do print(id, name) end
---```
---@param sql string one SQL statement
---@param ... any values for its parameters
---@return fun():any... # an iterator giving each row's columns as values, in order
function cica.each(sql, ...) end

---Searches every record (names, aliases, cities, titles, sources) in all three languages; best matches first.
---
---A query in simplified or traditional Chinese finds both; several words must all match;
---no match is an empty list, never an error. In the REPL: .search TEXT.
---
---```lua
---for _, r in ipairs(cica.search("阿拉木图")) do print(r.kind, r.snippet) end
---```
---@param text string what to look for: "阿拉木图", "Almaty Act", "伊斯坦布尔 2010", "KR"
---@param opts table? { kinds = { "entity", "meeting", … }, limit = N }
---@return cica.SearchResult[] # the results, best first
function cica.search(text, opts) end

---Sets the display language of `name`, `city` and `title` fields, reports and messages.
---
---Collections are rebuilt in the new language on their next access; records you already
---hold keep their old names (the *_hans, *_hant and *_en fields are always there).
---
---```lua
---cica.set_lang("en")
---cica.find("KZ").name   --> "Kazakhstan"
---```
---@param code string "zh-Hans", "zh-Hant" or "en"
function cica.set_lang(code) end

---Whether a standard stream is a terminal.
---
---```lua
---if cica.isatty(1) then print("on a terminal") end
---```
---@param fd integer 0 (stdin), 1 (stdout) or 2 (stderr)
---@return boolean # true for a terminal
function cica.isatty(fd) end

---The date cica takes as today: the one given to cica.set_today (the quiz's --now), else the environment variable CICA_TODAY, else the local clock. Planned meetings before it are stale.
---
---```lua
---print(cica.today())
---```
---@return string # "YYYY-MM-DD"
function cica.today() end

---Takes a day as today (nil: the clock or CICA_TODAY again); meetings, summits and timeline are built anew. Raises an error for anything but a date YYYY-MM-DD or nil.
---
---```lua
---cica.set_today("2026-01-01"); print(cica.summits[7].stale)
---```
---@param day string? "YYYY-MM-DD", or nil
function cica.set_today(day) end

---The planned meetings whose date has passed by cica.today() with no source saying what happened (records with stale = true), in date order.
---
---```lua
---for _, m in ipairs(cica.stale_planned()) do print(m.id, m.status_text) end
---```
---@return cica.Meeting[] # the stale planned meetings
function cica.stale_planned() end

---The versions of cica, Lua, SQLite and the dataset's date, as `cica --version` prints them (in the display language); and how many planned meetings are past their date (cica.stale_planned).
---
---```lua
---print(cica.version_line())
---```
---@return string # "cica X.Y.Z (Lua 5.4.N, SQLite 3.N.N, dataset as of YYYY-MM-DD)" in English, followed by "; N planned meeting(s) past … date, no report in the data" when there are any; the version always second after a space
function cica.version_line() end

---Prints the documentation of a name of the API, a collection, a record or a dot-command.
---
---A global in the REPL, in scripts and -e, and under --safe (where it describes the API user code sees). require("cica.help").text(x) returns the text instead.
---
---```lua
---help(cica.find)
---help("members_at")
---help(cica.find("KR"))
---```
---@param x any? a function (cica.find), a collection (cica.members), a name ("members_at", ".sql") or a record
function help(x) end
