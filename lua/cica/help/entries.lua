-- cica.help.entries: the documentation of the cica API's functions and plain values, as data
-- (the collections document themselves in the registry, lua/cica/model/*.lua). cica.help joins
-- the three: functions, then the collections and values of the registry, then these values, then
-- help itself. The English here is the source; its zh-Hans and zh-Hant are in
-- lua/cica/messages/api_functions.lua (a changed text needs its translation changed too:
-- tests/spec/help_lang_spec.lua).
local M = {}

local WHEN = { "when", "integer|string", 'a year (2019 or "2019"), a month ("2019-06") or a day ("2019-06-15"); a year or a month means its last day' }

M.functions = {
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
    summary = "The versions of cica, Lua, SQLite and the dataset's date, as `cica --version` prints them (in the display language); and how many planned meetings are past their date (cica.stale_planned).",
    params = {},
    returns = { { "string", '"cica X.Y.Z (Lua 5.4.N, SQLite 3.N.N, dataset as of YYYY-MM-DD)" in English, followed by "; N planned meeting(s) past … date, no report in the data" when there are any; the version always second after a space' } },
    example = 'print(cica.version_line())',
  },
}

M.values = {
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
}

M.last = {
  {
    name = "help", kind = "function",
    summary = "Prints the documentation of a name of the API, a collection, a record or a dot-command.",
    text = "A global in the REPL, in scripts and -e, and under --safe (where it describes the API user code sees). require(\"cica.help\").text(x) returns the text instead.",
    params = { { "x", "any?", 'a function (cica.find), a collection (cica.members), a name ("members_at", ".sql") or a record' } },
    returns = {},
    example = 'help(cica.find)\nhelp("members_at")\nhelp(cica.find("KR"))',
  },
}

return M
