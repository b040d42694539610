-- cica.meetings and cica.summits: every meeting with its city named as it was on the day, the
-- documents it adopted and who attended (tables meetings, documents, participants, places,
-- place_names); and the status text of a planned meeting.
local date = require "cica.date"
local lang = require "cica.lang"
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 20 }

-- A date of any precision in the words of a display language: "2026-10" stays ISO in English
-- and reads 2026年10月 in Chinese (2014年5月21日, 2026年).
local function spoken_date(iso, suffix)
  if suffix == "en" then return iso end
  local y, m, d = iso:match("^(%d%d%d%d)%-?(%d*)%-?(%d*)$")
  if not y then return iso end
  local out = y .. "年"
  if m ~= "" then out = out .. tonumber(m) .. "月" end
  if d ~= "" then out = out .. tonumber(d) .. "日" end
  return out
end

-- What a planned meeting's status says, per language: "planned for %s", or, once its date has
-- passed with no source saying what happened, that the data has no report of it (as of as_of).
local PLANNED_TEXT = {
  planned = { hans = "计划于%s举行", hant = "計劃於%s舉行", en = "planned for %s" },
  stale = { hans = "原定于%s举行；数据中没有其举行情况的报道（数据截至%s）",
            hant = "原定於%s舉行；數據中沒有其舉行情況的報道（數據截至%s）",
            en = "planned for %s; no report of it in the data (as of %s)" },
}

--- Whether a planned meeting (date..end_date) is stale on `today` ("YYYY-MM-DD"): its last
-- possible day has passed. Returns stale and the status text in the three languages
-- ({ hans =, hant =, en = }). The one rule every place that shows a planned meeting uses.
function M.planned_status(when, end_date, as_of, today)
  if type(when) ~= "string" or type(today) ~= "string" then
    error("cica.dataset.planned_status: expects a date string (argument 1) and today's date (argument 4)", 2)
  end
  local stale = date.last_day(end_date or when) < today
  local text = {}
  for _, code in ipairs(lang.codes) do
    local suffix = lang.suffix(code)
    local t = PLANNED_TEXT[stale and "stale" or "planned"][suffix]
    text[suffix] = t:format(spoken_date(when, suffix), spoken_date(as_of or "?", suffix))
  end
  return stale, text
end

--- A planned meeting's title followed by its status text in one language (suffix hans, hant or
-- en): "亚信第七次峰会——计划于2026年10月举行"; other meetings' titles as they are.
function M.title_with_status(record, suffix)
  local title, status = record["title_" .. suffix], record["status_text_" .. suffix]
  if not status then return title end
  if suffix == "en" then return title .. " — " .. status end
  return title .. "——" .. status
end

