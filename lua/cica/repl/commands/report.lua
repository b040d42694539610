-- .report [NAME]: the list of reports, or one report in the current .mode (.once FILE: the file's
-- format; .asof DATE: the date shown).
local width = require "cica.width"
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end

local cmd = {
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

function cmd.run(args)
  local r = require "cica.report"
  if #args > 1 then return repl().usage(cmd) end
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

function cmd.complete() return report_names() end

return cmd
