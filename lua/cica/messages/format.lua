-- Messages of the output formats (cica.lang area "format", cica.format and cica.format.*).
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end

return {
  -- cica.format.json: a value JSON cannot hold (the path names where it is: "row 3.name")
  json_bad_utf8 = m("%s：无法编码为 JSON，不是有效的 UTF-8（第 %d 个字节有误）",
    "%s：無法編碼為 JSON，不是有效的 UTF-8（第 %d 個位元組有誤）",
    "cannot encode %s as JSON: invalid UTF-8 at byte %d"),
  json_cycle = m("%s：无法编码为 JSON，它包含自身", "%s：無法編碼為 JSON，它包含自身",
    "cannot encode %s as JSON: it contains itself"),
  json_key = m("%s：无法编码为 JSON，有一个键是 %s", "%s：無法編碼為 JSON，有一個鍵是 %s",
    "cannot encode %s as JSON: a key is a %s"),
  json_type = m("%s：无法编码为 JSON，它是 %s", "%s：無法編碼為 JSON，它是 %s",
    "cannot encode %s as JSON: it is a %s"),
  json_where_string = m("一个字符串", "一個字串", "a string"),
  json_where_value = m("这个值", "這個值", "value"),
  json_where_object = m("这个对象", "這個物件", "object"),
  json_where_row = m("第 %d 行", "第 %d 列", "row %d"),
  -- the licence line every HTML page ends with; %s is where the link to the CC BY-SA 4.0 deed goes
  licence = m("数据依%s许可协议发布，源自中文维基百科、求真百科及数据集所列的各个来源；cica 程序依 MIT 许可证发布。",
    "數據依%s許可協議發布，源自中文維基百科、求真百科及數據集所列的各個來源；cica 程序依 MIT 許可證發布。",
    "Data licensed under %s, derived from Chinese Wikipedia, Qiuzhen Baike and every source the dataset lists; the cica program is licensed under the MIT licence."),
}
