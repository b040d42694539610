-- Every quiz generator, bundled or the example user file, gives valid questions for every seed
-- in a range and every language: a prompt, an answer among the choices, no duplicate choices,
-- an answer the matcher accepts, sources that exist. Runs under cica (busted --lua=cica).
local api = require "cica.quiz.api"
local data = require "cica.quiz.data"
local match = require "cica.quiz.match"
local rng = require "cica.quiz.rng"
local session = require "cica.quiz.session"
local topics = require "cica.quiz.topics"

local SEEDS = 10
local LANGS = { "zh-Hans", "zh-Hant", "en" }
local SOURCE = os.getenv("CICA_SOURCE") or "."

local d = data.get()
local fold = match.build_fold(data.script_pairs(d))

local gens = {}
for _, name in ipairs(topics.BUNDLED) do gens[#gens + 1] = require("cica.quiz.generators." .. name) end
for _, g in ipairs(topics.load_file(SOURCE .. "/examples/quiz/my_questions.lua")) do gens[#gens + 1] = g end

local function questions(gen, seed, lang)
  local g = api.context(gen.topic, rng.new(seed), lang, d)
  local out = {}
  for _, spec in ipairs(gen.generate(g)) do
    local q = api.finish(spec, g, fold)
    if q then out[#out + 1] = q end
  end
  return out
end

local function check(q, lang)
  local where = q.id .. " (" .. lang .. ")"
  assert.is_truthy(q.prompt:match("%S"), where .. ": empty prompt")
  assert.is_truthy(q.answer:match("%S"), where .. ": empty answer")
  assert.is_truthy(q.id:find("^" .. q.topic:gsub("%-", "%%-") .. ":"), where .. ": id does not start with the topic")
  assert.is_true(#q.modes > 0, where .. ": no mode")
  -- the answer is among the choices, once; no two choices read the same
  local seen, found = {}, 0
  for _, c in ipairs(q.choices) do
    local k = match.key(c, fold)
    assert.is_nil(seen[k], where .. ": duplicate choice " .. c)
    seen[k] = true
    if c == q.answer then found = found + 1 end
  end
  assert.equals(1, found, where .. ": answer not among the choices")
  -- the answer, typed as shown or as any accepted spelling, is right; no distractor is
  for _, s in ipairs(q.accepted) do
    local right = false
    for _, a in ipairs(q.answers) do right = right or match.option(s, a, fold) end
    assert.is_true(right, where .. ": accepted spelling '" .. s .. "' does not match")
  end
  for i, o in ipairs(q.choice_options) do
    if o ~= q.answers[1] then
      for _, a in ipairs(q.answers) do
        assert.is_false(match.option(o.text, a, fold), where .. ": distractor " .. o.text .. " matches an answer")
      end
    else
      assert.equals(q.answer, q.choices[i])
    end
  end
  -- every question names its sources, and they exist (user files may omit them)
  for _, id in ipairs(q.sources) do assert.is_truthy(d.sources[id], where .. ": unknown source " .. id) end
end

describe("quiz generators", function()
  for _, gen in ipairs(gens) do
    it(gen.topic .. " gives valid questions for seeds 1.." .. SEEDS .. " in every language", function()
      for _, lang in ipairs(LANGS) do
        local ids
        for seed = 1, SEEDS do
          local list = questions(gen, seed, lang)
          assert.is_true(#list > 0, gen.topic .. " gives no question")
          local these = {}
          for _, q in ipairs(list) do
            check(q, lang)
            assert.is_nil(these[q.id], "duplicate id " .. q.id)
            these[q.id] = true
            if not gen.user then assert.is_true(#q.sources > 0, q.id .. ": no source") end
          end
          -- the seed moves choices around, never which questions exist
          if ids then assert.same(ids, these) end
          ids = these
        end
      end
    end)
  end

  it("keeps the same ids across languages", function()
    for _, gen in ipairs(gens) do
      local by_lang = {}
      for _, lang in ipairs(LANGS) do
        local ids = {}
        for _, q in ipairs(questions(gen, 1, lang)) do ids[#ids + 1] = q.id end
        table.sort(ids)
        by_lang[lang] = ids
      end
      assert.same(by_lang.en, by_lang["zh-Hans"])
      assert.same(by_lang.en, by_lang["zh-Hant"])
    end
  end)
end)

describe("quiz questions about disputed facts", function()
  local all = session.generate(gens, { seed = 1, lang = "en" })
  local by_id = {}
  for _, q in ipairs(all) do by_id[q.id] = q end

  it("accept each sourced year and say so (Bahrain: 2010 or 2011)", function()
    local q = by_id["accession:BH:year"]
    assert.is_truthy(q)
    assert.is_true(match.option("2010", q.answers[2], fold) or match.option("2010", q.answers[1], fold))
    assert.is_truthy(q.note:find("Sources differ"))
  end)

  it("are not asked when the claims are about something else (Thailand, Qatar)", function()
    assert.is_nil(by_id["accession:TH:year"])
    assert.is_nil(by_id["accession:QA:year"])
  end)

  it("accept each founding count", function()
    local q = by_id["founding:count"]
    local values = {}
    for _, a in ipairs(q.answers) do values[#values + 1] = a.value end
    table.sort(values)
    assert.same({ 15, 16 }, values)
  end)

  it("keep a disputed start out of the prompt", function()
    local q = by_id["chairs:1:country"]
    assert.is_nil(q.prompt:find("1999"))
    assert.is_truthy(q.note)
  end)

  it("give the year only, when only the day is disputed (5th summit)", function()
    local q = by_id["summits:5:year"]
    assert.equals(1, #q.answers)
    assert.is_nil(q.explain:find("15 June"))
    assert.is_truthy(q.note:find("not on the year"))
  end)
end)

describe("quiz question selection", function()
  local all = session.generate(gens, { seed = 7, lang = "en" })
  local opts = { seed = 7, count = 10, mode = "mixed" }

  local function ids(list)
    local out = {}
    for i, q in ipairs(list) do out[i] = q.id .. "/" .. q.mode end
    return out
  end

  it("is the same for the same seed", function()
    assert.same(ids(session.select(all, opts, {}, 0)), ids(session.select(all, opts, {}, 0)))
  end)

  it("differs for another seed", function()
    local other = { seed = 8, count = 10, mode = "mixed" }
    assert.are_not.same(ids(session.select(all, opts, {}, 0)), ids(session.select(all, other, {}, 0)))
  end)

  it("asks about each fact once and lets topics take turns", function()
    local chosen = session.select(all, { seed = 7, count = 9, mode = "mixed" }, {}, 0)
    local groups, topics_seen = {}, {}
    for _, q in ipairs(chosen) do
      assert.is_nil(groups[q.group])
      groups[q.group] = true
      topics_seen[q.topic] = true
    end
    local n = 0
    for _ in pairs(topics_seen) do n = n + 1 end
    assert.is_true(n >= 8, "only " .. n .. " topics in 9 questions")
  end)

  it("honours the mode", function()
    for _, q in ipairs(session.select(all, { seed = 3, count = 30, mode = "typed" }, {}, 0)) do
      assert.equals("typed", q.mode)
    end
    for _, q in ipairs(session.select(all, { seed = 3, count = 30, mode = "choice" }, {}, 0)) do
      assert.equals("choice", q.mode)
    end
  end)

  it("puts due questions first and keeps only them with --due", function()
    local q = all[5]
    local cards = { [q.id] = { due = 100, last_grade = 3 } }
    local chosen = session.select(all, { seed = 1, count = 3, mode = "mixed" }, cards, 200)
    assert.equals(q.id, chosen[1].id)
    local due = session.select(all, { seed = 1, count = 3, mode = "mixed", due = true }, cards, 200)
    assert.equals(1, #due)
    assert.same({}, session.select(all, { seed = 1, count = 3, mode = "mixed", due = true }, cards, 50))
  end)

  it("re-asks what was last answered wrongly with --wrong", function()
    local cards = { [all[2].id] = { due = 1e12, last_grade = 1 }, [all[3].id] = { due = 1e12, last_grade = 3 } }
    local chosen = session.select(all, { seed = 1, count = 5, mode = "mixed", wrong = true }, cards, 0)
    assert.equals(1, #chosen)
    assert.equals(all[2].id, chosen[1].id)
  end)
end)

describe("quiz judging", function()
  local all = session.generate(gens, { seed = 2, lang = "en" })
  local q
  for _, x in ipairs(all) do if x.id == "accession:KR:year" then q = x end end

  it("takes a letter or the text in choice mode", function()
    q.mode = "choice"
    for i, o in ipairs(q.choice_options) do
      local letter = ("abcd"):sub(i, i)
      assert.equals(o == q.answers[1], session.judge(q, letter, fold).correct)
    end
    assert.is_true(session.judge(q, "２００６年", fold).correct)
  end)

  it("says what a wrong answer was confused with", function()
    q.mode = "typed"
    local v = session.judge(q, "2008", fold)
    assert.is_false(v.correct)
    assert.is_truthy(v.confused.why:find("Jordan"))
    assert.is_truthy(session.render_feedback(q, v, "en"):find("You answered 2008"))
    -- a year only a disputed accession fills (Thailand's 2004) is not explained by it
    v = session.judge(q, "2004", fold)
    assert.is_false(v.correct)
    assert.is_nil(v.confused and v.confused.why)
  end)

  it("counts an empty answer as wrong", function()
    q.mode = "typed"
    local v = session.judge(q, "", fold)
    assert.is_false(v.correct)
    assert.is_truthy(session.render_feedback(q, v, "en"):find("^no answer"))
  end)
end)
