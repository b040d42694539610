-- cica.serve.reports: the reports in the browser — /reports (the list) and /reports/<name>,
-- rendered by the report engine (cica.report) in the page's language and date: its html inside the
-- app's frame, its csv as it is, and a Datasette-shaped JSON of the rows (report_json).
local html = require "cica.serve.html"
local format = require "cica.format"
local http = require "cica.serve.http"
local frame = require "cica.serve.frame"
local tables = require "cica.serve.tables"

local el, raw = html.el, html.raw
local T, fail, encode, headers_for = http.T, http.fail, http.encode, http.headers_for
local html_response, json_response = http.html_response, http.json_response
local row_shape, shaped_row = tables.row_shape, tables.shaped_row

local M = {}

-- The inside of a report's html rendering (between <body> and </body>, without its <h1>): the
-- report engine's own markup, put inside the app's frame.
local function report_body(text)
  local inner = text:match("<body>(.*)</body>") or ""
  inner = inner:gsub("^%s*<h1>.-</h1>", "", 1)
  return inner
end
M.report_body = report_body

--- Renders report `name` with the report engine in ctx's language and date; a 404 when unknown.
local function render_report(ctx, name, fmt)
  local report = require "cica.report"
  if not report.locate(name) or name:find("/", 1, true) or name:match("%.lua$") then
    fail(404, "no_report", name, report.available())
  end
  local ok, text, spec = pcall(report.render, name, { format = fmt, lang = ctx.lang, as_of = ctx.as_of })
  if not ok then
    if tostring(text):match("time limit exceeded") or tostring(text):match("not enough memory") then error(text, 0) end
    fail(500, "report_failed", name, tostring(text))
  end
  return text, spec
end
M.render = render_report

--- The Datasette-shaped JSON value of a report (the format spec cica.report.build made):
-- `columns` (the column keys, in order), `rows` (arrays in that order; objects with
-- _shape=objects), `total`, and the report's metadata beside them as Datasette puts a table's
-- (`title`, `description`, `sources`), with `name`, `lang`, `as_of` (the dataset's date),
-- `view_date` (the as-of date asked for, or null), `column_titles`, `notes` and `chart`.
function M.report_json(ctx, spec)
  local shape = row_shape(ctx)
  local keys, titles = {}, {}
  for i, c in ipairs(spec.columns) do keys[i], titles[i] = c.key, c.title end
  local rows = {}
  for i, r in ipairs(spec.rows) do
    local values = {}
    for j, k in ipairs(keys) do values[j] = r[k] end
    rows[i] = shaped_row(shape, keys, values)
  end
  local sources = {}
  for i, src in ipairs(spec.sources or {}) do
    sources[i] = { id = src.id, title = src.title or format.null, url = src.url or format.null }
  end
  local chart = format.null
  if spec.chart then
    local series = {}
    for i, x in ipairs(spec.chart.series or {}) do series[i] = { key = x.key, title = x.title or format.null } end
    chart = { type = spec.chart.type, x = spec.chart.x or format.null, title = spec.chart.title or format.null,
              series = series }
  end
  local notes = spec.notes
  if type(notes) ~= "table" then notes = {} end
  return { name = spec.name, title = spec.title, description = spec.description or format.null,
           lang = spec.lang or ctx.lang, as_of = spec.as_of or format.null,
           view_date = spec.view_date or format.null, columns = keys, column_titles = titles,
           rows = rows, total = #rows, next = format.null, notes = notes, chart = chart, sources = sources }
end

-- /reports: the list; /reports/<name>: the report page (its chart inline), .json and .csv.
function M.list(ctx)
  local report = require "cica.report"
  local list = report.list()
  local items = {}
  for _, r in ipairs(list) do
    items[#items + 1] = el("li", nil, el("a", { href = ctx:href("/reports/" .. encode(r.name)) }, r.title or r.name),
      r.user and el("span", { class = "muted" }, " (", T(ctx, "user_report"), ")") or "",
      el("br"), el("span", { class = "muted" }, r.description or ""))
  end
  return html_response(200, frame.page(ctx, T(ctx, "nav_reports"), el("ul", nil, items)))
end

function M.get(ctx, name, fmt)
  if fmt == "json" then
    row_shape(ctx) -- a bad _shape runs no report
    local _, spec = render_report(ctx, name, "json")
    return json_response(200, M.report_json(ctx, spec))
  elseif fmt == "csv" then
    return 200, headers_for("text/csv; charset=utf-8"), (render_report(ctx, name, "csv"))
  end
  local text = render_report(ctx, name, "html")
  local title = text:match("<title>(.-)</title>") or name
  title = title:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"'):gsub("&#39;", "'"):gsub("&amp;", "&")
  local links = el("p", nil, el("a", { href = ctx:href("/reports/" .. encode(name) .. ".csv") }, "CSV"), " · ",
    el("a", { href = ctx:href("/reports/" .. encode(name) .. ".json") }, "JSON"))
  return html_response(200, frame.page(ctx, title, { raw(report_body(text)), links }))
end

return M
