-- cica.repl: the REPL's Lua half; the terminal side is src/repl.c (and src/replterm.c). C calls, in this order:
--   start(tty)             once: colours, output width, the `help` global
--   banner()               on a terminal: the greeting
--   init_file()            the start-up file to run, if there is one
--   history_file()         on a terminal: the history file, if there is one
--   prompt(continuation)   before each line
--   prepare(text)          "incomplete" (read another line), nil (nothing to run), or a job and,
--                          after `.once FILE`, the file its output goes to
--   job()                  run by C under --timeout/--max-memory, Ctrl-C stopping only the job
--   finish(ok, ...)        prints the job's results or its error; "quit" ends the session
--   complete(line, word)   on Tab: candidates for `word` (the end of `line`), or "files"
-- Scripts and specs can use eval(text), which does prepare/job/finish in one call.
--
-- Dot-commands live in M.commands, found and dispatched by cica.repl.commands: every bundled
-- module named cica.repl.commands.NAME (found by cica.discover) returns one command table
--   { name =, usage =, summary =, help =, run = function(args, rest) end,
--     complete = function(word, args) end }
-- and may print through M.show(value), M.print_rows(rows, columns), M.usage(cmd), M.err(text),
-- M.misspelt(cmd, value, values).
local pretty = require "cica.repl.pretty"
local tabular = require "cica.repl.tabular"

local M = {}

-- What the session looks like; dot-commands change it.
M.state = {
  tty = false,       -- standard input is a terminal
  color = false,     -- ANSI colours in results
  width = 80,        -- columns results may take
  mode = "box",      -- how tables print: one of tabular.modes
  max_rows = 40,     -- rows of a record table shown before "… N more rows"
  once = nil,        -- the file the next command's output goes to (.once)
  once_format = nil, -- its format, from its extension (a report format), while pending or running
  once_mode = nil,   -- the tabular mode that format means for tables
  as_of = nil,       -- .asof DATE: the date .report and .search show CICA as of
  redirected = false -- the current job's output goes to a file (no colours)
}

M.DOT = setmetatable({}, { __tostring = function() return "cica.repl.DOT" end })

local function api() return rawget(_G, "cica") or require "cica" end
-- Where user code runs (the sandbox under --safe): read from the registry by a C module that user
-- code cannot reach, never from a table it can change (such as cica.core).
local host = require "cica.host"

--- Writes text to standard output.
function M.out(text) io.stdout:write(text) end

--- Writes one message line to standard error.
function M.err(text)
  io.stdout:flush()
  io.stderr:write(text, "\n")
end

--- The REPL's message `key` (cica.messages.repl) in the display language, formatted with the
-- remaining arguments.
function M.msg(key, ...)
  return require("cica.lang").t("repl." .. key, nil, ...)
end

--- A dot-command's text field (summary, help) in the display language: a plain string, or a
-- localized table ({ ["zh-Hans"] = …, … }) as the built-in commands give.
function M.text(v)
  return require("cica.lang").text(v)
end

--- A command's "Usage: …" line, its summary and its help, in the display language.
function M.describe(cmd)
  local text = M.msg("usage", cmd.usage) .. "\n" .. (M.text(cmd.summary) or "") .. "\n"
  local help = M.text(cmd.help)
  if help and help ~= "" then text = text .. "\n" .. help .. "\n" end
  return text
end

--- Prints a command's "Usage: …" line to standard error (a wrong use of a dot-command).
function M.usage(cmd)
  M.err(M.msg("usage", cmd.usage))
end

--- A wrong value close to a right one: prints "unknown WHAT 'x'; did you mean 'y'? (.help CMD)"
-- and returns true; returns false (printing nothing) when no value is close. cmd: the command's
-- name, values: the right ones.
function M.misspelt(cmd, value, values)
  local near = require("cica.suggest").nearest(value, values, { limit = 1 })
  if not near[1] then return false end
  M.err(M.msg("misspelt", value, cmd, near[1], cmd))
  return true
end

--- Whether user code runs in the --safe sandbox (read where user code cannot change it).
function M.safe()
  return host.safe()
end

-- Options for the pretty-printer from the session state.
local function print_options()
  return {
    width = M.state.width,
    color = M.state.color and not M.state.redirected,
    name_of = function(fn) return require("cica.help").name_of(fn) end,
  }
end

-- ---- showing values -------------------------------------------------------------------------

