-- cica serve's Lua side without HTTP: the template helper escapes by construction, URLs are
-- decoded and checked, Accept-Language picks a display language, and app.handle answers requests
-- as the C side hands them over (status, headers, body) — errors included.
local html = require "cica.serve.html"
local app = require "cica.serve.app"

-- A request as src/serve.c builds it, to a server bound on x:1.
local function get(uri, headers)
  headers = headers or {}
  local host = headers.host
  if host == nil then host = "x:1" elseif host == false then host = nil end
  return app.handle({ method = headers.method or "GET", uri = uri, headers = { host = host } })
end

describe("cica.serve.html", function()
  it("escapes text and attribute values unless they are markup it made", function()
    assert.equal('<a href="?a=1&amp;b=&quot;2&quot;">&lt;b&gt; &amp; &#39;x&#39;</a>',
      html.render(html.el("a", { href = '?a=1&b="2"' }, "<b> & 'x'")))
    assert.equal("<p><b>kept</b></p>", html.render(html.el("p", nil, html.el("b", nil, "kept"))))
    assert.equal("<p>x &lt;i&gt;</p>", html.render(html.fill("<p>{{a}} {{b}}</p>", { a = "x", b = "<i>" })))
    assert.has_error(function() html.fill("{{missing}}", {}) end, "cica.serve.html.fill: no value for {{missing}}")
    assert.equal('<input checked name="n">', html.render(html.el("input", { name = "n", checked = true, off = false })))
  end)
end)

describe("cica.serve.app", function()
  before_each(function()
    app.config.hosts = { ["x:1"] = true }
    app.config.lang = "en"
  end)

  it("decodes paths and parameters, refusing bad escapes, invalid UTF-8 and control characters", function()
    local path, params = app.parse_uri("/search?q=%E9%98%BF+x&lang=en")
    assert.equal("/search", path)
    assert.same({ q = "阿 x", lang = "en" }, params)
    for _, bad in ipairs({ "/a%zz", "/a?x=%f", "/a?x=%ff", "/a?x=%00", "/a%0a" }) do
      assert.has_error(function() app.parse_uri(bad) end)
    end
  end)

  it("reads Accept-Language by quality", function()
    assert.equal("zh-Hant", app.accept_language("zh-TW,zh;q=0.9,en;q=0.8"))
    assert.equal("en", app.accept_language("de-DE, en;q=0.5, zh;q=0.4"))
    assert.equal("zh-Hans", app.accept_language("zh"))
    assert.is_nil(app.accept_language("de-DE, fr"))
    assert.is_nil(app.accept_language(nil))
  end)

  it("answers pages, JSON and every error with its status", function()
    local status, headers, body = get("/members.json?_size=1")
    assert.equal(200, status)
    assert.equal("application/json; charset=utf-8", headers["Content-Type"])
    assert.truthy(body:find('"total":28', 1, true))
    assert.truthy(headers["Content-Security-Policy"]:find("default-src 'none'", 1, true))
    assert.equal(421, (get("/", { host = "evil.example" })))
    assert.equal(400, (get("/", { host = false })))
    assert.equal(405, (get("/", { method = "PUT" })))
    assert.equal(404, (get("/nope")))
    assert.equal(400, (get("/members?as_of=2014-02-30")))
    assert.equal(400, (get("/members?_size=0")))
    assert.equal(414, (get("/" .. ("a"):rep(5000))))
    local s, _, b = get("/nope.json")
    assert.equal(404, s)
    assert.equal('{"error":"no such page: /nope.json","status":404}\n', b)
  end)

  it("turns a failure of its own code into a 500 page without a traceback", function()
    local status, _, body = app.on_error({ uri = "/x.json" }, "boom\nstack traceback:\n\t[C]: in ?")
    assert.equal(500, status)
    assert.is_nil(body:find("traceback", 1, true))
    local limit = app.on_error({ uri = "/x.json" }, "time limit exceeded")
    assert.equal(503, limit)
  end)
end)
