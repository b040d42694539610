-- cica.serve.cli: `cica serve` — the local web app (docs/serve.md). Parses the options, binds the
-- loopback addresses (or --host), prints the URL and serves until Ctrl-C/SIGTERM; with --export
-- DIR writes every browsing page as static files instead.
local args = require "cica.cli.args"
local i18n = require "cica.lang"

local M = {}

-- usage and help: catalogue keys (cica.messages.serve), shown in the command's language
local USAGE = "serve.usage"
local HELP = "serve.help"

M.USAGE, M.HELP = USAGE, HELP

local function usage_error(fmt, ...)
  return args.usage_error("serve", args.format(fmt, ...))
end

-- A usage error from the catalogue (cica.messages.serve), in the display language.
local function usage(key, ...)
  return args.usage_error("serve", i18n.t("serve." .. key, nil, ...))
end

--- Parses argv; returns opts or nil and an exit status.
function M.parse(argv)
  return args.parse(argv, {
    values = { ["--port"] = "port", ["--host"] = "host", ["--lang"] = "lang", ["--state"] = "state",
               ["--timeout"] = "timeout", ["--export"] = "export" },
    flags = { ["--open"] = "open", ["-h"] = "help", ["--help"] = "help" },
  }, usage_error)
end

-- Whether address is a loopback address (127.0.0.0/8 or ::1).
local function loopback(address)
  return address:match("^127%.%d+%.%d+%.%d+$") ~= nil or address == "::1" or address == "localhost"
end

--- The Host header values a server on addresses:port accepts (DNS rebinding is refused).
function M.allowed_hosts(addresses, port)
  local hosts = {}
  local function add(h) hosts[h:lower()] = true end
  for _, a in ipairs(addresses) do
    local shown = a:find(":", 1, true) and ("[" .. a .. "]") or a
    add(shown .. ":" .. port)
    if port == 80 then add(shown) end
    if loopback(a) or a == "0.0.0.0" or a == "::" then
      add("localhost:" .. port)
      if port == 80 then add("localhost") end
    end
  end
  return hosts
end

function M.main(argv)
  local opts, status = args.start(M.parse, argv, USAGE, HELP)
  if not opts then return status end
  local app = require "cica.serve.app"
  local lang = opts.lang
  if lang and not i18n.valid(lang) then
    return usage("bad_lang", args.shown(lang), i18n.list())
  end
  -- the global `cica --lang L serve` forces the pages' language as `cica serve --lang L` does
  -- (a language from the environment's locale does not: the browser's Accept-Language wins)
  lang = lang or require("cica.host").lang_given()
  local port = 8470
  if opts.port then
    port = tonumber(opts.port)
    if not port or port ~= math.floor(port) or port < 0 or port > 65535 or not opts.port:match("^%d+$") then
      return usage("usage_port", args.shown(opts.port))
    end
    port = math.floor(port)
  end
  local timeout = 10
  if opts.timeout then
    timeout = tonumber(opts.timeout)
    if not timeout or timeout <= 0 or timeout > 1e6 then
      return usage("usage_timeout", args.shown(opts.timeout))
    end
  end
  app.config.lang = lang
  app.config.env_lang = cica.lang -- the language without --lang or Accept-Language (pages change cica.lang)
  app.config.timeout = timeout
  app.config.state = opts.state
  app.config.max_body = 65536
  local out_lang = lang or cica.lang
  if opts.export then
    if opts.port or opts.host or opts.open then
      return usage("usage_export")
    end
    local n = require("cica.serve.export").run(opts.export, out_lang)
    io.stdout:write(i18n.t("serve.exported", out_lang, n, opts.export), "\n")
    return 0
  end
  local addresses, optional = { "127.0.0.1", "::1" }, { ["::1"] = true }
  if opts.host then
    local h = opts.host
    if h == "localhost" then h = nil
    else
      addresses, optional = { h }, {}
    end
  end
  local server, err = require("cica.serve.host").listen({ addresses = addresses, port = port,
    optional = optional, max_body = app.config.max_body, lang = out_lang })
  if not server then
    io.stderr:write("cica: serve: ", i18n.t("serve.cannot_listen", out_lang, args.shown(err)), "\n")
    return 1
  end
  local bound = server:addresses()
  for _, a in ipairs(bound) do
    if not loopback(a) then io.stderr:write("cica: serve: ", i18n.t("serve.public_warning", out_lang, a), "\n") end
  end
  app.config.hosts = M.allowed_hosts(bound, server:port())
  for _, a in ipairs(bound) do
    if a == "0.0.0.0" or a == "::" then app.config.wildcard_port = server:port() end
  end
  local first = bound[1]
  local url = string.format("http://%s:%d/", first:find(":", 1, true) and ("[" .. first .. "]") or first, server:port())
  if opts.open then
    -- the browser starts in the background (the server must answer it; its connection waits in
    -- the listen queue), before server:run blocks the stop signals — a child would inherit that
    -- mask. A missing xdg-open is told now, not swallowed by the `&` (the URL holds only an
    -- address and a port: no quoting problem).
    local ok = os.execute("command -v xdg-open >/dev/null 2>&1 && { xdg-open '" .. url .. "' >/dev/null 2>&1 & }")
    if not ok then
      io.stderr:write("cica: serve: ", i18n.t("serve.open_failed", out_lang, i18n.t("serve.no_xdg_open", out_lang)), "\n")
    end
  end
  -- the URL is printed once SIGINT/SIGTERM are caught (server:run's `ready`): a script that
  -- stops the server as soon as it sees the URL must not find the signal lost or fatal
  local function ready()
    io.stdout:write(i18n.t("serve.listening", out_lang, url), "\n", url, "\n")
    io.stdout:flush()
  end
  local signal = server:run(app.handle, app.on_error, { timeout = timeout, ready = ready })
  io.stdout:write(i18n.t("serve.stopped", out_lang, signal), "\n")
  return 0
end

return M
