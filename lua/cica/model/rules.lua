-- cica.rules: standing rules and characteristics of CICA (table rules).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 80 }

M.rules = u.simple("SELECT * FROM rules ORDER BY topic, id", { "text" })

M.classes = {
  {
    name = "cica.Rule",
    summary = "A standing rule or characteristic of CICA that is not a dated event (how often it meets, who chairs, its bodies, how the secretariat is run).",
    fields = model.fields({
      { "id", "string", "a stable id: \"meeting-cycle\", \"host-chairs\", \"bodies\", …" },
      { "topic", "string", "\"purpose\", \"meetings\", \"chair\", \"bodies\" or \"secretariat\"" },
      { "valid_from", "string?", "since when it holds, where known: " .. u.DATE },
      { "valid_to", "string?", "until when it held, where it no longer does: " .. u.DATE },
    }, model.localized("text", "the rule, in words"), { u.SOURCES }),
  },
}

M.collections = {
  {
    name = "rules", class = "cica.Rule", build = M.rules,
    summary = "Standing rules and characteristics of CICA (not dated events), by topic.",
    show = { "id", "topic", "text" },
    example = 'for _, r in ipairs(cica.rules) do print(r.topic, r.text) end',
    search = { kind = "rule", rank = 11, key = "id", ids = "its id",
               what = "a standing rule or characteristic (meeting cycle, who chairs, bodies, …)",
               label = { ["zh-Hans"] = "规则", ["zh-Hant"] = "規則", en = "rule" } },
  },
}

return M
