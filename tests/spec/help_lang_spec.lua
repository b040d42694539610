-- help(name) in every display language: every API text of cica's own (the functions and values of
-- lua/cica/help/entries.lua, the bundled collections and record classes of lua/cica/model/*.lua)
-- has a zh-Hans and a zh-Hant translation of its current English (message areas api_functions
-- and api_fields); help of every documented name holds no English run in zh-Hans/zh-Hant and no
-- CJK outside quotes and names in en (the rule of tests/spec/support/latin.lua, as
-- language_spec.lua applies it to the other commands); a user's collection needs no translation
-- (its English shows); and the translations load only when help shows a Chinese text.
package.path = "lua/?.lua;" .. package.path
local latin = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "support/latin.lua")
local help = require "cica.help"
local lang = require "cica.lang"
local model = require "cica.model"

local CHINESE = { "zh-Hans", "zh-Hant" }

-- The collections and classes the bundled model files declare (a spec may have registered more).
local function bundled()
  local collections, classes = {}, {}
  for _, name in ipairs(require("cica.discover").names("cica.model")) do
    local ok, mod = pcall(require, "cica.model." .. name)
    -- (cica.model.init, the registry itself, is found too where the modules are files)
    if ok and type(mod) == "table" and type(mod.collections) == "table" then
      for _, c in ipairs(mod.collections) do collections["cica." .. c.name] = true end
    end
    if ok and type(mod) == "table" and type(mod.classes) == "table" then
      for _, c in ipairs(mod.classes) do classes[c.name] = true end
    end
  end
  return collections, classes
end

-- Every API text of cica's own, as { area, key, en }.
local function texts()
  local collections, classes = bundled()
  local out = {}
  local function add(area, key, en) out[#out + 1] = { area, key, en } end
  for _, e in ipairs(help.entries) do
    if e.kind ~= "collection" or collections[e.name] then
      add("api_functions", e.name, e.summary)
      if e.text then add("api_functions", e.name .. "#text", e.text) end
      for _, p in ipairs(e.params or {}) do add("api_functions", e.name .. "(" .. p[1] .. ")", p[3]) end
      for i, r in ipairs(e.returns or {}) do add("api_functions", e.name .. "->" .. i, r[2]) end
    end
  end
  for _, c in ipairs(help.classes) do
    if classes[c.name] then
      add("api_fields", c.name, c.summary)
      for _, f in ipairs(c.fields or {}) do add("api_fields", c.name .. "." .. f[1], f[3]) end
    end
  end
  return out
end

-- Every name help documents: its entries and its classes.
local function documented()
  local names = {}
  for _, e in ipairs(help.entries) do names[#names + 1] = e.name end
  for _, c in ipairs(help.classes) do names[#names + 1] = c.name end
  return names
end

-- The dataset's Chinese names (an English text may show them), longest first.
local NAMES
local function chinese_names()
  if NAMES then return NAMES end
  NAMES = {}
  for r in cica.rows([[SELECT name_hans AS n FROM entities UNION SELECT name_hant FROM entities
      UNION SELECT alias FROM aliases WHERE lang <> 'en' UNION SELECT name_hans FROM places
      UNION SELECT name_hant FROM places]]) do NAMES[#NAMES + 1] = r.n end
  for _, v in pairs(cica.meta) do
    if type(v) == "string" and latin.first_cjk(v) then NAMES[#NAMES + 1] = v end
  end
  table.sort(NAMES, function(a, b) return #a > #b end)
  return NAMES
end

-- The lines of a help text that break the rule of `code`, as "line → what"; a Chinese text's
-- example (Lua code, the same in every language) is not looked at.
local function problems(text, code)
  local bad = {}
  if code ~= "en" then text = text:gsub("\n示例：\n.*$", "") end
  -- quotes first: a quoted text may wrap onto the next line
  text = latin.unquoted(text, code == "en" and chinese_names() or nil)
  for line in text:gmatch("[^\n]+") do
    if code == "en" then
      local ch = latin.first_cjk(line)
      if ch then bad[#bad + 1] = line .. "  →  " .. ch end
    else
      local run = latin.english_run(line) -- (field and parameter names are code: no single-word rule)
      if run then bad[#bad + 1] = line .. "  →  " .. run end
    end
  end
  return bad
end

describe("help in every display language", function()
  it("has a zh-Hans and zh-Hant translation of every bundled API text's current English", function()
    local list, missing = texts(), {}
    assert.is_true(#list > 250)
    for _, t in ipairs(list) do
      local m = help.translation(t[1], t[2])
      if not m then
        missing[#missing + 1] = t[1] .. ": no translation of " .. t[2]
      elseif m.en ~= t[3] then
        missing[#missing + 1] = t[1] .. ": " .. t[2] .. " translates an older English: " .. m.en
      end
    end
    assert(#missing == 0, #missing .. " API text(s) not translated:\n" .. table.concat(missing, "\n"))
  end)

  it("has no translation of a text that no longer exists", function()
    local known = {}
    for _, t in ipairs(texts()) do known[t[1] .. " " .. t[2]] = true end
    for _, area in ipairs({ "api_functions", "api_fields" }) do
      for key in pairs(lang.area(area)) do assert.is_true(known[area .. " " .. key], area .. ": " .. key) end
    end
  end)

  for _, code in ipairs({ "zh-Hans", "zh-Hant", "en" }) do
    it("shows every documented name in " .. code .. (code == "en" and " with no CJK outside quotes and names"
      or " with no English run"), function()
      local bad = {}
      local names = documented()
      assert.is_true(#names > 40)
      for _, name in ipairs(names) do
        for _, line in ipairs(problems(help.text_in(code, name), code)) do bad[#bad + 1] = name .. ": " .. line end
      end
      for _, line in ipairs(problems(help.text_in(code), code)) do bad[#bad + 1] = "help(): " .. line end
      assert(#bad == 0, #bad .. " line(s) not in " .. code .. ":\n" .. table.concat(bad, "\n", 1, math.min(#bad, 12)))
    end)
  end

  it("names its headings in the language asked for, and the English is the source's", function()
    local zh = help.text_in("zh-Hans", "find")
    assert.matches("\n参数：\n  text  string  编号", zh)
    assert.matches("\n返回值：\n  cica%.Entity%?  该国家或组织，或 nil", zh)
    assert.matches("\n示例：\n  cica%.find%(\"韓國\"%)%.id", zh)
    assert.matches("\n每筆記錄（cica%.Member）：成員國：", help.text_in("zh-Hant", "members"))
    assert.matches("^cica%.Member（一种 cica%.Entity）：成员国：", help.text_in("zh-Hans", "cica.Member"))
    assert.are.equal("没有“zzz”的帮助。help() 列出全部接口。", help.text_in("zh-Hans", "zzz"))
    assert.are.equal("沒有「member」的說明。試試：cica.members、cica.members_at", help.text_in("zh-Hant", "member"))
    assert.are.equal("no help for 'zzz'. help() lists the API.", help.text_in("en", "zzz"))
    assert.matches("^cica%.find%(text%) %-> cica%.Entity%?\n  The entity whose id", help.text_in("en", "find"))
  end)

  it("names a record's status in the words of the reports", function()
    local function entity(status)
      for _, e in ipairs(cica.entities) do if e.status == status then return e end end
      error("no entity whose status is " .. status)
    end
    assert.matches("\n  身份：成员国（自 %d%d%d%d", help.text_in("zh-Hans", entity("member")))
    assert.matches("\n  身份：前觀察員（%d%d%d%d[-%d]* 至 %d%d%d%d", help.text_in("zh-Hant", entity("former_observer")))
    assert.matches("\n  Status: former_observer %(from %d%d%d%d[-%d]* to %d%d%d%d", help.text_in("en", entity("former_observer")))
  end)

  it("follows the display language when none is given", function()
    local saved = cica.lang
    finally(function() cica.set_lang(saved) end)
    cica.set_lang("zh-Hant")
    assert.are.equal(help.text_in("zh-Hant", "members_at"), help.text("members_at"))
    cica.set_lang("en")
    assert.are.equal(help.text_in("en", "members_at"), help.text("members_at"))
  end)

  it("refuses a language it does not know", function()
    local saved = cica.lang
    cica.set_lang("en")
    assert.has_error(function() help.text_in("fr", "find") end,
      'cica.help.text_in: unknown language "fr" (expected zh-Hans, zh-Hant or en)')
    cica.set_lang("zh-Hans")
    assert.has_error(function() help.text_in("fr", "find") end,
      'cica.help.text_in：没有“fr”这种语言（可用：zh-Hans、zh-Hant 或 en）')
    cica.set_lang(saved)
  end)

  it("shows the English of a text whose translation is of another English, or that has none", function()
    assert.are.equal("a changed summary", help.doc("api_functions", "cica.find", "a changed summary", "zh-Hans"))
    assert.are.equal("x", help.doc("api_functions", "cica.no_such_name", "x", "zh-Hant"))
    assert.are.equal("编号、名称（任何语言或字形）或别名为 `text` 的国家或组织；没有则为 nil。",
      help.doc("api_functions", "cica.find", help.entry("find").summary, "zh-Hans"))
  end)

  describe("a user's collection", function()
    local u = require "cica.model.util"
    setup(function()
      model.register_class({ name = "cica.Mine", summary = "A record of my own table.",
        fields = model.fields({ { "id", "string", "its id" } }, model.localized("name", "the name")) })
      model.register({ name = "mine", class = "cica.Mine", summary = "My own records.",
        build = u.simple("SELECT 'm-1' AS id, '甲' AS name_hans, '甲' AS name_hant, 'One' AS name_en", { "name" }),
        example = "print(#cica.mine)" })
    end)
    teardown(function()
      model.unregister("mine", "cica.Mine")
      rawset(cica, "mine", nil)
    end)
    it("needs no translation: its texts show in English under the language's headings", function()
      local t = help.text_in("zh-Hans", "mine")
      assert.matches("^cica%.mine: cica%.Mine%[%]\n  My own records%.\n", t)
      assert.matches("\n每条记录（cica%.Mine）：A record of my own table%.\n  id%s+string%s+its id\n", t)
      -- a field it shares with a bundled class by name is still its own text
      assert.matches("\n  name%s+string%s+the name in the display language %(cica%.lang%)\n", t)
    end)
  end)

  describe("a new collection with its translations in its own declaration", function()
    local u = require "cica.model.util"
    local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end
    setup(function()
      model.register_class({ name = "cica.Pact", summary = "A pact.",
        fields = model.fields({ { "id", "string", "its id" } }),
        translations = { ["cica.Pact"] = m("一项公约。", "一項公約。", "A pact."),
          ["cica.Pact.id"] = m("编号", "編號", "its id") } })
      model.register({ name = "pacts", class = "cica.Pact", summary = "The pacts.",
        build = u.simple("SELECT 'p-1' AS id", {}), example = "print(#cica.pacts)",
        translations = { ["cica.pacts"] = m("全部公约。", "全部公約。", "The pacts.") } })
    end)
    teardown(function()
      model.unregister("pacts", "cica.Pact")
      rawset(cica, "pacts", nil)
    end)
    it("shows them in Chinese and its English in en", function()
      assert.are.equal("cica.pacts: cica.Pact[]\n  全部公約。\n\n每筆記錄（cica.Pact）：一項公約。\n  id  string  編號\n\n示例：\n  print(#cica.pacts)",
        help.text_in("zh-Hant", "pacts"))
      assert.matches("^cica%.pacts: cica%.Pact%[%]\n  The pacts%.\n", help.text_in("en", "pacts"))
    end)
  end)

  it("loads the translations only when help shows a Chinese text", function()
    local function run(args)
      local p = assert(io.popen("XDG_CONFIG_HOME=/nonexistent cica " .. args .. " 2>&1"))
      local out = p:read("a")
      p:close()
      return out
    end
    local probe = [[print(package.loaded["cica.messages.api_functions"] ~= nil, package.loaded["cica.messages.api_fields"] ~= nil)]]
    assert.are.equal("false\tfalse\n", run("-e '" .. probe .. "'"))
    assert.are.equal("false\tfalse\n", run("--lang en -e 'require(\"cica.help\").text(\"members\")' -e '" .. probe .. "'"))
    assert.are.equal("true\ttrue\n", run("--lang zh-Hant -e 'require(\"cica.help\").text(\"members\")' -e '" .. probe .. "'"))
  end)
end)
