-- How long each chair served: every chairmanship term with its length in months.
-- A date given only as a year or a month counts from its first day; the current term runs to
-- the dataset's as-of date.
-- Run: cica examples/chair_terms.lua
local format = require "cica.format"

-- Months since year 0 of an ISO date of any precision ("2010", "2010-06", "2010-06-08").
local function months(iso)
  local y, m = iso:match("^(%d%d%d%d)-?(%d*)")
  return tonumber(y) * 12 + (tonumber(m) or 1) - 1
end

local rows, total = {}, {}
for _, c in ipairs(cica.chairs) do
  local to = c.to or cica.meta.as_of
  local n = months(to) - months(c.from)
  rows[#rows + 1] = { term = c.term, chair = c.name, from = c.from, to = c.to or "…", months = n }
  total[c.name] = (total[c.name] or 0) + n
end

io.write(format.text({ title = "CICA chairmanship terms", columns = { "term", "chair", "from", "to", "months" }, rows = rows }))

-- And the total per country, longest first, as a bar chart.
local per = {}
for name, n in pairs(total) do per[#per + 1] = { chair = name, years = math.floor(n / 12 * 10 + 0.5) / 10 } end
table.sort(per, function(a, b) return a.years > b.years end)
io.write("\n", format.text({
  title = "Years in the chair, per country", columns = { "chair", "years" }, rows = per,
  chart = { type = "bar", x = "chair", series = { "years" } },
}))
