-- cica.serve.home: the home page, / — counts on the date shown, links to every collection, then
-- the overview report.
local html = require "cica.serve.html"
local http = require "cica.serve.http"
local frame = require "cica.serve.frame"
local collections = require "cica.serve.collections"
local reports = require "cica.serve.reports"

local el, raw = html.el, html.raw
local T, html_response = http.T, http.html_response

local M = {}

-- /: counts on the date shown, links to every collection and report, then the overview report.
function M.get(ctx)
  local c = ctx:data()
  local chair
  for _, ch in ipairs(c.chairs or {}) do if not ch.to or ch.to == "" then chair = ch end end
  local cards = {
    el("li", nil, el("strong", nil, #c.members), el("a", { href = ctx:href("/members") }, T(ctx, "coll_members"))),
    el("li", nil, el("strong", nil, #c.observers), el("a", { href = ctx:href("/observers") }, T(ctx, "coll_observers"))),
    el("li", nil, el("strong", nil, #c.partners), el("a", { href = ctx:href("/partners") }, T(ctx, "coll_partners"))),
    el("li", nil, el("strong", nil, #c.meetings), el("a", { href = ctx:href("/meetings") }, T(ctx, "coll_meetings"))),
    el("li", nil, el("strong", nil, #c.documents), el("a", { href = ctx:href("/documents") }, T(ctx, "coll_documents"))),
    chair and el("li", nil, el("strong", nil, chair.name or chair.country), T(ctx, "chair_now")) or "",
  }
  local colls = {}
  for _, spec in ipairs(collections.COLLECTIONS) do
    colls[#colls + 1] = el("li", nil, el("a", { href = ctx:href("/" .. spec.name) }, T(ctx, "coll_" .. spec.name)))
  end
  local overview = reports.render(ctx, "overview", "html")
  local body = { el("ul", { class = "cards" }, cards),
    el("h2", nil, T(ctx, "collections")), el("ul", nil, colls),
    el("h2", nil, el("a", { href = ctx:href("/reports/overview") }, T(ctx, "overview_report"))),
    raw(reports.report_body(overview)) }
  return html_response(200, frame.page(ctx, T(ctx, "home_title"), body))
end

return M
