-- A class: per quiz question, how many learners missed it, from the learners' quiz histories
-- (`cica report class --state A.db --state B.db`, or `cica report class A.db B.db`; merged files
-- from `cica quiz merge` give the same result). Without histories it reads the learner's own
-- default history ($XDG_STATE_HOME/cica/quiz.db), and shows no rows when there is none.
-- The same figures as `cica quiz class` (cica.quiz.merge.class), as a report in every format.
local R = require "cica.report"

local TEXT = {
  no_history = {
    ["zh-Hans"] = "没有测验记录：用 --state 文件 给出学员的记录文件（可给多个）",
    ["zh-Hant"] = "沒有測驗記錄：用 --state 檔案 給出學員的記錄檔案（可給多個）",
    en = "No quiz history: give the learners' history files with --state FILE (one or more)",
  },
  learners = {
    ["zh-Hans"] = "%d名学员：%s；错得最多的题目在前",
    ["zh-Hant"] = "%d名學員：%s；錯得最多的題目在前",
    en = "%d learners: %s; questions most missed first",
  },
  files = {
    ["zh-Hans"] = "记录文件：%s",
    ["zh-Hant"] = "記錄檔案：%s",
    en = "History files: %s",
  },
}

-- The history files of the run: those given to the report, else the default one if it exists.
local function history_files()
  local given = R.histories()
  if given and #given > 0 then return given end
  local base = require("cica.xdg").state_home()
  local path = base and base .. "/cica/quiz.db"
  local f = path and io.open(path, "rb")
  if not f then return {} end
  f:close()
  return { path }
end

-- The notes of the last run of rows(): who the learners were and which files were read.
local last_notes = {}

return {
  order = 120,             -- where `cica report --list` shows it (cica.discover)
  title = { ["zh-Hans"] = "全班测验情况", ["zh-Hant"] = "全班測驗情況", en = "Class quiz summary" },
  description = {
    ["zh-Hans"] = "每道测验题有几名学员答错（读取学员的测验记录，--state 文件）",
    ["zh-Hant"] = "每道測驗題有幾名學員答錯（讀取學員的測驗記錄，--state 檔案）",
    en = "Per quiz question, how many learners missed it (from the learners' histories, --state FILE)",
  },
  histories = true,
  columns = {
    { key = "missed", title = { ["zh-Hans"] = "答错人数", ["zh-Hant"] = "答錯人數", en = "Missed" } },
    { key = "answered", title = { ["zh-Hans"] = "作答人数", ["zh-Hant"] = "作答人數", en = "Answered" } },
    { key = "wrong", title = { ["zh-Hans"] = "答错次数", ["zh-Hant"] = "答錯次數", en = "Wrong" } },
    { key = "common", title = { ["zh-Hans"] = "最常见错答", ["zh-Hant"] = "最常見錯答", en = "Most given wrong" },
      max = 20 },
    { key = "question", title = { ["zh-Hans"] = "题目", ["zh-Hant"] = "題目", en = "Question" }, max = 40 },
    { key = "answer", title = { ["zh-Hans"] = "答案", ["zh-Hant"] = "答案", en = "Answer" }, max = 20 },
    { key = "id", title = { ["zh-Hans"] = "题目编号", ["zh-Hant"] = "題目編號", en = "Question id" }, max = 30 },
  },
  rows = function()
    local lang = R.lang()
    local files = history_files()
    last_notes = {}
    if #files == 0 then
      last_notes[1] = R.tr(TEXT.no_history)
      return {}
    end
    local merge = require "cica.quiz.merge"
    local list, learners, names = merge.class(files, lang)
    -- the questions' text in the display language, as `cica quiz class` shows them
    local topics, session = require "cica.quiz.topics", require "cica.quiz.session"
    local questions = {}
    for _, q in ipairs((session.generate(topics.all(), { seed = 1, lang = lang }))) do questions[q.id] = q end
    local rows = {}
    for i, q in ipairs(list) do
      local qq = questions[q.id]
      rows[i] = { missed = q.missed, answered = q.learners, wrong = q.wrong, common = q.common or R.null,
                  question = qq and qq.prompt or R.null, answer = qq and qq.answer or R.null, id = q.id }
    end
    local sep = lang == "en" and ", " or "、"
    last_notes[1] = string.format(R.tr(TEXT.learners), learners, table.concat(names, sep))
    last_notes[2] = string.format(R.tr(TEXT.files), table.concat(files, sep))
    return rows
  end,
  notes = function() return last_notes end,
}
