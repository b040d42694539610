-- Member states in order of accession.
local R = require "cica.report"

return {
  order = 20,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "亚信成员国", ["zh-Hant"] = "亞信成員國", en = "CICA member states" },
  description = {
    ["zh-Hans"] = "按加入顺序列出的成员国及其加入时间和所在地区",
    ["zh-Hant"] = "按加入順序列出的成員國及其加入時間和所在地區",
    en = "Member states in order of accession, with when they joined and their region",
  },
  columns = {
    { key = "order", title = { ["zh-Hans"] = "序号", ["zh-Hant"] = "序號", en = "#" } },
    { key = "code", title = { ["zh-Hans"] = "代码", ["zh-Hant"] = "代碼", en = "Code" } },
    { key = "name", title = { ["zh-Hans"] = "名称", ["zh-Hant"] = "名稱", en = "Name" } },
    { key = "joined", title = { ["zh-Hans"] = "加入时间", ["zh-Hant"] = "加入時間", en = "Joined" } },
    { key = "founding", title = { ["zh-Hans"] = "创始成员", ["zh-Hant"] = "創始成員", en = "Founding" },
      align = "center", display = function(v) return v and "✓" or "" end },
    { key = "region", title = { ["zh-Hans"] = "地区", ["zh-Hant"] = "地區", en = "Region" } },
    R.sources_column,
  },
  rows = function(cica)
    local rows = {}
    for i, m in ipairs(cica.members) do
      rows[i] = {
        order = m.order or i, code = m.id, name = R.pick(m, "name"), joined = m.joined,
        founding = m.founding and true or false,
        -- the M49 sub-region says more than the region: nearly every member is in Asia
        region = R.region_name(m.subregion or m.region), sources = m.sources,
      }
    end
    return rows
  end,
}
