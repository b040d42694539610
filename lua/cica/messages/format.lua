-- Messages of the output formats (cica.lang area "format", cica.format and cica.format.*).
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end

return {
  -- the licence line every HTML page ends with; %s is where the link to the CC BY-SA 4.0 deed goes
  licence = m("数据依%s许可协议发布，源自中文维基百科、求真百科及数据集所列的各个来源；cica 程序依 MIT 许可证发布。",
    "數據依%s許可協議發布，源自中文維基百科、求真百科及數據集所列的各個來源；cica 程序依 MIT 許可證發布。",
    "Data licensed under %s, derived from Chinese Wikipedia, Qiuzhen Baike and every source the dataset lists; the cica program is licensed under the MIT licence."),
}