--- Prints rows (an array of tables) with the given columns (keys, in order) in the current mode.
-- opts.limit: show at most this many rows in box/table mode; opts.fit: drop columns that do not
-- fit the width (box/table). Returns nothing.
-- Into a .once file: in the file's format, every row and column, no cell cut.
function M.print_rows(rows, columns, opts)
  opts = opts or {}
  local file = M.state.redirected
  local mode = file and M.state.once_mode or M.state.mode
  M.out(tabular.render(rows, columns, mode, { width = M.state.width, limit = opts.limit, fit = opts.fit, file = file }))
end

--- Prints one value as the REPL does: an array of records as a table in the current mode,
-- anything else pretty-printed. A string at the top level prints as it is (as lua5.4 -i does).
function M.show(v)
  if type(v) == "string" then return M.out(v .. "\n") end
  if tabular.is_records(v) then
    local all, shown = tabular.record_columns(v, require("cica.model").columns_for(v))
      local display = (M.state.mode == "box" or M.state.mode == "table") and not M.state.redirected
    return M.print_rows(v, display and shown or all, { limit = display and M.state.max_rows or nil, fit = display })
  end
  M.out(pretty.format(v, print_options()) .. "\n")
end

-- Prints a job's results: nothing for none; one value with M.show; several separated by tabs
-- when each fits one line (as print does), else one after the other.
local function show_results(t)
  if t.n == 0 then return end
  if t.n == 1 then return M.show(t[1]) end
  local parts, one_line = {}, true
  for i = 1, t.n do
    local v = t[i]
    parts[i] = type(v) == "string" and v or pretty.format(v, print_options())
    if parts[i]:find("\n") then one_line = false end
  end
  if one_line then return M.out(table.concat(parts, "\t") .. "\n") end
  for i = 1, t.n do M.show(t[i]) end
end

