-- Dated events in CICA's history, oldest first.
local R = require "cica.report"

return {
  order = 40,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "亚信大事记", ["zh-Hant"] = "亞信大事記", en = "CICA timeline" },
  description = {
    ["zh-Hans"] = "从倡议至今的大事，按时间排列",
    ["zh-Hant"] = "從倡議至今的大事，按時間排列",
    en = "Events from the first proposal to today, in date order",
  },
  columns = {
    { key = "date", title = { ["zh-Hans"] = "日期", ["zh-Hant"] = "日期", en = "Date" } },
    { key = "kind", title = { ["zh-Hans"] = "类别", ["zh-Hant"] = "類別", en = "Kind" },
      display = function(v) return R.word(v) end },
    { key = "title", title = { ["zh-Hans"] = "事件", ["zh-Hant"] = "事件", en = "Event" }, max = 50 },
    R.sources_column,
  },
  rows = function(cica)
    local rows = {}
    for i, e in ipairs(cica.timeline) do
      -- entries point at the record they come from (ref); the sources are the record's
      local ref = e.ref or {}
      local kind = e.kind
      if kind == "status" and ref.period then kind = ref.period.status end
      local sources = e.sources or (ref.record and ref.record.sources) or (ref.period and ref.period.sources)
      rows[i] = { date = e.date, kind = kind, title = R.pick(e, "title"), sources = sources or {} }
    end
    -- ISO dates of any precision sort as text; keep the engine's order for equal dates
    for i, r in ipairs(rows) do r._i = i end
    table.sort(rows, function(a, b)
      if a.date ~= b.date then return tostring(a.date) < tostring(b.date) end
      return a._i < b._i
    end)
    return rows
  end,
}
