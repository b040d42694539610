-- cica.serve.http: the HTTP side shared by every page of `cica serve` — the server's settings
-- (config), HTTP errors (fail) and the catalogue lookup (T), request URIs (parse_uri, encode,
-- query_string), the response headers (Content-Security-Policy and the rest) and the Host check.
-- Nothing here knows a page. Routes, JSON shapes and the security model: docs/serve.md.
local i18n = require "cica.lang"
local format = require "cica.format"

local M = {}

-- Set by cica.serve.cli before serving: hosts (the Host header values accepted), lang (the
-- --lang of `cica serve`, or nil), timeout, state (the quiz history file), export (static mode).
M.config = { hosts = {}, rows_limit = 1000, max_uri = 4096 }
local config = M.config

local CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
  .. "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

-- An HTTP error any page may raise: status and a catalogue key (area "serve") with arguments.
local HttpError = {}
HttpError.__index = HttpError

--- Whether err is an HTTP error raised by fail (fields status, key, args).
function M.is_error(err) return getmetatable(err) == HttpError end

--- Raises the HTTP error `status` whose message is "serve.KEY" with the arguments (app.lua turns
-- it into the error page, in the page's language).
local function fail(status, key, ...)
  error(setmetatable({ status = status, key = key, args = table.pack(...) }, HttpError), 0)
end
M.fail = fail

--- The message "serve.KEY" in ctx's language (ctx may be nil: the default language).
local function T(ctx, key, ...)
  return i18n.t("serve." .. key, ctx and ctx.lang or nil, ...)
end
M.T = T

-- Percent-decodes s; nil when an escape is malformed. plus: "+" is a space (query strings).
local function decode(s, plus)
  if plus then s = s:gsub("%+", " ") end
  local bad = false
  s = s:gsub("%%(.?.?)", function(hex)
    if not hex:match("^%x%x$") then bad = true return "" end
    return string.char(tonumber(hex, 16))
  end)
  if bad then return nil end
  return s
end

-- Whether s is text a page may use: valid UTF-8 with no control characters but tab.
local function clean_text(s)
  return utf8.len(s) ~= nil and not s:find("[%z\1-\8\10-\31\127]")
end

local function encode(s)
  return (tostring(s):gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end
M.encode = encode

--- The query string of params (sorted by name, values percent-encoded), "" when empty.
local function query_string(params)
  local names = {}
  for k, v in pairs(params) do if v ~= nil and v ~= false and v ~= "" then names[#names + 1] = k end end
  if #names == 0 then return "" end
  table.sort(names)
  local parts = {}
  for i, k in ipairs(names) do parts[i] = encode(k) .. "=" .. encode(params[k]) end
  return "?" .. table.concat(parts, "&")
end
M.query_string = query_string

--- Splits a raw request URI into a decoded path and a table of decoded parameters (the last of
-- a repeated name wins). Raises 400 for a malformed escape, invalid UTF-8 or a control character.
function M.parse_uri(uri)
  local path, query = uri:match("^([^?#]*)%??([^#]*)")
  if not path or path:sub(1, 1) ~= "/" then fail(400, "bad_url") end
  path = decode(path)
  if not path then fail(400, "bad_url") end
  if not clean_text(path) then fail(400, "bad_utf8") end
  local params = {}
  for pair in query:gmatch("[^&]+") do
    local k, v = pair:match("^([^=]*)=?(.*)$")
    k, v = decode(k, true), decode(v, true)
    if not k or not v then fail(400, "bad_url") end
    if not clean_text(k) or not clean_text(v) then fail(400, "bad_utf8") end
    params[k] = v
  end
  return path, params
end

local function headers_for(ctype, extra)
  local h = {
    ["Content-Type"] = ctype,
    ["Content-Security-Policy"] = CSP,
    ["X-Content-Type-Options"] = "nosniff",
    ["Referrer-Policy"] = "no-referrer",
    ["X-Frame-Options"] = "DENY",
    ["Cache-Control"] = "no-store",
  }
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end
M.headers_for = headers_for

local function html_response(status, body, extra)
  return status, headers_for("text/html; charset=utf-8", extra), body
end
M.html_response = html_response

local function json_response(status, value)
  return status, headers_for("application/json; charset=utf-8"), format.encode_json(value) .. "\n"
end
M.json_response = json_response

--- Whether the Host header names this server (DNS rebinding): one of config.hosts.
-- Bound to a wildcard address (--host 0.0.0.0 or ::), the server cannot know the names it is
-- reached by: it then also accepts a Host that is a numeric address with its port (a rebinding
-- attack needs a DNS name, never an address literal).
function M.host_allowed(host)
  if type(host) ~= "string" then return false end
  host = host:lower()
  if config.hosts[host] == true then return true end
  if config.wildcard_port then
    local name, port = host:match("^(%d+%.%d+%.%d+%.%d+):(%d+)$")
    if not name then name, port = host:match("^(%[[%x:%.]+%]):(%d+)$") end
    return name ~= nil and tonumber(port) == config.wildcard_port
  end
  return false
end

return M
