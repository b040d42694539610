-- The cica API: the CICA dataset as Lua tables, plus SQL over it. Also the global `cica`.
-- Collections (cica.members, cica.summits, ...) are built on first access and kept; a script that
-- never touches one does not pay for it. Records are plain tables: a script may change its copies,
-- never the dataset (the database is read-only). Reference: docs/api.md.
local core = require "cica.core"
local date = require "cica.date"
local i18n = require "cica.lang"
-- cica.host exists for cica's own instance only: under --safe, user code gets a second, public
-- instance of this module (src/sandbox.c), which cannot require it.
local host_ok, host = pcall(require, "cica.host")
if not host_ok then host = nil end

local cica = {
  core = core,
  query = core.query,   -- cica.query(sql, ...) -> array of row tables
  rows = core.rows,     -- cica.rows(sql, ...) -> iterator over row tables (streams)
  each = core.each,     -- cica.each(sql, ...) -> iterator over rows as multiple values (fastest)
  lang = core.lang or i18n.default,
  languages = { table.unpack(i18n.codes) },   -- a copy: a script may change it, not cica.lang's
}

-- Collections built lazily, each by its builder in the registry (cica.model, lua/cica/model/*.lua,
-- or one a script registers); the ones that depend on the display language are forgotten when
-- it changes.
local model = require "cica.model"

-- find, members_at and the other functions over the collections (cica.dataset).
local function builders() return require "cica.dataset" end

setmetatable(cica, {
  __index = function(t, key)
    -- the built-in dataset's collections come precomputed (those that do not depend on today)
    local value = model.precomputed(key, t.lang)
    if value == nil then
      if not model.collection(key) then return nil end
      value = model.build(key, t)
    end
    rawset(t, key, value)
    return value
  end,
})

-- The collections built in the display language (forgotten when it changes), sorted.
local function by_lang()
  local list = {}
  for _, c in ipairs(model.collections()) do
    if c.by_lang then list[#list + 1] = c.name end
  end
  table.sort(list)
  return list
end

-- Sets the display language of `name`, `city` and `title` fields and of all output.
function cica.set_lang(code)
  if not i18n.valid(code) then
    i18n.unknown_language(2, "cica.set_lang", code)
  end
  if code == cica.lang then return end
  cica.lang = code
  local forget = by_lang()
  for _, key in ipairs(forget) do rawset(cica, key, nil) end
  -- cica's own instance tells the public one (user code's, under --safe) without running its code
  if host then host.lang_changed(code, forget) end
end

-- The public functions check their arguments here, so errors point at the caller's line.

-- The entity (member, observer, former observer, partner) whose id (any case), name in any
-- language, or alias equals text; nil if none.
function cica.find(text)
  if type(text) ~= "string" then i18n.argerror(2, "cica.find", "string", type(text)) end
  local found = builders().find(cica, text)
  return found
end

-- Ranked full-text search over every record, in any script (docs/search.md).
function cica.search(text, opts) return require("cica.search").search(cica, text, opts) end

-- The members on a date: an integer year, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a year or a month
-- means its last day), in accession order.
function cica.members_at(when)
  local list = builders().members_at(cica, date.check(when, "cica.members_at", 2))
  return list
end

-- The observers on a date (as members_at).
function cica.observers_at(when)
  local list = builders().observers_at(cica, date.check(when, "cica.observers_at", 2))
  return list
end

-- The chairmanship term in force on a date (as members_at), or nil.
function cica.chair_at(when)
  local term = builders().chair_at(cica, date.check(when, "cica.chair_at", 2))
  return term
end

-- Whether file descriptor fd (0 stdin, 1 stdout, 2 stderr) is a terminal.
function cica.isatty(fd)
  if fd ~= 0 and fd ~= 1 and fd ~= 2 then
    local got = math.type(fd) and tostring(fd) or type(fd)
    i18n.argerror(2, "cica.isatty", "fd", got)
  end
  local tty = core.isatty(fd)
  return tty
end

-- The date set by cica.set_today (nil: none).
local today_set

-- The date cica takes as today, "YYYY-MM-DD": the one given to cica.set_today (the quiz's
-- --now), else the environment variable CICA_TODAY, else the local clock. A planned meeting
-- whose date is before it is "stale" (docs/api.md).
function cica.today()
  if today_set then return today_set end
  local env = core.today_override()
  if env then
    if not (env:match("^%d%d%d%d%-%d%d%-%d%d$") and date.normalize(env)) then
      error(i18n.t("argerr.bad_today", nil, (env:gsub("[^\32-\126]", "?"))), 0)
    end
    return env
  end
  return os.date("%Y-%m-%d")
end

-- Takes day ("YYYY-MM-DD") as today, or the clock again for nil; the records that depend on it
-- (meetings, summits, timeline) are built anew.
function cica.set_today(day)
  if day ~= nil then
    if type(day) ~= "string" or not day:match("^%d%d%d%d%-%d%d%-%d%d$") or not date.normalize(day) then
      i18n.argerror(2, "cica.set_today", "today", type(day) == "string" and ("'" .. day .. "'") or type(day))
    end
  end
  today_set = day
  for _, c in ipairs(model.collections()) do
    if c.by_today then rawset(cica, c.name, nil) end
  end
end

-- The planned meetings whose date has passed by cica.today() with no source saying what
-- happened (records with stale = true), in date order.
function cica.stale_planned()
  return builders().stale_planned(cica)
end

-- "cica X.Y.Z (Lua 5.4.x, SQLite 3.x.y, dataset as of YYYY-MM-DD)" in the display language
-- (cica.messages.version), followed by
-- "; N planned meeting(s) past their date" when cica.today() is later than a planned meeting.
function cica.version_line()
  local v = core.versions()
  local stale = #cica.stale_planned()
  local past = ""
  if stale > 0 then past = i18n.t(stale == 1 and "version.stale_one" or "version.stale_many", nil, stale) end
  return i18n.t("version.line", nil, v.cica, v.lua, v.sqlite, cica.meta.as_of or i18n.t("version.unknown_date"), past)
end

package.loaded.cica = cica
return cica
