-- A fact sheet for one country or organisation: its status, dates, chairmanships, the meetings
-- it hosted and the sources behind them.
-- Run: cica examples/fact_sheet.lua 哈萨克斯坦      (any name, alias or ISO code: KZ, Kazakhstan, 哈薩克)
local format = require "cica.format"

local query = ... or "KZ"
local e = cica.find(query)
if not e then error("no country or organisation called '" .. query .. "' in the dataset", 0) end

local rows = {}
local function fact(what, value) rows[#rows + 1] = { fact = what, value = value } end

fact("name", ("%s / %s / %s"):format(e.name_hans, e.name_hant, e.name_en))
fact("code", e.id)
fact("status", e.status)
fact("since", e.joined)
if e.founding then fact("founding member", "yes") end

for _, c in ipairs(cica.chairs) do
  if c.country == e.id then fact("chair, term " .. c.term, c.from .. " – " .. (c.to or "now")) end
end
for _, m in ipairs(cica.meetings) do
  if m.country == e.id or m.host == e.id then
    fact("hosted " .. m.date, m.city and (m.title .. ", " .. m.city) or m.title)
  end
end
for _, h in ipairs(cica.secretariat.heads) do
  if h.nationality == e.id then fact("secretariat head", h.name .. " (from " .. h.from .. ")") end
end

-- The entity's sources, with titles and links from cica.sources.
local by_id = {}
for _, s in ipairs(cica.sources) do by_id[s.id] = s end
local sources = {}
for _, id in ipairs(e.sources or {}) do sources[#sources + 1] = by_id[id] or { id = id } end

io.write(format.text({ title = e.name, columns = { "fact", "value" }, rows = rows, sources = sources }))
