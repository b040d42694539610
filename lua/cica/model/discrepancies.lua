-- cica.discrepancies: the questions on which sources disagree, with each claim (tables
-- discrepancies, discrepancy_claims).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 110 }

--- The discrepancies by id, each with its claims in order and the sources of all its claims.
function M.discrepancies(cica)
  local claims = {}
  for row in cica.rows("SELECT * FROM discrepancy_claims ORDER BY discrepancy, ord") do
    local list = claims[row.discrepancy] or {}
    claims[row.discrepancy] = list
    list[#list + 1] = { sources = u.source_list(row.sources) }
    u.localize_text(list[#list], row, "claim", nil, cica.lang)
  end
  local list = {}
  for row in cica.rows("SELECT * FROM discrepancies ORDER BY id") do
    local record = { id = row.id, subject = row.subject, field = row.field, claims = claims[row.id] or {} }
    u.localize(record, row, "title", nil, cica.lang)
    u.localize_text(record, row, "preferred", nil, cica.lang)
    u.localize_text(record, row, "reason", nil, cica.lang)
    record.sources = {}
    for _, c in ipairs(record.claims) do u.merge_sources(record.sources, c.sources) end
    list[#list + 1] = record
  end
  return list
end

M.classes = {
  {
    name = "cica.Discrepancy",
    summary = "A question on which sources disagree: each claim with its sources, and what the dataset uses.",
    fields = model.fields({
      { "id", "string", "a stable id" },
      { "subject", "string", 'what it is about: "entity:TH", "meeting:summit-5", "counts", …' },
      { "field", "string?", 'which field: "joined", "date", …' },
    }, model.localized("title", "the question"), {
      { "claims", "cica.Claim[]", "what each source says" },
    }, model.localized_text("preferred", "the value the dataset uses"), model.localized_text("reason", "why"), {
      u.SOURCES,
    }),
  },
  {
    name = "cica.Claim",
    summary = "One claim in a discrepancy.",
    fields = model.fields(model.localized_text("claim", "the claimed value, as the source states it"), { u.SOURCES }),
  },
}

M.collections = {
  {
    name = "discrepancies", class = "cica.Discrepancy", build = M.discrepancies, sources = true,
    summary = "The questions on which sources disagree, with each claim and what the dataset uses.",
    show = { "id", "subject", "field", "title", "preferred" },
    example = 'for _, d in ipairs(cica.discrepancies) do print(d.id, d.title, #d.claims) end',
    search = { kind = "discrepancy", rank = 12, key = "id", what = "a fact the sources disagree on", ids = "its id",
               label = { ["zh-Hans"] = "来源分歧", ["zh-Hant"] = "來源分歧", en = "discrepancy" } },
  },
}

return M