-- Positions and frames that say nothing to the user: the REPL's own code and Lua's C glue.
-- (C functions are where errors are raised, never where the user's mistake is.)
local function internal_frame(line)
  return line:match("^%s*%[C%]: ") or line:match("^%s*%(%.%.%.tail calls%.%.%.%)")
    or line:match(": in main chunk$") or line:match("lua/cica[/.]") -- lua/cica.lua, lua/cica/*
end

-- The errors of a stopped run, the same value in every language (src/runlimit.c, and Lua's own
-- memory error), and the keys of the messages that show them (lua/cica/messages/main.lua).
local STOPPED = { ["time limit exceeded"] = "main.stop_timeout", interrupted = "main.stop_interrupted",
  ["not enough memory"] = "main.stop_memory" }

--- An error as the REPL prints it: the message, without the position inside cica's own modules,
-- and the traceback only when it shows frames of the user's own functions. A run stopped by a
-- limit or Ctrl-C, or out of memory, is shown in the display language.
function M.clean_error(msg)
  if STOPPED[msg] then return require("cica.lang").t(STOPPED[msg]) end
  msg = tostring(msg)
  local head, trace = msg:match("^(.-)\nstack traceback:\n(.*)$")
  head = head or msg
  head = head:gsub("^[^\n]-lua/cica[%w_/%.]*%.lua:%d+: ", "")
  if not trace then return head end
  local kept = {}
  for line in (trace .. "\n"):gmatch("(.-)\n") do
    if line:match("lua/cica/repl%.lua:") then break end  -- the REPL itself: the rest is its callers
    if not internal_frame(line) then kept[#kept + 1] = line end
  end
  if #kept == 0 then return head end
  return head .. "\nstack traceback:\n" .. table.concat(kept, "\n")
end

-- ---- dot-commands ---------------------------------------------------------------------------

-- The dot-commands, by name, found and dispatched by cica.repl.commands.
local commands = require "cica.repl.commands"
M.commands = commands.registry
M.add_command, M.command_names, M.find_command, M.split_args = commands.add, commands.names, commands.find, commands.split_args

-- A job that runs one dot-command line.
local function dot_job(text)
  local name, rest = text:match("^%s*%.(%S*)%s*(.-)%s*$")
  local cmd, why = M.find_command(name)
  return function()
    if not cmd then
      M.err(why)
      return M.DOT
    end
    return M.DOT, cmd.run(M.split_args(rest), rest)
  end
end

-- The width results may take: the terminal's, else $COLUMNS, else 80.
local function terminal_width()
  local ok, host = pcall(require, "cica.repl.host")
  local cols = ok and host.width() or tonumber(os.getenv("COLUMNS"))
  return (cols and cols >= 20) and math.floor(cols) or 80
end

-- ---- evaluation -----------------------------------------------------------------------------

-- Compiles text in the user's environment: first as an expression (`return <text>`, as lua5.4
-- does), then as a statement. Returns the chunk, or nil and "incomplete" or the syntax error.
local function compile(text)
  local env = host.user_env()
  local chunk = load("return " .. text, "=stdin", "t", env)
  if chunk then return chunk end
  local err
  chunk, err = load(text, "=stdin", "t", env)
  if chunk then return chunk end
  if err:match("<eof>$") then return nil, "incomplete" end
  return nil, err
end

-- Takes the pending `.once` file (it applies to one command).
local function take_once()
  local path = M.state.once
  M.state.once = nil
  M.state.redirected = path ~= nil
  return path
end

-- After a command: a .once format applies to the command it was taken for only.
local function drop_once()
  if not M.state.once then M.state.once_format, M.state.once_mode = nil, nil end
end

--- See the header: "incomplete", nil, or a job [and an output file].
function M.prepare(text)
  M.state.redirected = false
  if M.state.tty then M.state.width = terminal_width() end   -- the window may have been resized
  if text:match("^%s*$") then return nil end
  if text:match("^%s*%.") and not text:match("^%s*%.%d") then return dot_job(text), take_once() end
  if text:sub(1, 1) == "=" then text = "return " .. text:sub(2) end
  local chunk, err = compile(text)
  if err == "incomplete" then return "incomplete" end
  if not chunk then
    M.err(err)
    return nil
  end
  return chunk, take_once()
end

--- See the header: prints what the job returned, or its error. Returns "quit" to end.
function M.finish(ok, ...)
  local first = ...
  if not ok then
    M.err(M.clean_error(first))
  elseif first == M.DOT then
    if select(2, ...) == "quit" then return "quit" end
  else
    show_results(table.pack(...))
  end
  io.stdout:flush()
  drop_once()
  return nil
end

--- prepare, run and finish in one call, the job in xpcall (for scripts and tests: no limits, no
-- .once redirection). Returns "incomplete", "quit" or nil.
function M.eval(text)
  local job = M.prepare(text)
  if job == "incomplete" then return job end
  if type(job) ~= "function" then return nil end
  local results = table.pack(xpcall(job, debug.traceback))
  return M.finish(table.unpack(results, 1, results.n))
end

-- ---- the session ----------------------------------------------------------------------------

--- Sets the session up: colours (on a terminal, unless NO_COLOR is set), the output width, the
-- dot-commands and `help` as a global (the --safe sandbox has a help of its own).
function M.start(tty)
  M.state.tty = tty and true or false
  local no_color = os.getenv("NO_COLOR")
  M.state.color = M.state.tty and api().isatty(1) and (no_color == nil or no_color == "")
    and os.getenv("TERM") ~= "dumb"
  M.state.width = terminal_width()
  commands.load()
  require("cica.help").install()
end

function M.banner()
  return api().version_line() .. "\n" .. M.msg("banner_tail")
end

--- The prompt: _PROMPT / _PROMPT2 when the user set them (as lua5.4), else "> " / ">> ".
function M.prompt(continuation)
  local env = host.user_env()
  local p = rawget(env, continuation and "_PROMPT2" or "_PROMPT")
  if p ~= nil then return tostring(p) end
  return continuation and ">> " or "> "
end

--- The history file the REPL keeps on a terminal: $XDG_STATE_HOME/cica/history (default
-- ~/.local/state/cica/history), or nil when neither variable is set. src/repl.c asks for it, so
-- cica.xdg is the one place the XDG folders are worked out.
function M.history_file()
  local state = require("cica.xdg").state_home()
  return state and state .. "/cica/history" or nil
end

--- The start-up file: $XDG_CONFIG_HOME/cica/init.lua (default ~/.config/cica/init.lua), if it
-- exists.
function M.init_file()
  local config = require("cica.xdg").config_home()
  if not config then return nil end
  local path = config .. "/cica/init.lua"
  local f = io.open(path, "r")
  if not f then return nil end
  f:close()
  return path
end

--- Tab completion: see cica.repl.complete.
function M.complete(line, word)
  return require("cica.repl.complete").complete(line, word)
end

return M
