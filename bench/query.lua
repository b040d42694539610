-- cica.query: every row held at once in an array of tables (run by cica: cica --db DB query.lua N).
local limit = math.tointeger(tonumber(arg[1]))
local rows = cica.query("SELECT id, a, b, c, d FROM bench ORDER BY id LIMIT ?", limit)
local sum = 0
for i = 1, #rows do
  local r = rows[i]
  sum = sum + r.a + #r.c + #r.d
end
print(("rows=%d checksum=%d"):format(#rows, sum))
