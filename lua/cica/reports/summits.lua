-- CICA summits: the leaders' meetings, held and planned.
local R = require "cica.report"

return {
  order = 50,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "亚信峰会", ["zh-Hant"] = "亞信峰會", en = "CICA summits" },
  description = {
    ["zh-Hans"] = "历次峰会（领导人会议）的日期和地点",
    ["zh-Hant"] = "歷次峰會（領導人會議）的日期和地點",
    en = "Every summit (meeting of leaders), when and where",
  },
  columns = {
    { key = "ordinal", title = { ["zh-Hans"] = "届次", ["zh-Hant"] = "屆次", en = "#" } },
    { key = "date", title = { ["zh-Hans"] = "日期", ["zh-Hant"] = "日期", en = "Date" } },
    { key = "end_date", title = { ["zh-Hans"] = "结束日期", ["zh-Hant"] = "結束日期", en = "Until" } },
    { key = "city", title = { ["zh-Hans"] = "城市", ["zh-Hant"] = "城市", en = "City" } },
    { key = "country", title = { ["zh-Hans"] = "主办国", ["zh-Hant"] = "主辦國", en = "Host" },
      display = function(v) return R.entity_name(v) end },
    { key = "status", title = { ["zh-Hans"] = "状态", ["zh-Hant"] = "狀態", en = "Status" },
      display = function(v) return R.word(v) end, max = 40 },
    R.sources_column,
  },
  rows = function(cica)
    local rows = {}
    for i, s in ipairs(cica.summits) do
      rows[i] = { ordinal = s.ordinal, date = s.date, end_date = s.end_date or R.null, city = R.pick(s, "city"),
                  country = s.country or s.host, status = R.pick(s, "status_text") or s.status, sources = s.sources }
    end
    return rows
  end,
}
