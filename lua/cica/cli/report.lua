-- cica report: run a bundled or user report from the command line.
--   cica report --list
--   cica report NAME|FILE.lua [--format FMT] [--lang LANG] [-o FILE]
local report = require "cica.report"
local width = require "cica.width"
local cliargs = require "cica.cli.args"

local M = {}

-- The formats and file extensions in the usage and help are the discovered ones (cica.discover
-- via cica.format), never a copy: {FORMATS} and {EXTENSIONS} below are filled in from them.
M.USAGE = "Usage: cica report NAME|FILE.lua [--format " .. table.concat(report.formats, "|") .. "]"
  .. " [--lang " .. table.concat(report.langs, "|") .. "] [-o FILE]\n       cica report --list"

local HELP = [[
Run a report over the CICA dataset and print it.

  cica report --list               list the bundled reports and your own
  cica report NAME                 run a bundled report (e.g. members) or one of yours
  cica report ./my.lua             run a report file
  cica report class A.db B.db      per quiz question, how many learners missed it

Options:
  -f, --format FMT   {FORMATS}
      --lang LANG    zh-Hans (default), zh-Hant or en
  -o, --output FILE  write to FILE; without --format, its extension picks the format
                     ({EXTENSIONS}; others are an error)
      --as-of DATE   CICA as it stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD): members,
                     observers, chair and counts as they were; later events left out
      --bom          start CSV with a byte-order mark (for Excel, which misreads UTF-8
                     without one)
      --state FILE   a quiz history for the class report (repeat it, or list the files
                     after the name; default: your own history)
  -l, --list         list reports
  -h, --help         this help

Your own reports live in $XDG_CONFIG_HOME/cica/reports/NAME.lua (default ~/.config).
See docs/reports.md for writing one.]]

-- "text (default), md, …, or svg (reports with a chart)": the formats, the first the default, a
-- format with needs_chart marked as such.
local function format_list()
  local items = {}
  for i, name in ipairs(report.formats) do
    local mod = require("cica.format").module(name)
    local item = name
    if i == 1 then item = item .. " (default)" end
    if mod and mod.needs_chart then item = item .. " (reports with a chart)" end
    items[i] = item
  end
  if #items > 1 then items[#items] = "or " .. items[#items] end
  return table.concat(items, ", ")
end

HELP = HELP:gsub("{(%u+)}", function(key)
  if key == "FORMATS" then return format_list() end
  if key == "EXTENSIONS" then return table.concat(report.extensions(), " ") end
end)

local function usage_error(fmt, ...)
  return cliargs.usage_error("report", string.format(fmt, ...))
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
  local opts, status = cliargs.parse(argv, SPEC, usage_error, { names = {} })
  if not opts then return nil, status end
  local names = opts.names
  if opts.format and not member(report.formats, opts.format) then
    return nil, usage_error("unknown format '%s' (%s)%s", opts.format, table.concat(report.formats, ", "),
      cliargs.hint(opts.format, report.formats))
  end
  if opts.lang and not member(report.langs, opts.lang) then
    return nil, usage_error("unknown language '%s' (%s)", opts.lang, table.concat(report.langs, ", "))
  end
  if not opts.format and opts.output and opts.output ~= "-" then
    local fmt, why = report.format_for_path(opts.output)
    if not fmt then return nil, usage_error("%s", why) end
    opts.format = fmt
  end
  if opts.bom and (opts.format or "text") ~= "csv" then
    return nil, usage_error("--bom is for CSV only (add --format csv or -o FILE.csv)")
  end
  if opts.as_of then
    local day, problem = require("cica.date").normalize(opts.as_of)
    if not day then return nil, usage_error("bad --as-of date '%s': %s", opts.as_of, problem) end
    opts.as_of = day
  end
  opts.name = names[1]
  opts.extra = { table.unpack(names, 2) } -- history files, for a report that reads them
  if not opts.name and not opts.list and not opts.help then
    return nil, usage_error("which report? (cica report --list shows them)")
  end
  return opts
end

-- `cica report --list`: name and one-line description, user reports after a heading.
local function list()
  local items = report.list()
  local w = 0
  for _, it in ipairs(items) do w = math.max(w, width.width(it.name)) end
  local heading = false
  for _, it in ipairs(items) do
    if it.user and not heading then
      io.stdout:write("\n", report.tr({ ["zh-Hans"] = "我的报告", ["zh-Hant"] = "我的報告", en = "Your reports" }),
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
  if opts.lang and cica.set_lang then cica.set_lang(opts.lang) end
  if opts.list then
    list()
    return 0
  end
  if not report.locate(opts.name) then
    local names = {}
    for _, it in ipairs(report.list()) do names[#names + 1] = it.name end
    local hint = cliargs.hint(opts.name, names)
    return usage_error("unknown report '%s'%s", opts.name, hint ~= "" and hint or ("; available: " .. report.available()))
  end
  if opts.histories or #opts.extra > 0 then
    -- only a report that reads quiz histories takes files (it says so: histories = true)
    local r = report.load(opts.name)
    if not r.histories then
      if #opts.extra > 0 then
        return usage_error("one report at a time (got '%s' and '%s')", opts.name, opts.extra[1])
      end
      return usage_error("report '%s' reads no quiz history (--state is for the class report)", opts.name)
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
