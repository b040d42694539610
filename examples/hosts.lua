-- Who hosted which meetings: every meeting grouped by the country it was held in.
-- Run: cica examples/hosts.lua
local format = require "cica.format"

local by_host, order = {}, {}
for _, m in ipairs(cica.meetings) do
  local code = m.country or m.host or "-"     -- "-": no host country (an online meeting)
  if not by_host[code] then
    by_host[code] = {}
    order[#order + 1] = code
  end
  table.insert(by_host[code], m)
end
-- The busiest hosts first.
table.sort(order, function(a, b)
  if #by_host[a] ~= #by_host[b] then return #by_host[a] > #by_host[b] end
  return a < b
end)

local rows = {}
for _, code in ipairs(order) do
  local host = cica.find(code)
  for i, m in ipairs(by_host[code]) do
    rows[#rows + 1] = {
      host = i == 1 and (host and host.name or code) or nil,   -- the name only on the first line
      date = m.date, meeting = m.title, city = m.city,
    }
  end
end
io.write(format.text({ title = "Meetings by host country", columns = { "host", "date", "meeting", "city" }, rows = rows }))
