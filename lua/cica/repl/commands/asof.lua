-- .asof DATE: CICA as it stood on DATE for .report and .search (cica report --as-of DATE).
local function repl() return require "cica.repl" end

local cmd = {
  name = "asof", usage = ".asof [DATE|off]",
  -- summary and help: localized (cica.messages.repl)
  summary = require("cica.lang").area("repl").asof_summary, help = require("cica.lang").area("repl").asof_help,
}

function cmd.run(args)
  if #args > 1 then return repl().usage(cmd) end
  local state = repl().state
  if #args == 0 then
    local meta = (rawget(_G, "cica") or require "cica").meta or {}
    return repl().out((state.as_of or repl().msg("asof_off", tostring(meta.as_of))) .. "\n")
  end
  if args[1] == "off" or args[1] == "now" then
    state.as_of = nil
    return
  end
  local day, problem = require("cica.date").normalize(args[1], require("cica.lang").current())
  if not day then error(repl().msg("asof_bad", args[1], problem), 0) end
  state.as_of = day
end

function cmd.complete() return { "off" } end

return cmd
