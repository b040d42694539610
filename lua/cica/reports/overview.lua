-- CICA at a glance: what it is, how many take part, who chairs it, its latest and next summit.
local R = require "cica.report"

local L = {
  name = { ["zh-Hans"] = "全称", ["zh-Hant"] = "全稱", en = "Name" },
  full = { ["zh-Hans"] = "亚洲相互协作与信任措施会议（亚信，CICA）",
           ["zh-Hant"] = "亞洲相互協作與信任措施會議（亞信，CICA）",
           en = "Conference on Interaction and Confidence Building Measures in Asia (CICA)" },
  name_ru = { ["zh-Hans"] = "俄文名称", ["zh-Hant"] = "俄文名稱", en = "Name in Russian" },
  proposed = { ["zh-Hans"] = "倡议", ["zh-Hant"] = "倡議", en = "Proposed" },
  members = { ["zh-Hans"] = "成员国", ["zh-Hant"] = "成員國", en = "Member states" },
  members_v = { ["zh-Hans"] = "%d 个（创始成员 %d 个）", ["zh-Hant"] = "%d 個（創始成員 %d 個）",
                en = "%d (%d founding)" },
  observers = { ["zh-Hans"] = "观察员", ["zh-Hant"] = "觀察員", en = "Observers" },
  observers_v = { ["zh-Hans"] = "%d 个（国家 %d 个，国际组织 %d 个）", ["zh-Hant"] = "%d 個（國家 %d 個，國際組織 %d 個）",
                  en = "%d (%d states, %d organisations)" },
  chair = { ["zh-Hans"] = "现任主席国", ["zh-Hant"] = "現任主席國", en = "Chair" },
  since = { ["zh-Hans"] = "%s（自 %s 起）", ["zh-Hant"] = "%s（自 %s 起）", en = "%s (since %s)" },
  seat = { ["zh-Hans"] = "秘书处所在地", ["zh-Hant"] = "秘書處所在地", en = "Secretariat" },
  head = { ["zh-Hans"] = "秘书处负责人", ["zh-Hant"] = "秘書處負責人", en = "Head of secretariat" },
  head_v = { ["zh-Hans"] = "%s，%s（自 %s 起）", ["zh-Hant"] = "%s，%s（自 %s 起）", en = "%s, %s (since %s)" },
  summits = { ["zh-Hans"] = "已举行峰会", ["zh-Hant"] = "已舉行峰會", en = "Summits held" },
  latest = { ["zh-Hans"] = "最近一次峰会", ["zh-Hant"] = "最近一次峰會", en = "Latest summit" },
  next = { ["zh-Hans"] = "下一次峰会", ["zh-Hant"] = "下一次峰會", en = "Next summit" },
  summit_v = { ["zh-Hans"] = "第 %s 届，%s，%s", ["zh-Hant"] = "第 %s 屆，%s，%s", en = "No. %s, %s, %s" },
  as_of = { ["zh-Hans"] = "数据截至", ["zh-Hant"] = "數據截至", en = "Data as of" },
  stale = { ["zh-Hans"] = "日期已过、数据中无报道的计划会议", ["zh-Hant"] = "日期已過、數據中無報道的計劃會議",
            en = "Planned meetings now past their date, with no report in the data" },
  stale_v = { ["zh-Hans"] = "%d 个（今天：%s）", ["zh-Hant"] = "%d 個（今天：%s）", en = "%d (today: %s)" },
  stale_note = { ["zh-Hans"] = "%s。本表所列的成员国、观察员、主席国和秘书处均为数据截至日的情况。",
                 ["zh-Hant"] = "%s。本表所列的成員國、觀察員、主席國和秘書處均為數據截至日的情況。",
                 en = "%s. The members, observers, chair and secretariat shown here are as of the data's date." },
  ministerials = { ["zh-Hans"] = "已举行外长会议", ["zh-Hant"] = "已舉行外長會議", en = "Ministerial meetings held" },
}

-- The notes of the last run of rows(): one per planned meeting past its date.
local stale_notes = {}

local function t(key, ...)
  local s = R.tr(L[key])
  if select("#", ...) > 0 then return string.format(s, ...) end
  return s
end

-- The current holder in a list of { from/start, to/end } records: the last one still open.
local function current(list)
  local found
  for _, x in ipairs(list or {}) do
    if (x.to or x["end"]) == nil then found = x end
  end
  return found
end

local function from(x) return x.from or x.start end

local function summit_text(s)
  return t("summit_v", tostring(s.ordinal or "?"), s.date, R.pick(s, "city") or "")
end

