-- .help [COMMAND]: every dot-command's usage and summary (in the display language), or one
-- command's usage, summary and help.
local width = require "cica.width"
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end

local USAGE_WIDTH = 34   -- .help aligns summaries after usages up to this wide

local cmd = {
  name = "help", usage = ".help [COMMAND]", summary = MSG.help_summary, help = MSG.help_help,
}

function cmd.run(args)
  if #args > 1 then return repl().usage(cmd) end
  if args[1] then
    local found, why = repl().find_command((args[1]:gsub("^%.", "")))
    if not found then error(why, 0) end
    return repl().out(repl().describe(found))
  end
  local names = repl().command_names()
  local w = 0
  for _, n in ipairs(names) do
    local uw = width.width(repl().commands[n].usage)
    if uw <= USAGE_WIDTH then w = math.max(w, uw) end
  end
  local out = {}
  for _, n in ipairs(names) do
    local c = repl().commands[n]
    local summary = repl().text(c.summary) or ""
    if width.width(c.usage) > w then   -- a long usage gets the summary on a line of its own
      out[#out + 1] = c.usage
      out[#out + 1] = string.rep(" ", w + 2) .. summary
    else
      out[#out + 1] = width.pad(c.usage, w) .. "  " .. summary
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = repl().msg("help_lua")
  out[#out + 1] = repl().msg("help_keys")
  repl().out(table.concat(out, "\n") .. "\n")
end

function cmd.complete() return repl().command_names() end

return cmd
