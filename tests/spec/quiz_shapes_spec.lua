-- The question shapes of issue 15 item 4 and the selection rules around them: "as of a date",
-- "dispute" and cloze questions (right facts, no answer in the prompt, sources, lenient
-- matching), the cap on one shape per session, a study sheet that keeps what a session filters,
-- and choices that are drawn only when shown. Runs under cica (busted --lua=cica).
local api = require "cica.quiz.api"
local data = require "cica.quiz.data"
local match = require "cica.quiz.match"
local session = require "cica.quiz.session"
local topics = require "cica.quiz.topics"

local LANGS = { "zh-Hans", "zh-Hant", "en" }
local d = data.get()
local fold = match.build_fold(data.script_pairs(d))
local gens = topics.all()
local NEW = { asof = true, disputes = true, cloze = true }

local function new_questions(lang, seed)
  local set = { asof = true, disputes = true, cloze = true }
  return session.generate(gens, { seed = seed or 1, lang = lang, topics = set })
end

local function by_id(list)
  local out = {}
  for _, q in ipairs(list) do out[q.id] = q end
  return out
end

describe("new question shapes", function()
  for _, lang in ipairs(LANGS) do
    it("never put the answer in the prompt, and carry sources (" .. lang .. ")", function()
      local list = new_questions(lang)
      local topics_seen = {}
      for _, q in ipairs(list) do
        topics_seen[q.topic] = (topics_seen[q.topic] or 0) + 1
        assert.is_true(#q.sources > 0, q.id .. ": no source")
        for _, a in ipairs(q.answers) do
          local spellings = { a.text }
          for _, s in ipairs(a.accept or {}) do spellings[#spellings + 1] = s end
          if a.value ~= nil then spellings[#spellings + 1] = tostring(a.value) end
          for _, s in ipairs(spellings) do
            assert.is_false(session.mentions(q.prompt, s), q.id .. ": the prompt names the answer " .. tostring(s))
          end
        end
      end
      for topic in pairs(NEW) do
        assert.is_true((topics_seen[topic] or 0) >= 5, topic .. ": fewer than five questions")
      end
    end)
  end

  it("ask as of a date with the right members and chairs", function()
    local q = by_id(new_questions("en"))
    local m = q["asof:2008-08-25:member"]
    assert.equals("On 25 August 2008, which of these states was already a member of CICA?", m.prompt)
    assert.same({ "choice" }, m.modes)
    -- every choice offered as wrong joined after that day or never joined
    local since = {}
    for _, s in ipairs(d.statuses) do if s.status == "member" then since[s.entity] = s.start end end
    assert.is_true(since[m.answers[1].ref] < "2008-08-25")
    for _, o in ipairs(m.choice_options) do
      if o ~= m.answers[1] then assert.is_true(since[o.ref] == nil or since[o.ref] > "2008-08-25", o.text) end
    end
    local c = q["asof:2012-09-12:chair"]
    assert.equals("On 12 September 2012, which country chaired CICA?", c.prompt)
    assert.equals("Türkiye", c.answer)
    assert.is_true(match.option("Turkey", c.answers[1], fold))
    assert.is_true(match.option("土耳其", c.answers[1], fold))
    -- a handover day is not asked about: the chair changed at the 4th summit
    assert.is_nil(q["asof:2014-05-21:chair"])
  end)

  it("ask which year the dataset adopts where sources disagree, and why", function()
    local q = by_id(new_questions("en"))["disputes:bahrain-joined:adopted"]
    assert.equals("Sources disagree on “When Bahrain joined CICA”. Which year does the dataset adopt?", q.prompt)
    assert.equals("2011", q.answer)
    assert.is_true(match.option("二〇一一年", q.answers[1], fold))
    assert.is_truthy(q.explain:find("^The dataset adopts 2011%. seed004 says the 3rd summit"))
    assert.same({ "seed000", "A6" }, q.sources)
    -- the other claim's year is a choice, and says whose claim it is
    local v = session.judge(setmetatable({ mode = "typed" }, { __index = q }), "2010", fold)
    assert.is_false(v.correct)
    assert.equals("2010 is one claim: Joined in 2010 (seed000).", v.confused.why)
  end)

  it("ask what one source says, with the other claims as choices", function()
    local q = by_id(new_questions("zh-Hans"))["disputes:sri-lanka-observer:2:says"]
    assert.equals("各来源对“斯里兰卡何时成为观察员”说法不一。来源V5（斯里兰卡政府新闻网（news.lk）：斯里兰卡总统在亚信第四次峰会上的发言（2014年5月21日））怎么说？",
      q.prompt)
    assert.equals("2013年5月成为观察员", q.answer)
    assert.same({ "choice" }, q.modes)
    assert.same({ "V5" }, q.sources)
  end)

  it("blank a name or a number of a sourced sentence, in every language", function()
    local en, hans = by_id(new_questions("en")), by_id(new_questions("zh-Hans"))
    local q = en["cloze:rule:secretariat-funding"]
    assert.equals("Fill in the blank: The Secretariat is funded by the Government of ____ and by voluntary"
      .. " contributions of member states.", q.prompt)
    assert.equals("Kazakhstan", q.answer)
    assert.equals("填空：秘书处经费来源为＿＿＿政府拨款和成员国自愿捐款。", hans["cloze:rule:secretariat-funding"].prompt)
    local n = hans["cloze:rule:meeting-cycle"]
    assert.equals("填空：峰会和外长会议均为每＿＿＿年举行一次，两会交错举行，间隔两年。", n.prompt)
    for _, typed in ipairs { "4", "四", "four", "４" } do
      assert.is_true(match.option(typed, n.answers[1], fold), typed)
    end
    local doc = en["cloze:document:doc-2019-dushanbe-declaration"]
    assert.equals("Fill in the blank in the title of a CICA document of 2019: “____ Declaration of the Fifth CICA Summit”",
      doc.prompt)
    assert.is_true(match.option("杜尚別", doc.answers[1], fold))
    -- a rule no longer in force is not asked
    assert.is_nil(en["cloze:rule:secretariat-head"])
  end)
end)

describe("quiz selection", function()
  local all = session.generate(gens, { seed = 5, lang = "en" })

  it("caps one shape of question at a quarter of a session while others are left", function()
    for seed = 1, 30 do
      local chosen = session.select(all, { seed = seed, count = 12, mode = "mixed" }, {}, 0)
      local shapes = {}
      for _, q in ipairs(chosen) do
        shapes[q.shape] = (shapes[q.shape] or 0) + 1
        assert.is_true(shapes[q.shape] <= 3, "seed " .. seed .. ": more than 3 of " .. q.shape)
      end
    end
  end)

  it("fills a session from one shape when nothing else is left", function()
    local status = session.generate(gens, { seed = 5, lang = "en", topics = { status = true } })
    local chosen = session.select(status, { seed = 5, count = 10, mode = "mixed" }, {}, 0)
    assert.equals(10, #chosen)
  end)

  it("keeps in a study sheet what a session leaves out as given away", function()
    local opts = { seed = 1, count = 1000, mode = "mixed" }
    local asked = session.select(all, opts, {}, 0)
    local printed = session.select(all, { seed = 1, count = 1000, mode = "mixed", print = true }, {}, 0)
    assert.is_true(#printed > #asked, #printed .. " printed, " .. #asked .. " asked")
    local groups = {}
    for _, q in ipairs(all) do groups[q.group] = true end
    local n = 0
    for _ in pairs(groups) do n = n + 1 end
    assert.equals(n, #printed) -- one question per fact: every fact is on the sheet
  end)

  it("makes only the questions shown (descriptors, docs/quiz.md), the same as made at once", function()
    -- (live: with the build's images, a bundled topic's questions come made from its image)
    local fresh = session.generate(gens, { seed = 3, lang = "zh-Hans", live = true })
    local unmade = 0
    for _, q in ipairs(fresh) do
      if rawget(q, "prompt") == nil then unmade = unmade + 1 end
    end
    -- every bundled question is a descriptor but the founding members' (choice only, built at once)
    assert.is_true(unmade >= #fresh - 20, unmade .. " of " .. #fresh .. " not made yet")
    local chosen = session.select(fresh, { seed = 3, count = 5, mode = "mixed" }, {}, 0)
    local made = 0
    for _, q in ipairs(fresh) do
      if rawget(q, "prompt") ~= nil then made = made + 1 end
    end
    assert.is_true(made <= #fresh - unmade + 5 + 20, made .. " made for a selection of 5")
    -- a question made later reads as one made at once
    local again = session.generate(gens, { seed = 3, lang = "zh-Hans", live = true })
    for _, q in ipairs(again) do local _ = q.prompt end
    local by_id = {}
    for _, q in ipairs(again) do by_id[q.id] = q end
    for _, q in ipairs(chosen) do
      local twin = by_id[q.id]
      assert.equals(twin.prompt, q.prompt)
      assert.equals(twin.explain, q.explain)
      assert.equals(twin.note, q.note)
      assert.same(twin.choices, q.choices)
      assert.same(twin.accepted, q.accepted)
    end
  end)

  it("draws choices only for the questions shown, the same whatever else is asked", function()
    local fresh = session.generate(gens, { seed = 5, lang = "en" })
    for _, q in ipairs(fresh) do assert.is_nil(rawget(q, "choices"), q.id .. " already drawn") end
    local q = fresh[7]
    local alone = q.choices
    local again = session.generate(gens, { seed = 5, lang = "en" })
    for _, other in ipairs(again) do local _ = other.choices end
    for _, other in ipairs(again) do
      if other.id == q.id then assert.same(alone, other.choices) end
    end
  end)
end)
