-- cica.dataset: the builders of the cica API's collections, for scripts (require "cica.dataset"
-- gives them). Each collection is declared with its builder in lua/cica/model/*.lua (the
-- registry, cica.model); this module gives every one of them as M.NAME(cica), plus find,
-- members_at, observers_at, chair_at, stale_planned, planned_status, title_with_status and as_of.
-- `name`, `city` and `title` fields follow cica.lang; *_hans, *_hant and *_en are always there.
local date = require "cica.date"
local lang = require "cica.lang"
local model = require "cica.model"
local u = require "cica.model.util"
local entities = require "cica.model.entities"
local meetings = require "cica.model.meetings"
local chairs = require "cica.model.chairs"

local M = {}

-- Every registered collection, built through the registry (so its records carry their class).
for _, c in ipairs(model.collections()) do
  local name = c.name
  M[name] = function(cica) return model.build(name, cica) end
end

-- members_at/observers_at/chair_at take a date already checked by date.normalize.
function M.members_at(cica, when) return entities.holding(cica, "member", date.last_day(when)) end
function M.observers_at(cica, when) return entities.holding(cica, "observer", date.last_day(when)) end
M.chair_at = chairs.chair_at
M.find = entities.find
M.stale_planned = meetings.stale_planned
M.planned_status = meetings.planned_status
M.title_with_status = meetings.title_with_status

-- ---- the dataset as it stood on a date ---------------------------------------------------

--- cica as it stood on `when` (checked by date.normalize): a table whose collections hold only
-- what had happened by then, each as its declaration's `as_of` says (cica.model): entities,
-- members, observers, partners, chairs, secretariat, stages, meetings, summits, documents,
-- events and timeline, with periods still running then left open (no `to`), and meta.as_of the
-- date; everything else (query, find, sources, …) is cica's. The same rule as members_at: a
-- date of reduced precision counts from its last day.
function M.as_of(cica, when)
  when = date.check(when, "cica.dataset.as_of", 3)
  local day = date.last_day(when)
  local view = setmetatable({}, { __index = cica })
  rawset(view, "as_of_date", when)
  for _, c in ipairs(model.collections()) do
    local rule, value = c.as_of, nil
    if rule == "dated" then value = u.dated(cica[c.name], day)
    elseif rule == "periods" then value = u.clip(cica[c.name], day)
    elseif rule == "rebuild" then value = c.build(view)
    elseif type(rule) == "function" then value = rule(cica, day, when)
    end
    if value ~= nil then rawset(view, c.name, model.tag_value(c.name, value)) end
  end
  return view
end

-- Every builder is public (require "cica.dataset" gives it to scripts): each checks that it got
-- a cica table, and the *_at functions a date, naming itself at the caller's line. cica.lua calls
-- them with arguments it has checked already.
local AT = { members_at = true, observers_at = true, chair_at = true }
-- Functions of M that are plain helpers, not builders taking the cica table (they check their own).
local NOT_BUILDERS = { planned_status = true }
for name, f in pairs(M) do
  if type(f) == "function" and not NOT_BUILDERS[name] then
    local fname = "cica.dataset." .. name
    M[name] = function(cica, ...)
      if type(cica) ~= "table" then
        lang.argerror(2, fname, "cica_table", type(cica))
      end
      if AT[name] then
        local when = date.check((...), fname, 2)
        local out = f(cica, when)
        return out
      end
      if name == "find" and type((...)) ~= "string" then
        lang.argerror(2, fname, "string_arg", type((...)), 2)
      end
      return f(cica, ...)
    end
  end
end

-- A collection registered after this module loaded (a script's own) has its builder too.
setmetatable(M, { __index = function(_, name)
  if type(name) ~= "string" or not model.collection(name) then return nil end
  return function(cica)
    if type(cica) ~= "table" then
      lang.argerror(2, "cica.dataset." .. name, "cica_table", type(cica))
    end
    return model.build(name, cica)
  end
end })

return M
