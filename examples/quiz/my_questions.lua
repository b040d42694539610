-- A quiz topic of your own: which country hosted each CICA summit.
-- Use it with `cica quiz --questions examples/quiz/my_questions.lua --topic hosts`, or copy it
-- to ~/.config/cica/quiz/ ($XDG_CONFIG_HOME/cica/quiz/) to have it in every quiz.
-- The file returns a generator (or an array of them); docs/quiz.md describes `g`.
return {
  topic = "hosts", -- the name for --topic; question ids start with it
  name = { en = "Hosts", ["zh-Hans"] = "东道国", ["zh-Hant"] = "東道國" }, -- --topic takes these too
  title = { en = "Summit hosts", ["zh-Hans"] = "峰会东道国", ["zh-Hant"] = "峰會東道國" },

  generate = function(g)
    -- Plain SQL over the dataset's tables (docs/data.md) works as well as g.data.
    local summits = g.query([[
      SELECT ordinal, date, host, sources FROM meetings
      WHERE kind = 'summit' AND status = 'held' AND host IS NOT NULL
      ORDER BY ordinal]])

    -- Wrong choices of the same kind: the other hosts, each saying what it did host,
    -- so that a wrong answer can be explained ("Turkey hosted the 3rd summit").
    local pool = {}
    for _, s in ipairs(summits) do
      local host = g.data.entities[s.host]
      pool[#pool + 1] = g.entity(host, g.F({
        en = "%s hosted the %s summit.",
        ["zh-Hans"] = "%s主办的是%s峰会。",
        ["zh-Hant"] = "%s主辦的是%s峰會。",
      }, g.The(host), g.ordinal(s.ordinal)))
    end

    local questions = {}
    for _, s in ipairs(summits) do
      questions[#questions + 1] = {
        id = "hosts:summit-" .. s.ordinal, -- stable: the history follows this id
        prompt = g.F({
          en = "Which country hosted the %s CICA summit?",
          ["zh-Hans"] = "%s亚信峰会由哪个国家主办？",
          ["zh-Hant"] = "%s亞信峰會由哪個國家主辦？",
        }, g.ordinal(s.ordinal)),
        answer = g.entity(s.host), -- accepts every name, alias and the ISO code
        pool = pool,               -- the answer itself is left out automatically
        explain = g.F({ en = "It was held in %d.", ["zh-Hans"] = "于%d年举行。", ["zh-Hant"] = "於%d年舉行。" },
          g.year_of(s.date)),
        sources = g.ids(s.sources),
      }
    end
    return questions
  end,
}
