-- LuaDBI (Debian's lua-dbi-sqlite3), a new table per row: lua5.4 luadbi.lua DB N.
local DBI = require "DBI"
local path, limit = arg[1], math.tointeger(tonumber(arg[2]))
local dbh = assert(DBI.Connect("SQLite3", path))
local sth = assert(dbh:prepare("SELECT id, a, b, c, d FROM bench ORDER BY id LIMIT ?"))
assert(sth:execute(limit))
local rows, sum = 0, 0
for r in sth:rows(true) do
  rows = rows + 1
  sum = sum + r.a + #r.c + #r.d
end
sth:close()
dbh:close()
print(("rows=%d checksum=%d"):format(rows, sum))
