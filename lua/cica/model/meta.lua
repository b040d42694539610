-- cica.meta: facts about the dataset itself (table meta).
local M = { order = 130 }

--- The meta table as key -> value.
function M.meta(cica)
  local meta = {}
  for row in cica.rows("SELECT key, value FROM meta") do meta[row.key] = row.value end
  return meta
end

M.classes = {
  {
    name = "cica.Meta",
    summary = "Facts about the dataset itself.",
    fields = {
      { "as_of", "string", "the date the dataset was last checked against its sources" },
      { "dataset_version", "string", "the dataset's version" },
      { "schema_version", "string", "the version of the SQL schema (docs/data.md)" },
      { "name_hans", "string", "CICA's full name in simplified Chinese" },
      { "name_hant", "string", "CICA's full name in traditional Chinese" },
      { "name_en", "string", "CICA's full name in English" },
      { "name_ru", "string", "CICA's full name in Russian" },
      { "short_hans", "string", "CICA's short name in simplified Chinese (亚信会议)" },
      { "short_hant", "string", "CICA's short name in traditional Chinese (亞信會議)" },
      { "abbr_en", "string", "the English abbreviation (CICA)" },
      { "abbr_ru", "string", "the Russian abbreviation (СВМДА)" },
    },
  },
}

M.collections = {
  {
    name = "meta", kind = "value", class = "cica.Meta", build = M.meta, by_lang = false,
    -- on a date: as_of is that date, dataset_as_of the dataset's own
    as_of = function(cica, _, when)
      local meta = {}
      for k, v in pairs(cica.meta or {}) do meta[k] = v end
      meta.dataset_as_of, meta.as_of = meta.as_of, when
      return meta
    end,
    summary = "Facts about the dataset (as_of: when it was last checked, dataset_version, schema_version) and CICA's names.",
    example = 'cica.meta.as_of',
  },
}

return M
