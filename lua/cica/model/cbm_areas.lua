-- cica.cbm_areas: the areas of confidence-building measures (table cbm_areas).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 60 }

M.cbm_areas = u.simple("SELECT * FROM cbm_areas ORDER BY ord", { "name" })

M.classes = {
  {
    name = "cica.CbmArea",
    summary = "An area of confidence-building measures (the CBM catalogue's dimensions).",
    fields = model.fields({
      { "id", "string", "a stable id" },
      { "ord", "integer", "its place in the catalogue" },
    }, model.localized("name", "the name"), { u.SOURCES }),
  },
}

M.collections = {
  {
    name = "cbm_areas", class = "cica.CbmArea", build = M.cbm_areas, sources = true,
    summary = "The areas of confidence-building measures, in catalogue order.",
    show = { "ord", "id", "name" },
    example = 'for _, a in ipairs(cica.cbm_areas) do print(a.ord, a.name) end',
    search = { kind = "cbm_area", rank = 9, key = "id", what = "an area of confidence-building measures", ids = "area id",
               label = { ["zh-Hans"] = "建立信任措施领域", ["zh-Hant"] = "建立信任措施領域", en = "cbm_area" } },
  },
}

return M
