-- .quiz [OPTIONS]: a quiz session in the REPL, with the options of `cica quiz` (cica.cli.quiz).
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end

local cmd = {
  name = "quiz", usage = ".quiz [OPTIONS]", summary = MSG.quiz_summary, help = MSG.quiz_help,
}

function cmd.run(args)
  local ok, cli = pcall(require, "cica.cli.quiz")
  if not ok then error(repl().msg("quiz_missing", tostring(cli):match("^[^\n]*")), 0) end
  local status = cli.main(args)
  if status and status ~= 0 and status ~= 2 then error(repl().msg("quiz_status", tostring(status)), 0) end
end

return cmd
