-- Dates in the dataset are ISO 8601 text at the precision the sources give: "2011", "2010-06",
-- "2006-06-17". A date of reduced precision stands for its last day when asking "by then?"
-- (members_at(2011) counts a member who joined in "2011"); see docs/data.md.
local M = {}

local DAYS = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local lang = require "cica.lang"

-- Raises "cica.date.<fname>: expected <what>, got <value>" in the display language (what: a key
-- "argerr.w_*") at the line that called the public function calling argerror.
local function argerror(fname, what, v)
  lang.argerror(3, "cica.date." .. fname, what, type(v) == "string" and lang.shown(v) or type(v))
end

-- Whether s has the shape of a date text: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (holds' `day` may be
-- a last_day such as "2010-06-31", so the day is not checked against the month).
-- Remembered per text (the same few hundred dates come back row after row: holds() checks three
-- of them each call); forgotten when it grows past a few thousand texts.
local date_shaped, shaped_count = {}, 0
local function is_date(s)
  if type(s) ~= "string" then return false end
  local known = date_shaped[s]
  if known ~= nil then return known end
  local n, at = #s, nil
  if n == 4 then at = s:find("^%d%d%d%d$")
  elseif n == 7 then at = s:find("^%d%d%d%d%-%d%d$")
  elseif n == 10 then at = s:find("^%d%d%d%d%-%d%d%-%d%d$") end
  known = at ~= nil
  if shaped_count >= 4096 then date_shaped, shaped_count = {}, 0 end
  date_shaped[s], shaped_count = known, shaped_count + 1
  return known
end

-- Checks `when` (an integer year, or "YYYY", "YYYY-MM", "YYYY-MM-DD") and returns it as text,
-- or nil and a message saying what is wrong (cica.messages.date): in `in_lang` when given, else
-- in the display language.
function M.normalize(when, in_lang)
  local function problem(key, ...) return nil, lang.t("date." .. key, in_lang, ...) end
  if math.type(when) == "integer" then
    if when < 1 or when > 9999 then return problem("year_range") end
    return string.format("%04d", when)
  end
  if type(when) ~= "string" then return problem("not_a_date_value", type(when)) end
  local y, m, d = when:match("^(%d%d%d%d)$")
  if y then return when end
  y, m = when:match("^(%d%d%d%d)%-(%d%d)$")
  if not y then y, m, d = when:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$") end
  m, d = tonumber(m), tonumber(d)
  if not m or m < 1 or m > 12 then return problem("not_a_date") end
  if d and (d < 1 or d > DAYS[m]) then return problem("no_such_day") end
  return when
end

-- The last day a date of any precision can stand for, as sortable text ("2011" -> "2011-12-31";
-- "2010-06" -> "2010-06-31", which compares correctly even though June has 30 days).
function M.last_day(date)
  if not is_date(date) then argerror("last_day", "date_text", date) end
  if #date == 4 then return date .. "-12-31" end
  if #date == 7 then return date .. "-31" end
  return date
end

-- Like normalize, but raises an error naming fname in the display language, located `level`
-- frames up (as error()).
function M.check(when, fname, level)
  if fname ~= nil and type(fname) ~= "string" then argerror("check", "fname_or_nil", fname) end
  if level ~= nil and math.type(level) ~= "integer" then argerror("check", "level_or_nil", level) end
  local date, problem = M.normalize(when)
  if not date then
    local shown = (type(when) == "string" or math.type(when)) and tostring(when)
    error(shown and lang.t("argerr.bad_date", nil, fname, shown, problem)
      or lang.t("argerr.bad_date_value", nil, fname, problem), (level or 2) + 1)
  end
  return date
end

-- Whether a period [start, finish) holds on `day` (already a last_day): it has started by then
-- and not yet ended.
function M.holds(start, finish, day)
  if not is_date(start) then argerror("holds", "date_start", start) end
  if finish ~= nil and not is_date(finish) then argerror("holds", "date_finish", finish) end
  if not is_date(day) then argerror("holds", "date_day", day) end
  return M.last_day(start) <= day and (finish == nil or M.last_day(finish) > day)
end

-- The year of a date of any precision, as an integer; nil for nil or for text that is no date.
function M.year(date)
  local y = date and tostring(date):match("^(%d%d%d%d)")
  return y and math.tointeger(tonumber(y)) or nil
end

return M
