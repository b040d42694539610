-- cica.serve.app: what `cica serve` answers. handle(request) takes the request the C side
-- (src/serve.c) built and returns status, headers, body: it checks the request (method, Host,
-- size, URI), makes its context, routes the path to the page that answers it and turns an error
-- into an error page. The pages are their own modules (home, collections, record, reports, search,
-- sql, quiz), over the shared http, context, frame and tables. Routes, JSON shapes and the
-- security model: docs/serve.md.
local html = require "cica.serve.html"
local assets = require "cica.serve.assets"
local http = require "cica.serve.http"
local context = require "cica.serve.context"
local frame = require "cica.serve.frame"
local collections = require "cica.serve.collections"
local record = require "cica.serve.record"
local reports = require "cica.serve.reports"
local search = require "cica.serve.search"
local sql = require "cica.serve.sql"
local home = require "cica.serve.home"

local el = html.el
local T, fail, config = http.T, http.fail, http.config
local BY_NAME = collections.BY_NAME

local M = {}

-- What cica.serve.cli, the export, the quiz pages and the specs use from here, under the names
-- they had when this was one file.
M.config, M.fail, M.T, M.encode, M.parse_uri = config, fail, T, http.encode, http.parse_uri
M.html_response, M.json_response, M.host_allowed = http.html_response, http.json_response, http.host_allowed
M.accept_language, M.default_lang, M.context = context.accept_language, context.default_lang, context.context
M.page, M.COLLECTIONS = frame.page, collections.COLLECTIONS

-- --- errors -------------------------------------------------------------------------------------

--- The error response for status with the message text: a page, or JSON for a .json URL or a
-- client that asks for JSON only.
function M.error_response(ctx, status, text, wants_json, extra)
  if wants_json then
    local s, h, b = http.json_response(status, { error = text, status = status })
    for k, v in pairs(extra or {}) do h[k] = v end
    return s, h, b
  end
  ctx = ctx or context.bare(context.default_lang(nil))
  local title = T(ctx, "error_title", status)
  local body = { el("div", { class = "error" }, el("p", nil, text)),
    el("p", nil, el("a", { href = "/" }, T(ctx, "back_home"))) }
  local ok, page = pcall(frame.page, ctx, title, body)
  if not ok then
    page = "<!DOCTYPE html>\n<title>" .. html.escape(title) .. "</title><p>" .. html.escape(text) .. "</p>\n"
  end
  return http.html_response(status, page, extra)
end

--- The message of an error raised while making a page: an HTTP error's text in ctx's language,
-- else the error itself (its first line).
function M.error_text(ctx, err)
  if http.is_error(err) then return T(ctx, err.key, table.unpack(err.args, 1, err.args.n)) end
  return (tostring(err):gsub("\n.*", ""))
end

-- --- dispatch -----------------------------------------------------------------------------------

-- The route of a decoded path: a handler and its arguments. Raises 404/405.
local function route(ctx, method, path)
  local base, fmt = path:match("^(.-)%.(json)$")
  if not base then base, fmt = path:match("^(.-)%.(csv)$") end
  if not base then base = path end
  if base ~= "/" and base:sub(-1) == "/" then base = base:sub(1, -2) end
  ctx.path = base
  local quiz_ok, quiz = pcall(require, "cica.serve.quiz")
  if base == "/quiz" or base:match("^/quiz/") then
    if not quiz_ok then error(quiz, 0) end
    return quiz.route(ctx, method, base, fmt)
  end
  if method == "POST" then fail(405, "method", method, "GET, HEAD") end
  if base == "/static/cica.css" and not fmt then
    return 200, http.headers_for("text/css; charset=utf-8", { ["Cache-Control"] = "max-age=3600" }), assets.css
  elseif base == "/static/cica.js" and not fmt then
    return 200, http.headers_for("text/javascript; charset=utf-8", { ["Cache-Control"] = "max-age=3600" }), assets.js
  elseif base == "/" and not fmt then return home.get(ctx)
  elseif base == "/search" then return search.get(ctx, fmt)
  elseif base == "/sql" then return sql.get(ctx, fmt)
  elseif base == "/reports" and not fmt then return reports.list(ctx)
  end
  local name = base:match("^/reports/([^/]+)$")
  if name then return reports.get(ctx, name, fmt) end
  local coll, id = base:match("^/([%w_]+)/(.+)$")
  if coll and BY_NAME[coll] and not id:find("/", 1, true) then return record.get(ctx, BY_NAME[coll], id, fmt) end
  coll = base:match("^/([%w_]+)$")
  if coll and BY_NAME[coll] then return collections.get(ctx, BY_NAME[coll], fmt) end
  fail(404, "not_found", path)
end
M.route = route

--- The whole answer to one request (see src/serve.c): status, headers, body.
function M.handle(req)
  local ctx
  local uri = req.uri or "/"
  local wants_json = (uri:match("^[^?]*%.json") ~= nil)
    or ((req.headers or {}).accept or ""):match("^application/json") ~= nil
  local ok, s, h, b = pcall(function()
    local method = req.method
    if method ~= "GET" and method ~= "HEAD" and method ~= "POST" then
      fail(405, "method", method, "GET, HEAD, POST")
    end
    local headers = req.headers or {}
    if not headers.host then fail(400, "no_host") end
    if not http.host_allowed(headers.host) then fail(421, "bad_host", headers.host) end
    if #uri > config.max_uri then fail(414, "uri_too_long", config.max_uri) end
    if req.too_large then fail(413, "too_large", config.max_body or 65536) end
    local path, params = http.parse_uri(uri)
    ctx = context.context(path, params, headers)
    ctx.request = req
    req.lang = ctx.lang -- for on_error: a page stopped by a limit answers in the page's language
    return route(ctx, method, path)
  end)
  if ok then return s, h, b end
  if http.is_error(s) then
    local lang_ctx = ctx or context.bare(context.default_lang(req.headers))
    local text = T(lang_ctx, s.key, table.unpack(s.args, 1, s.args.n))
    local extra
    if s.status == 405 then extra = { Allow = s.args[2] } end
    return M.error_response(lang_ctx, s.status, text, wants_json, extra)
  end
  error(s, 0) -- a bug or a limit: on_error answers
end

--- The answer when handle failed (an error in cica's code, the time or the memory limit): the
-- message goes to stderr, the page says only what happened.
function M.on_error(req, message)
  message = tostring(message)
  local limit = message:match("^time limit exceeded") or message:match("not enough memory")
  if not limit then io.stderr:write("cica serve: ", (req and req.uri) or "?", ": ", message, "\n") end
  local ctx = context.bare(req and req.lang or context.default_lang(req and req.headers))
  local wants_json = req and (req.uri or ""):match("^[^?]*%.json") ~= nil
  local key = message:match("^time limit exceeded") and "time_limit" or message:match("not enough memory") and "memory_limit"
    or "internal"
  return M.error_response(ctx, limit and 503 or 500, T(ctx, key), wants_json)
end

return M
