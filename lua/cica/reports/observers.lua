-- Observer states and organisations, in the order they became observers.
local R = require "cica.report"

return {
  order = 30,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "亚信观察员", ["zh-Hant"] = "亞信觀察員", en = "CICA observers" },
  description = {
    ["zh-Hans"] = "观察员国家和国际组织及其成为观察员的时间",
    ["zh-Hant"] = "觀察員國家和國際組織及其成為觀察員的時間",
    en = "Observer states and organisations, with when they became observers",
  },
  columns = {
    { key = "order", title = { ["zh-Hans"] = "序号", ["zh-Hant"] = "序號", en = "#" } },
    { key = "code", title = { ["zh-Hans"] = "代码", ["zh-Hant"] = "代碼", en = "Code" } },
    { key = "name", title = { ["zh-Hans"] = "名称", ["zh-Hant"] = "名稱", en = "Name" } },
    { key = "kind", title = { ["zh-Hans"] = "类别", ["zh-Hant"] = "類別", en = "Kind" },
      display = function(v) return R.word(v) end },
    { key = "since", title = { ["zh-Hans"] = "起始时间", ["zh-Hant"] = "起始時間", en = "Since" } },
    R.sources_column,
  },
  rows = function(cica)
    local rows = {}
    for i, o in ipairs(cica.observers) do
      rows[i] = { order = i, code = o.id, name = R.pick(o, "name"), kind = o.kind,
                  since = o.joined, sources = o.sources }
    end
    return rows
  end,
}
