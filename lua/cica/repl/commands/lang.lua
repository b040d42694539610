-- .lang [zh-Hans|zh-Hant|en]: the display language (cica.set_lang).
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end
local function api() return rawget(_G, "cica") or require "cica" end

local cmd = {
  name = "lang", usage = ".lang zh-Hans|zh-Hant|en", summary = MSG.lang_summary, help = MSG.lang_help,
}

function cmd.run(args)
  if #args == 0 then return repl().out(api().lang .. "\n") end
  local code
  for _, l in ipairs(api().languages) do
    if args[1] and l:lower() == args[1]:lower() then code = l end
  end
  if #args == 1 and not code and repl().misspelt("lang", args[1], api().languages) then return end
  if #args > 1 or not code then return repl().usage(cmd) end
  api().set_lang(code)
end

function cmd.complete() return api().languages end

return cmd
