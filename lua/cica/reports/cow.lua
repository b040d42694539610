-- CICA in the shape of the Correlates of War (COW) IGO data: one row per state and year, with the
-- state's COW code and its CICA status in COW's codes (1 = full member, 3 = observer, 0 = none).
-- COW's IGO data set (version 3) ends in 2014; this extends CICA's column of it to the dataset's date.
--
-- Convention (see docs/data.md, "Joining with COW data"): a year is coded by the status held on its
-- last day, 31 December (the rule cica.members_at(year) and the growth report use); the last year
-- is the year of the dataset's as_of date, coded by what the data knows then. Rows start in 1999,
-- the year of the first ministerial meeting where the first 15 members adopted the Declaration on
-- Principles: before it no state held any CICA status. Every state in the dataset that has a COW
-- code gets a row for every year, whatever its status (former observers too); Palestine, which
-- the COW state list does not include, has none.
local R = require "cica.report"
local date = require "cica.date"

local FIRST_YEAR = 1999

-- COW's codes for a state's standing in an IGO (codebook of the IGO data, version 3; V12).
local CODE = { member = 1, observer = 3 }

-- The periods of `entity` that COW codes, each as { code, first day, day after } (date.last_day
-- texts, made once: a state has a row for every year).
local function coded_periods(entity)
  local out = {}
  for _, period in ipairs(entity.history) do
    if CODE[period.status] then
      out[#out + 1] = { CODE[period.status], date.last_day(period.from), period.to and date.last_day(period.to) }
    end
  end
  return out
end

-- The COW code of the status held on `day` (a date.last_day) by the entity whose coded periods
-- are `periods`: 1, 3 or 0 (as date.holds decides: started by then and not yet ended).
local function code_on(periods, day)
  for _, p in ipairs(periods) do
    if p[2] <= day and (p[3] == nil or p[3] > day) then return p[1] end
  end
  return 0
end

-- The last year to show: the year of the dataset's as_of date, else the latest year a status began.
local function last_year(cica)
  local y = date.year(cica.meta and cica.meta.as_of)
  if y then return y end
  y = FIRST_YEAR
  for _, e in ipairs(cica.entities) do
    for _, period in ipairs(e.history) do y = math.max(y, date.year(period.from) or y) end
  end
  return y
end

-- The states with a COW code, by code (COW's own order).
local function cow_states(cica)
  local list = {}
  for _, e in ipairs(cica.entities) do
    if e.kind == "state" and e.cow_ccode then list[#list + 1] = e end
  end
  table.sort(list, function(a, b) return a.cow_ccode < b.cow_ccode end)
  return list
end

-- How text, md and html show a code: the number and what it means, in the display language.
local LABEL = {
  [0] = { ["zh-Hans"] = "0（无）", ["zh-Hant"] = "0（無）", en = "0 (none)" },
  [1] = { ["zh-Hans"] = "1（成员国）", ["zh-Hant"] = "1（成員國）", en = "1 (member)" },
  [3] = { ["zh-Hans"] = "3（观察员）", ["zh-Hant"] = "3（觀察員）", en = "3 (observer)" },
}

local label_text = {} -- language -> code -> LABEL's text (see the cica column's display)

local NOTE = {
  ["zh-Hans"] = "编码与 COW 政府间组织数据（第3版）相同：1 = 正式成员，3 = 观察员，0 = 非成员（V12）。每年按12月31日所持身份编码；最后一年按数据截止日期时的身份。COW 代码取自 COW 国家名单（V11）；巴勒斯坦没有 COW 代码，不在表中。请按 ccode 和 year 与 COW 数据连接。",
  ["zh-Hant"] = "編碼與 COW 政府間組織數據（第3版）相同：1 = 正式成員，3 = 觀察員，0 = 非成員（V12）。每年按12月31日所持身份編碼；最後一年按數據截止日期時的身份。COW 代碼取自 COW 國家名單（V11）；巴勒斯坦沒有 COW 代碼，不在表中。請按 ccode 和 year 與 COW 數據連接。",
  en = "Codes as in the COW IGO data (version 3): 1 = full member, 3 = observer, 0 = no membership (V12). Each year is coded by the status held on 31 December; the last year by the status on the dataset's as-of date. COW codes from the COW state list (V11); Palestine has no COW code and no rows. Join with COW data on ccode and year.",
}

return {
  order = 90,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "按战争相关因素项目（COW）格式列出的亚信成员身份",
            ["zh-Hant"] = "按戰爭相關因素項目（COW）格式列出的亞信成員身份",
            en = "CICA membership in the Correlates of War (COW) IGO format" },
  description = {
    ["zh-Hans"] = "每个国家每年一行：COW 国家代码、年份和亚信身份（1 = 成员国，3 = 观察员，0 = 无），以年底为准",
    ["zh-Hant"] = "每個國家每年一行：COW 國家代碼、年份和亞信身份（1 = 成員國，3 = 觀察員，0 = 無），以年底為準",
    en = "One row per state and year: COW state code, year and CICA status (1 = member, 3 = observer, 0 = none) at the end of the year",
  },
  columns = {
    -- (alignments declared: 1,053 rows need not be scanned to find that codes are numbers)
    { key = "ccode", title = { ["zh-Hans"] = "COW代码", ["zh-Hant"] = "COW代碼", en = "ccode" }, align = "right" },
    -- csv and json keep the English name (a stable value for scripts); text, md and html show the
    -- name in the display language
    { key = "state", title = { ["zh-Hans"] = "国家", ["zh-Hant"] = "國家", en = "state" },
      display = function(_, row) return row._name end },
    { key = "year", title = { ["zh-Hans"] = "年份", ["zh-Hant"] = "年份", en = "year" }, align = "left" },
    { key = "cica", title = { ["zh-Hans"] = "亚信身份", ["zh-Hant"] = "亞信身份", en = "cica" }, align = "right",
      display = function(v)
        if not LABEL[v] then return tostring(v) end
        -- made once per language: every row shows one of the three
        local lang = R.lang()
        local made = label_text[lang]
        if not made then made = {}; label_text[lang] = made end
        local text = made[v]
        if not text then text = R.tr(LABEL[v]); made[v] = text end
        return text
      end },
  },
  rows = function(cica)
    local rows = {}
    local last = last_year(cica)
    -- COW's order: by state code, then year
    local year_end = {} -- each year's 31 December, as date.last_day gives it
    for y = FIRST_YEAR, last do year_end[y] = y .. "-12-31" end
    for _, e in ipairs(cow_states(cica)) do
      local name, periods = R.pick(e, "name"), coded_periods(e)
      for y = FIRST_YEAR, last do
        rows[#rows + 1] = { ccode = e.cow_ccode, state = e.name_en, year = y,
          cica = code_on(periods, year_end[y]), _name = name }
      end
    end
    return rows
  end,
  notes = function() return R.tr(NOTE) end,
  sources = function()
    -- the codes rest on the COW state list and codebook, and on every status period of the states
    local ids = { "V11", "V12" }
    for _, e in ipairs(cow_states(cica)) do
      for _, period in ipairs(e.history) do
        for _, id in ipairs(period.sources or {}) do ids[#ids + 1] = id end
      end
    end
    return ids
  end,
}
