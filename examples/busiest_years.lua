-- The busiest years: how many events of CICA's timeline (accessions, meetings, documents, chair
-- changes, ...) fall in each year; the ten busiest, as a table and a bar chart.
-- Run: cica examples/busiest_years.lua [N]      (N: how many years to show, default 10)
local format = require "cica.format"
local top = tonumber((...)) or 10

local count = {}
for _, e in ipairs(cica.timeline) do
  local y = tonumber(e.date:sub(1, 4))
  count[y] = (count[y] or 0) + 1
end

local rows = {}
for y, n in pairs(count) do rows[#rows + 1] = { year = y, events = n } end
table.sort(rows, function(a, b)
  if a.events ~= b.events then return a.events > b.events end
  return a.year < b.year
end)
for i = #rows, top + 1, -1 do rows[i] = nil end

io.write(format.text({
  title = ("The %d busiest years in CICA's timeline"):format(#rows),
  columns = { "year", "events" }, rows = rows,
  chart = { type = "bar", x = "year", series = { { key = "events", title = "events" } } },
}))
