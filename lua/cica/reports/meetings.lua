-- Every CICA meeting in the dataset: summits, ministerial and other meetings.
local R = require "cica.report"

return {
  order = 60,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "亚信会议一览", ["zh-Hant"] = "亞信會議一覽", en = "CICA meetings" },
  description = {
    ["zh-Hans"] = "峰会、外长会议及其他会议，按日期排列",
    ["zh-Hant"] = "峰會、外長會議及其他會議，按日期排列",
    en = "Summits, ministerial and other meetings, in date order",
  },
  columns = {
    { key = "date", title = { ["zh-Hans"] = "日期", ["zh-Hant"] = "日期", en = "Date" } },
    { key = "kind", title = { ["zh-Hans"] = "类别", ["zh-Hant"] = "類別", en = "Kind" },
      display = function(v) return R.word(v) end, max = 20 },
    { key = "title", title = { ["zh-Hans"] = "会议", ["zh-Hant"] = "會議", en = "Meeting" }, max = 36 },
    { key = "city", title = { ["zh-Hans"] = "地点", ["zh-Hant"] = "地點", en = "Place" } },
    { key = "status", title = { ["zh-Hans"] = "状态", ["zh-Hant"] = "狀態", en = "Status" },
      display = function(v) return R.word(v) end },
    R.sources_column,
  },
  rows = function(cica)
    local rows = {}
    for i, m in ipairs(cica.meetings) do
      rows[i] = { date = m.date, kind = m.kind, title = R.pick(m, "title"), city = R.pick(m, "city"),
                  status = R.pick(m, "status_text") or m.status, sources = m.sources, _i = i }
    end
    table.sort(rows, function(a, b)
      if a.date ~= b.date then return tostring(a.date) < tostring(b.date) end
      return a._i < b._i
    end)
    return rows
  end,
}
