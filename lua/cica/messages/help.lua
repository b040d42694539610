-- Messages of help(x) (cica.lang area "help", cica.help): the headings around the API texts, the
-- overview, what a record or another value is, and the answers to a name help does not know. The
-- API texts themselves are the areas "api_functions" and "api_fields".
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end

return {
  parameters = m("参数：", "參數：", "Parameters:"),
  returns = m("返回值：", "返回值：", "Returns:"),
  each_record = m("每条记录（%s）：", "每筆記錄（%s）：", "Each record (%s): "),
  fields = m("字段（%s）：", "欄位（%s）：", "Fields (%s): "),
  example = m("示例：", "示例：", "Example:"),
  -- help("cica.Member"): "cica.Member (a cica.Entity): …"
  class_head = m("%s（一种 %s）：", "%s（一種 %s）：", "%s (a %s): "),
  class_head_root = m("%s：", "%s：", "%s: "),
  overview = m("cica 接口（help(名称) 查看其中任何一项；.help 查看 REPL 的点命令）：",
    "cica 介面（help(名稱) 查看其中任何一項；.help 查看 REPL 的點命令）：",
    "The cica API (help(name) for any of these; .help for the REPL's dot-commands):"),
  group_function = m("函数：", "函數：", "Functions:"),
  group_collection = m("集合（记录的数组）：", "集合（記錄的陣列）：", "Collections (arrays of records):"),
  group_value = m("值：", "值：", "Values:"),
  -- help(record): "KR 韩国: a record of cica.entities (cica.Entity)"
  record_of = m("%s 的一条记录", "%s 的一筆記錄", "a record of %s"),
  result_of = m("%s 的一条结果", "%s 的一筆結果", "a result of %s"),
  part_of_record = m("一条记录的一部分", "一筆記錄的一部分", "a part of a record"),
  record_id_sep = m("：", "：", ": "),
  record_class = m("（%s）", "（%s）", " (%s)"),
  status_from = m("  身份：%s（自 %s 起）", "  身份：%s（自 %s 起）", "  Status: %s (from %s)"),
  status_from_to = m("  身份：%s（%s 至 %s）", "  身份：%s（%s 至 %s）", "  Status: %s (from %s to %s)"),
  former = m("前%s", "前%s", "former %s"), -- a status no longer held: 前观察员
  its_fields = m("  字段说明：help(%s)", "  欄位說明：help(%s)", "  Its fields: help(%s)"),
  sources = m("来源：", "來源：", "Sources:"),
  not_in_sources = m("[%s]（不在 cica.sources 中）", "[%s]（不在 cica.sources 中）", "[%s] (not in cica.sources)"),
  is_source = m("这是一个来源：.sources %s 列出引用它的记录。", "這是一個來源：.sources %s 列出引用它的記錄。",
    "It is a source: .sources %s lists the records that cite it."),
  -- values that are not records
  plain_table_one = m("一个只有 1 个键的表，不是数据集中的记录。\nhelp() 列出全部接口。",
    "一個只有 1 個鍵的表，不是資料集中的記錄。\nhelp() 列出全部介面。",
    "a table with 1 key, not a record of the dataset.\nhelp() lists the API."),
  plain_table = m("一个有 %d 个键的表，不是数据集中的记录。\nhelp() 列出全部接口。",
    "一個有 %d 個鍵的表，不是資料集中的記錄。\nhelp() 列出全部介面。",
    "a table with %d keys, not a record of the dataset.\nhelp() lists the API."),
  array_of = m("由 %1$d 条与 %2$s 同类的记录组成的数组。help(%2$s) 说明这类记录；help(t[1]) 显示其中一条。",
    "由 %1$d 筆與 %2$s 同類的記錄組成的陣列。help(%2$s) 說明這類記錄；help(t[1]) 顯示其中一筆。",
    "an array of %d records like those of %s. help(%s) describes them; help(t[1]) shows one."),
  low_level = m("%s：底层绑定的一部分；help(cica.core)", "%s：底層綁定的一部分；help(cica.core)",
    "%s: part of the low-level binding; help(cica.core)"),
  not_api_function = m("这个函数不属于 cica 接口。help() 列出全部接口。", "這個函數不屬於 cica 介面。help() 列出全部介面。",
    "a function that is not part of the cica API. help() lists the API."),
  not_api_value = m("一个 %s 类型的值，不属于 cica 接口。help() 列出全部接口。",
    "一個 %s 型別的值，不屬於 cica 介面。help() 列出全部介面。",
    "a %s value, not part of the cica API. help() lists the API."),
  no_help = m("没有“%s”的帮助。", "沒有「%s」的說明。", "no help for '%s'."),
  no_help_try = m("试试：%s", "試試：%s", " Try: %s"),
  no_help_list = m("help() 列出全部接口。", "help() 列出全部介面。", " help() lists the API."),
  name_sep = m("、", "、", ", "),
}
