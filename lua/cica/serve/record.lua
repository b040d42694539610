-- cica.serve.record: the page of one record, /<collection>/<id> — its fields in the page's
-- language, its history, then what touches it (meetings and documents of an entity, participants
-- of a meeting, the disputes that name it, its sources); .json gives the record itself.
local html = require "cica.serve.html"
local i18n = require "cica.lang"
local http = require "cica.serve.http"
local frame = require "cica.serve.frame"
local tables = require "cica.serve.tables"
local collections = require "cica.serve.collections"

local el = html.el
local T, fail, encode = http.T, http.fail, http.encode
local html_response, json_response = http.html_response, http.json_response
local collection_rows, cell_html, records_table = tables.collection_rows, tables.cell_html, tables.records_table
local shown_value = tables.shown_value

local M = {}

-- The record of a collection whose key is id (compared as text), or a 404.
local function find_record(ctx, spec, id)
  if not spec.key then fail(404, "not_found", ctx.path) end
  for _, rec in ipairs(collection_rows(ctx, spec.name)) do
    if tostring(rec[spec.key]) == id then return rec end
  end
  fail(404, "no_record", id, T(ctx, "coll_" .. spec.name))
end
M.find = find_record

-- Field/value rows of a record: every plain field in ctx's language (the other languages'
-- copies left out), lists as lists.
local function record_fields(ctx, rec)
  local names, seen = {}, {}
  for k, v in pairs(rec) do
    local base = type(k) == "string" and (k:match("^(.-)_hans$") or k:match("^(.-)_hant$") or k:match("^(.-)_en$")) or k
    if type(k) == "string" and not seen[base] and (type(v) ~= "table" or k == "sources" or k == "aliases") then
      seen[base] = true
      names[#names + 1] = base
    end
  end
  table.sort(names)
  local rows = {}
  for _, n in ipairs(names) do rows[#rows + 1] = { field = n, value = i18n.field(rec, n, ctx.lang) } end
  return rows
end

-- The meetings an entity took part in or hosted.
local function meetings_of(ctx, id)
  local out = {}
  for _, m in ipairs(collection_rows(ctx, "meetings")) do
    local hit = m.host == id
    for _, p in ipairs(m.participants or {}) do hit = hit or p.entity == id end
    if hit then out[#out + 1] = m end
  end
  return out
end

-- The disputes whose subject names the record ("entity:AU,LB", "meeting:x").
local function disputes_of(ctx, kind, id)
  local out = {}
  for _, d in ipairs(collection_rows(ctx, "discrepancies")) do
    local subject = d.subject or ""
    local k, ids = subject:match("^(%w+):(.*)$")
    if k == kind then
      for one in ids:gmatch("[^,]+") do if one == id then out[#out + 1] = d break end end
    end
  end
  return out
end

-- /<collection>/<id>: the record's fields, then what touches it.
function M.get(ctx, spec, id, fmt)
  local rec = find_record(ctx, spec, id)
  if fmt == "json" then return json_response(200, { collection = spec.name, id = rec[spec.key], record = rec }) end
  if fmt == "csv" then fail(404, "not_found", ctx.path .. ".csv") end
  local rows = {}
  for _, f in ipairs(record_fields(ctx, rec)) do
    rows[#rows + 1] = el("tr", nil, el("th", { scope = "row" }, frame.column_title(ctx, f.field)),
      el("td", nil, cell_html(ctx, f.field, rec, nil)))
  end
  local body = { el("div", { class = "table" }, el("table", { class = "record" }, el("tbody", nil, rows))) }
  local title = i18n.field(rec, "name", ctx.lang) or i18n.field(rec, "title", ctx.lang) or tostring(id)
  if type(rec.history) == "table" and #rec.history > 0 then
    local items = {}
    for _, h in ipairs(rec.history) do
      items[#items + 1] = el("li", nil, el("strong", nil, h.from or "?", " – ", h.to or ""), " ",
        T(ctx, "status_" .. tostring(h.status)), h.note and (" · " .. i18n.field(h, "note", ctx.lang)) or "")
    end
    body[#body + 1] = el("h2", nil, T(ctx, "history"))
    body[#body + 1] = el("ol", { class = "history" }, items)
  end
  if spec.name == "entities" or spec.name == "members" or spec.name == "observers" or spec.name == "partners" then
    local ms = meetings_of(ctx, rec.id)
    body[#body + 1] = el("h2", nil, T(ctx, "meetings_of", #ms))
    body[#body + 1] = records_table(ctx, collections.BY_NAME.meetings, { "date", "title", "kind", "host" }, ms, false)
    local docs, seen = {}, {}
    for _, m in ipairs(ms) do
      for _, d in ipairs(collection_rows(ctx, "documents")) do
        if d.meeting == m.id and not seen[d.id] then seen[d.id] = true; docs[#docs + 1] = d end
      end
    end
    body[#body + 1] = el("h2", nil, T(ctx, "documents_of", #docs))
    body[#body + 1] = records_table(ctx, collections.BY_NAME.documents, { "date", "title", "meeting" }, docs, false)
  end
  if spec.name == "meetings" or spec.name == "summits" then
    local parts = {}
    for _, p in ipairs(rec.participants or {}) do
      parts[#parts + 1] = el("li", nil, el("a", { href = ctx:href("/entities/" .. encode(p.entity)) },
        shown_value(ctx, "host", p.entity)), p.role and p.role ~= "participant" and (" (" .. p.role .. ")") or "")
    end
    if #parts > 0 then
      body[#body + 1] = el("h2", nil, T(ctx, "participants", #parts))
      body[#body + 1] = el("ul", nil, parts)
    end
    local docs = {}
    for _, d in ipairs(collection_rows(ctx, "documents")) do if d.meeting == rec.id then docs[#docs + 1] = d end end
    if #docs > 0 then
      body[#body + 1] = el("h2", nil, T(ctx, "documents_of", #docs))
      body[#body + 1] = records_table(ctx, collections.BY_NAME.documents, { "date", "title" }, docs, false)
    end
  end
  local kind = ({ entities = "entity", members = "entity", observers = "entity", partners = "entity",
                  meetings = "meeting", summits = "meeting", documents = "document" })[spec.name]
  if kind then
    local ds = disputes_of(ctx, kind, tostring(rec.id))
    if #ds > 0 then
      body[#body + 1] = el("h2", nil, T(ctx, "disputes", #ds))
      body[#body + 1] = records_table(ctx, collections.BY_NAME.discrepancies, { "title", "field" }, ds, false)
    end
  end
  if type(rec.sources) == "table" and #rec.sources > 0 then
    local items = {}
    local by_id = {}
    for _, s in ipairs(collection_rows(ctx, "sources")) do by_id[s.id] = s end
    for _, sid in ipairs(rec.sources) do
      local s = by_id[sid]
      items[#items + 1] = el("li", nil, el("a", { href = ctx:href("/sources/" .. encode(sid)) }, sid), " ",
        s and i18n.field(s, "title", ctx.lang) or "")
    end
    body[#body + 1] = el("h2", nil, T(ctx, "sources"))
    body[#body + 1] = el("ul", nil, items)
  end
  body[#body + 1] = ctx.export and "" or el("p", nil, el("a", { href = ctx.path .. ".json" }, "JSON"))
  return html_response(200, frame.page(ctx, title, body))
end

return M
