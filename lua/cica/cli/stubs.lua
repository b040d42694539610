-- cica stubs: writes the LuaCATS stubs of the cica API as a lua-language-server addon, for a
-- project: DIR/library/cica.lua and DIR/config.json (cica.docgen.write_addon).
--   cica stubs [DIR]     (default DIR: cica-luals)
local cliargs = require "cica.cli.args"

local M = {}

M.USAGE = "cli.stubs_usage" -- a catalogue key (cica.messages.cli), as HELP
M.DEFAULT_DIR = "cica-luals"

local HELP = "cli.stubs_help"

local function fail(problem, code)
  return cliargs.usage_error("stubs", problem, code)
end

local SPEC = {
  flags = { ["-h"] = "help", ["--help"] = "help" },
  positional = function(opts, word)
    if opts.dir then return fail(cliargs.message("one_dir", opts.msg_lang, opts.dir, word), opts.msg_lang) end
    opts.dir = word
  end,
}

local function parse(argv)
  local code = cliargs.lang_of(argv)
  return cliargs.parse(argv, SPEC, function(problem) return fail(problem, code) end, { msg_lang = code })
end

function M.main(argv)
  local opts, status = cliargs.start(parse, argv, M.USAGE, HELP)
  if not opts then return status end
  local dir = opts.dir or M.DEFAULT_DIR
  require("cica.xdg").check_write_path("stubs", dir) -- refused under --safe
  require("cica.docgen").write_addon(dir)
  io.stdout:write(dir, "/library/cica.lua\n", dir, "/config.json\n")
  return 0
end

return M
