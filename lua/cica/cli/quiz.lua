-- cica quiz: questions generated from the dataset, scheduled with FSRS-6, history in SQLite.
--   cica quiz [options]            ask (interactive on a terminal, one answer per line otherwise)
--   cica quiz --print [options]    a study sheet: the questions, then the answer key (text, md, html)
--   cica quiz export [options]     every question for Anki, as CSV or as JSON
--   cica quiz stats                reviews, accuracy, cards due, streaks
--   cica quiz --list-topics
local cliargs = require "cica.cli.args"

local M = {}

M.USAGE = "Usage: cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S]"
  .. " [--lang zh-Hans|zh-Hant|en]\n"
  .. "                 [--due] [--wrong] [--state FILE] [--questions FILE]...\n"
  .. "                 [--print [--format text|md|html|json] [-o FILE]]\n"
  .. "       cica quiz export [--format anki|csv|json] [-o FILE] [--bom] [--topic T]... [--lang L]\n"
  .. "       cica quiz stats [--state FILE] [--format text|json]\n"
  .. "       cica quiz --list-topics"

local HELP = [==[
Questions about CICA generated from the dataset. Type the answer (any script or language, an ISO
code, a year, a surname) or, for multiple choice, a letter; in typed mode ? shows the choices (a
right answer then counts as Hard). Every answer is saved; FSRS-6 schedules reviews. The session
ends with the score and a review of what was missed (also on Ctrl-D and Ctrl-C).

Options:
  -n, --count N        ask N questions (default 10)
  -t, --topic T        only topic T (repeatable, or T1,T2): its id, or its name in any
                       language (峰会, 峰會, Summits); see --list-topics
  -m, --mode M         choice, typed or mixed (default)
  -s, --seed S         same seed, options and history: same questions in the same order
      --due            only questions due for review
      --wrong          only questions last answered wrongly
      --state FILE     history file (default $XDG_STATE_HOME/cica/quiz.db, ~/.local/state)
      --questions FILE add the generators in FILE (repeatable); see docs/quiz.md
      --print          print a study sheet (every question of the selection, all by default;
                       the answer key at the end) instead of asking; changes nothing
      --format F       --print: text (default), md, html or json; stats: text or json;
                       export: anki (default), csv or json
  -o, --output FILE    write --print or export to FILE (format from its extension: .txt .md
                       .html .json; .txt .tsv = anki, .csv, .json for export)
      --bom            export --format csv: start with a UTF-8 byte-order mark (for spreadsheets)
      --lang L         zh-Hans (default), zh-Hant or en
      --now TIME       take TIME (YYYY-MM-DD[THH:MM[:SS]]) as the current time (also for
                       planned meetings past their date)
      --list-topics    list the topics
  -h, --help           this help

Your own generators: $XDG_CONFIG_HOME/cica/quiz/*.lua (default ~/.config/cica/quiz).]==]

-- What the --safe refusal of --state adds.
local STATE_HINT = {
  en = " (without --state the quiz uses its default history file)",
  ["zh-Hans"] = "（不加 --state 时使用默认的测验记录文件）",
  ["zh-Hant"] = "（不加 --state 時使用預設的測驗記錄檔）",
}

local LANGS = { ["zh-Hans"] = true, ["zh-Hant"] = true, en = true }
local MODES = { choice = true, typed = true, mixed = true }
-- Formats by command, and the format an --output extension means.
local FORMATS = {
  print = { text = true, md = true, html = true, json = true },
  stats = { text = true, json = true },
  export = { anki = true, csv = true, json = true },
}
local FORMAT_LIST = { print = "text, md, html, json", stats = "text, json", export = "anki, csv, json" }
local EXT_FORMAT = {
  print = { txt = "text", md = "md", html = "html", htm = "html", json = "json" },
  export = { txt = "anki", tsv = "anki", csv = "csv", json = "json" },
}

local function usage_error(fmt, ...)
  return require("cica.cli.args").usage_error("quiz", string.format(fmt, ...))
end

-- "; did you mean 'x'?" for word among the keys of set, or "".
local function hint(word, set)
  local list = {}
  for k in pairs(set) do list[#list + 1] = k end
  return require("cica.cli.args").hint(word, list)
end

-- YYYY-MM-DD[THH:MM[:SS]] (local time) or unix seconds → unix seconds; nil if malformed or no
-- such moment (9999-99-99, 2025-02-30, 24:00): os.time would roll those over into another date,
-- so the result must read back as the same fields.
local function parse_time(s)
  if s:match("^%d+$") then return math.tointeger(tonumber(s)) end
  local y, mo, d, rest = s:match("^(%d%d%d%d)-(%d%d)-(%d%d)(.*)$")
  if not y then return nil end
  local h, mi, sec = 12, 0, 0
  if rest ~= "" then
    local hh, mm, ss = rest:match("^[T ](%d%d):(%d%d)(.*)$")
    if ss ~= "" then ss = ss and ss:match("^:(%d%d)$") end
    if not hh or not ss then return nil end
    h, mi, sec = tonumber(hh), tonumber(mm), tonumber(ss) or 0
  end
  local fields = { year = tonumber(y), month = tonumber(mo), day = tonumber(d), hour = h, min = mi, sec = sec }
  local ok, t = pcall(os.time, setmetatable({}, { __index = fields })) -- os.time rewrites its table
  if not ok or not t then return nil end
  local back = os.date("*t", t)
  for k, v in pairs(fields) do
    if back[k] ~= v then return nil end
  end
  return t
end

-- The options of `cica quiz` (see cica.cli.args); the word "stats" (once) picks the stats command.
local SPEC = {
  values = {
    ["-n"] = "count", ["--count"] = "count", ["-t"] = "topic", ["--topic"] = "topic",
    ["-m"] = "mode", ["--mode"] = "mode", ["-s"] = "seed", ["--seed"] = "seed", ["--state"] = "state",
    ["--questions"] = "questions", ["--format"] = "format", ["--lang"] = "lang", ["--now"] = "now",
    ["-o"] = "output", ["--output"] = "output",
  },
  lists = { questions = true },
  convert = {
    topic = function(opts, value)
      value = value:gsub("，", ","):gsub("、", ",")
      for t in value:gmatch("[^,]+") do
        t = t:match("^%s*(.-)%s*$")
        if t ~= "" then opts.topics[#opts.topics + 1] = t end
      end
    end,
  },
  flags = {
    ["--due"] = "due", ["--wrong"] = "wrong", ["--print"] = "print", ["--list-topics"] = "list_topics",
    ["-h"] = "help", ["--help"] = "help", ["--bom"] = "bom",
  },
  positional = function(opts, word)
    if word == "stats" and not opts.stats and not opts.export then
      opts.stats = true
      return nil
    end
    if word == "export" and not opts.export and not opts.stats then
      opts.export = true
      return nil
    end
    -- "-" is no file name here: it stays an unknown option, as every other word starting with '-'
    if word == "-" then return usage_error("unknown option '%s'", word) end
    return usage_error("unexpected argument '%s'", word)
  end,
}

local function check(opts)
  if opts.count then
    local n = math.tointeger(tonumber(opts.count))
    if not n or n < 1 then return usage_error("--count needs a positive whole number, got '%s'", opts.count) end
    opts.count = n
  end
  if opts.mode and not MODES[opts.mode] then return usage_error("unknown mode '%s' (choice, typed, mixed)%s", opts.mode, hint(opts.mode, MODES)) end
  if opts.lang and not LANGS[opts.lang] then return usage_error("unknown language '%s' (zh-Hans, zh-Hant, en)", opts.lang) end
  if opts.now then
    local t = parse_time(opts.now)
    if not t then
      return usage_error("--now needs a real date and time, YYYY-MM-DD[THH:MM[:SS]] or unix seconds, got '%s'", opts.now)
    end
    opts.now = t
  end
  local command = opts.stats and "stats" or opts.export and "export" or opts.print and "print" or nil
  if opts.format and not command then
    return usage_error("--format goes with --print, export or stats")
  end
  if opts.output and not (opts.print or opts.export) then
    return usage_error("--output goes with --print or export")
  end
  if opts.stats and (opts.print or opts.due or opts.wrong or opts.list_topics or opts.output) then
    return usage_error("stats takes only --state, --format, --lang and --now")
  end
  if opts.export and (opts.print or opts.due or opts.wrong or opts.list_topics or opts.count or opts.mode) then
    return usage_error("export takes only --format, --output, --bom, --topic, --seed, --questions and --lang")
  end
  if command and not opts.format and opts.output and EXT_FORMAT[command] then
    local ext = (opts.output:match("%.(%w+)$") or ""):lower()
    opts.format = EXT_FORMAT[command][ext]
    if not opts.format then
      return usage_error("cannot tell the format of '%s' from its name: give --format (%s)", opts.output,
        FORMAT_LIST[command])
    end
  end
  if opts.format and not FORMATS[command][opts.format] then
    return usage_error("unknown format '%s' (%s)%s", opts.format, FORMAT_LIST[command], hint(opts.format, FORMATS[command]))
  end
  if opts.bom and not (opts.export and opts.format == "csv") then
    return usage_error("--bom goes with export --format csv")
  end
  return nil
end

-- Options from argv; returns opts, or nil and an exit status after a usage error.
function M.parse(argv)
  local opts, status = cliargs.parse(argv, SPEC, usage_error, { topics = {}, questions = {} })
  if not opts then return nil, status end
  status = check(opts)
  if status then return nil, status end
  -- A study sheet has every question of the selection unless --count says otherwise.
  opts.all = (opts.print or opts.export) and not opts.count
  opts.count = opts.count or (opts.all and math.maxinteger) or 10
  opts.mode = opts.mode or "mixed"
  opts.format = opts.format or (opts.export and "anki") or "text"
  return opts
end

-- $XDG_STATE_HOME/cica/quiz.db, default ~/.local/state/cica/quiz.db.
function M.default_state()
  local base = require("cica.xdg").state_home()
  if not base then error("no history file: set HOME, XDG_STATE_HOME or use --state FILE", 0) end
  return base .. "/cica/quiz.db"
end

local function write_json(value)
  local json = require "cica.format.json"
  io.stdout:write(json.encode(value), "\n")
end

local function stats_main(opts)
  local history, stats = require "cica.quiz.history", require "cica.quiz.stats"
  local h = history.open(opts.state, { readonly = true, lang = opts.lang })
  local s = stats.compute(h, opts.now)
  if h then h:close() end
  if opts.format == "json" then
    local json = require "cica.format.json"
    if s.accuracy == nil then s.accuracy = json.null end
    for _, t in pairs(s.topics) do if t.accuracy == nil then t.accuracy = json.null end end
    s.state = opts.state
    write_json(s)
  else
    io.stdout:write(stats.render(s, opts.lang), "\n")
  end
  return 0
end

-- --list-topics: id, name in the display language, title and how many questions each has.
local function list_topics(gens, opts)
  local session, api, topics = require "cica.quiz.session", require "cica.quiz.api", require "cica.quiz.topics"
  local counts = {}
  for _, q in ipairs((session.generate(gens, { seed = 1, lang = opts.lang }))) do
    counts[q.topic] = (counts[q.topic] or 0) + 1
  end
  local width = require "cica.width"
  for _, g in ipairs(gens) do
    local title = api.localize(g.title, opts.lang) or ""
    io.stdout:write(width.pad(g.topic, 14), "  ", width.pad(topics.display_name(g, opts.lang), 12), "  ", title,
      string.format(" (%d)", counts[g.topic] or 0), g.user and ("  " .. g.where) or "", "\n")
  end
  return 0
end

-- "unknown topic" in the display language, with the topics by name and "did you mean".
local TOPIC_MSG = {
  unknown = { en = "unknown topic '%s' (%s)", ["zh-Hans"] = "没有“%s”这个主题（可选：%s）",
    ["zh-Hant"] = "沒有「%s」這個主題（可選：%s）" },
  mean = { en = "; did you mean %s?", ["zh-Hans"] = "；你是不是要找：%s？", ["zh-Hant"] = "；你是不是要找：%s？" },
  sep = { en = ", ", ["zh-Hans"] = "、", ["zh-Hant"] = "、" },
}

-- Topics named by --topic (id, or name or title in any language), as a set of ids; nil means
-- all. An unknown name is a usage error with the nearest names.
local function topic_set(gens, wanted, lang)
  if #wanted == 0 then return nil end
  local api, topics = require "cica.quiz.api", require "cica.quiz.topics"
  local function T(key) return api.localize(TOPIC_MSG[key], lang) end
  local set = {}
  for _, t in ipairs(wanted) do
    local g, near = topics.find(gens, t, lang)
    if not g then
      local names = {}
      for _, x in ipairs(gens) do names[#names + 1] = lang == "en" and x.topic or topics.display_name(x, lang) end
      local msg = string.format(T("unknown"), t, table.concat(names, T("sep")))
      if #near > 0 then msg = msg .. string.format(T("mean"), table.concat(near, T("sep"))) end
      return nil, usage_error("%s", msg)
    end
    set[g.topic] = true
  end
  return set
end

local function painter()
  if not cica.isatty(1) or (os.getenv("NO_COLOR") or "") ~= "" then return nil end
  local codes = { right = "\27[32m", wrong = "\27[31m" }
  return function(kind, s) return (codes[kind] or "") .. s .. "\27[0m" end
end

-- Write text to opts.output (a file; "-" is standard output) or standard output.
local function write_output(opts, text)
  if not opts.output or opts.output == "-" then
    io.stdout:write(text)
    return
  end
  local f, err = io.open(opts.output, "wb")
  if not f then error("cannot write '" .. opts.output .. "': " .. tostring(err):gsub("^[^:]*: ", ""), 0) end
  local ok, werr = f:write(text)
  local closed, cerr = f:close()
  if not ok or not closed then
    error("cannot write '" .. opts.output .. "': " .. tostring(werr or cerr):gsub("^[^:]*: ", ""), 0)
  end
end

-- cica quiz export: every question of the chosen topics (no history needed).
local function export_main(opts)
  local topics, session = require "cica.quiz.topics", require "cica.quiz.session"
  local gens = topics.all(opts.questions)
  local set, status = topic_set(gens, opts.topics, opts.lang)
  if status then return status end
  local all = session.generate(gens, { seed = opts.seed, lang = opts.lang, topics = set })
  write_output(opts, require("cica.quiz.export").render(all, gens, opts.format, opts.lang, { bom = opts.bom }))
  return 0
end

local function quiz_main(opts)
  local topics, session = require "cica.quiz.topics", require "cica.quiz.session"
  local history = require "cica.quiz.history"
  local gens = topics.all(opts.questions)
  if opts.list_topics then return list_topics(gens, opts) end
  local set, status = topic_set(gens, opts.topics, opts.lang)
  if status then return status end
  local all, fold = session.generate(gens, { seed = opts.seed, lang = opts.lang, topics = set })
  local h = history.open(opts.state, { readonly = opts.print, lang = opts.lang })
  local note = h and h:migration_note(opts.lang)
  if note then io.stderr:write("cica: ", note, "\n") end
  local cards = h and h:cards() or {}
  local chosen = session.select(all, opts, cards, opts.now)
  local tty = cica.isatty(0)
  if opts.print then
    if h then h:close() end
    local text
    if opts.format == "json" then
      local json = require "cica.format.json"
      local items = {}
      for i, q in ipairs(chosen) do items[i] = json.encode(session.export(q)) end
      text = "[" .. (#items > 0 and "\n" or "") .. table.concat(items, ",\n") .. (#items > 0 and "\n" or "") .. "]\n"
    elseif #chosen > 0 then
      text = require("cica.quiz.sheet").render(chosen, gens, { format = opts.format, lang = opts.lang, now = opts.now })
    else
      text = session.nothing_message(opts, cards, opts.lang) .. "\n"
    end
    write_output(opts, text)
    return 0
  end
  if #chosen == 0 then
    io.stdout:write(session.nothing_message(opts, cards, opts.lang), "\n")
    if not tty then io.stdout:write("score: 0/0\n") end
    h:close()
    return 0
  end
  local io_ = {
    read = require("cica").core.read_line, -- nil, "interrupted" on Ctrl-C: the review still comes
    write = function(s) io.stdout:write(s); io.stdout:flush() end,
    tty = tty, paint = tty and painter() or nil,
  }
  local now = opts.fixed_now and function() return opts.now end or os.time
  local ok, err, _, interrupted = pcall(session.ask, chosen, io_, h, {
    lang = opts.lang, fold = fold, now = now,
    session_info = { started = opts.now, seed = opts.seed, mode = opts.mode, lang = opts.lang },
  })
  h:close()
  if not ok then error(err, 0) end
  return interrupted and 130 or 0 -- as a shell reports a Ctrl-C
end

function M.main(argv)
  local opts, status = cliargs.start(M.parse, argv, M.USAGE, HELP)
  if not opts then return status end
  if opts.lang then cica.set_lang(opts.lang) end
  opts.lang = cica.lang
  if opts.state and not (opts.print or opts.stats or opts.list_topics) then
    -- Under --safe cica writes only its own files: a history file named by the user to be written
    -- is refused (stats and --print only read it, through a read-only in-memory copy).
    require("cica.xdg").check_write_path("--state", opts.state, opts.lang, STATE_HINT[opts.lang])
  end
  if opts.output and opts.output ~= "-" then
    require("cica.xdg").check_write_path("quiz: --output", opts.output, opts.lang) -- refused under --safe
  end
  if opts.export then
    -- The same questions, choices and order on every run unless --seed says otherwise.
    opts.seed = opts.seed or "export"
    return export_main(opts)
  end
  opts.state = opts.state or M.default_state()
  opts.fixed_now = opts.now ~= nil
  -- --now is also the day against which planned meetings are past their date (cica.today)
  if opts.fixed_now then cica.set_today(os.date("%Y-%m-%d", opts.now)) end
  opts.now = opts.now or os.time()
  -- Without --seed every session differs; the seed is kept in the history either way.
  opts.seed = opts.seed or tostring(os.time()) .. "-" .. tostring(math.floor(os.clock() * 1e6))
  if opts.stats then return stats_main(opts) end
  return quiz_main(opts)
end

return M
