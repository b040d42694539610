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

  it("falls back to the language the server started with, not the last page's", function()
    app.config.lang, app.config.env_lang = nil, "zh-Hans"
    local _, _, en = get("/nope.json?lang=en")
    assert.equal('{"error":"no such page: /nope.json","status":404}\n', en)
    assert.equal("en", cica.lang) -- the engine follows the page ...
    local _, _, default = get("/nope.json")
    assert.equal('{"error":"没有这个页面：/nope.json","status":404}\n', default) -- ... the default does not
    assert.equal("zh-Hant", app.default_lang({ ["accept-language"] = "zh-TW" }))
    app.config.lang = "en"
    assert.equal("en", app.default_lang({ ["accept-language"] = "zh-TW" }))
    cica.set_lang("en")
  end)

  it("shapes every .json table as Datasette's: reports, SQL and search too", function()
    local _, _, arrays = get("/reports/chairs.json?as_of=2006-12-31")
    assert.truthy(arrays:find('"columns":["term","code","country","from","to","sources"]', 1, true))
    assert.truthy(arrays:find('"rows":[[1,"KZ","Kazakhstan","1999-09-14",null,', 1, true))
    assert.truthy(arrays:find('"total":1', 1, true))
    assert.truthy(arrays:find('"name":"chairs"', 1, true))
    assert.truthy(arrays:find('"view_date":"2006-12-31"', 1, true))
    local _, _, objects = get("/reports/chairs.json?as_of=2006-12-31&_shape=objects")
    assert.truthy(objects:find('"rows":[{"code":"KZ","country":"Kazakhstan","from":"1999-09-14",', 1, true))
    for _, uri in ipairs({ "/members.json", "/reports/chairs.json", "/sql.json?q=select+1", "/search.json?q=KZ" }) do
      local status, _, body = get(uri .. (uri:find("?", 1, true) and "&" or "?") .. "_shape=rows")
      assert.equal(400, status, uri)
      assert.equal('{"error":"unknown _shape \'rows\' (expected arrays or objects)","status":400}\n', body, uri)
    end
    assert.equal(200, (get("/sql.json?q=select+1&_shape=")))
  end)

  it("turns a failure of its own code into a 500 page without a traceback", function()
    local status, _, body = app.on_error({ uri = "/x.json" }, "boom\nstack traceback:\n\t[C]: in ?")
    assert.equal(500, status)
    assert.is_nil(body:find("traceback", 1, true))
    local limit = app.on_error({ uri = "/x.json" }, "time limit exceeded")
    assert.equal(503, limit)
  end)
end)
