-- Messages of cica.date (cica.lang area "date"): what is wrong with a date a user gave.
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end

return {
  year_range = m("年份超出范围", "年份超出範圍", "year out of range"),
  not_a_date_value = m("需要年份或日期字符串，而不是 %s", "需要年份或日期字串，而不是 %s",
    "expected a year or a date string, got %s"),
  not_a_date = m("不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）", "不是日期（應為 YYYY、YYYY-MM 或 YYYY-MM-DD）",
    "not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
  no_such_day = m("没有这一天", "沒有這一天", "no such day"),
}
