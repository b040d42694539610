-- The REPL's evaluator (the terminal side is src/repl.c). submit(text) runs one complete chunk:
-- a dot-command, `=expr`, an expression (tried first as `return <text>`, as lua5.4 does) or a
-- statement. It answers "incomplete" when the chunk needs more lines and "quit" for .quit.
local M = {}

local traceback = debug.traceback

-- Prints values separated by tabs, as print() would, but showing tables' contents briefly.
local function show(...)
  local n = select("#", ...)
  if n == 0 then return end
  local parts = {}
  for i = 1, n do
    local v = select(i, ...)
    parts[i] = type(v) == "string" and v or tostring(v)
  end
  print(table.concat(parts, "\t"))
end

-- The dot-commands: name -> { usage, summary, run(args) }.
M.commands = {
  help = { usage = ".help [COMMAND]", summary = "show the dot-commands" },
  tables = { usage = ".tables", summary = "list the dataset's tables and the Lua collections" },
  schema = { usage = ".schema [TABLE]", summary = "show the SQL schema" },
  quit = { usage = ".quit", summary = "leave the REPL" },
}

function M.commands.help.run()
  local names = {}
  for name in pairs(M.commands) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    print(string.format("%-20s %s", M.commands[name].usage, M.commands[name].summary))
  end
end

function M.commands.tables.run()
  local names = {}
  for row in cica.rows("SELECT name FROM sqlite_schema WHERE type IN ('table','view') ORDER BY name") do
    names[#names + 1] = row.name
  end
  print("SQL tables:  " .. table.concat(names, " "))
  print("Lua:         cica.members cica.observers cica.summits cica.meetings cica.chairs "
    .. "cica.secretariat cica.documents cica.sources cica.discrepancies cica.timeline")
end

function M.commands.schema.run(args)
  local sql = "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL"
  local rows = args[1] and cica.query(sql .. " AND name = ?", args[1]) or cica.query(sql)
  for _, row in ipairs(rows) do print(row.sql .. ";") end
end

function M.commands.quit.run() return "quit" end

-- Runs a dot-command line; unique prefixes are accepted.
local function dot_command(line)
  local name, rest = line:match("^%.(%S*)%s*(.-)%s*$")
  local args = {}
  for word in rest:gmatch("%S+") do args[#args + 1] = word end
  local found
  for cmd in pairs(M.commands) do
    if cmd == name then found = cmd; break end
    if cmd:sub(1, #name) == name then
      if found then found = nil; break end
      found = cmd
    end
  end
  if not found or name == "" then
    io.stderr:write(string.format("cica: unknown command '.%s' (try .help)\n", name))
    return
  end
  return M.commands[found].run(args, rest)
end

-- Compiles text: first as an expression, then as a statement. Returns the chunk, or nil and
-- "incomplete" / the syntax error.
local function compile(text, env)
  local chunk = load("return " .. text, "=stdin", "t", env)
  if chunk then return chunk end
  local err
  chunk, err = load(text, "=stdin", "t", env)
  if chunk then return chunk end
  if err:match("<eof>$") then return nil, "incomplete" end
  return nil, err
end

function M.submit(text)
  if text:match("^%s*$") then return end
  if text:match("^%.") then return dot_command(text) end
  if text:sub(1, 1) == "=" then text = "return " .. text:sub(2) end
  local chunk, err = compile(text, cica.core.user_env())
  if not chunk then
    if err == "incomplete" then return "incomplete" end
    io.stderr:write("cica: ", err, "\n")
    return
  end
  local results = table.pack(xpcall(chunk, traceback))
  if not results[1] then
    io.stderr:write("cica: ", tostring(results[2]), "\n")
    return
  end
  show(table.unpack(results, 2, results.n))
end

function M.banner()
  return cica.version_line() .. "\nType .help for commands, Ctrl-D to leave."
end

return M