-- CICA's name from the dataset's meta table, with its short form; a built-in text otherwise.
local function full_name(meta)
  local name = R.pick(meta, "name")
  if not name then return t("full") end
  if R.lang() == "en" then return name .. " (" .. (meta.abbr_en or "CICA") .. ")" end
  local short = R.pick(meta, "short")
  return name .. "（" .. (short and (short .. "，") or "") .. (meta.abbr_en or "CICA") .. "）"
end

local function add(rows, key, value, sources)
  if value ~= nil then rows[#rows + 1] = { item = t(key), value = value, sources = sources } end
end

local function participants(cica, rows)
  local founding, states, orgs, msrc, osrc = 0, 0, 0, {}, {}
  for _, m in ipairs(cica.members) do
    if m.founding then founding = founding + 1 end
  end
  for _, o in ipairs(cica.observers) do
    if o.kind == "organization" then orgs = orgs + 1 else states = states + 1 end
  end
  add(rows, "members", t("members_v", #cica.members, founding), msrc)
  add(rows, "observers", t("observers_v", #cica.observers, states, orgs), osrc)
end

local function leadership(cica, rows)
  local chair = current(cica.chairs)
  if chair then
    add(rows, "chair", t("since", R.entity_name(chair.country), from(chair)), chair.sources)
  end
  local sec = cica.secretariat or {}
  local seat = current(sec.seats)
  if seat then
    local city = R.pick(seat, "city") or R.place_name(seat.place)
    add(rows, "seat", t("since", city, from(seat)), seat.sources)
  end
  local head = current(sec.heads)
  if head then
    add(rows, "head", t("head_v", R.pick(head, "name"), R.word(head.title), from(head)), head.sources)
  end
end

local function summits(cica, rows)
  local latest, nxt, held = nil, nil, 0
  for _, s in ipairs(cica.summits) do
    if s.status == "planned" then
      if not nxt or s.date < nxt.date then nxt = s end
    else
      held = held + 1
      if not latest or s.date > latest.date then latest = s end
    end
  end
  add(rows, "summits", held, {})
  if latest then add(rows, "latest", summit_text(latest), latest.sources) end
  if nxt then
    local status = R.pick(nxt, "status_text")
    local text = summit_text(nxt)
    if status then text = text .. (R.lang() == "en" and "; " or "；") .. status end
    add(rows, "next", text, nxt.sources)
  end
  local ministerial = 0
  for _, m in ipairs(cica.meetings or {}) do
    -- Regular meetings are the numbered ones; an unnumbered one (Nov 1999, seed000 only) is not counted.
    if m.kind == "ministerial" and m.ordinal and m.status ~= "planned" then ministerial = ministerial + 1 end
  end
  add(rows, "ministerials", ministerial, {})
end

return {
  order = 10,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "亚信概况", ["zh-Hant"] = "亞信概況", en = "CICA at a glance" },
  description = {
    ["zh-Hans"] = "亚信是什么、成员和观察员数量、现任主席国和秘书处、最近和下一次峰会",
    ["zh-Hant"] = "亞信是什麼、成員和觀察員數量、現任主席國和秘書處、最近和下一次峰會",
    en = "What CICA is, how many take part, its chair and secretariat, its latest and next summit",
  },
  columns = {
    { key = "item", title = { ["zh-Hans"] = "项目", ["zh-Hant"] = "項目", en = "Item" } },
    { key = "value", title = { ["zh-Hans"] = "内容", ["zh-Hant"] = "內容", en = "Value" }, max = 48 },
    R.sources_column,
  },
  rows = function(cica)
    local rows = {}
    add(rows, "name", full_name(cica.meta or {}), {})
    local meta = cica.meta or {}
    if meta.name_ru then
      add(rows, "name_ru", meta.name_ru .. (meta.abbr_ru and (" (" .. meta.abbr_ru .. ")") or ""), {})
    end
    for _, e in ipairs(cica.timeline or {}) do
      if e.kind == "proposal" then
        local sources = e.sources or (e.ref and e.ref.record and e.ref.record.sources)
        add(rows, "proposed", e.date .. " " .. (R.pick(e, "title") or ""), sources)
        break
      end
    end
    participants(cica, rows)
    leadership(cica, rows)
    summits(cica, rows)
    -- How current the data is: its date, and the planned meetings whose date has passed since.
    if meta.as_of then add(rows, "as_of", meta.as_of, {}) end
    local stale = cica.stale_planned()
    add(rows, "stale", t("stale_v", #stale, cica.today()), {})
    -- Past a planned meeting's date, what the table shows as current may no longer be: a note
    -- says so, for each such meeting ("亚信第七次峰会——原定于…").
    stale_notes = {}
    local suffix = require("cica.lang").suffix(R.lang())
    for _, m in ipairs(stale) do
      stale_notes[#stale_notes + 1] = t("stale_note", require("cica.dataset").title_with_status(m, suffix))
    end
    return rows
  end,
  notes = function() return stale_notes end,
}
