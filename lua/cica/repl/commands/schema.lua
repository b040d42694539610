-- .schema [TABLE]: the CREATE statements of the dataset (of the tables whose name is LIKE TABLE).
local names = require "cica.repl.sqlnames"
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end
local function api() return rawget(_G, "cica") or require "cica" end

local cmd = {
  name = "schema", usage = ".schema [TABLE]", summary = MSG.schema_summary, help = MSG.schema_help,
}

function cmd.run(args)
  if #args > 1 then return repl().usage(cmd) end
  local sql = "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
  local rows
  if args[1] then
    rows = api().query(sql .. " AND (name LIKE ?1 OR tbl_name LIKE ?1) ORDER BY tbl_name, type DESC, name", args[1])
    if #rows == 0 then error(repl().msg("no_table", args[1]), 0) end
  else
    rows = api().query(sql .. " ORDER BY tbl_name, type DESC, name")
  end
  local out = {}
  for _, row in ipairs(rows) do out[#out + 1] = row.sql .. ";" end
  repl().out(table.concat(out, "\n") .. "\n")
end

function cmd.complete() return names.tables() end

return cmd
