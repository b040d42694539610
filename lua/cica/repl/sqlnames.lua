-- cica.repl.sqlnames: the names of the dataset's SQL tables and views, for the dot-commands that
-- show or complete them (.tables, .schema, .sql).
local M = {}

local function api() return rawget(_G, "cica") or require "cica" end

--- Names of the dataset's SQL tables and views (SQLite's own and FTS shadow tables left out).
function M.tables()
  local names = {}
  local sql = "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name"
  for row in api().rows(sql) do names[#names + 1] = row.name end
  local hidden = {}
  for _, n in ipairs(names) do
    for _, suffix in ipairs({ "_data", "_idx", "_content", "_docsize", "_config" }) do
      local base = n:sub(1, #n - #suffix)
      if n:sub(-#suffix) == suffix and base ~= "" then
        for _, m in ipairs(names) do if m == base then hidden[n] = true end end
      end
    end
  end
  local out = {}
  for _, n in ipairs(names) do if not hidden[n] then out[#out + 1] = n end end
  return out
end

return M
