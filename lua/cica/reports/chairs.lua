-- Chairmanships, term by term (a renewed chairmanship is a term of its own).
local R = require "cica.report"

return {
  order = 70,              -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "亚信主席国", ["zh-Hant"] = "亞信主席國", en = "CICA chairmanships" },
  description = {
    ["zh-Hans"] = "历任主席国及任期，连任算作新的一届",
    ["zh-Hant"] = "歷任主席國及任期，連任算作新的一屆",
    en = "Chairing states and their terms; a renewal counts as a new term",
  },
  columns = {
    { key = "term", title = { ["zh-Hans"] = "届", ["zh-Hant"] = "屆", en = "Term" } },
    { key = "code", title = { ["zh-Hans"] = "代码", ["zh-Hant"] = "代碼", en = "Code" } },
    { key = "country", title = { ["zh-Hans"] = "主席国", ["zh-Hant"] = "主席國", en = "Chair" } },
    { key = "from", title = { ["zh-Hans"] = "起", ["zh-Hant"] = "起", en = "From" } },
    { key = "to", title = { ["zh-Hans"] = "止", ["zh-Hant"] = "止", en = "To" },
      display = function(v) return v or R.word("present") end },
    R.sources_column,
  },
  rows = function(cica)
    local rows = {}
    for i, c in ipairs(cica.chairs) do
      rows[i] = { term = c.term or i, code = c.country, country = R.entity_name(c.country),
                  from = c.from or c.start, to = c.to or c["end"] or R.null, sources = c.sources }
    end
    return rows
  end,
}
