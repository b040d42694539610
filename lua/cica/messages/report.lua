-- Messages of report output (cica.lang area "report"): headings and row counts around a table.
return {
  sources = { ["zh-Hans"] = "来源", ["zh-Hant"] = "來源", en = "Sources" },
  sources_heading = { ["zh-Hans"] = "来源：", ["zh-Hant"] = "來源：", en = "Sources:" },
  rows = { ["zh-Hans"] = "共 %d 行", ["zh-Hant"] = "共 %d 行", en = "%d rows" },
  one_row = { ["zh-Hans"] = "共 1 行", ["zh-Hant"] = "共 1 行", en = "1 row" },
  no_rows = { ["zh-Hans"] = "（无数据）", ["zh-Hant"] = "（無資料）", en = "(no rows)" },
  as_of = { ["zh-Hans"] = "数据截至", ["zh-Hant"] = "資料截至", en = "Data as of" },
  view = { ["zh-Hans"] = "截至 %s 时的情况（此后的事件未列入）", ["zh-Hant"] = "截至 %s 時的情況（此後的事件未列入）",
           en = "As it stood on %s (later events left out)" },
}
