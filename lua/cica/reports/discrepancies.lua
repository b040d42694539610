-- Where sources disagree: each claim with its sources, and the value the dataset uses.
local R = require "cica.report"

-- The claims of discrepancy d: from the record, or straight from SQL when the record has none.
local function claims(cica, d)
  if type(d.claims) == "table" then return d.claims end
  local ok, rows = pcall(cica.query,
    "select ord, claim_hans, claim_hant, claim_en, sources from discrepancy_claims where discrepancy = ? order by ord", d.id)
  return ok and rows or {}
end

-- Source ids of a claim, whether the engine gives an array or the raw JSON text.
local function ids(sources)
  if type(sources) == "table" then return sources end
  local out = {}
  for id in tostring(sources or ""):gmatch('"([^"]+)"') do out[#out + 1] = id end
  return out
end

return {
  order = 110,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "来源之间的分歧", ["zh-Hant"] = "來源之間的分歧", en = "Where sources disagree" },
  description = {
    ["zh-Hans"] = "各来源说法不一的事实、各方说法及数据集采用的值",
    ["zh-Hant"] = "各來源說法不一的事實、各方說法及資料集採用的值",
    en = "Facts the sources disagree on, each claim with its sources, and the value the dataset uses",
  },
  columns = {
    { key = "id", title = { ["zh-Hans"] = "编号", ["zh-Hant"] = "編號", en = "Id" }, max = 22 },
    { key = "title", title = { ["zh-Hans"] = "问题", ["zh-Hant"] = "問題", en = "Question" }, max = 24 },
    { key = "claims", title = { ["zh-Hans"] = "各方说法", ["zh-Hant"] = "各方說法", en = "Claims" }, max = 34 },
    { key = "preferred", title = { ["zh-Hans"] = "采用", ["zh-Hant"] = "採用", en = "Used" }, max = 18 },
    { key = "reason", title = { ["zh-Hans"] = "理由", ["zh-Hant"] = "理由", en = "Reason" }, max = 34 },
  },
  rows = function(cica)
    local rows = {}
    local en = R.lang() == "en"
    for i, d in ipairs(cica.discrepancies) do
      local parts, all = {}, {}
      for _, c in ipairs(claims(cica, d)) do
        local src = ids(c.sources)
        parts[#parts + 1] = string.format(en and "%s [%s]" or "%s［%s］", tostring(R.pick(c, "claim")),
          table.concat(src, en and ", " or "、"))
        for _, id in ipairs(src) do all[#all + 1] = id end
      end
      rows[i] = {
        id = d.id, title = R.pick(d, "title"), claims = table.concat(parts, en and "; " or "；"),
        preferred = R.pick(d, "preferred"), reason = R.pick(d, "reason"), sources = all,
      }
    end
    return rows
  end,
}
