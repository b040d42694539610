-- LuaSQL (Debian's lua-sql-sqlite3), fetching into one reused table: lua5.4 luasql.lua DB N.
local driver = require "luasql.sqlite3"
local path, limit = arg[1], math.tointeger(tonumber(arg[2]))
local env = assert(driver.sqlite3())
local con = assert(env:connect(path))
-- LuaSQL has no parameters: the limit is formatted into the text (an integer, so this is safe).
local cur = assert(con:execute(("SELECT id, a, b, c, d FROM bench ORDER BY id LIMIT %d"):format(limit)))
local rows, sum, r = 0, 0, {}
while cur:fetch(r, "a") do
  rows = rows + 1
  sum = sum + r.a + #r.c + #r.d
end
cur:close()
con:close()
env:close()
print(("rows=%d checksum=%d"):format(rows, sum))
