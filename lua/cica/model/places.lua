-- cica.places: the places meetings were held and the Secretariat sat, with the names they bore
-- for a while (tables places, place_names).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 150 }

--- The places by id, each with its names in three languages and the names it bore for a while.
function M.places(cica)
  local names = {}
  for n in cica.rows("SELECT * FROM place_names ORDER BY place, valid_from") do
    local list = names[n.place] or {}
    names[n.place] = list
    local former = { from = n.valid_from, to = n.valid_to }
    u.localize(former, n, "name", nil, cica.lang)
    list[#list + 1] = former
  end
  local list = {}
  for row in cica.rows("SELECT * FROM places ORDER BY id") do
    local record = { id = row.id, country = row.country, names = names[row.id] or {} }
    u.localize(record, row, "name", nil, cica.lang)
    list[#list + 1] = record
  end
  return list
end

M.classes = {
  {
    name = "cica.Place",
    summary = "A place where CICA met or had its Secretariat: a city, or \"online\".",
    fields = model.fields({
      { "id", "string", 'a stable id ("almaty", "astana", "online", …)' },
      { "country", "string?", "the id of the country it is in" },
    }, model.localized("name", "its present name"), {
      { "names", "cica.PlaceName[]", "the names it bore for a while, in order (Astana was Nur-Sultan 2019-2022)" },
    }),
  },
  {
    name = "cica.PlaceName",
    summary = "A name a place bore for a period.",
    fields = model.fields({
      { "from", "string", "since when: " .. u.DATE },
      { "to", "string", "until when: " .. u.DATE },
    }, model.localized("name", "the name")),
  },
}

M.collections = {
  {
    name = "places", class = "cica.Place", build = M.places,
    summary = "The places of meetings and of the Secretariat, by id, with their former names.",
    show = { "id", "name", "country" },
    example = 'for _, p in ipairs(cica.places) do print(p.id, p.name, #p.names) end',
    search = { kind = "place", rank = 2, key = "id",
               what = "a city where meetings or the secretariat were", ids = "`almaty`, `astana`, …",
               label = { ["zh-Hans"] = "地点", ["zh-Hant"] = "地點", en = "place" } },
  },
}

return M
