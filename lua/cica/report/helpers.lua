-- cica.report.helpers: what report writers use inside rows(cica) — the language the report is
-- being rendered in, localized text, a record's field in that language, the names of entities,
-- regions and places, the shared words, lists, the sources column. cica.report re-exports every
-- one of them (require "cica.report".tr, …; docs/reports.md); cica.report sets the rendering
-- language around a render (set_rendering_lang).
local format = require "cica.format"
local i18n = require "cica.lang"

local M = {}

local function api()
  return rawget(_G, "cica") or require "cica"
end

-- Raises "cica.report.<fname>: expected <what>, got <type>" in the display language (what: a key
-- "argerr.w_*", formatted with ...) at the line that called the public function calling argerror.
local function argerror(fname, what, v, ...)
  i18n.argerror(3, "cica.report." .. fname, what, type(v), ...)
end

-- (cica.report uses the same two for its own functions.)
M.api, M.argerror = api, argerror

-- The language a report is being rendered in (render's opts.lang), while it is; nil otherwise.
local rendering_lang = nil

--- Sets the language reports render in (nil: the display language); returns the one before, to
-- put back. For cica.report's render only.
function M.set_rendering_lang(lang)
  local old = rendering_lang
  rendering_lang = lang
  return old
end

--- The language of the report being rendered: render's opts.lang while it renders, else the
-- display language (cica.lang; "zh-Hans" when the engine has none set).
function M.lang()
  if rendering_lang then return rendering_lang end
  local c = api()
  return c.lang or i18n.default
end

--- The text of a localized value ({ ["zh-Hans"] = …, ["zh-Hant"] = …, en = … }) in the report's
-- language (M.lang()); a plain value is returned as it is. For use inside reports' rows().
function M.tr(v)
  return format.localize(v, M.lang())
end

--- A record's `field` in the report's language: rec[field .. "_hans"|"_hant"|"_en"], falling
-- back to rec[field] (the engine's display-language field) and then to the other languages
-- (cica.lang's fallback chain).
function M.pick(rec, field)
  if rec ~= nil and type(rec) ~= "table" then argerror("pick", "record_or_nil", rec) end
  if type(field) ~= "string" then argerror("pick", "field_name", field) end
  if rec == nil then return nil end
  local lang = M.lang()
  local v = rec[field .. "_" .. i18n.suffix(lang)]
  if v ~= nil then return v end
  if rec[field] ~= nil then return rec[field] end
  return i18n.field(rec, field, lang)
end

-- The record of a registered collection whose `field` is `value` (cica.model.by_key), or nil.
local function lookup_record(name, field, value)
  local ok, found = pcall(require("cica.model").by_key, api(), name, field, value)
  return ok and found or nil
end

--- The name of entity `id` (a state or organisation) in the current language; the id itself
-- when the dataset does not know it.
function M.entity_name(id)
  if id == nil then return nil end
  local e = lookup_record("entities", "id", id)
  if not e and api().find then
    local ok, found = pcall(api().find, id)
    if ok and type(found) == "table" and found.id == id then e = found end
  end
  return e and M.pick(e, "name") or id
end

--- The name of M49 region `code` in the current language.
function M.region_name(code)
  if code == nil then return nil end
  local r = lookup_record("regions", "code", code)
  return r and M.pick(r, "name") or code
end

--- The name of place `id` (a city) in the current language.
function M.place_name(id)
  if id == nil then return nil end
  local p = lookup_record("places", "id", id)
  return p and M.pick(p, "name") or id
end

-- Words the bundled reports share: kinds of meeting, event and entity, and statuses
-- (lua/cica/messages/words.lua).
local WORDS = i18n.area("words")

--- A shared word (a meeting kind, status, …) in the current language; unknown words are
-- returned unchanged, so new kinds in the data still show.
function M.word(key)
  local w = WORDS[key]
  if w then return M.tr(w) end
  return key
end

--- Items joined the way the current language lists them ("、" in Chinese, ", " in English).
function M.join(items)
  if type(items) ~= "table" then argerror("join", "strings", items) end
  for i = 1, #items do
    local t = type(items[i])
    if t ~= "string" and t ~= "number" then
      error(i18n.t("argerr.item_not_string", nil, "cica.report.join", i, t), 2)
    end
  end
  return table.concat(items, i18n.t("report.list_sep", M.lang()))
end

--- The column most bundled reports end with: the ids of the sources behind each row.
M.sources_column = {
  key = "sources", title = i18n.area("report").sources, max = 24,
}

return M
