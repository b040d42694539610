-- Disputed facts for quiz questions: the discrepancies of the dataset by subject, a claim as
-- shown ("claim (A6, seed004)"), the claims about a subject as one line, and what sources say
-- about the year of a disputed fact (year_claims), with the note a question shows.
local text = require "cica.quiz.text"

local M = {}

-- The ids of several source lists, each once, in order (g.sources).
function M.unique_sources(...)
  local out, seen = {}, {}
  for _, list in ipairs { ... } do
    for _, id in ipairs(list or {}) do text.list_add(out, seen, id) end
  end
  return out
end

-- The discrepancies of a dataset by subject, made once per dataset (data.disputes scans them all
-- at every call, and generators ask about every entity and meeting).
local dispute_index = setmetatable({}, { __mode = "k" })
local NONE = {}

-- Discrepancies about `subject` ('entity:TH', 'meeting:summit-5', …), optionally one field:
-- the same list, in the same order, as data.disputes.
function M.disputes(d, subject, field)
  local index = dispute_index[d]
  if not index then
    index = {}
    for _, x in ipairs(d.discrepancies) do
      local list = index[x.subject]
      if not list then list = {}; index[x.subject] = list end
      list[#list + 1] = x
    end
    dispute_index[d] = index
  end
  local list = index[subject] or NONE
  if field == nil then
    local out = {}
    for i, x in ipairs(list) do out[i] = x end
    return out
  end
  local out = {}
  for _, x in ipairs(list) do
    if x.field == nil or x.field == field then out[#out + 1] = x end
  end
  return out
end

-- One claim as shown to the user: its text in `lang` and its sources, "claim (A6, seed004)" in
-- English, "说法（A6、seed004）" in Chinese. A claim's `text` holds the three forms (quiz data);
-- a claim without one (a pack's own data) shows its `claim` as it is.
function M.claim_line(c, lang)
  local line = text.name_in(c.text, lang) or c.claim
  if lang == "en" then return string.format("%s (%s)", line, table.concat(c.sources, ", ")) end
  return string.format("%s（%s）", line, table.concat(c.sources, "、"))
end

-- The claims of the discrepancies about subject (and field) as one line of text:
-- "claim (sources); claim (sources)", or nil when nothing about it is disputed.
function M.claims_text(g, subject, field)
  local parts = {}
  for _, x in ipairs(g.disputes(subject, field)) do
    for _, c in ipairs(x.claims) do parts[#parts + 1] = M.claim_line(c, g.lang) end
  end
  if #parts == 0 then return nil end
  return table.concat(parts, g.lang == "en" and "; " or "；")
end

-- The distinct four-digit years a text mentions, in order.
local function years_in(text)
  local out, seen = {}, {}
  for y in tostring(text):gmatch("%f[%d](%d%d%d%d)%f[%D]") do
    y = math.tointeger(tonumber(y))
    if not seen[y] then seen[y] = true; out[#out + 1] = y end
  end
  return out
end
M.years_in = years_in

-- What sources say about the year of a disputed fact. Years are read from each claim's English
-- text (`claim`), whatever the display language; the note shows the display language's text.
-- Claims are the sources' own words, so a
-- claim counts only when it names exactly one year, and none matches opts.reject (Lua patterns
-- for claims about something else, such as observer status). Returns nil when nothing is
-- disputed; false when some claim cannot be read that way (the question must not be asked);
-- else {years = {…}, note = text, sources = {…}}. With opts.loose, every year any claim names
-- counts and claims without one are skipped (for counts, where any year may shift a total).
function M.year_claims(g, subject, fields, opts)
  opts = opts or {}
  local found = {}
  for _, x in ipairs(g.disputes(subject)) do
    local wanted = fields == nil or x.field == nil
    for _, f in ipairs(fields or {}) do wanted = wanted or x.field == f end
    if wanted then found[#found + 1] = x end
  end
  if #found == 0 then return nil end
  local years, seen, parts, sources = {}, {}, {}, {}
  for _, x in ipairs(found) do
    for _, c in ipairs(x.claims) do
      local ys = years_in(c.claim)
      if not opts.loose then
        if #ys ~= 1 then return false end
        for _, p in ipairs(opts.reject or {}) do
          if tostring(c.claim):lower():find(p) then return false end
        end
      end
      for _, y in ipairs(ys) do
        if not seen[y] then seen[y] = true; years[#years + 1] = y end
      end
      parts[#parts + 1] = M.claim_line(c, g.lang)
      sources = M.unique_sources(sources, c.sources)
    end
  end
  if #years == 0 then return false end
  table.sort(years)
  local sep = g.lang == "en" and "; " or "；"
  local note
  if #years > 1 then
    note = g.F({ en = "Sources differ: %s. Each of these years is accepted.",
      ["zh-Hans"] = "来源说法不一：%s。以上年份都算对。",
      ["zh-Hant"] = "來源說法不一：%s。以上年份都算對。" }, table.concat(parts, sep))
  else
    note = g.F({ en = "Sources differ on the exact date (%s), not on the year.",
      ["zh-Hans"] = "各来源对具体日期说法不一（%s），年份一致。",
      ["zh-Hant"] = "各來源對具體日期說法不一（%s），年份一致。" }, table.concat(parts, sep))
  end
  return { years = years, note = note, sources = sources }
end


return M
