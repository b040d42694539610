-- The bundled topics' questions precomputed at build time (src/build/quiz_images.lua,
-- cica.quiz.frozen): a session takes them from the build's images, and they must be exactly what
-- the generators make at run time — in every language, with every seed, on dates either side of
-- each planned meeting's last day (the one way the questions depend on the date). Runs under
-- cica (busted --lua=cica), whose images are the built-in dataset's.
local session = require "cica.quiz.session"
local topics = require "cica.quiz.topics"
local frozen = require "cica.quiz.frozen"
local match = require "cica.quiz.match"
local data = require "cica.quiz.data"
local choices = require "cica.quiz.choices"
local date = require "cica.date"

local LANGS = { "zh-Hans", "zh-Hant", "en" }

-- The day after a "YYYY-MM-DD" (a last_day may read "2026-11-31").
local function next_day(day)
  local y, m, d = day:match("^(%d+)-(%d+)-(%d+)$")
  return os.date("%Y-%m-%d", os.time { year = tonumber(y), month = tonumber(m), day = tonumber(d) + 1, hour = 12 })
end

-- Dates either side of every planned meeting's last day, and far before and after.
local function dates()
  local out = { "2000-01-01", cica.meta.as_of }
  for _, r in ipairs(cica.query("SELECT date, end_date FROM meetings WHERE status = 'planned'")) do
    local last = date.last_day(r.end_date or r.date)
    out[#out + 1] = last
    out[#out + 1] = next_day(last)
  end
  out[#out + 1] = "2099-12-31"
  return out
end

-- Runs fn with cica.today() answering `day`.
local function on(day, fn)
  local real = cica.today
  cica.today = function() return day end
  local ok, err = pcall(fn)
  cica.today = real
  if not ok then error(err, 0) end
end

-- Everything a session, a sheet or an export reads of a question.
local function seen(q)
  local options = {}
  for i, o in ipairs(q.choice_options or {}) do
    options[i] = { text = o.text, why = choices.why(o, q._lang), value = o.value, ref = o.ref }
  end
  local answers = {}
  for i, a in ipairs(q.answers) do answers[i] = { text = a.text, accept = a.accept, value = a.value, ref = a.ref, kind = a.kind } end
  local others = {}
  for i, o in ipairs(q.others) do others[i] = o.text end
  return {
    id = q.id, topic = q.topic, group = q.group, shape = q.shape, topic_title = q.topic_title, modes = q.modes,
    kind = q.kind, prompt = q.prompt, explain = q.explain, note = q.note, sources = q.sources, answer = q.answer,
    answers = answers, accepted = q.accepted, choices = q.choices, options = options, others = others,
  }
end

describe("precomputed quiz questions", function()
  local gens = topics.all()

  it("are in use for the built-in dataset, in every language", function()
    for _, code in ipairs(LANGS) do
      local by_topic = frozen.load(code)
      assert.is_table(by_topic, code .. ": no image")
      for _, gen in ipairs(gens) do assert.is_table(by_topic[gen.topic], code .. ": " .. gen.topic .. " left live") end
    end
  end)

  it("are what the generators make, in every language, on dates either side of every planned meeting", function()
    local signatures, checked = {}, 0
    for _, day in ipairs(dates()) do
      on(day, function()
        for _, code in ipairs(LANGS) do
          local seed = checked % 5 + 1
          local images = session.generate(gens, { seed = seed, lang = code })
          local live = session.generate(gens, { seed = seed, lang = code, live = true })
          assert.equals(#live, #images)
          for i, q in ipairs(images) do
            assert.is_nil(rawget(q, "_spec"), q.id .. " did not come from an image")
            assert.same(seen(live[i]), seen(q), day .. " " .. code .. " seed " .. seed)
          end
          checked = checked + 1
        end
        local planned = require("cica.core").image(frozen.PLANNED)()
        signatures[frozen.signature(planned, day)] = true
      end)
    end
    local n = 0
    for _ in pairs(signatures) do n = n + 1 end
    assert.is_true(n >= 2, "the dates cover only one set of stale meetings")
  end)

  it("give new tables on every load (a session changes its questions)", function()
    local a, b = frozen.load("en"), frozen.load("en")
    assert.are_not.equal(a, b)
    assert.are_not.equal(a.status[1], b.status[1])
    assert.same(a.status[1].prompt, b.status[1].prompt)
  end)

  it("judge typed answers with the build's fold map, the dataset's own", function()
    assert.same(match.build_fold(data.script_pairs(data.get())), frozen.fold())
    local all, fold = session.generate(gens, { seed = 1, lang = "zh-Hant", topics = { summits = true } })
    local q = all[1]
    assert.is_true(session.judge(q, q.answer, fold).correct)
  end)

  it("list the bundled topics as their modules declare them, without loading one", function()
    local declared = frozen.topics()
    assert.is_table(declared)
    assert.same(require("cica.discover").ordered("cica.quiz.generators"), topics.bundled())
    for i, d in ipairs(declared) do
      local module = require("cica.quiz.generators." .. d.module)
      assert.same({ module.topic, module.order, module.name, module.title }, { d.topic, d.order, d.name, d.title })
      assert.equals(gens[i].topic, d.topic)
    end
  end)

  it("choose the image by which planned meetings are past their last day", function()
    local planned = { { id = "summit-7", last = "2026-10-31" }, { id = "mm-8", last = "2028-12-31" } }
    assert.equals("", frozen.signature(planned, "2026-10-31"))
    assert.equals("summit-7", frozen.signature(planned, "2026-11-01"))
    assert.equals("mm-8,summit-7", frozen.signature(planned, "2029-01-01"))
    assert.equals("quiz@en@mm-8,summit-7", frozen.key("en", "mm-8,summit-7"))
  end)

  it("keep a user's topic that reuses a bundled question's id an error", function()
    local user = { topic = "mine", where = "mine.lua", user = true, generate = function()
      return { { id = "summits:1:city", prompt = "?", answer = "x" } }
    end }
    local list = {}
    for _, gen in ipairs(gens) do if gen.topic == "summits" then list[1] = gen end end
    list[2] = user
    local ok, err = pcall(session.generate, list, { seed = 1, lang = "en" })
    assert.is_false(ok)
    assert.matches("question id 'summits:1:city' is also used by", err, 1, true)
  end)
end)
