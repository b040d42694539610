-- .sql SELECT …: a query over the dataset's SQL tables, its rows printed in the current .mode.
local names = require "cica.repl.sqlnames"
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end
local function api() return rawget(_G, "cica") or require "cica" end

local cmd = {
  name = "sql", usage = ".sql SELECT …", summary = MSG.sql_summary, help = MSG.sql_help,
}

-- The result columns of a query, in the SELECT's order when the host can say.
local function result_columns(query, rows)
  local ok, host = pcall(require, "cica.repl.host")
  if ok then return host.columns(query) end
  local _, all = require("cica.repl.tabular").record_columns(rows)
  return all
end

function cmd.run(_, rest)
  if rest == "" then return repl().usage(cmd) end
  local rows = api().query(rest)
  repl().print_rows(rows, result_columns(rest, rows))
end

local SQL_WORDS = { "SELECT", "FROM", "WHERE", "GROUP", "BY", "ORDER", "LIMIT", "JOIN", "LEFT",
  "ON", "AS", "AND", "OR", "NOT", "IN", "LIKE", "IS", "NULL", "COUNT", "DISTINCT", "HAVING", "DESC" }

function cmd.complete(word)
  local list = names.tables()
  for _, w in ipairs(SQL_WORDS) do list[#list + 1] = word:match("^%l") and w:lower() or w end
  return list
end

return cmd
