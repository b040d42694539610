-- cica.report: load, check, run and format reports.
--
-- A report is a Lua table (a bundled module `cica.reports.NAME`, or a file that returns one):
--   return {
--     title = "…" or { ["zh-Hans"] = "…", ["zh-Hant"] = "…", en = "…" },
--     description = "one line",                                   -- optional, may be localized
--     columns = { "code", { key = "name", title = {…}, align = "right", max = 30 }, … },
--     rows = function(cica) return { { code = "KZ", name = "…" }, … } end,
--     notes = "…" or { "…" } or function(rows) … end,              -- optional
--     sources = { "R1", … } or function(rows) … end,              -- optional (see below)
--     chart = { type = "line"|"bar", x = "year", series = { { key = "members", title = … } } },
--   }
-- Sources: the ids in `sources`, plus every id found in the rows' own `sources` fields, are
-- looked up in cica.sources and listed under the table (a field in JSON).
local format = require "cica.format"
local i18n = require "cica.lang"
-- How cica's own instance finds the environment and the API user code gets (the sandbox and its
-- public `cica` under --safe). A C module user code cannot require, so no user code can change
-- where report files run. The public instance of this module (behind user code's cica.report view)
-- has no host: it runs with the sandbox's privileges and never loads files.
local host_ok, host = pcall(require, "cica.host")
if not host_ok then host = nil end

local M = {}

M.formats = format.names
-- A row value that means "no value" but still counts as present: a column that is nil in every
-- row is an error, so bundled reports put M.null in optional cells. Empty in text, null in JSON.
M.null = format.null
M.langs = i18n.codes

-- The bundled reports are the modules cica.reports.NAME, listed by their `order` field
-- (cica.discover): a new report is a new file, with no list here to edit.
local discover = require "cica.discover"
local PREFIX = "cica.reports"


-- The helpers for report writers (lang, tr, pick, entity_name, region_name, place_name, word,
-- join, sources_column) live in cica.report.helpers; they are part of this module's API. Its
-- api() (the engine's `cica`) and argerror (a bad argument, in the display language, at the
-- caller's line) serve this module too.
local helpers = require "cica.report.helpers"
local api, argerror = helpers.api, helpers.argerror

-- The `cica` a user's report gets as rows(cica): the public one under --safe, never cica's own.
local function user_api()
  return host and host.user_api() or api()
end

-- The report tables that are cica's own bundled modules (their rows get cica's own API).
local bundled_tables = setmetatable({}, { __mode = "k" })

for _, k in ipairs({ "lang", "tr", "pick", "entity_name", "region_name", "place_name", "word", "join",
  "sources_column" }) do
  M[k] = helpers[k]
end

-- True when `name` names a report file rather than a bundled or user report.
local function is_path(name)
  return name:find("/", 1, true) ~= nil or name:sub(-4) == ".lua"
end

--- The directory holding the user's own reports: $XDG_CONFIG_HOME/cica/reports (default
-- ~/.config/cica/reports), or nil without a home.
function M.user_dir()
  local base = require("cica.xdg").config_home()
  return base and base .. "/cica/reports"
end

local function readable(path)
  local f = io.open(path, "r")
  if f then f:close() return true end
  return false
end

