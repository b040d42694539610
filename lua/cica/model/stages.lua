-- cica.stages: the planned stages of CICA's development (table stages).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 70 }

M.stages = u.simple("SELECT * FROM stages ORDER BY ord", { "text" })

M.classes = {
  {
    name = "cica.Stage",
    summary = "One of the planned stages of CICA's development.",
    fields = model.fields({
      { "ord", "integer", "1, 2, 3, … in order" },
      { "from", "string", "when it began: " .. u.DATE },
      { "to", "string", "when it ended: " .. u.DATE },
    }, model.localized("text", "what it was about"), { u.SOURCES }),
  },
}

M.collections = {
  {
    name = "stages", class = "cica.Stage", build = M.stages, sources = true, as_of = "periods",
    summary = "The planned stages of CICA's development, in order.",
    show = { "ord", "from", "to", "text" },
    example = 'for _, s in ipairs(cica.stages) do print(s.from, s.to, s.text) end',
    search = { kind = "stage", rank = 10, key = "ord", what = "one of the four planned stages", ids = "its number",
               label = { ["zh-Hans"] = "发展阶段", ["zh-Hant"] = "發展階段", en = "stage" } },
  },
}

return M
