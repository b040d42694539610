-- cica.rows: a new table per row, keyed by column name (run by cica: cica --db DB rows.lua N).
local limit = math.tointeger(tonumber(arg[1]))
local rows, sum = 0, 0
for r in cica.rows("SELECT id, a, b, c, d FROM bench ORDER BY id LIMIT ?", limit) do
  rows = rows + 1
  sum = sum + r.a + #r.c + #r.d
end
print(("rows=%d checksum=%d"):format(rows, sum))
if os.getenv("BENCH_STATUS") then -- bench/run: this process's memory at the end, as plain.c does
  for line in io.lines("/proc/self/status") do
    if line:match("^VmHWM:") or line:match("^RssAnon:") or line:match("^RssFile:") then
      io.stderr:write(line, "\n")
    end
  end
end
