-- cica.serve.sql: the SQL page, /sql?q= — one read-only query through the API user code gets
-- (the --safe sandbox's), its rows as an HTML table, .json (Datasette-shaped) or .csv.
local html = require "cica.serve.html"
local format = require "cica.format"
local http = require "cica.serve.http"
local frame = require "cica.serve.frame"
local tables = require "cica.serve.tables"

local el = html.el
local T, fail, encode, headers_for = http.T, http.fail, http.encode, http.headers_for
local html_response, json_response = http.html_response, http.json_response
local row_shape, shaped_row = tables.row_shape, tables.shaped_row

local M = {}

-- /sql?q=: one read-only query through the API user code gets (the --safe sandbox's), at most
-- rows_limit rows, under the request's time and memory limits.
function M.get(ctx, fmt)
  if fmt == "json" then row_shape(ctx) end -- a bad _shape runs no query
  local q = ctx.params.q or ""
  local columns, rows, truncated = {}, {}, false
  local problem
  if q ~= "" then
    local ok_host, host = pcall(require, "cica.host")
    local api = ok_host and host.user_api and host.user_api() or cica
    local ok, err = pcall(function()
      local seen = {}
      for row in api.rows(q) do
        if #rows >= http.config.rows_limit then truncated = true break end
        for k in pairs(row) do
          if not seen[k] then seen[k] = true; columns[#columns + 1] = k end
        end
        rows[#rows + 1] = row
      end
    end)
    if not ok then
      local msg = tostring(err)
      if msg:match("time limit exceeded") or msg:match("not enough memory") then error(msg, 0) end
      problem = msg:gsub("^[^\n]-:%d+: ", ""):gsub("\n.*", "")
    end
  end
  -- the rows are tables keyed by column name: put the columns in the order the query text
  -- names them (where it does), the others after them by name
  local lower_q = q:lower()
  local function at(c) return lower_q:find(c:lower(), 1, true) or math.huge end
  table.sort(columns, function(a, b)
    local x, y = at(a), at(b)
    if x ~= y then return x < y end
    return a < b
  end)
  if fmt == "json" then
    local shape = row_shape(ctx)
    if problem then return json_response(400, { error = T(ctx, "sql_error", problem), status = 400 }) end
    local out = {}
    for i, r in ipairs(rows) do
      local values = {}
      for j, c in ipairs(columns) do values[j] = r[c] end
      out[i] = shaped_row(shape, columns, values)
    end
    return json_response(200, { columns = columns, rows = out, truncated = truncated })
  end
  if fmt == "csv" then
    if problem then fail(400, "sql_error", problem) end
    local cols = {}
    for i, c in ipairs(columns) do cols[i] = { key = c, title = c } end
    return 200, headers_for("text/csv; charset=utf-8"), format.render({ columns = cols, rows = rows }, "csv", {})
  end
  local body = { el("form", { method = "get", action = "/sql" },
    el("textarea", { name = "q", rows = 5, ["aria-label"] = "SQL" }, q),
    ctx.lang_in_url and el("input", { type = "hidden", name = "lang", value = ctx.lang }) or "",
    el("button", { type = "submit" }, T(ctx, "run"))),
    el("p", { class = "muted" }, T(ctx, "sql_help", http.config.rows_limit)) }
  if problem then
    body[#body + 1] = el("div", { class = "error" }, T(ctx, "sql_error", problem))
    return html_response(400, frame.page(ctx, "SQL", body))
  end
  if q ~= "" then
    local heads = {}
    for i, c in ipairs(columns) do heads[i] = el("th", nil, c) end
    local trs = {}
    for i, r in ipairs(rows) do
      local tds = {}
      for j, c in ipairs(columns) do tds[j] = el("td", nil, format.cell(r[c])) end
      trs[i] = el("tr", nil, tds)
    end
    body[#body + 1] = el("div", { class = "table" }, el("table", nil, el("thead", nil, el("tr", nil, heads)), el("tbody", nil, trs)))
    body[#body + 1] = el("p", { class = "muted" }, T(ctx, truncated and "rows_truncated" or "rows_count", #rows))
    local qs = "?q=" .. encode(q)
    body[#body + 1] = el("p", nil, el("a", { href = "/sql.csv" .. qs }, "CSV"), " · ", el("a", { href = "/sql.json" .. qs }, "JSON"))
  end
  return html_response(200, frame.page(ctx, "SQL", body))
end

return M
