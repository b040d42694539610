-- Years from observer to member: states that were CICA observers before they became members.
-- Uses SQL over the `statuses` table (one row per membership or observership, with its dates).
-- Run: cica examples/observer_to_member.lua
local format = require "cica.format"

local rows = cica.query([[
  SELECT o.entity AS code, o.start AS observer_from, m.start AS member_from
  FROM statuses o JOIN statuses m ON m.entity = o.entity
  WHERE o.status = 'observer' AND m.status = 'member' AND o.start < m.start
  ORDER BY m.start]])

for _, r in ipairs(rows) do
  r.name = cica.find(r.code).name
  -- dates may be just a year ("2012"), so count whole years only
  r.years = tonumber(r.member_from:sub(1, 4)) - tonumber(r.observer_from:sub(1, 4))
end

io.write(format.text({
  title = "From observer to member",
  columns = { "code", "name", "observer_from", "member_from", "years" },
  rows = rows,
}))
if #rows == 0 then print("No member was an observer first, according to the dataset.") end
