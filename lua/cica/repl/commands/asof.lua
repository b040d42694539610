-- .asof DATE: CICA as it stood on DATE for .report and .search (cica report --as-of DATE).
local function repl() return require "cica.repl" end

local cmd = {
  name = "asof", usage = ".asof [DATE|off]",
  summary = "show CICA as it stood on DATE in .report and .search",
  help = "DATE is YYYY, YYYY-MM or YYYY-MM-DD (a year or month means its last day, as in\n"
    .. "cica.members_at). .report and .search then show members, observers, the chair and counts as\n"
    .. "they were, and leave later events out, as `cica report --as-of DATE` does. `.asof off` goes\n"
    .. "back to today; without an argument, shows the date in force. Lua values are today's: for a\n"
    .. "date in Lua, require(\"cica.dataset\").as_of(cica, DATE) or cica.members_at(DATE).",
}

function cmd.run(args)
  if #args > 1 then return repl().usage(cmd) end
  local state = repl().state
  if #args == 0 then
    local meta = (rawget(_G, "cica") or require "cica").meta or {}
    return repl().out((state.as_of or ("off (today: the dataset as of " .. tostring(meta.as_of) .. ")")) .. "\n")
  end
  if args[1] == "off" or args[1] == "now" then
    state.as_of = nil
    return
  end
  local day, problem = require("cica.date").normalize(args[1])
  if not day then error(string.format(".asof: bad date '%s': %s", args[1], problem), 0) end
  state.as_of = day
end

function cmd.complete() return { "off" } end

return cmd
