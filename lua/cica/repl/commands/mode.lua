-- .mode [box|table|md|csv|json|line]: how tables print (cica.repl.tabular's modes).
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end

local cmd = {
  name = "mode", usage = ".mode box|table|md|csv|json|line", summary = MSG.mode_summary, help = MSG.mode_help,
}

function cmd.run(args)
  local tabular = require "cica.repl.tabular"
  if #args == 0 then return repl().out(repl().state.mode .. "\n") end
  if #args == 1 and not tabular.is_mode(args[1]) and repl().misspelt("mode", args[1], tabular.modes) then return end
  if #args > 1 or not tabular.is_mode(args[1]) then return repl().usage(cmd) end
  repl().state.mode = args[1]
end

function cmd.complete() return require("cica.repl.tabular").modes end

return cmd
