-- The CICA summits (meetings of heads of state): where, when, which one.
local series = require "cica.quiz.series"

local M = {
  topic = "summits",
  order = 40,              -- where --list-topics shows it (cica.discover)
  name = { en = "Summits", ["zh-Hans"] = "峰会", ["zh-Hant"] = "峰會" },
  title = { en = "Summits: cities and years", ["zh-Hans"] = "峰会：城市与年份", ["zh-Hant"] = "峰會：城市與年份" },
}

local LABELS = {
  topic = "summits",
  name = { en = "CICA summit", ["zh-Hans"] = "亚信峰会", ["zh-Hant"] = "亞信峰會" },
}

function M.generate(g)
  return series.questions(g, "summit", LABELS)
end

return M
