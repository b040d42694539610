-- cica report: run a bundled or user report from the command line.
--   cica report --list
--   cica report NAME|FILE.lua [--format FMT] [--lang LANG] [-o FILE]
local report = require "cica.report"
local width = require "cica.width"
local cliargs = require "cica.cli.args"

local M = {}

-- usage and help: catalogue keys (cica.messages.cli), shown in the command's language, with the
-- discovered formats, file extensions and languages filled in ({FORMATS}, {EXTENSIONS},
-- {FORMATS_BAR}, {LANGS_BAR}): never a copy of those lists.
local i18n = require "cica.lang"

-- "text (default), md, …, or svg (reports with a chart)" in `code`: the formats, the first the
-- default, a format with needs_chart marked as such.
local function format_list(code)
  local items = {}
  for i, name in ipairs(report.formats) do
    local mod = require("cica.format").module(name)
    local item = name
    if i == 1 then item = i18n.t("cli.format_default", code, item) end
    if mod and mod.needs_chart then item = i18n.t("cli.format_needs_chart", code, item) end
    items[i] = item
  end
  local sep = i18n.t("cli.list_sep", code)
  if #items < 2 then return table.concat(items, sep) end
  local last = table.remove(items)
  return i18n.t("cli.list_last", code, table.concat(items, sep), last)
end

-- The catalogue text `key` in `code` with the lists filled in.
local function filled(key, code)
  return (i18n.t(key, code):gsub("{([%u_]+)}", function(name)
    if name == "FORMATS" then return format_list(code) end
    if name == "EXTENSIONS" then return table.concat(report.extensions(), " ") end
    if name == "FORMATS_BAR" then return table.concat(report.formats, "|") end
    if name == "LANGS_BAR" then return table.concat(report.langs, "|") end
  end))
end

M.USAGE = function(code) return filled("cli.report_usage", code) end
local HELP = function(code) return filled("cli.report_help", code) end

-- A usage error of `cica report` in opts' message language: the catalogue message `key`
-- (cica.messages.cli) with its arguments. Returns the exit status 2.
local function usage_error(opts, key, ...)
  return cliargs.usage_error("report", cliargs.message(key, opts.msg_lang, ...), opts.msg_lang)
end

local function member(list, v)
  for _, x in ipairs(list) do if x == v then return true end end
  return false
end

-- The options of `cica report` (see cica.cli.args).
local SPEC = {
  values = { ["-f"] = "format", ["--format"] = "format", ["--lang"] = "lang",
             ["-o"] = "output", ["--output"] = "output", ["--as-of"] = "as_of", ["--state"] = "histories" },
  lists = { histories = true },
  flags = { ["-l"] = "list", ["--list"] = "list", ["-h"] = "help", ["--help"] = "help", ["--bom"] = "bom" },
  positional = function(opts, word) opts.names[#opts.names + 1] = word end,
}

-- Splits argv into options and the report's name. Returns opts, or nil and an exit status after
-- printing a usage error.
local function parse(argv)
  local code = cliargs.lang_of(argv)
  local opts, status = cliargs.parse(argv, SPEC, function(problem) return cliargs.usage_error("report", problem, code) end,
    { names = {}, msg_lang = code })
  if not opts then return nil, status end
  local names = opts.names
  if opts.format and not member(report.formats, opts.format) then
    return nil, usage_error(opts, "unknown_format", opts.format,
      table.concat(report.formats, cliargs.message("list_sep", code)),
      cliargs.hint(opts.format, report.formats, code))
  end
  if opts.lang and not member(report.langs, opts.lang) then
    return nil, usage_error(opts, "unknown_language", opts.lang,
      table.concat(report.langs, cliargs.message("list_sep", code)))
  end
  if not opts.format and opts.output and opts.output ~= "-" then
    local fmt, why = report.format_for_path(opts.output, code)
    if not fmt then return nil, cliargs.usage_error("report", why, code) end
    opts.format = fmt
  end
  if opts.bom and (opts.format or "text") ~= "csv" then
    return nil, usage_error(opts, "bom_csv_only")
  end
  if opts.as_of then
    local day, problem = require("cica.date").normalize(opts.as_of, code)
    if not day then return nil, usage_error(opts, "bad_as_of", opts.as_of, problem) end
    opts.as_of = day
  end
  opts.name = names[1]
  opts.extra = { table.unpack(names, 2) } -- history files, for a report that reads them
  if not opts.name and not opts.list and not opts.help then
    return nil, usage_error(opts, "which_report")
  end
  return opts
end

-- `cica report --list`: name and one-line description, user reports after a heading.
local function list(code)
  local items = report.list()
  local w = 0
  for _, it in ipairs(items) do w = math.max(w, width.width(it.name)) end
  local heading = false
  for _, it in ipairs(items) do
    if it.user and not heading then
      io.stdout:write("\n", cliargs.message("your_reports", code),
        " (", report.user_dir(), "):\n")
      heading = true
    end
    io.stdout:write(width.pad(it.name, w), "  ", (tostring(it.description):gsub("\n.*", "")), "\n")
  end
end

function M.main(argv)
  local opts, status = cliargs.start(parse, argv, M.USAGE, HELP)
  if not opts then return status end
  local cica = rawget(_G, "cica") or require "cica"
  if opts.lang and cica.set_lang then cica.set_lang(opts.lang) end -- the user-facing setting, for user reports
  if opts.list then
    list(opts.msg_lang)
    return 0
  end
  if not report.locate(opts.name) then
    local names = {}
    for _, it in ipairs(report.list()) do names[#names + 1] = it.name end
    local hint = cliargs.hint(opts.name, names, opts.msg_lang)
    return usage_error(opts, "unknown_report", opts.name, hint ~= "" and hint
      or cliargs.message("available", opts.msg_lang, table.concat(names, cliargs.message("list_sep", opts.msg_lang))))
  end
  if opts.histories or #opts.extra > 0 then
    -- only a report that reads quiz histories takes files (it says so: histories = true)
    local r = report.load(opts.name)
    if not r.histories then
      if #opts.extra > 0 then
        return usage_error(opts, "one_report", opts.name, opts.extra[1])
      end
      return usage_error(opts, "no_history_report", opts.name)
    end
    opts.histories = opts.histories or {}
    table.move(opts.extra, 1, #opts.extra, #opts.histories + 1, opts.histories)
  end
  if opts.output and opts.output ~= "-" then
    require("cica.xdg").check_write_path("report: --output", opts.output) -- refused under --safe
  end
  report.run(opts.name, { format = opts.format or "text", output = opts.output, bom = opts.bom,
                          as_of = opts.as_of, histories = opts.histories })
  return 0
end

return M
