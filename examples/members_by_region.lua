-- Members per region over time: how many CICA members each UN M49 sub-region had at the end of
-- every year in which the membership changed.
-- Run: cica examples/members_by_region.lua            (add --lang en before the script for English)
local format = require "cica.format"

-- Sub-region names come from the `regions` table; pick the column of the display language.
local col = ({ ["zh-Hans"] = "name_hans", ["zh-Hant"] = "name_hant", en = "name_en" })[cica.lang]
local region_name = {}
for r in cica.rows("SELECT code, " .. col .. " AS name FROM regions") do region_name[r.code] = r.name end

-- The years in which someone joined: the membership only changes then.
local years, seen = {}, {}
for _, m in ipairs(cica.members) do
  local y = tonumber(m.joined:sub(1, 4))
  if not seen[y] then seen[y] = true; years[#years + 1] = y end
end
table.sort(years)

-- One column per year, one row per sub-region.
local columns = { { key = "region", title = cica.lang == "en" and "Sub-region" or "地区" } }
local rows, by_region = {}, {}
for _, y in ipairs(years) do
  columns[#columns + 1] = { key = tostring(y), title = tostring(y) }
  for _, m in ipairs(cica.members_at(y)) do
    local name = region_name[m.subregion or m.region] or "?"
    if not by_region[name] then
      by_region[name] = { region = name }
      rows[#rows + 1] = by_region[name]
    end
    by_region[name][tostring(y)] = (by_region[name][tostring(y)] or 0) + 1
  end
end
-- Regions with the most members today first.
local last = tostring(years[#years])
table.sort(rows, function(a, b) return (a[last] or 0) > (b[last] or 0) end)

io.write(format.text({ title = "CICA members by sub-region", columns = columns, rows = rows }))
