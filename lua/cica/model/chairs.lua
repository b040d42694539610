-- cica.chairs: the chairmanship terms in order (table chairs).
local date = require "cica.date"
local lang = require "cica.lang"
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 30 }

--- Chairmanship terms in order, each with its state's name in the display language.
function M.chairs(cica)
  local list = {}
  for row in cica.rows("SELECT * FROM chairs ORDER BY term") do
    local e = row.country and cica.find(row.country)
    list[#list + 1] = {
      term = row.term, country = row.country, name = e and e.name or row.country,
      from = row.start, to = row["end"], sources = u.source_list(row.sources),
    }
    u.localize_text(list[#list], row, "note", nil, cica.lang)
  end
  return list
end

--- The term in force on `when` (a date checked by date.normalize), or nil.
function M.chair_at(cica, when)
  local day = date.last_day(when)
  local found
  for _, term in ipairs(cica.chairs) do
    if date.holds(term.from, term.to, day) then found = term end
  end
  return found
end

-- Search titles of a term, per language: closed, and current.
local LABEL = {
  ["zh-Hans"] = { "亚信主席国：%s（%s至%s）", "亚信主席国：%s（%s起）" },
  ["zh-Hant"] = { "亞信主席國：%s（%s至%s）", "亞信主席國：%s（%s起）" },
  en = { "CICA chair: %s, %s to %s", "CICA chair: %s, from %s" },
}

M.classes = {
  {
    name = "cica.Chair",
    summary = "A chairmanship term; a renewed chairmanship is a second term.",
    fields = model.fields({
      { "term", "integer", "1, 2, 3, … in order" },
      { "country", "string", "the id of the chairing state" },
      { "name", "string", "its name in the display language" },
      { "from", "string", "when the term began: " .. u.DATE },
      { "to", "string?", "when it ended; nil for the current term" },
    }, u.note(), { u.SOURCES }),
  },
}

M.collections = {
  {
    name = "chairs", class = "cica.Chair", build = M.chairs, sources = true, as_of = "periods",
    summary = "The chairmanship terms, in order.",
    show = { "term", "country", "name", "from", "to" },
    example = 'local last = cica.chairs[#cica.chairs]\nprint(last.name, last.from)',
    search = {
      kind = "chair", rank = 5, key = "term", what = "a chairmanship term", ids = "the term number",
      label = { ["zh-Hans"] = "主席国任期", ["zh-Hant"] = "主席國任期", en = "chair" },
      title = function(record, code)
        local label = lang.text(LABEL, code)
        if record.to then return label[1]:format(record.name, record.from, record.to) end
        return label[2]:format(record.name, record.from)
      end,
    },
  },
}

return M
