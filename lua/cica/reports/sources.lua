-- Every source the dataset cites, with its kind and language: cica's description of it in the
-- display language, and the page's own title as published (not translated) where known.
local R = require "cica.report"

return {
  order = 100,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "数据来源", ["zh-Hant"] = "資料來源", en = "Sources" },
  description = {
    ["zh-Hans"] = "数据集引用的全部来源：种子文档、官方网站、新闻和参考资料",
    ["zh-Hant"] = "資料集引用的全部來源：種子文檔、官方網站、新聞和參考資料",
    en = "Every source the dataset cites: seed documents, official sites, news and references",
  },
  columns = {
    { key = "id", title = { ["zh-Hans"] = "编号", ["zh-Hant"] = "編號", en = "Id" } },
    { key = "kind", title = { ["zh-Hans"] = "类别", ["zh-Hant"] = "類別", en = "Kind" },
      display = function(v) return R.word(v) end },
    { key = "lang", title = { ["zh-Hans"] = "语言", ["zh-Hant"] = "語言", en = "Language" } },
    { key = "title", title = { ["zh-Hans"] = "说明", ["zh-Hant"] = "說明", en = "Description" }, max = 40 },
    { key = "original_title", title = { ["zh-Hans"] = "原标题", ["zh-Hant"] = "原標題", en = "Original title" },
      max = 30 },
    { key = "url", title = { ["zh-Hans"] = "网址", ["zh-Hant"] = "網址", en = "URL" }, max = 48 },
  },
  -- No sources footer: the table is the list. Rows carry no `sources` field for that reason.
  rows = function(cica)
    local rows = {}
    for i, s in ipairs(cica.sources) do
      rows[i] = { id = s.id, kind = s.kind, lang = s.lang, title = R.pick(s, "title"),
                  original_title = s.original_title or R.null, url = s.url or R.null }
    end
    return rows
  end,
}
