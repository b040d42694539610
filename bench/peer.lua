-- LuaSQL peer of bench/run (lua5.4 peer.lua DB answer|report), or the same through cica's own SQL
-- binding (cica peer.lua - answer|report: the built-in dataset): the SQL from peers.sql.
local path, what = arg[1], arg[2]
local sql, key = {}, nil
for line in io.lines((arg[0]:match("^(.*)/") or ".") .. "/peers.sql") do
  local k = line:match("^%-%- (%u+)$")
  if k then key = k elseif key and not line:match("^%-%-") then sql[key] = line end
end
local rows
if cica then
  rows = cica.each
else
  local driver = require "luasql.sqlite3"
  local env = assert(driver.sqlite3())
  local con = assert(env:connect(path))
  rows = function(q)
    local cur = assert(con:execute(q))
    return function() return cur:fetch() end
  end
end
if what == "answer" then
  print((rows(sql.ANSWER)()))
else
  for id, hans, en, start, founding, ord in rows(sql.REPORT) do
    print(("%3s  %-4s %-12s %-28s %s %s"):format(ord or "", id, hans, en, start, founding == 1 and "founding" or ""))
  end
end
