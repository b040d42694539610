-- cica.each: each row's columns as multiple values, no table (run by cica: cica --db DB each.lua N).
local limit = math.tointeger(tonumber(arg[1]))
local rows, sum = 0, 0
for _, a, _, c, d in cica.each("SELECT id, a, b, c, d FROM bench ORDER BY id LIMIT ?", limit) do
  rows = rows + 1
  sum = sum + a + #c + #d
end
print(("rows=%d checksum=%d"):format(rows, sum))
