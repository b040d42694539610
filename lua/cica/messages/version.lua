-- Messages of cica.version_line (cica.lang area "version"): `cica -v` and the REPL's banner.
-- Every language keeps "cica X.Y.Z", "Lua 5.4.x" and "SQLite 3.x.y" as they are: scripts (and the
-- acceptance checks) read the versions from the line, and a space follows cica's version in every
-- language (`cica --version | cut -d' ' -f2` is the version).
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end

return {
  -- cica's version, Lua's ("Lua 5.4.6"), SQLite's, the dataset's date, then a stale note or ""
  line = m("cica %s （%s，SQLite %s，数据截至 %s%s）", "cica %s （%s，SQLite %s，資料截至 %s%s）",
    "cica %s (%s, SQLite %s, dataset as of %s%s)"),
  unknown_date = m("未知", "未知", "unknown"),
  stale_one = m("；%d 场计划中的会议已过日期，数据中没有其报道", "；%d 場計畫中的會議已過日期，資料中沒有其報導",
    "; %d planned meeting past its date, no report in the data"),
  stale_many = m("；%d 场计划中的会议已过日期，数据中没有其报道", "；%d 場計畫中的會議已過日期，資料中沒有其報導",
    "; %d planned meetings past their date, no report in the data"),
}
