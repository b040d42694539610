-- cica stubs: writes the LuaCATS stubs of the cica API as a lua-language-server addon, for a
-- project: DIR/library/cica.lua and DIR/config.json (cica.docgen.write_addon).
--   cica stubs [DIR]     (default DIR: cica-luals)
local cliargs = require "cica.cli.args"

local M = {}

M.USAGE = "Usage: cica stubs [DIR]"
M.DEFAULT_DIR = "cica-luals"

local HELP = [[
Write the LuaCATS stubs of the cica API for lua-language-server (VS Code's Lua extension,
Neovim, …), so that the editor completes and checks cica.* in your scripts. DIR (default
cica-luals) gets library/cica.lua and config.json, an addon; point the editor at it with one
line in the project's .luarc.json:

  { "workspace.library": ["cica-luals/library"] }

The installed copy is in share/cica/luals (e.g. /usr/share/cica/luals/library).

Options:
  -h, --help         this help]]

local function usage_error(fmt, ...)
  return cliargs.usage_error("stubs", string.format(fmt, ...))
end

local SPEC = {
  flags = { ["-h"] = "help", ["--help"] = "help" },
  positional = function(opts, word)
    if opts.dir then return usage_error("one DIR at a time (got '%s' and '%s')", opts.dir, word) end
    opts.dir = word
  end,
}

local function parse(argv)
  return cliargs.parse(argv, SPEC, usage_error, {})
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
