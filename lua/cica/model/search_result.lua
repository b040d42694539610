-- cica.SearchResult: the record type of cica.search's results (lua/cica/search.lua). A class
-- with no collection; its `kind` field lists the search kinds the collections declare.
local model = require "cica.model"

local M = { order = 140 }

-- '"entity", "place", …, or "source"': the kinds, in the order ties are broken.
local function kinds_text()
  local quoted = {}
  for i, k in ipairs(model.kinds()) do quoted[i] = '"' .. k .. '"' end
  local last = table.remove(quoted)
  if #quoted == 0 then return last or "" end
  return table.concat(quoted, ", ") .. " or " .. last
end

M.classes = {
  {
    name = "cica.SearchResult",
    summary = "One result of cica.search.",
    show = { "kind", "id", "title", "snippet" },
    -- a function: the kinds are known once every collection is registered
    fields = function()
      return {
        { "kind", "string", "what was found: " .. kinds_text() },
        { "id", "string", "the record's id (a chair term's number, as text)" },
        { "title", "string", "the record's name or title in the display language" },
        { "record", "table", "the record itself" },
        { "snippet", "string", "the matching text, with the match marked" },
        { "score", "number", "how well it matches (results come best first)" },
      }
    end,
  },
}

return M
