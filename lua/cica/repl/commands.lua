-- cica.repl.commands: the first of the REPL's dot-commands, as data (the sqlite3 shell's model):
-- each is { name, usage, summary, help, run(args, rest), complete(word, args) }. `rest` is the
-- text after the command's name, untouched (for .sql); `args` is it split at spaces.
-- A wrong use prints "Usage: …" (repl.usage); other failures raise an error.
local width = require "cica.width"
-- Summaries, help and messages: cica.messages.repl (summary and help as localized tables, shown
-- in the display language by cica.repl.text).
local MSG = require("cica.lang").area("repl")

local M = {}

-- A command's complete(word, args) returns its candidates; cica.repl.complete keeps those that
-- start with the word.

local function repl() return require "cica.repl" end
local function api() return rawget(_G, "cica") or require "cica" end

-- Names of the dataset's SQL tables and views (SQLite's own and FTS shadow tables left out).
local function sql_tables()
  local names = {}
  local sql = "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name"
  for row in api().rows(sql) do names[#names + 1] = row.name end
  local hidden = {}
  for _, n in ipairs(names) do
    for _, suffix in ipairs({ "_data", "_idx", "_content", "_docsize", "_config" }) do
      local base = n:sub(1, #n - #suffix)
      if n:sub(-#suffix) == suffix and base ~= "" then
        for _, m in ipairs(names) do if m == base then hidden[n] = true end end
      end
    end
  end
  local out = {}
  for _, n in ipairs(names) do if not hidden[n] then out[#out + 1] = n end end
  return out
end

-- Words laid out in columns across the output width, indented by two spaces.
local function columns_of(words)
  local w = 0
  for _, s in ipairs(words) do w = math.max(w, width.width(s)) end
  local per = math.max(1, (repl().state.width - 2) // (w + 2))
  local out, line = {}, {}
  for i, s in ipairs(words) do
    line[#line + 1] = width.pad(s, w)
    if #line == per or i == #words then
      out[#out + 1] = ("  " .. table.concat(line, "  ")):gsub("%s+$", "")
      line = {}
    end
  end
  return table.concat(out, "\n")
end

local USAGE_WIDTH = 34   -- .help aligns summaries after usages up to this wide

local help = {
  name = "help", usage = ".help [COMMAND]", summary = MSG.help_summary, help = MSG.help_help,
}

function help.run(args)
  if #args > 1 then return repl().usage(help) end
  if args[1] then
    local cmd, why = repl().find_command((args[1]:gsub("^%.", "")))
    if not cmd then error(why, 0) end
    return repl().out(repl().describe(cmd))
  end
  local names = repl().command_names()
  local w = 0
  for _, n in ipairs(names) do
    local uw = width.width(repl().commands[n].usage)
    if uw <= USAGE_WIDTH then w = math.max(w, uw) end
  end
  local out = {}
  for _, n in ipairs(names) do
    local cmd = repl().commands[n]
    local summary = repl().text(cmd.summary) or ""
    if width.width(cmd.usage) > w then   -- a long usage gets the summary on a line of its own
      out[#out + 1] = cmd.usage
      out[#out + 1] = string.rep(" ", w + 2) .. summary
    else
      out[#out + 1] = width.pad(cmd.usage, w) .. "  " .. summary
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = repl().msg("help_lua")
  out[#out + 1] = repl().msg("help_keys")
  repl().out(table.concat(out, "\n") .. "\n")
end

function help.complete() return repl().command_names() end

local tables = {
  name = "tables", usage = ".tables", summary = MSG.tables_summary, help = MSG.tables_help,
}

function tables.run(args)
  if #args > 0 then return repl().usage(tables) end
  local collections = {}
  for _, c in ipairs(require("cica.model").collections()) do
    if c.kind == "collection" then collections[#collections + 1] = c.name end
  end
  repl().out(repl().msg("tables_sql") .. "\n" .. columns_of(sql_tables()) .. "\n"
    .. repl().msg("tables_lua") .. "\n" .. columns_of(collections) .. "\n")
end

local schema = {
  name = "schema", usage = ".schema [TABLE]", summary = MSG.schema_summary, help = MSG.schema_help,
}

function schema.run(args)
  if #args > 1 then return repl().usage(schema) end
  local sql = "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
  local rows
  if args[1] then
    rows = api().query(sql .. " AND (name LIKE ?1 OR tbl_name LIKE ?1) ORDER BY tbl_name, type DESC, name", args[1])
    if #rows == 0 then error(repl().msg("no_table", args[1]), 0) end
  else
    rows = api().query(sql .. " ORDER BY tbl_name, type DESC, name")
  end
  local out = {}
  for _, row in ipairs(rows) do out[#out + 1] = row.sql .. ";" end
  repl().out(table.concat(out, "\n") .. "\n")
end

function schema.complete() return sql_tables() end

local sql = {
  name = "sql", usage = ".sql SELECT …", summary = MSG.sql_summary, help = MSG.sql_help,
}

-- The result columns of a query, in the SELECT's order when the host can say.
local function result_columns(query, rows)
  local ok, host = pcall(require, "cica.repl.host")
  if ok then return host.columns(query) end
  local _, all = require("cica.repl.tabular").record_columns(rows)
  return all
end

function sql.run(_, rest)
  if rest == "" then return repl().usage(sql) end
  local rows = api().query(rest)
  repl().print_rows(rows, result_columns(rest, rows))
end

local SQL_WORDS = { "SELECT", "FROM", "WHERE", "GROUP", "BY", "ORDER", "LIMIT", "JOIN", "LEFT",
  "ON", "AS", "AND", "OR", "NOT", "IN", "LIKE", "IS", "NULL", "COUNT", "DISTINCT", "HAVING", "DESC" }

function sql.complete(word)
  local list = sql_tables()
  for _, w in ipairs(SQL_WORDS) do list[#list + 1] = word:match("^%l") and w:lower() or w end
  return list
end

-- A wrong value close to a right one: prints "unknown WHAT 'x'; did you mean 'y'? (.help CMD)"
-- and returns true; returns false (printing nothing) when no value is close.
local function misspelt(cmd, value, values)
  local near = require("cica.suggest").nearest(value, values, { limit = 1 })
  if not near[1] then return false end
  repl().err(repl().msg("misspelt", value, cmd, near[1], cmd))
  return true
end

local mode = {
  name = "mode", usage = ".mode box|table|md|csv|json|line", summary = MSG.mode_summary, help = MSG.mode_help,
}

function mode.run(args)
  local tabular = require "cica.repl.tabular"
  if #args == 0 then return repl().out(repl().state.mode .. "\n") end
  if #args == 1 and not tabular.is_mode(args[1]) and misspelt("mode", args[1], tabular.modes) then return end
  if #args > 1 or not tabular.is_mode(args[1]) then return repl().usage(mode) end
  repl().state.mode = args[1]
end

function mode.complete() return require("cica.repl.tabular").modes end

local lang = {
  name = "lang", usage = ".lang zh-Hans|zh-Hant|en", summary = MSG.lang_summary, help = MSG.lang_help,
}

function lang.run(args)
  if #args == 0 then return repl().out(api().lang .. "\n") end
  local code
  for _, l in ipairs(api().languages) do
    if args[1] and l:lower() == args[1]:lower() then code = l end
  end
  if #args == 1 and not code and misspelt("lang", args[1], api().languages) then return end
  if #args > 1 or not code then return repl().usage(lang) end
  api().set_lang(code)
end

function lang.complete() return api().languages end

local report = {
  name = "report", usage = ".report [NAME]", summary = MSG.report_summary, help = MSG.report_help,
}

local REPORT_FORMAT = { box = "text", table = "text", line = "text", md = "md", csv = "csv", json = "json" }

-- Bundled and user report names.
local function report_names()
  local r = require "cica.report"
  local names = r.bundled()
  for _, n in ipairs(r.user_reports()) do names[#names + 1] = n end
  return names
end

function report.run(args)
  local r = require "cica.report"
  if #args > 1 then return repl().usage(report) end
  if #args == 0 then
    local list = r.list()
    local w = 0
    for _, e in ipairs(list) do w = math.max(w, width.width(e.name)) end
    local out = {}
    for _, e in ipairs(list) do out[#out + 1] = width.pad(e.name, w) .. "  " .. tostring(e.description or "") end
    return repl().out(table.concat(out, "\n") .. "\n")
  end
  if not r.locate(args[1]) then
    local near = require("cica.suggest").nearest(args[1], report_names(), { limit = 1 })
    if near[1] then error(repl().msg("no_report_near", args[1], near[1]), 0) end
    error(repl().msg("no_report", args[1], table.concat(report_names(), require("cica.lang").t("report.list_sep"))), 0)
  end
  -- after .once FILE the file's extension says the format; .asof DATE sets the date shown
  local fmt = repl().state.once_format or REPORT_FORMAT[repl().state.mode] or "text"
  r.run(args[1], { format = fmt, as_of = repl().state.as_of })
end

function report.complete() return report_names() end

local quiz = {
  name = "quiz", usage = ".quiz [OPTIONS]", summary = MSG.quiz_summary, help = MSG.quiz_help,
}

function quiz.run(args)
  local ok, cli = pcall(require, "cica.cli.quiz")
  if not ok then error(repl().msg("quiz_missing", tostring(cli):match("^[^\n]*")), 0) end
  local status = cli.main(args)
  if status and status ~= 0 and status ~= 2 then error(repl().msg("quiz_status", tostring(status)), 0) end
end

local sources = {
  name = "sources", usage = ".sources [ID]", summary = MSG.sources_summary, help = MSG.sources_help,
}

-- Every record that has a `sources` list, with a label saying which collection holds it: the
-- records of the collections the registry marks as citing sources (cica.model), in its order.
local function sourced_records()
  local c = api()
  local out = {}
  for _, coll in ipairs(require("cica.model").collections()) do
    if coll.sources then
      local value = c[coll.name]
      if coll.kind == "collection" then
        for _, r in ipairs(value) do out[#out + 1] = { collection = coll.name, record = r } end
      else
        local parts = {}
        for part in pairs(coll.parts or {}) do parts[#parts + 1] = part end
        table.sort(parts)
        for _, part in ipairs(parts) do
          for _, r in ipairs(value[part] or {}) do out[#out + 1] = { collection = coll.name .. "." .. part, record = r } end
        end
      end
    end
  end
  return out
end

-- A short label of a record: its id (or term, or place) and name or title.
local function label(r)
  local id = r.id or r.term or r.place or r.ord
  local name = r.name or r.title or r.city or r.text
  return tostring(id) .. (name and ("  " .. tostring(name)) or "")
end

local function source_row(id)
  for _, s in ipairs(api().sources) do if s.id == id then return s end end
  return nil
end

function sources.run(args)
  if #args > 1 then return repl().usage(sources) end
  if #args == 0 then
    return repl().print_rows(api().sources, { "id", "kind", "lang", "title", "url" })
  end
  local id = args[1]
  local src = source_row(id)
  if src then
    repl().show(src)
    local citing = {}
    for _, item in ipairs(sourced_records()) do
      for _, sid in ipairs(item.record.sources or {}) do
        if sid == id then citing[#citing + 1] = "  " .. item.collection .. ": " .. label(item.record); break end
      end
    end
    local head = #citing == 0 and repl().msg("cited_by_none") or #citing == 1 and repl().msg("cited_by_one")
      or repl().msg("cited_by", #citing)
    return repl().out(head .. (#citing > 0 and ("\n" .. table.concat(citing, "\n")) or "") .. "\n")
  end
  local record = api().find(id)
  if not record then
    for _, item in ipairs(sourced_records()) do
      if tostring(item.record.id or item.record.term) == id then record = item.record; break end
    end
  end
  if not record then error(repl().msg("no_source", id), 0) end
  local rows = {}
  for _, sid in ipairs(record.sources or {}) do rows[#rows + 1] = source_row(sid) or { id = sid } end
  repl().out(label(record) .. "\n")
  repl().print_rows(rows, { "id", "kind", "title", "url" })
end

function sources.complete()
  local ids = {}
  for _, s in ipairs(api().sources) do ids[#ids + 1] = s.id end
  return ids
end

-- .once and .asof are modules of their own: cica.repl.commands.once, cica.repl.commands.asof.

local quit = { name = "quit", usage = ".quit", summary = MSG.quit_summary }

function quit.run(args)
  if #args > 0 then return repl().usage(quit) end
  return "quit"
end

--- The commands defined in this file, by name. Each is listed by a file of its own,
-- lua/cica/repl/commands/NAME.lua (returning M.defined.NAME), which cica.discover finds like any
-- other dot-command's: no list of commands is kept by hand.
M.defined = { help = help, tables = tables, schema = schema, sql = sql, mode = mode, lang = lang,
              report = report, quiz = quiz, sources = sources, quit = quit }

return M
