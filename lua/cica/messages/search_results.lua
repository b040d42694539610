-- Messages of `cica search`'s results table (cica.lang area "search_results", cica.cli.search):
-- column titles, the count line and "did you mean" (the kinds of record are the registry's
-- labels: cica.model.kind_label).
return {
  col_kind = { ["zh-Hans"] = "类型", ["zh-Hant"] = "類型", en = "kind" },
  col_id = { ["zh-Hans"] = "编号", ["zh-Hant"] = "編號", en = "id" },
  col_title = { ["zh-Hans"] = "名称", ["zh-Hant"] = "名稱", en = "title" },
  col_snippet = { ["zh-Hans"] = "匹配", ["zh-Hant"] = "匹配", en = "match" },
  no_rows = { ["zh-Hans"] = "（没有结果）", ["zh-Hant"] = "（沒有結果）", en = "(no results)" },
  one_row = { ["zh-Hans"] = "1 条结果", ["zh-Hant"] = "1 條結果", en = "1 result" },
  rows = { ["zh-Hans"] = "%d 条结果", ["zh-Hant"] = "%d 條結果", en = "%d results" },
  did_you_mean = { ["zh-Hans"] = "你是不是要找：%s？", ["zh-Hant"] = "你是不是要找：%s？", en = "did you mean %s?" },
  -- between the names "did you mean" offers
  or_sep = { ["zh-Hans"] = "、", ["zh-Hant"] = "、", en = " or " },
}
