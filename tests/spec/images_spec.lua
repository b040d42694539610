-- The precomputed collections (src/build/images.lua, cica.model.precomputed): made at build time
-- by the registry's own builders, they must be what those builders give at run time, in every
-- language, with the same class tags; a collection declared by_lang = false must not localize.
package.path = "lua/?.lua;" .. package.path
local model = require "cica.model"
local lang = require "cica.lang"

-- Whether a and b hold the same values, and their tables the same class tags; nil, a path when not.
local same = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "support/same_records.lua")

describe("precomputed collections", function()
  after_each(function() cica.set_lang("zh-Hans") end)

  it("are what the builders give, in every language, with their class tags", function()
    local checked = 0
    for _, code in ipairs(lang.codes) do
      cica.set_lang(code)
      for _, c in ipairs(model.collections()) do
        local image = model.precomputed(c.name, code)
        if c.by_today then
          assert.is_nil(image, c.name .. " depends on today and must not be precomputed")
        else
          assert.is_table(image, c.name .. " has no image")
          local ok, where = same(image, model.build(c.name, cica), c.name)
          assert.is_true(ok, "differs at " .. tostring(where) .. " in " .. code)
          checked = checked + 1
        end
      end
    end
    assert.is_true(checked > 30)
  end)

  it("have each search hit's record alone, as its collection has it, in every language", function()
    local checked = 0
    for _, code in ipairs(lang.codes) do
      cica.set_lang(code)
      for _, kind in ipairs(model.kinds()) do
        local s = model.kind(kind)
        if not s.lookup and not s.collection.by_today then
          local list = model.records(kind, cica)
          local seen = {}
          for _, r in ipairs(list) do
            local key = model.key(kind, r)
            if not seen[key] then
              seen[key] = true
              -- a cica table whose collections are not built: the lookup takes the record's image
              local alone = model.lookup({ lang = code }, kind, key)
              assert.is_table(alone, kind .. " " .. key .. " has no image in " .. code)
              assert.are_not.equal(r, alone)
              local ok, where = same(alone, r, kind .. " " .. key)
              assert.is_true(ok, "differs at " .. tostring(where) .. " in " .. code)
              assert.are.equal(model.class_of(r), model.class_of(alone))
              checked = checked + 1
            end
          end
        end
      end
      assert.is_nil(model.lookup({ lang = code }, "entity", "no-such-id"))
    end
    assert.is_true(checked > 300, checked .. " records checked")
  end)

  it("give new tables on every call (a script may change its copies)", function()
    local a, b = model.precomputed("members", "en"), model.precomputed("members", "en")
    assert.are_not.equal(a, b)
    assert.are_not.equal(a[1], b[1])
    assert.are.equal("cica.Member", model.class_of(a[1]))
  end)

  it("are not used for a collection a script registers over a bundled one", function()
    local old = model.collection("regions")
    model.register({ name = "regions", class = old.class, summary = "test", build = function() return {} end })
    assert.is_nil(model.precomputed("regions", "en"))
    model.register(old)
    assert.is_table(model.precomputed("regions", "en"))
  end)

  it("ignore names that are not collection names", function()
    assert.is_nil(model.precomputed("members@en", "zh-Hans"))
    assert.is_nil(model.precomputed("query", "en"))
    assert.is_nil(model.precomputed(42, "en"))
  end)

  it("by_lang = false only for collections without a per-language field", function()
    for _, c in ipairs(model.collections()) do
      if not c.by_lang then
        assert.are.same({}, model.lang_fields(c.class), c.name .. " localizes but is declared by_lang = false")
      end
    end
  end)

  it("cica.sources follows cica.set_lang (it was declared by_lang = false)", function()
    cica.set_lang("zh-Hans")
    local zh = cica.sources[1].title
    cica.set_lang("en")
    assert.are_not.equal(zh, cica.sources[1].title)
    assert.are.equal(cica.sources[1].title_en, cica.sources[1].title)
  end)
end)
