-- cica.model.util: what the builders of lua/cica/model/*.lua share — reading a `sources` column,
-- per-language columns into record fields, places named by date, simple one-table builders and
-- the documentation snippets their classes repeat. No state: every function is pure.
local lang = require "cica.lang"

local M = {}

--- The array of source ids in a `sources` column (a JSON array of strings).
function M.source_list(json)
  local list = {}
  for id in (json or ""):gmatch('"([^"]*)"') do list[#list + 1] = id end
  return list
end

--- Adds `field`, `field_hans`, `field_hant`, `field_en` to record from a row's column_hans/_hant/_en;
-- `field` is the form in `code`, the display language.
function M.localize(record, row, column, field, code)
  field = field or column
  for _, c in ipairs(lang.codes) do
    local suffix = lang.suffix(c)
    record[field .. "_" .. suffix] = row[column .. "_" .. suffix]
  end
  record[field] = row[column .. "_" .. lang.suffix(code)]
end

--- Like localize, for free text (notes, reasons, claims): a text not yet translated into the
-- display language shows in English rather than not at all.
function M.localize_text(record, row, column, field, code)
  M.localize(record, row, column, field, code)
  field = field or column
  if record[field] == nil then record[field] = record[field .. "_en"] end
end

--- Appends the ids of `more` not already in `list`; returns list.
function M.merge_sources(list, more)
  local seen = {}
  for _, id in ipairs(list) do seen[id] = true end
  for _, id in ipairs(more) do
    if not seen[id] then list[#list + 1] = id; seen[id] = true end
  end
  return list
end

--- A shallow copy of a table.
function M.copy(t)
  local out = {}
  for k, v in pairs(t) do out[k] = v end
  return out
end

--- A function (place id, date?) -> the row naming the place on that date (places or
-- place_names: Astana was Nur-Sultan from 2019-03-23 to 2022-09-17) and the place's country.
function M.place_namer(cica)
  local places, renames = {}, {}
  for row in cica.rows("SELECT * FROM places") do places[row.id] = row end
  for row in cica.rows("SELECT * FROM place_names ORDER BY place, valid_from") do
    local list = renames[row.place] or {}
    renames[row.place] = list
    list[#list + 1] = row
  end
  return function(place, on)
    local row = places[place]
    if not row then return nil end
    for _, r in ipairs(renames[place] or {}) do
      if on and r.valid_from <= on and on < r.valid_to then return r, row.country end
    end
    return row, row.country
  end
end

--- A builder for a simple table: the rows of `sql`, each column copied, the per-language
-- columns named in `localized` given their display-language field, `sources` as a list and
-- start/end as from/to; sorted by id in natural order (A1, A2, … A10) when `natural`.
function M.simple(sql, localized, natural)
  return function(cica)
    local list = {}
    for row in cica.rows(sql) do
      local record = {}
      for k, v in pairs(row) do record[k] = v end
      for _, column in ipairs(localized) do M.localize_text(record, row, column, nil, cica.lang) end
      if row.sources then record.sources = M.source_list(row.sources) end
      if row.start then record.from, record.to, record.start = row.start, row["end"], nil end
      record["end"] = nil
      list[#list + 1] = record
    end
    -- ids such as A1 … A10: SQL orders them as text (A1, A10, A2); people expect A1, A2, … A10
    if natural then
      local less = require("cica.natural").less
      table.sort(list, function(a, b) return less(a.id, b.id) end)
    end
    return list
  end
end

-- ---- the dataset as it stood on a date (cica.dataset.as_of) -----------------------------------

--- Whether a date of any precision had come by `day` (a last_day): "2014" counts only from
-- 2014-12-31, as members_at counts it. A record without a date never has.
function M.by(d, day)
  local date = require "cica.date"
  return type(d) == "string" and d:match("^%d%d%d%d") ~= nil and date.last_day(d) <= day
end

--- Copies of the periods ({ from, to }) that had begun by `day`; one still running then has no
-- `to` (it was open, whatever came later).
function M.clip(list, day)
  local out = {}
  for _, p in ipairs(list or {}) do
    if M.by(p.from, day) then
      local copy = M.copy(p)
      if copy.to ~= nil and not M.by(copy.to, day) then copy.to = nil end
      out[#out + 1] = copy
    end
  end
  return out
end

--- The records dated (field `date`) by `day`.
function M.dated(list, day)
  local out = {}
  for _, r in ipairs(list or {}) do
    if M.by(r.date, day) then out[#out + 1] = r end
  end
  return out
end

-- ---- documentation snippets -----------------------------------------------------------------

M.SOURCES = { "sources", "string[]", "ids of the sources that state it (see cica.sources, help(record))" }
M.CONFIDENCE = { "confidence", "string", '"confirmed", or "unverified" when no retrieved source confirms it' }
M.DATE = "ISO 8601 at the precision the sources give: \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\""

--- The fields of an optional note in every language.
function M.note()
  return require("cica.model").localized_text("note", "a remark", true)
end

return M
