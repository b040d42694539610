-- cica.repl.commands: the REPL's dot-commands found and dispatched (the sqlite3 shell's model).
-- Each command is a module of its own, cica.repl.commands.NAME (lua/cica/repl/commands/NAME.lua,
-- found by cica.discover; none is listed by hand), returning
--   { name, usage, summary, help, run(args, rest), complete(word, args) }
-- `rest` is the text after the command's name, untouched (for .sql); `args` is it split at spaces
-- (split_args). A wrong use prints "Usage: …" (cica.repl.usage); other failures raise an error.
-- A command's complete(word, args) returns its candidates; cica.repl.complete keeps those that
-- start with the word. cica.repl shows this module's registry as cica.repl.commands and its
-- functions under their older names (add_command, command_names, find_command).
local M = {}

local function repl() return require "cica.repl" end

M.registry = {}
local loaded = false

--- Adds a dot-command (a table with name, usage, summary, run; help and complete optional).
-- summary and help are strings or localized tables ({ ["zh-Hans"] = …, ["zh-Hant"] = …, en = … }).
function M.add(cmd)
  assert(type(cmd) == "table" and type(cmd.name) == "string" and type(cmd.run) == "function",
    "a dot-command needs a name and a run function")
  cmd.usage = cmd.usage or ("." .. cmd.name)
  cmd.summary = cmd.summary or ""
  M.registry[cmd.name] = cmd
end

--- Loads every bundled cica.repl.commands.* module (cica.discover; a broken one is reported, not
-- fatal: the REPL must start).
function M.load()
  if loaded then return end
  loaded = true
  for _, short in ipairs(require("cica.discover").names("cica.repl.commands")) do
    local name = "cica.repl.commands." .. short
    local ok, cmd = pcall(require, name)
    if ok and type(cmd) == "table" and cmd.name then M.add(cmd)
    else repl().err(repl().msg("cannot_load", name, ok and repl().msg("no_command_table") or tostring(cmd))) end
  end
end

--- Names of the dot-commands, sorted.
function M.names()
  M.load()
  local names = {}
  for name in pairs(M.registry) do names[#names + 1] = name end
  table.sort(names)
  return names
end

--- The command `name` stands for: its exact name, or a prefix of exactly one. Returns the
-- command, or nil and why not.
function M.find(name)
  M.load()
  if M.registry[name] then return M.registry[name] end
  -- As in the sqlite3 shell, .q quits, although .quiz shares the prefix.
  if name == "q" then return M.registry.quit end
  local found = {}
  for _, n in ipairs(M.names()) do
    if name ~= "" and n:sub(1, #name) == name then found[#found + 1] = n end
  end
  if #found == 1 then return M.registry[found[1]] end
  if #found > 1 then
    return nil, repl().msg("ambiguous", name, table.concat(found, ", ."))
  end
  local near = require("cica.suggest").nearest(name, M.names(), { limit = 1 })
  if near[1] then
    return nil, repl().msg("unknown_near", name, near[1])
  end
  return nil, repl().msg("unknown", name)
end

--- Splits a command's arguments at spaces; '…' and "…" quote (for file names with spaces).
function M.split_args(rest)
  local args, i = {}, 1
  while true do
    local s = rest:match("^%s*()", i)
    if s > #rest then break end
    local q = rest:sub(s, s)
    if q == '"' or q == "'" then
      local close = rest:find(q, s + 1, true)
      args[#args + 1] = rest:sub(s + 1, (close or #rest + 1) - 1)
      i = (close or #rest) + 1
    else
      local e = rest:find("%s", s) or #rest + 1
      args[#args + 1] = rest:sub(s, e - 1)
      i = e
    end
  end
  return args
end

return M
