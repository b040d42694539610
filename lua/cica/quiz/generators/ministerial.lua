-- The meetings of CICA ministers of foreign affairs: where, when, which one.
local series = require "cica.quiz.series"

local M = {
  topic = "ministerial",
  order = 50,              -- where --list-topics shows it (cica.discover)
  name = { en = "Ministerial", ["zh-Hans"] = "外长会议", ["zh-Hant"] = "外長會議" },
  title = { en = "Ministerial meetings", ["zh-Hans"] = "外长会议", ["zh-Hant"] = "外長會議" },
}

local LABELS = {
  topic = "ministerial",
  name = { en = "CICA ministerial meeting", ["zh-Hans"] = "亚信外长会议", ["zh-Hant"] = "亞信外長會議" },
}

function M.generate(g)
  return series.questions(g, "ministerial", LABELS)
end

return M