--- Names of the bundled reports, in display order (each module's `order`, then by name).
function M.bundled()
  return discover.ordered(PREFIX)
end

--- Names of the user's reports in M.user_dir() (those not shadowed by a bundled one).
function M.user_reports()
  local out = {}
  for _, n in ipairs(discover.user_files(M.user_dir())) do
    if not discover.has(PREFIX, n) then out[#out + 1] = n end
  end
  return out
end

--- Where a report comes from: "bundled", module name; or "file", path; or nil if unknown.
function M.locate(name)
  if type(name) ~= "string" or name == "" then return nil end
  if is_path(name) then return "file", name end
  if discover.has(PREFIX, name) then return "bundled", PREFIX .. "." .. name end
  local dir = M.user_dir()
  if dir and name:match("^[%w_%-%.]+$") and readable(dir .. "/" .. name .. ".lua") then
    return "file", dir .. "/" .. name .. ".lua"
  end
  return nil
end

--- "overview, members, …" (bundled then user reports) as a list in the display language
-- ("overview、members、…" in Chinese), for error messages.
function M.available()
  local names = M.bundled()
  for _, n in ipairs(M.user_reports()) do names[#names + 1] = n end
  return i18n.join(names)
end

-- Raises "<where>: <message>" without Lua's position prefix: the user wants the report's name.
-- The message is argerr.<key> formatted with ..., in the display language.
local function fail(where, key, ...)
  error(i18n.t("argerr.in_fn", nil, where, i18n.t("argerr." .. key, nil, ...)), 0)
end

local function is_text(v)
  if type(v) == "string" then return v ~= "" end
  if type(v) == "table" then
    for _, x in pairs(v) do if type(x) ~= "string" then return false end end
    return next(v) ~= nil
  end
  return false
end

--- Raises an error naming `where` unless r has the shape of a report.
function M.validate(r, where)
  if where ~= nil and type(where) ~= "string" then argerror("validate", "name_or_nil", where) end
  where = where or "report"
  if type(r) ~= "table" then fail(where, "r_table", type(r)) end
  if not is_text(r.title) then fail(where, "r_title") end
  if r.description ~= nil and not is_text(r.description) then
    fail(where, "r_description")
  end
  if type(r.columns) ~= "table" or #r.columns == 0 then
    fail(where, "r_columns")
  end
  for i, c in ipairs(r.columns) do
    if type(c) == "table" then
      if type(c.key) ~= "string" or c.key == "" then fail(where, "r_key", i) end
      if c.title ~= nil and not is_text(c.title) then fail(where, "r_col_title", c.key) end
      if c.align ~= nil and c.align ~= "left" and c.align ~= "right" and c.align ~= "center" then
        fail(where, "s_align", c.key)
      end
      if c.max ~= nil and type(c.max) ~= "number" then fail(where, "r_max", c.key) end
      if c.display ~= nil and type(c.display) ~= "function" then
        fail(where, "s_display", c.key)
      end
    elseif type(c) ~= "string" or c == "" then
      fail(where, "r_column", i)
    end
  end
  if type(r.rows) ~= "function" then fail(where, "r_rows_fn") end
  if r.histories ~= nil and type(r.histories) ~= "boolean" then
    fail(where, "r_histories")
  end
  local chart = r.chart
  if chart ~= nil then
    if type(chart) ~= "table" then fail(where, "r_chart") end
    if chart.type ~= nil and chart.type ~= "line" and chart.type ~= "bar" then
      fail(where, "r_chart_type", tostring(chart.type))
    end
    if type(chart.x) ~= "string" then fail(where, "r_chart_x") end
    if type(chart.series) ~= "table" or #chart.series == 0 then
      fail(where, "r_series")
    end
  end
  return r
end

-- Loads a report file as text in an environment of its own, so its globals stay its own.
local function load_file(path)
  local f, err = io.open(path, "r")
  if not f then fail(path, "r_cannot_read", (tostring(err):gsub("^.*: ", ""))) end
  f:close()
  -- user code runs in the engine's user environment: the sandbox under --safe (an error, never
  -- _G, if it is missing), else _G; cica.host reads it from the registry
  if not host then fail(path, "r_no_host") end
  local env = setmetatable({}, { __index = host.user_env() })
  local chunk, err = loadfile(path, "t", env)
  if not chunk then error(err, 0) end
  local ok, r = pcall(chunk)
  if not ok then error(tostring(r), 0) end
  return r
end

--- The report `name` (bundled name, user report name or file path), checked; and the name to
-- show for it. Raises "unknown report 'x'; available: …" (in the report's language) when there
-- is no such report.
function M.load(name)
  if type(name) == "table" then return M.validate(name, "report"), "report" end
  local kind, where = M.locate(name)
  if not kind then
    local names = M.bundled()
    for _, n in ipairs(M.user_reports()) do names[#names + 1] = n end
    error(i18n.t("report.unknown_report", M.lang(), tostring(name),
      table.concat(names, i18n.t("report.list_sep", M.lang()))), 0)
  end
  local r
  if kind == "bundled" then
    r = require(where)
    if type(r) == "table" then bundled_tables[r] = true end
    where = name
  else
    r = load_file(where)
  end
  return M.validate(r, where), where
end

-- The date render/run were asked to show the dataset as of (opts.as_of), while they run.
local viewing_date = nil
-- The quiz history files render/run were given (opts.histories), while they run.
local history_paths = nil

--- The date the report being built shows CICA as it stood on (`--as-of`), or nil for today.
function M.as_of()
  return viewing_date
end

--- The quiz history files the report being built was given (`cica report NAME --state FILE…`,
-- opts.histories of render/run), as a new array, or nil when none were given. A report that
-- reads them says so with `histories = true` (the bundled `class` does).
function M.histories()
  if not history_paths then return nil end
  return table.move(history_paths, 1, #history_paths, 1, {})
end

-- Rows from the report, checked: an array of tables that between them have every column.
-- With an as-of date the rows see cica as it stood then (cica.dataset.as_of).
local function run_rows(r, where)
  local c = bundled_tables[r] and api() or user_api()
  if viewing_date then c = require("cica.dataset").as_of(c, viewing_date) end
  local ok, rows = pcall(r.rows, c)
  if not ok then
    local msg = tostring(rows)
    -- an error raised in the file already names it ("./x.lua:3: …"); others get the name
    if msg:sub(1, #where + 1) ~= where .. ":" then msg = where .. ": " .. msg end
    error(msg, 0)
  end
  if type(rows) ~= "table" then fail(where, "r_rows_array", type(rows)) end
  for i, row in ipairs(rows) do
    if type(row) ~= "table" then fail(where, "s_row", i, type(row)) end
  end
  if #rows > 0 then
    for _, c in ipairs(r.columns) do
      local key = type(c) == "table" and c.key or c
      local seen = false
      for _, row in ipairs(rows) do
        if row[key] ~= nil then seen = true break end
      end
      if not seen then fail(where, "r_missing_col", key) end
    end
  end
  return rows
end

-- Source ids in order of first mention: the report's own, then those in the rows.
local function source_ids(r, rows, where)
  local ids, seen = {}, {}
  local function add(id)
    if type(id) == "table" then id = id.id end
    if id ~= nil and not seen[id] then seen[id] = true; ids[#ids + 1] = id end
  end
  local own = r.sources
  if type(own) == "function" then
    local ok, res = pcall(own, rows)
    if not ok then error(where .. ": sources(): " .. tostring(res), 0) end
    own = res
  end
  for _, id in ipairs(own or {}) do add(id) end
  for _, row in ipairs(rows) do
    if type(row.sources) == "table" then
      for _, id in ipairs(row.sources) do add(id) end
    end
  end
  return ids
end

-- Source records for ids, from cica.sources (an id the dataset lacks is listed bare), each with
-- cica's description of the source in the report's language.
local function resolve_sources(ids)
  local by_id = {}
  for _, s in ipairs(api().sources or {}) do by_id[s.id] = s end
  local out = {}
  for i, id in ipairs(ids) do
    local s = by_id[id]
    out[i] = { id = id, title = s and M.pick(s, "title"), url = s and s.url }
  end
  return out
end

local function notes_of(r, rows, where)
  local notes = r.notes
  if type(notes) == "function" then
    local ok, res = pcall(notes, rows)
    if not ok then error(where .. ": notes(): " .. tostring(res), 0) end
    notes = res
  end
  return notes
end

--- The format spec of a loaded report: its rows run, titles resolved in the current language.
function M.build(r, where)
  if type(r) ~= "table" then argerror("build", "report", r) end
  if where ~= nil and type(where) ~= "string" then argerror("build", "name_or_nil", where) end
  where = where or "report"
  M.validate(r, where)
  local rows = run_rows(r, where)
  local lang = M.lang()
  local labels = {}
  for k in pairs(i18n.area("report")) do labels[k] = i18n.t("report." .. k, lang) end
  local meta = api().meta or {}
  return format.normalize({
    name = where, title = r.title, description = r.description, columns = r.columns, rows = rows,
    notes = notes_of(r, rows, where), sources = resolve_sources(source_ids(r, rows, where)),
    chart = r.chart, labels = labels, as_of = meta.as_of, view_date = viewing_date,
  }, { lang = lang })
end

-- Runs f rendering in language `lang` (nil: the display language): M.lang(), and so every
-- label, M.tr, M.pick and the lookups, give it while f runs. The language is passed down, not
-- set on the engine: cica.lang, the user's setting, stays as it is. (A user's report that reads
-- the engine's display-language fields, such as record.name, in rows(cica) gets cica.lang's;
-- M.pick(rec, "name") gives the report's.)
local function with_lang(lang, f)
  if not lang then return f() end
  local old = helpers.set_rendering_lang(lang)
  local ok, a, b = pcall(f)
  helpers.set_rendering_lang(old)
  if not ok then error(a, 0) end
  return a, b
end

-- Runs f with the as-of date set to `when` (nil: today) and the history files to `paths` (nil:
-- none given), putting the old ones back afterwards.
local function with_date(when, paths, f)
  local old, old_paths = viewing_date, history_paths
  viewing_date, history_paths = when, paths
  local ok, a, b = pcall(f)
  viewing_date, history_paths = old, old_paths
  if not ok then error(a, 0) end
  return a, b
end

-- render without the as-of handling (the date is already set).
local function render_now(name, opts)
  local fmt = opts.format or "text"
  if not format.supports({ chart = true }, fmt) then
    error(i18n.t("report.unknown_format", opts.lang or M.lang(), tostring(fmt),
      table.concat(M.formats, i18n.t("report.list_sep", opts.lang or M.lang()))), 0)
  end
  return with_lang(opts.lang, function()
    local r, where = M.load(name)
    if not format.supports({ chart = r.chart }, fmt) then   -- a format with needs_chart (svg)
      error(i18n.t("report.no_chart", M.lang(), where,
        table.concat(format.available({ chart = r.chart }), i18n.t("report.list_sep", M.lang()))), 0)
    end
    local spec = M.build(r, where)
    -- width is the terminal's, for the text table only (svg's opts.width is its canvas)
    return format.render(spec, fmt, { lang = M.lang(), bom = opts.bom,
                                      width = fmt == "text" and opts.width or nil }), spec
  end)
end

--- The report `name` (or a report table) rendered as a string.
-- opts: format ("text" default), lang (the language to render in; cica.lang is left as it is), as_of (a date:
-- CICA as it stood then, see cica.dataset.as_of), bom (CSV: a byte-order mark first),
-- width (text: the columns the table may take), histories (an array of quiz history files, for
-- a report that reads them: M.histories).
function M.render(name, opts)
  if opts ~= nil and type(opts) ~= "table" then argerror("render", "options_arg", opts, 2) end
  opts = opts or {}
  local paths = opts.histories
  if paths ~= nil then
    if type(paths) == "string" then paths = { paths } end
    if type(paths) ~= "table" then argerror("render", "histories", paths) end
    for _, p in ipairs(paths) do
      if type(p) ~= "string" then argerror("render", "history_name", p) end
    end
  end
  local when
  if opts.as_of ~= nil then
    local problem
    local lang = opts.lang or M.lang()
    when, problem = require("cica.date").normalize(opts.as_of, lang)
    if not when then
      error(i18n.t("report.bad_as_of", lang, tostring(opts.as_of), problem), 0)
    end
  end
  return with_date(when, paths, function() return render_now(name, opts) end)
end


-- File extensions and the formats they stand for (-o FILE and the REPL's .once FILE): each
-- format module's `extensions` (cica.format.extensions), in the order of the formats, and its name.
M.EXTENSIONS = {}
local EXT_ORDER = {}
for _, e in ipairs(format.extensions()) do
  if not M.EXTENSIONS[e.ext] then
    M.EXTENSIONS[e.ext] = e.format
    EXT_ORDER[#EXT_ORDER + 1] = e.ext
  end
end
-- a format's own name picks it too (.text), though only its `extensions` are listed
for _, name in ipairs(format.names) do M.EXTENSIONS[name] = M.EXTENSIONS[name] or name end

--- The file extensions cica writes, in the order of the formats: { ".txt", ".md", … }.
function M.extensions()
  local out = {}
  for i, e in ipairs(EXT_ORDER) do out[i] = "." .. e end
  return out
end

--- The format a file name's extension stands for: "text" for .txt, "csv" for .csv, …; "text"
-- when the name has no extension. For an extension cica does not write (.xlsx, .pdf, …): nil
-- and a message naming the extensions it knows (for .xls/.xlsx/.ods, how to get a spreadsheet),
-- in `lang` (default: the display language).
function M.format_for_path(path, lang)
  if type(path) ~= "string" then argerror("format_for_path", "file_name", path) end
  local base = path:match("[^/]*$")
  local ext = base:match("^.+%.([^.]+)$")
  if not ext then return "text" end
  local fmt = M.EXTENSIONS[ext:lower()]
  if fmt then return fmt end
  lang = lang or M.lang()
  local msg = i18n.t("report.ext_unknown", lang, path, table.concat(M.extensions(), " "))
  local lower = ext:lower()
  local spreadsheet = lower == "xlsx" or lower == "xls" or lower == "ods"
  if spreadsheet then
    msg = msg .. i18n.t("report.ext_spreadsheet", lang, path:sub(1, #path - #ext) .. "csv")
  end
  -- (and, for a message of its own such as .once's: the extensions known, and whether a
  -- spreadsheet was meant)
  return nil, msg, table.concat(M.extensions(), " "), spreadsheet
end

--- Renders the report and writes it to opts.output (a file name) or standard output (where a
-- text table is fitted to the terminal's width, when it is one). Returns the rendered text.
function M.run(name, opts)
  if opts ~= nil and type(opts) ~= "table" then argerror("run", "options_arg", opts, 2) end
  opts = opts or {}
  local to_stdout = not opts.output or opts.output == "-"
  if to_stdout and opts.width == nil and host and host.terminal_width then
    -- a table on a terminal fits its width; in a file or a pipe it keeps every line whole
    local copy = {}
    for k, v in pairs(opts) do copy[k] = v end
    copy.width = host.terminal_width()
    opts = copy
  end
  local text = M.render(name, opts)
  if opts.output and opts.output ~= "-" then
    local f, err = io.open(opts.output, "wb")
    if not f then
      error(i18n.t("report.cannot_write", opts.lang or M.lang(), opts.output, (tostring(err):gsub("^[^:]*: ", ""))), 0)
    end
    f:write(text)
    f:close()
  else
    io.stdout:write(text)
  end
  return text
end

--- Every report: { name, title, description, user = true for the user's own } in the current
-- language. A user report that fails to load is listed with its error as description.
function M.list()
  local out = {}
  local lang = M.lang()
  for _, n in ipairs(M.bundled()) do
    local ok, r = pcall(M.load, n)
    out[#out + 1] = {
      name = n, title = ok and format.localize(r.title, lang) or nil,
      description = ok and format.localize(r.description or r.title, lang) or tostring(r),
    }
  end
  for _, n in ipairs(M.user_reports()) do
    local ok, r = pcall(M.load, n)
    out[#out + 1] = {
      name = n, user = true, title = ok and format.localize(r.title, lang) or nil,
      description = ok and format.localize(r.description or r.title, lang) or tostring(r),
    }
  end
  return out
end

return M