-- The meetings in date order, with the city named as it was on the day: all of them, or with
-- `id` only that one (an array of at most one record).
local function build(cica, id)
  local name_of = u.place_namer(cica)
  -- with an id, each query keeps its order and reads only that meeting's rows
  local function rows(sql, where)
    if id == nil then return cica.rows((sql:gsub(" WHERE_ID", ""))) end
    return cica.rows((sql:gsub(" WHERE_ID", " " .. where)), id)
  end
  local docs = {}
  for row in rows("SELECT id, meeting FROM documents WHERE meeting IS NOT NULL WHERE_ID ORDER BY date, id",
                  "AND meeting = ?1") do
    local list = docs[row.meeting] or {}
    docs[row.meeting] = list
    list[#list + 1] = row.id
  end
  local participants = {}
  for row in rows("SELECT * FROM participants WHERE_ID ORDER BY meeting, role, entity", "WHERE meeting = ?1") do
    local list = participants[row.meeting] or {}
    participants[row.meeting] = list
    list[#list + 1] = { entity = row.entity, role = row.role, sources = u.source_list(row.sources) }
  end
  local list = {}
  for row in rows("SELECT * FROM meetings WHERE_ID ORDER BY date, id", "WHERE id = ?1") do
    local record = {
      id = row.id, kind = row.kind, ordinal = row.ordinal, date = row.date, end_date = row.end_date,
      place = row.place, host = row.host, status = row.status, confidence = row.confidence,
      sources = u.source_list(row.sources), documents = docs[row.id] or {},
      participants = participants[row.id] or {},
    }
    u.localize_text(record, row, "note", nil, cica.lang)
    u.localize(record, row, "title", nil, cica.lang)
    local place, country = name_of(row.place, row.date)
    if place then u.localize(record, place, "name", "city", cica.lang) end
    record.country = country or row.host
    record.year = date.year(row.date)
    if row.status == "planned" then
      local stale, text = M.planned_status(row.date, row.end_date, cica.meta.as_of, cica.today())
      record.stale = stale
      u.localize(record, { status_text_hans = text.hans, status_text_hant = text.hant, status_text_en = text.en },
        "status_text", nil, cica.lang)
    end
    list[#list + 1] = record
  end
  return list
end

--- All meetings in date order, with the city named as it was on the day.
function M.meetings(cica)
  return build(cica, nil)
end

--- The meeting whose id is `id`, built alone (the same record as in M.meetings), or nil: what a
-- search hit needs without building every meeting (cica.model.lookup).
function M.meeting(cica, id)
  return build(cica, id)[1]
end

--- The planned meetings whose date has passed (see planned_status), in date order.
function M.stale_planned(cica)
  local list = {}
  for _, m in ipairs(cica.meetings) do
    if m.stale then list[#list + 1] = m end
  end
  return list
end

--- The summits: the meetings whose kind is "summit".
function M.summits(cica)
  local list = {}
  for _, m in ipairs(cica.meetings) do
    if m.kind == "summit" then list[#list + 1] = m end
  end
  return list
end

local DATE = u.DATE

M.classes = {
  {
    name = "cica.Meeting",
    summary = "A CICA meeting: a summit, a ministerial meeting, a meeting of officials or experts.",
    fields = model.fields({
      { "id", "string", 'a stable id: "summit-4", "ministerial-3", …' },
      { "kind", "string", '"summit", "ministerial", "deputy_ministerial", "special_ministerial", "informal_ministerial", "expert", "working_group" or "senior_officials"' },
      { "ordinal", "integer?", "its number within its kind (the 4th summit: 4), where counted" },
      { "date", "string", "when it began: " .. DATE },
      { "end_date", "string?", "when it ended, for meetings of more than a day" },
      { "year", "integer", "the year of `date`" },
      { "status", "string", '"held" or "planned"' },
      { "stale", "boolean?", "planned meetings only: true once the last day of `date`/`end_date` is before cica.today() and no source says what happened" },
    }, model.localized_text("status_text", 'planned meetings only: what their status says ("planned for 2026-10", or once stale "planned for 2026-10; no report of it in the data (as of …)")', true),
    model.localized("title", "the title"), {
      { "place", "string?", 'the place id ("almaty", "online", …)' },
    }, model.localized("city", "the city", "named as it was on the day (Astana was Nur-Sultan 2019-2022)"), {
      { "host", "string?", "the id of the host entity" },
      { "country", "string?", "the id of the country the meeting was in" },
      { "documents", "string[]", "ids of the documents it adopted (see cica.documents)" },
      { "participants", "cica.Participant[]", "who attended in which role, where a source names them" },
      u.CONFIDENCE,
    }, u.note(), { u.SOURCES }),
  },
  { name = "cica.Summit", parent = "cica.Meeting", summary = "A summit: a meeting whose `kind` is \"summit\"." },
  {
    name = "cica.Participant",
    summary = "An entity that attended a meeting, in a role.",
    fields = {
      { "entity", "string", "the entity's id (see cica.find)" },
      { "role", "string", '"participant", "member" or "observer"' },
      u.SOURCES,
    },
  },
}

M.collections = {
  {
    name = "summits", class = "cica.Summit", build = M.summits, as_of = "dated", by_today = true,
    summary = "The summits, in date order (the meetings whose kind is \"summit\").",
    show = { "ordinal", "date", "city", "title", "status" },
    example = 'cica.summits[4].city_en   --> "Shanghai"\nfor _, s in ipairs(cica.summits) do print(s.ordinal, s.date, s.city) end',
  },
  {
    name = "meetings", class = "cica.Meeting", build = M.meetings, sources = true, as_of = "dated",
    by_today = true,
    summary = "Every meeting in date order, the city named as it was on the day.",
    show = { "id", "date", "kind", "city", "title", "status" },
    example = 'for _, m in ipairs(cica.meetings) do if m.kind == "ministerial" then print(m.date, m.city) end end',
    search = {
      kind = "meeting", rank = 3, key = "id", ids = "`summit-3`, …", lookup = M.meeting,
      what = "summits, ministerial and other meetings (a planned one is titled with its `status_text`: \"planned for …\", and whether it is past its date)",
      label = { ["zh-Hans"] = "会议", ["zh-Hant"] = "會議", en = "meeting" },
      -- a planned meeting says so, and whether it is past
      title = function(record, code)
        if record.status_text then return M.title_with_status(record, lang.suffix(code)) end
        return record.title
      end,
    },
  },
}

return M
