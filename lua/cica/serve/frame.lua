-- cica.serve.frame: the frame around every HTML page of `cica serve` — the header bar
-- (navigation, search box, language and as-of controls), the title, the footer — and the
-- columns' titles in the page's language.
local html = require "cica.serve.html"
local i18n = require "cica.lang"
local http = require "cica.serve.http"

local el = html.el
local T = http.T

local M = {}

-- A column or facet title: the catalogue's "col_FIELD" when it has one, else the field name.
local function column_title(ctx, field)
  local ok, text = pcall(i18n.t, "serve.col_" .. field, ctx.lang)
  return ok and text or field
end
M.column_title = column_title

-- The header bar: brand, navigation, search box, language and as-of controls.
local function top_bar(ctx)
  local nav = {}
  for _, item in ipairs({ { "/members", "nav_members" }, { "/observers", "nav_observers" },
                          { "/meetings", "nav_meetings" }, { "/documents", "nav_documents" },
                          { "/reports", "nav_reports" } }) do
    nav[#nav + 1] = el("a", { href = ctx:href(item[1]) }, T(ctx, item[2]))
  end
  if not ctx.export then
    nav[#nav + 1] = el("a", { href = ctx:href("/quiz") }, T(ctx, "nav_quiz"))
    nav[#nav + 1] = el("a", { href = ctx:href("/sql") }, T(ctx, "nav_sql"))
  end
  local controls = {}
  if not ctx.export then
    local keep = {}
    for k, v in pairs(ctx.params or {}) do
      if k ~= "lang" and k ~= "as_of" and k ~= "_page" then keep[#keep + 1] = el("input", { type = "hidden", name = k, value = v }) end
    end
    table.sort(keep, function(a, b) return a.html < b.html end)
    controls[#controls + 1] = el("form", { method = "get", action = "/search", role = "search" },
      el("input", { type = "search", name = "q", placeholder = T(ctx, "search_placeholder"), ["aria-label"] = T(ctx, "search") }),
      ctx.lang_in_url and el("input", { type = "hidden", name = "lang", value = ctx.lang }) or "",
      ctx.as_of and el("input", { type = "hidden", name = "as_of", value = ctx.as_of }) or "",
      el("button", { type = "submit" }, T(ctx, "search")))
    local options = {}
    for _, code in ipairs(i18n.codes) do
      options[#options + 1] = el("option", { value = code, selected = code == ctx.lang }, T(ctx, "lang_" .. (code:gsub("%-", "_"))))
    end
    controls[#controls + 1] = el("form", { method = "get", action = ctx.path, class = "auto" }, keep,
      el("label", nil, T(ctx, "language"), " ", el("select", { name = "lang" }, options)),
      el("label", nil, " ", T(ctx, "as_of"), " ", el("input", { type = "date", name = "as_of", value = ctx.as_of or "",
        min = "1992-01-01" })),
      el("button", { type = "submit" }, T(ctx, "apply")))
  end
  return el("header", { class = "top" }, el("a", { class = "brand", href = ctx:href("/") }, T(ctx, "brand")),
    el("nav", nil, html.join(nav, " ")), controls)
end

--- A whole page: title, the body pieces, the frame around them.
function M.page(ctx, title, body)
  local view = ctx.as_of and el("p", { class = "muted" }, T(ctx, "viewing_as_of", ctx.as_of)) or ""
  local css = ctx.export and ctx:href("/static/cica.css") or "/static/cica.css"
  local js = ctx.export and "" or el("script", { src = "/static/cica.js", defer = true })
  return "<!DOCTYPE html>\n" .. html.render(el("html", { lang = ctx.lang },
    el("head", nil, el("meta", { charset = "utf-8" }),
      el("meta", { name = "viewport", content = "width=device-width, initial-scale=1" }),
      el("title", nil, title, " · ", T(ctx, "brand")),
      el("link", { rel = "stylesheet", href = css }), js),
    el("body", nil, top_bar(ctx), el("main", nil, el("h1", nil, title), view, body),
      el("footer", { class = "page" }, el("main", nil, T(ctx, "footer", (cica.meta or {}).as_of or "?")))))) .. "\n"
end

return M
