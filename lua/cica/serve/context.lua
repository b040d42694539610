-- cica.serve.context: a page's request context — its language (the URL's `lang`, --lang,
-- Accept-Language, the environment's), its as-of date and the view of cica on that date, and the
-- links it makes (Ctx:href keeps the language and date; in the static export, relative files).
local i18n = require "cica.lang"
local date = require "cica.date"
local http = require "cica.serve.http"

local fail = http.fail

local M = {}

-- The display language Accept-Language prefers, or nil (zh-TW/HK/MO and zh-Hant are 繁體, any other
-- zh 简体, en English; the highest q wins, the first on a tie).
function M.accept_language(header)
  if type(header) ~= "string" then return nil end
  local best, best_q = nil, -1
  for item in header:gmatch("[^,]+") do
    local tag = item:match("^%s*([%w%-%*]+)") or ""
    local q = tonumber(item:match(";%s*q=([%d%.]+)") or "1") or 0
    tag = tag:lower()
    local code = (tag:match("^zh%-hant") or tag:match("^zh%-tw") or tag:match("^zh%-hk") or tag:match("^zh%-mo")) and "zh-Hant"
      or tag:match("^zh") and "zh-Hans" or tag:match("^en") and "en" or nil
    if code and q > best_q then best, best_q = code, q end
  end
  return best
end

--- The language of a page whose URL names none: `--lang` (cica serve's, or the global one), else
-- the browser's Accept-Language (headers may be nil), else the environment's language as it was
-- when the server started (config.env_lang) — never cica.lang, which the last page set.
function M.default_lang(headers)
  return http.config.lang or M.accept_language(headers and headers["accept-language"]) or http.config.env_lang or "zh-Hans"
end

local Ctx = {}
Ctx.__index = Ctx

--- A context in lang for a page made without a request (an error page): no parameters, path "/".
function M.bare(lang)
  return setmetatable({ lang = lang, params = {}, path = "/" }, Ctx)
end

--- The link to path with params, keeping the page's language (when chosen in the URL) and as-of
-- date. In the static export, the relative file of the page instead (no parameters there).
function Ctx:href(path, params)
  if self.export then
    local file = path == "/" and "index.html" or (path:sub(2) .. (path:match("%.%a+$") and "" or ".html"))
    return string.rep("../", self.depth) .. file
  end
  local q = {}
  for k, v in pairs(params or {}) do q[k] = v end
  if q.lang == nil and self.lang_in_url then q.lang = self.lang end
  if q.as_of == nil then q.as_of = self.as_of end
  if q.as_of == false then q.as_of = nil end
  return path .. http.query_string(q)
end

-- The as-of views built lately (cica.dataset.as_of), by language and date: a few, the oldest
-- forgotten first; a change of the engine's language makes them stale (cica rebuilds its
-- collections), so the language is part of the key.
local views, view_order, MAX_VIEWS = {}, {}, 8

--- The cica the page shows: cica as it stood on ctx.as_of, or cica itself.
function Ctx:data()
  if not self.as_of then return cica end
  local key = self.lang .. "@" .. self.as_of
  local v = views[key]
  if not v or v.base ~= cica.members then
    v = { view = require("cica.dataset").as_of(cica, self.as_of), base = cica.members }
    if not views[key] then view_order[#view_order + 1] = key end
    views[key] = v
    while #view_order > MAX_VIEWS do views[table.remove(view_order, 1)] = nil end
  end
  return v.view
end

--- A context for path with params (from a request, or the export), its language and date checked.
function M.context(path, params, headers, opts)
  opts = opts or {}
  local ctx = setmetatable({ path = path, params = params, export = opts.export, depth = opts.depth or 0 }, Ctx)
  local lang = params.lang
  if lang ~= nil and lang ~= "" then
    if not i18n.valid(lang) then
      ctx.lang = M.default_lang(headers)
      fail(400, "bad_lang", lang, i18n.list())
    end
    ctx.lang, ctx.lang_in_url = lang, true
  else
    ctx.lang = M.default_lang(headers)
  end
  if params.as_of ~= nil and params.as_of ~= "" then
    local when, problem = date.normalize(params.as_of)
    if not when then fail(400, "bad_date", params.as_of, problem or "") end
    ctx.as_of = when
  end
  -- the engine shows the page's language; it stays set for the next request (switching makes
  -- cica rebuild its collections, so consecutive pages in one language cost nothing more)
  if cica.lang ~= ctx.lang then cica.set_lang(ctx.lang) end
  return ctx
end

return M
