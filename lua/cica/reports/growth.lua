-- How CICA grew: members and observers at the end of each year, with a chart.
local R = require "cica.report"
local date = require "cica.date"

local year = require("cica.date").year

-- The last year to show: the dataset's as-of year, else the latest year in the data.
local function last_year(cica, first)
  local y = year(cica.meta and cica.meta.as_of)
  if y then return y end
  y = first
  for _, list in ipairs({ cica.members, cica.observers }) do
    for _, e in ipairs(list) do y = math.max(y, year(e.joined) or y) end
  end
  return y
end

-- How many entities hold `status` at the end of year y: what #cica.members_at(y) (or
-- observers_at) counts, by the same test, without building and sorting a copy of every
-- record for each of the ~35 years.
local function count_at(cica, status, y)
  local day = date.last_day(date.check(y, "count_at", 2))
  local n = 0
  for _, e in ipairs(cica.entities) do
    for _, period in ipairs(e.history) do
      if period.status == status and date.holds(period.from, period.to, day) then
        n = n + 1
        break
      end
    end
  end
  return n
end

return {
  order = 80,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "亚信成员与观察员数量变化", ["zh-Hant"] = "亞信成員與觀察員數量變化",
            en = "CICA growth: members and observers by year" },
  description = {
    ["zh-Hans"] = "每年年底的成员国和观察员数量，以及当年新加入的成员国",
    ["zh-Hant"] = "每年年底的成員國和觀察員數量，以及當年新加入的成員國",
    en = "Members and observers at the end of each year, and the members that joined that year",
  },
  columns = {
    { key = "year", title = { ["zh-Hans"] = "年份", ["zh-Hant"] = "年份", en = "Year" }, align = "left" },
    { key = "members", title = { ["zh-Hans"] = "成员国", ["zh-Hant"] = "成員國", en = "Members" } },
    { key = "observers", title = { ["zh-Hans"] = "观察员", ["zh-Hant"] = "觀察員", en = "Observers" } },
    { key = "joined", title = { ["zh-Hans"] = "新成员国", ["zh-Hant"] = "新成員國", en = "New members" }, max = 36 },
  },
  chart = {
    type = "line", x = "year",
    title = { ["zh-Hans"] = "成员国与观察员数量", ["zh-Hant"] = "成員國與觀察員數量", en = "Members and observers" },
    series = {
      { key = "members", title = { ["zh-Hans"] = "成员国", ["zh-Hant"] = "成員國", en = "Members" } },
      { key = "observers", title = { ["zh-Hans"] = "观察员", ["zh-Hant"] = "觀察員", en = "Observers" } },
    },
  },
  rows = function(cica)
    local first = math.huge
    for _, m in ipairs(cica.members) do first = math.min(first, year(m.joined) or first) end
    if first == math.huge then return {} end
    local rows = {}
    for y = first, last_year(cica, first) do
      local joined = {}
      for _, m in ipairs(cica.members) do
        if year(m.joined) == y then joined[#joined + 1] = R.pick(m, "name") end
      end
      rows[#rows + 1] = {
        year = y,
        members = count_at(cica, "member", y),
        observers = count_at(cica, "observer", y),
        joined = #joined > 0 and R.join(joined) or R.null,
      }
    end
    return rows
  end,
  sources = function()
    -- the counts rest on every membership and observership record
    local ids = {}
    for _, list in ipairs({ cica.members, cica.observers }) do
      for _, e in ipairs(list) do
        for _, id in ipairs(e.sources or {}) do ids[#ids + 1] = id end
      end
    end
    return ids
  end,
}
