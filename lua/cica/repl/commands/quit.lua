-- .quit (also .q): ends the session.
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end

local cmd = { name = "quit", usage = ".quit", summary = MSG.quit_summary }

function cmd.run(args)
  if #args > 0 then return repl().usage(cmd) end
  return "quit"
end

return cmd
