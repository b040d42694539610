-- cica.regions: the UN M49 regions and sub-regions the entities' region codes name (table regions).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 160 }

--- The regions by code, each with its name in three languages.
M.regions = u.simple("SELECT * FROM regions ORDER BY code", { "name" })

M.classes = {
  {
    name = "cica.Region",
    summary = "A UN M49 region or sub-region (what an entity's `region` and `subregion` codes name).",
    fields = model.fields({
      { "code", "string", 'the M49 code, three digits ("142" Asia, "143" Central Asia)' },
      { "parent", "string?", "the code of the region it is part of" },
    }, model.localized("name", "the name")),
  },
}

M.collections = {
  {
    name = "regions", class = "cica.Region", build = M.regions,
    summary = "The UN M49 regions and sub-regions that entities' region codes name, by code.",
    show = { "code", "name", "parent" },
    example = 'for _, r in ipairs(cica.regions) do print(r.code, r.name) end',
  },
}

return M
