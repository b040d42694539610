-- cica.serve.search: the search page, /search?q= — every record cica.search finds, each linked
-- to its record page, with "did you mean" when nothing matches; .json gives the hits.
local html = require "cica.serve.html"
local http = require "cica.serve.http"
local frame = require "cica.serve.frame"
local tables = require "cica.serve.tables"
local collections = require "cica.serve.collections"

local el, raw = html.el, html.raw
local T, fail, encode = http.T, http.fail, http.encode
local html_response, json_response = http.html_response, http.json_response
local row_shape, shaped_row = tables.row_shape, tables.shaped_row
local KIND_COLLECTION = collections.KIND_COLLECTION

local M = {}

-- Turns a search snippet's **marks** into <mark>, escaping the rest.
local function snippet_html(s)
  local out, i = {}, 1
  while true do
    local a, b = s:find("**", i, true)
    if not a then out[#out + 1] = html.escape(s:sub(i)) break end
    local c, d = s:find("**", b + 1, true)
    if not c then out[#out + 1] = html.escape(s:sub(i)) break end
    out[#out + 1] = html.escape(s:sub(i, a - 1)) .. "<mark>" .. html.escape(s:sub(b + 1, c - 1)) .. "</mark>"
    i = d + 1
  end
  return raw(table.concat(out))
end

-- /search?q=: every record matching, with links to its page; suggestions when nothing matches.
function M.get(ctx, fmt)
  if fmt == "json" then row_shape(ctx) end
  local q = ctx.params.q or ""
  local results, suggestions = {}, {}
  if q ~= "" then
    local ok, found = pcall(cica.search, q)
    if ok and #found == 0 then
      local ok2, s = pcall(require("cica.search").suggest, cica, q)
      if ok2 then suggestions = s end
    end
    if not ok then fail(400, "bad_search", tostring(found):gsub("^[^:]*:%d+: ", "")) end
    results = found
  end
  if fmt == "json" then
    local shape, columns = row_shape(ctx), { "kind", "id", "title", "snippet", "url" }
    local rows = {}
    for i, r in ipairs(results) do
      local coll = KIND_COLLECTION[r.kind]
      rows[i] = shaped_row(shape, columns,
        { r.kind, r.id, r.title, r.snippet, coll and ("/" .. coll .. "/" .. encode(r.id)) or nil })
    end
    return json_response(200, { columns = columns, rows = rows,
                                total = #rows, suggestions = suggestions })
  end
  local body = { el("form", { method = "get", action = "/search" },
    el("input", { type = "search", name = "q", value = q, ["aria-label"] = T(ctx, "search") }), " ",
    ctx.lang_in_url and el("input", { type = "hidden", name = "lang", value = ctx.lang }) or "",
    ctx.as_of and el("input", { type = "hidden", name = "as_of", value = ctx.as_of }) or "",
    el("button", { type = "submit" }, T(ctx, "search"))) }
  if q ~= "" then body[#body + 1] = el("p", { class = "muted" }, T(ctx, "results", #results, q)) end
  for _, r in ipairs(results) do
    local coll = KIND_COLLECTION[r.kind]
    local title = coll and el("a", { href = ctx:href("/" .. coll .. "/" .. encode(r.id), { q = false }) }, r.title) or r.title
    body[#body + 1] = el("div", { class = "result" }, el("span", { class = "kind" }, T(ctx, "kind_" .. r.kind)),
      el("strong", nil, title), el("br"), snippet_html(r.snippet or ""))
  end
  if #suggestions > 0 then
    local items = {}
    for i, s in ipairs(suggestions) do items[i] = el("a", { href = ctx:href("/search", { q = s }) }, s) end
    body[#body + 1] = el("p", nil, T(ctx, "did_you_mean"), " ", html.join(items, " · "))
  end
  return html_response(200, frame.page(ctx, T(ctx, "search"), body))
end

return M
