-- A search hit's record (cica.model.lookup): a kind that declares lookup(cica, id) builds that
-- record alone, and it must be the record its collection holds, in every language, with the
-- same class tags; without a lookup, or once the collection is built, the collection's own.
package.path = "lua/?.lua;" .. package.path
local model = require "cica.model"
local lang = require "cica.lang"

-- Whether a and b hold the same values, and their tables the same class tags; nil, a path when not.
local same = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "support/same_records.lua")

-- The search kinds that build a record alone.
local function kinds_with_lookup()
  local out = {}
  for _, k in ipairs(model.kinds()) do
    if model.kind(k).lookup then out[#out + 1] = k end
  end
  return out
end

describe("cica.model.lookup", function()
  after_each(function() cica.set_lang("zh-Hans") end)

  it("builds a meeting alone, without building cica.meetings", function()
    assert.are.same({ "meeting" }, kinds_with_lookup())
    cica.set_lang("en") -- forgets the collections built in the display language
    assert.is_nil(rawget(cica, "meetings"))
    local id = cica.query("SELECT meeting FROM participants ORDER BY meeting LIMIT 1")[1].meeting
    local r = model.lookup(cica, "meeting", id)
    assert.are.equal(id, r.id)
    assert.are.equal("cica.Meeting", model.class_of(r))
    assert.are.equal("cica.Participant", model.class_of(r.participants[1]))
    assert.is_nil(rawget(cica, "meetings"))
    assert.is_nil(model.lookup(cica, "meeting", "no-such-meeting"))
  end)

  it("gives the collection's record, in every language, for every record", function()
    local checked = 0
    for _, code in ipairs(lang.codes) do
      cica.set_lang(code)
      for _, k in ipairs(kinds_with_lookup()) do
        local s = model.kind(k)
        for _, record in ipairs(model.records(k, cica)) do
          local id = model.key(k, record)
          local alone = s.lookup(cica, id)
          model.tag(alone, s.collection.class)
          local ok, where = same(alone, record, k .. " " .. id)
          assert.is_true(ok, "differs at " .. tostring(where) .. " in " .. code)
          checked = checked + 1
        end
      end
    end
    assert.is_true(checked > 60)
  end)

  it("gives the collection's own table once the collection is built", function()
    local first = cica.meetings[1]
    assert.are.equal(first, model.lookup(cica, "meeting", first.id))
  end)
end)
