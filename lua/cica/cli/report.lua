-- cica report: run a bundled or user report from the command line.
--   cica report --list
--   cica report NAME|FILE.lua [--format FMT] [--lang LANG] [-o FILE]
local report = require "cica.report"
local width = require "cica.width"
local cliargs = require "cica.cli.args"

local M = {}

-- usage and help: catalogue keys (cica.messages.cli), shown in the command's language
M.USAGE = "cli.report_usage"
local HELP = "cli.report_help"

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
             ["-o"] = "output", ["--output"] = "output", ["--as-of"] = "as_of" },
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
  if #names > 1 then return nil, usage_error(opts, "one_report", names[1], names[2]) end
  opts.name = names[1]
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
  if opts.output and opts.output ~= "-" then
    require("cica.xdg").check_write_path("report: --output", opts.output) -- refused under --safe
  end
  report.run(opts.name, { format = opts.format or "text", output = opts.output, bom = opts.bom,
                          as_of = opts.as_of })
  return 0
end

return M
