-- cica.help: every name of the API is documented, the documentation matches the records, its
-- examples run and give what they say, and docs/cica.lua and docs/api.md are what cica.docgen
-- makes of it (so the three cannot drift apart).
package.path = "lua/?.lua;" .. package.path
local help = require "cica.help"
local docgen = require "cica.docgen"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- The names lua/cica.lua defines: fields of the `cica` table, its functions and collections.
local function api_names()
  local src = read("lua/cica.lua")
  local names = {}
  local head = src:match("local cica = (%b{})")
  for key in head:gmatch("\n%s*([%a_][%w_]*)%s*=") do names[key] = true end
  -- the collections come from the registry (cica.model), not from a list in cica.lua
  for _, c in ipairs(require("cica.model").collections()) do names[c.name] = true end
  for key in src:gmatch("\nfunction cica%.([%a_][%w_]*)") do names[key] = true end
  local list = {}
  for k in pairs(names) do list[#list + 1] = k end
  table.sort(list)
  return list
end

-- Fresh collections in the default language (other specs may change cica.lang or records).
local function fresh()
  cica.set_lang("zh-Hans")
  for _, name in ipairs(help.collections()) do rawset(cica, name:match("^cica%.(.+)$"), nil) end
  rawset(cica, "secretariat", nil)
end

describe("cica.help", function()
  before_each(fresh)

  it("documents every name lua/cica.lua defines", function()
    local names = api_names()
    assert.is_true(#names > 20)
    for _, name in ipairs(names) do
      assert.is_not_nil(help.entry("cica." .. name), "no help entry for cica." .. name)
    end
  end)

  it("has a summary and an example for every entry, parameters and returns for functions", function()
    for _, e in ipairs(help.entries) do
      assert.is_true(type(e.summary) == "string" and #e.summary > 10, e.name)
      assert.is_true(type(e.example) == "string" and #e.example > 0, e.name)
      if e.kind == "function" then
        assert.is_table(e.params, e.name)
        assert.is_table(e.returns, e.name)
      else
        assert.is_string(e.type, e.name)
      end
      if e.kind == "collection" then
        assert.is_not_nil(help.class(e.class), e.name .. ": no class " .. tostring(e.class))
      end
    end
  end)

  it("documents every field the records of each collection have", function()
    local function check(list, class, what)
      local documented = {}
      for _, f in ipairs(help.class_fields(class)) do documented[f[1]] = true end
      for _, r in ipairs(list) do
        for k in pairs(r) do
          assert.is_true(documented[k] == true, string.format("%s: field '%s' is not documented in %s", what, k, class))
        end
      end
    end
    for _, name in ipairs(help.collections()) do
      local e = help.entry(name)
      check(cica[name:match("^cica%.(.+)$")], e.class, name)
    end
    check(cica.secretariat.seats, "cica.SecretariatSeat", "cica.secretariat.seats")
    check(cica.secretariat.heads, "cica.SecretariatHead", "cica.secretariat.heads")
    check({ cica.secretariat }, "cica.Secretariat", "cica.secretariat")
    check({ cica.meta }, "cica.Meta", "cica.meta")
    local periods, claims = {}, {}
    for _, e in ipairs(cica.entities) do for _, p in ipairs(e.history) do periods[#periods + 1] = p end end
    for _, d in ipairs(cica.discrepancies) do for _, c in ipairs(d.claims) do claims[#claims + 1] = c end end
    check(periods, "cica.StatusPeriod", "history")
    check(claims, "cica.Claim", "claims")
    check(cica.search("Almaty"), "cica.SearchResult", "cica.search")
  end)

  it("has examples that run and give the values their --> comments say", function()
    -- Each example runs as one chunk (a line that is an expression becomes `local _ = (…)`); a
    -- line `code --> value` is checked by running the lines before it and returning `code`.
    local checked = 0
    local function run(code, name)
      local env = setmetatable({ print = function() end, help = help.help }, { __index = _G, __newindex = _G })
      local chunk = assert(load(code, "=" .. name, "t", env))
      return chunk()
    end
    for _, e in ipairs(help.entries) do
      fresh()
      local saved, out = rawget(_G, "help"), io.stdout
      io.stdout = { write = function() end }            -- help(…) examples print
      local before = {}
      for line in (e.example .. "\n"):gmatch("(.-)\n") do
        local code, want = line:match("^(.-)%s*%-%->%s*(.-)%s*$")
        if code then
          local ok, got = pcall(run, table.concat(before, "\n") .. "\nreturn " .. code, e.name)
          assert(ok, e.name .. ": " .. tostring(got))
          assert.are.equal(assert(load("return " .. want))(), got, e.name .. ": " .. line)
          checked = checked + 1
        end
        local statement = code or line
        before[#before + 1] = load("return " .. statement) and ("local _ = (" .. statement .. ")") or statement
      end
      local ok, err = pcall(run, table.concat(before, "\n"), e.name)
      io.stdout = out
      rawset(_G, "help", saved)
      assert(ok, e.name .. ": " .. tostring(err))
    end
    fresh()
    assert.is_true(checked >= 8)
  end)

  describe("text", function()
    -- in English, the source (every language: help_lang_spec.lua)
    local function en_text(...) return help.text_in("en", ...) end
    it("of a function: signature, parameters, returns, example", function()
      local t = en_text(cica.find)
      assert.matches("^cica%.find%(text%) %-> cica%.Entity%?\n  The entity whose id", t)
      assert.matches("\nParameters:\n  text  string  an id", t)
      assert.matches("\nReturns:\n  cica%.Entity%?  the entity, or nil", t)
      assert.matches('\nExample:\n  cica%.find%("韓國"%)%.id', t)
      assert.are.equal(t, en_text("find"))
      assert.are.equal(t, en_text("cica.find"))
      assert.are.equal(t, en_text("find()"))
    end)
    it("of a collection: its record type and fields", function()
      local t = en_text(cica.members)
      assert.matches("^cica%.members: cica%.Member%[%]\n", t)
      assert.matches("\nEach record %(cica%.Member%): ", t)
      assert.matches("\n  joined%s+string%s+when that status began", t)
      assert.are.equal(t, en_text("members"))
    end)
    it("of a name given as a string, a class, a dot-command", function()
      local lang = cica.lang
      cica.set_lang("en") -- the dot-command's English help (every language: language_spec.lua)
      finally(function() cica.set_lang(lang) end)
      assert.matches("^cica%.members_at%(when%) %-> cica%.Member%[%]", en_text("members_at"))
      assert.matches("^cica%.Member %(a cica%.Entity%): ", en_text("cica.Member"))
      assert.matches("^Usage: %.sql SELECT …\n", en_text(".sql"))
      assert.matches("^unknown command", en_text(".nosuch"))
    end)
    it("of an unknown name suggests close ones", function()
      assert.are.equal("no help for 'member'. Try: cica.members, cica.members_at", en_text("member"))
      assert.are.equal("no help for 'zzz'. help() lists the API.", en_text("zzz"))
    end)
    it("without an argument: every function, collection and value", function()
      local t = en_text()
      for _, e in ipairs(help.entries) do assert.is_truthy(t:find(e.name, 1, true), e.name) end
      assert.are.equal(t, en_text(cica))
    end)
    it("of a record: what it is and its sources with titles and URLs", function()
      local kr = cica.find("KR")
      local t = en_text(kr)
      assert.matches("^KR 韩国: a record of cica%.entities %(cica%.Entity%)\n", t)
      assert.matches("\n  Status: member %(from %d%d%d%d", t)
      assert.matches("\nSources:\n", t)
      for _, id in ipairs(kr.sources) do
        local src
        for _, s in ipairs(cica.sources) do if s.id == id then src = s end end
        assert.is_truthy(t:find("[" .. id .. "] " .. src.title, 1, true), id)
        if src.url then assert.is_truthy(t:find(src.url, 1, true), src.url) end
      end
    end)
    it("of an array of records and of other values", function()
      assert.matches("^an array of %d+ records like those of cica%.members%.", en_text(cica.members_at(2019)))
      assert.are.equal("a table with 1 key, not a record of the dataset.\nhelp() lists the API.", en_text({ x = 1 }))
      assert.are.equal("a number value, not part of the cica API. help() lists the API.", en_text(42))
      assert.are.equal("a function that is not part of the cica API. help() lists the API.", en_text(print))
    end)
  end)

  describe("match_record", function()
    -- A copy: a plain table, of no class (records are never guessed from their fields).
    local function copy(r)
      local t = {}
      for k, v in pairs(r) do t[k] = v end
      return t
    end
    it("finds the collection of a record from the class it was built as", function()
      local cases = {
        { cica.members[1], "cica.members" }, { cica.observers[1], "cica.observers" },
        { cica.summits[1], "cica.summits" }, { cica.chairs[1], "cica.chairs" },
        { cica.documents[1], "cica.documents" }, { cica.cbm_areas[1], "cica.cbm_areas" },
        { cica.stages[1], "cica.stages" }, { cica.events[1], "cica.events" },
        { cica.sources[1], "cica.sources" }, { cica.discrepancies[1], "cica.discrepancies" },
        { cica.timeline[1], "cica.timeline" },
      }
      for _, case in ipairs(cases) do
        local found = help.match_record(case[1])
        assert.are.equal(case[2], found and found.name, "class: " .. case[2])
        assert.is_nil(help.match_record(copy(case[1])), "a copy: " .. case[2])
      end
      local meeting = cica.meetings[#cica.meetings]
      if meeting.kind ~= "summit" then assert.are.equal("cica.meetings", help.match_record(meeting).name) end
      assert.are.equal("cica.summits", help.match_record(cica.summits[1]).name)
      assert.are.equal("cica.places", help.match_record(cica.places[1]).name)
      assert.are.equal("cica.secretariat.heads", help.match_record(cica.secretariat.heads[1]))
      assert.are.equal("cica.secretariat.seats", help.match_record(cica.secretariat.seats[1]))
      assert.are.equal("cica.search", help.match_record(cica.search("KR")[1]).name)
      assert.is_nil(help.match_record({ x = 1 }))
    end)
    it("gives the REPL the columns to show for a collection", function()
      assert.are.same(help.entry("cica.members").show, help.columns_for(cica.members))
      assert.are.same(help.entry("cica.members").show, help.columns_for(cica.members_at(2010)))
      assert.is_nil(help.columns_for({ { x = 1 } }))
    end)
  end)

  it("names the functions of the API", function()
    assert.are.equal("cica.find", help.name_of(cica.find))
    assert.are.equal("cica.query", help.name_of(cica.query))
    assert.are.equal("help", help.name_of(help.help))
    assert.is_nil(help.name_of(print))
  end)

  it("prints through help() and installs it as a global", function()
    local saved, out = rawget(_G, "help"), io.stdout
    local got = {}
    io.stdout = { write = function(_, ...) for _, s in ipairs({ ... }) do got[#got + 1] = s end end }
    assert.are.equal(help.help, help.install())
    _G.help(cica.find)
    io.stdout = out
    rawset(_G, "help", saved)
    assert.are.equal(help.text(cica.find) .. "\n", table.concat(got))
  end)
end)

describe("cica.docgen", function()
  it("made docs/cica.lua from cica.help (regenerate: see the file's header)", function()
    assert.are.equal(docgen.stubs(), read("docs/cica.lua"))
  end)
  it("made docs/api.md from cica.help", function()
    assert.are.equal(docgen.markdown(), read("docs/api.md"))
  end)
  it("writes LuaCATS that is valid Lua, with a class per record type and every function", function()
    local stubs = docgen.stubs()
    assert(load(stubs, "=docs/cica.lua", "t"))
    assert.matches("^%-%-%-@meta\n", stubs)
    for _, c in ipairs(help.classes) do assert.is_truthy(stubs:find("---@class " .. c.name, 1, true), c.name) end
    for _, e in ipairs(help.entries) do
      if e.kind == "function" then assert.is_truthy(stubs:find("\nfunction " .. e.name .. "(", 1, true), e.name) end
    end
    assert.is_truthy(stubs:find("---@field members cica.Member[] ", 1, true))
    assert.is_truthy(stubs:find("---@param text string ", 1, true))
    assert.is_truthy(stubs:find("---@return cica.Entity? # ", 1, true))
  end)
end)
