-- cica.serve.collections: the collections `cica serve` browses at /<name> (COLLECTIONS: each
-- one's key field, columns and facets; KIND_COLLECTION: where a search hit's record page is) and
-- the collection page itself — facets beside the table, paging below, .json and .csv of the rows.
local html = require "cica.serve.html"
local http = require "cica.serve.http"
local frame = require "cica.serve.frame"
local tables = require "cica.serve.tables"

local el = html.el
local T, headers_for = http.T, http.headers_for
local html_response, json_response = http.html_response, http.json_response

local M = {}

-- The collections browsable at /<name>: the field that names a record (nil: no record pages),
-- the columns of the table and the facets (fields whose values are counted). "year" is derived
-- from a record's date.
M.COLLECTIONS = {
  { name = "members", key = "id", columns = { "id", "name", "joined", "region", "founding", "sources" },
    facets = { "region", "founding", "joined_year" } },
  { name = "observers", key = "id", columns = { "id", "name", "joined", "kind", "region", "sources" },
    facets = { "kind", "region", "joined_year" } },
  { name = "partners", key = "id", columns = { "id", "name", "joined", "kind", "sources" }, facets = { "kind" } },
  { name = "entities", key = "id", columns = { "id", "name", "kind", "status", "joined", "region", "sources" },
    facets = { "status", "kind", "region", "joined_year" } },
  { name = "summits", key = "id", columns = { "id", "title", "date", "city", "host", "status", "sources" },
    facets = { "status", "host", "year" } },
  { name = "meetings", key = "id", columns = { "id", "title", "date", "kind", "city", "host", "status", "sources" },
    facets = { "kind", "status", "host", "year" } },
  { name = "chairs", key = "term", columns = { "term", "name", "country", "from", "to", "sources" },
    facets = { "country" } },
  { name = "documents", key = "id", columns = { "id", "title", "date", "meeting", "sources" }, facets = { "year" } },
  { name = "events", key = "id", columns = { "id", "date", "kind", "title", "sources" }, facets = { "kind", "year" } },
  { name = "timeline", columns = { "date", "kind", "title" }, facets = { "kind", "year" } },
  { name = "discrepancies", key = "id", columns = { "id", "title", "field", "subject", "sources" }, facets = { "field" } },
  { name = "sources", key = "id", columns = { "id", "title", "kind", "lang", "url" }, facets = { "kind", "lang" } },
  { name = "rules", key = "id", columns = { "id", "topic", "text", "sources" }, facets = { "topic" } },
  { name = "stages", key = "ord", columns = { "ord", "text", "from", "to", "sources" } },
  { name = "cbm_areas", key = "id", columns = { "id", "name", "sources" } },
}
M.BY_NAME = {}
for _, c in ipairs(M.COLLECTIONS) do M.BY_NAME[c.name] = c end

-- Search result kinds and the collection whose record pages show them.
local KIND_COLLECTION = { entity = "entities", meeting = "meetings", document = "documents", chair = "chairs",
                          event = "events", stage = "stages", rule = "rules", cbm_area = "cbm_areas",
                          source = "sources", discrepancy = "discrepancies" }
M.KIND_COLLECTION = KIND_COLLECTION

-- /<collection>: facets beside the table, paging below; .json and .csv of the same rows.
function M.get(ctx, spec, fmt)
  local t = tables.table_of(ctx, spec)
  local function page_link(n)
    local params = {}
    for k, v in pairs(ctx.params) do params[k] = v end
    params._page = n > 1 and tostring(n) or nil
    return ctx:href(ctx.path, params)
  end
  if fmt == "json" then
    local next_url = t.page < t.pages and (ctx.path .. ".json" .. page_link(t.page + 1):match("%?.*$")) or nil
    return json_response(200, tables.table_json(ctx, t, next_url))
  elseif fmt == "csv" then
    return 200, headers_for("text/csv; charset=utf-8",
      { ["Content-Disposition"] = 'inline; filename="' .. spec.name .. '.csv"' }), tables.table_csv(ctx, t)
  end
  local facets = {}
  for _, f in ipairs(t.facets) do
    local items = {}
    for _, v in ipairs(f.values) do
      local on = t.filters[f.field] == v.value
      local params = {}
      for k, x in pairs(ctx.params) do params[k] = x end
      params[f.field] = not on and v.value or nil
      params._page = nil
      local label = ctx.export and v.shown or el("a", { href = ctx:href(ctx.path, params) }, v.shown)
      items[#items + 1] = el("li", { class = on and "on" or nil }, label, " ", el("span", { class = "count" }, v.count))
    end
    facets[#facets + 1] = el("section", nil, el("h3", nil, frame.column_title(ctx, f.field)), el("ul", nil, items))
  end
  local nav = {}
  if t.page > 1 then nav[#nav + 1] = el("a", { href = page_link(t.page - 1), rel = "prev" }, T(ctx, "prev")) end
  nav[#nav + 1] = el("span", nil, T(ctx, "page_of", t.page, t.pages, t.total))
  if t.page < t.pages then nav[#nav + 1] = el("a", { href = page_link(t.page + 1), rel = "next" }, T(ctx, "next")) end
  local q = ctx.params
  local downloads
  if ctx.export then
    downloads = el("p", nil, el("a", { href = ctx:href(ctx.path .. ".csv") }, "CSV"), " · ",
      el("a", { href = ctx:href(ctx.path .. ".json") }, "JSON"))
  else
    local qs = ctx:href(ctx.path, q):match("%?.*$") or ""
    downloads = el("p", nil, el("a", { href = ctx.path .. ".csv" .. qs }, "CSV"), " · ",
      el("a", { href = ctx.path .. ".json" .. qs }, "JSON"))
  end
  local filter_form = ""
  if not ctx.export then
    local keep = {}
    for k, v in pairs(q) do
      if k ~= "_q" and k ~= "_page" then keep[#keep + 1] = el("input", { type = "hidden", name = k, value = v }) end
    end
    table.sort(keep, function(a, b) return a.html < b.html end)
    filter_form = el("form", { method = "get", action = ctx.path }, keep,
      el("input", { type = "search", name = "_q", value = q._q or "", placeholder = T(ctx, "filter_placeholder"),
                    ["aria-label"] = T(ctx, "filter") }), " ", el("button", { type = "submit" }, T(ctx, "filter")))
  end
  local body = el("div", { class = #facets > 0 and "layout" or nil },
    #facets > 0 and el("aside", { class = "facets" }, facets) or "",
    el("section", nil, filter_form, tables.records_table(ctx, spec, t.columns, t.rows, true),
      el("nav", { class = "pages" }, html.join(nav, " ")), downloads))
  return html_response(200, frame.page(ctx, T(ctx, "coll_" .. spec.name), body))
end

return M
