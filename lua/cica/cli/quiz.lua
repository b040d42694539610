-- cica quiz: questions generated from the dataset, scheduled with FSRS-6, history in SQLite.
--   cica quiz [options]            ask (interactive on a terminal, one answer per line otherwise)
--   cica quiz --print [options]    a study sheet: the questions, then the answer key (text, md, html)
--   cica quiz export [options]     every question for Anki, as CSV or as JSON
--   cica quiz stats                retention, heatmap and streaks, forecast, coverage
--   cica quiz leeches              questions forgotten again and again, and repeated wrong answers
--   cica quiz revlog               the review log as CSV for the FSRS optimizer tools
--   cica quiz optimize             fit the FSRS parameters to the history (--reset: the defaults)
--   cica quiz merge A.db B.db -o C.db   histories into one (idempotent, lossless)
--   cica quiz class A.db B.db      per question, how many learners missed it
--   cica quiz --list-topics
local cliargs = require "cica.cli.args"
local commands = require "cica.cli.quiz.commands" -- stats, export, leeches, revlog, merge, class

local M = {}

-- usage and help: catalogue keys (cica.messages.quiz_cli), shown in the command's language
M.USAGE = "quiz_cli.usage"
local HELP = "quiz_cli.help"

local MODES = { choice = true, typed = true, mixed = true }
-- Formats by command, and the format an --output extension means.
local FORMATS = {
  print = { text = true, md = true, html = true, json = true },
  stats = { text = true, json = true, svg = true, html = true },
  export = { anki = true, csv = true, json = true },
  leeches = { text = true, json = true },
  optimize = { text = true, json = true },
  class = { text = true, json = true },
  revlog = { csv = true },
}
local FORMAT_LIST = {
  print = { "text", "md", "html", "json" }, stats = { "text", "json", "svg", "html" },
  export = { "anki", "csv", "json" }, leeches = { "text", "json" }, optimize = { "text", "json" },
  class = { "text", "json" }, revlog = { "csv" },
}
-- The formats of `command`, listed in the language of opts' messages.
local function format_list(opts, command)
  return table.concat(FORMAT_LIST[command], cliargs.message("list_sep", opts.msg_lang))
end
local EXT_FORMAT = {
  print = { txt = "text", md = "md", html = "html", htm = "html", json = "json" },
  export = { txt = "anki", tsv = "anki", csv = "csv", json = "json" },
}

-- A usage error of `cica quiz` in opts' message language: the catalogue message `key`
-- (cica.messages.quiz_cli unless it names its area) with its arguments. Returns 2.
local function usage_error(opts, key, ...)
  if not key:find(".", 1, true) then key = "quiz_cli." .. key end
  return cliargs.usage_error("quiz", cliargs.message(key, opts.msg_lang, ...), opts.msg_lang)
end

-- A message of the area quiz_cli in language `lang`, with its arguments.
local function T(key, lang, ...)
  return require("cica.lang").t("quiz_cli." .. key, lang, ...)
end

-- "; did you mean 'x'?" for word among the keys of set, or "".
local function hint(opts, word, set)
  local list = {}
  for k in pairs(set) do list[#list + 1] = k end
  return cliargs.hint(word, list, opts.msg_lang)
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

-- The commands inside quiz: one of these words (once) picks it.
M.COMMANDS = { stats = true, leeches = true, export = true, revlog = true, optimize = true, merge = true,
  class = true }
-- The commands that only read the history (through a read-only copy).
local READS = { stats = true, leeches = true, revlog = true, class = true }

-- The options of `cica quiz` (see cica.cli.args); a word of M.COMMANDS (once) picks that command.
local SPEC = {
  values = {
    ["-n"] = "count", ["--count"] = "count", ["-t"] = "topic", ["--topic"] = "topic",
    ["-m"] = "mode", ["--mode"] = "mode", ["-s"] = "seed", ["--seed"] = "seed", ["--state"] = "state",
    ["--questions"] = "questions", ["--format"] = "format", ["--lang"] = "lang", ["--now"] = "now",
    ["--retention"] = "retention", ["--leech-threshold"] = "leech_threshold",
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
    ["--no-leeches"] = "no_leeches", ["--reset"] = "reset",
    ["-h"] = "help", ["--help"] = "help", ["--bom"] = "bom",
  },
  positional = function(opts, word)
    if M.COMMANDS[word] and not opts.command then
      opts.command = word
      opts[word] = true
      return nil
    end
    if (opts.command == "merge" or opts.command == "class") and word ~= "-" then
      opts.files = opts.files or {}
      opts.files[#opts.files + 1] = word
      return nil
    end
    -- "-" is no file name here: it stays an unknown option, as every other word starting with '-'
    if word == "-" then return usage_error(opts, "unknown_option", word) end
    return usage_error(opts, "cli.unexpected_argument", word)
  end,
}

local function check(opts)
  if opts.count then
    local n = math.tointeger(tonumber(opts.count))
    if not n or n < 1 then return usage_error(opts, "bad_count", opts.count) end
    opts.count = n
  end
  if opts.mode and not MODES[opts.mode] then return usage_error(opts, "unknown_mode", opts.mode, hint(opts, opts.mode, MODES)) end
  if opts.lang and not require("cica.lang").valid(opts.lang) then return usage_error(opts, "cli.unknown_language", opts.lang,
    table.concat(require("cica.lang").codes, cliargs.message("list_sep", opts.msg_lang))) end
  if opts.now then
    local t = parse_time(opts.now)
    if not t then
      return usage_error(opts, "bad_now", opts.now)
    end
    opts.now = t
  end
  if opts.retention then
    local r = tonumber(opts.retention)
    if not r or r ~= r or r < 0.70 or r > 0.97 then
      return usage_error(opts, "bad_retention", opts.retention)
    end
    opts.retention = r
  end
  if opts.leech_threshold then
    local n = math.tointeger(tonumber(opts.leech_threshold))
    if not n or n < 1 then
      return usage_error(opts, "bad_leech_threshold", opts.leech_threshold)
    end
    opts.leech_threshold = n
  end
  local command = opts.command or (opts.print and "print") or nil
  if opts.format and not command then
    return usage_error(opts, "format_goes_with")
  end
  if opts.reset and not opts.optimize then return usage_error(opts, "reset_goes_with") end
  if opts.output and not (opts.print or opts.export or opts.merge) then
    return usage_error(opts, "output_goes_with")
  end
  if opts.merge and (not opts.files or not opts.output) then
    return usage_error(opts, "merge_needs")
  end
  if opts.class and not opts.files then return usage_error(opts, "class_needs") end
  if (opts.merge or opts.class) and opts.state then
    return usage_error(opts, "files_not_state", opts.command)
  end
  if opts.command and opts.command ~= "export"
    and (opts.print or opts.due or opts.wrong or opts.list_topics or opts.no_leeches) then
    return usage_error(opts, "command_takes", opts.command)
  end
  if opts.export and (opts.print or opts.due or opts.wrong or opts.list_topics or opts.count or opts.mode
    or opts.no_leeches) then
    return usage_error(opts, "export_takes")
  end
  if command and not opts.format and opts.output and EXT_FORMAT[command] then
    local ext = (opts.output:match("%.(%w+)$") or ""):lower()
    opts.format = EXT_FORMAT[command][ext]
    if not opts.format then
      return usage_error(opts, "format_from_name", opts.output, format_list(opts, command))
    end
  end
  if opts.format and not FORMATS[command][opts.format] then
    return usage_error(opts, "cli.unknown_format", opts.format, format_list(opts, command), hint(opts, opts.format, FORMATS[command]))
  end
  if opts.bom and not (opts.export and opts.format == "csv") then
    return usage_error(opts, "bom_goes_with")
  end
  return nil
end

-- Options from argv; returns opts, or nil and an exit status after a usage error.
function M.parse(argv)
  local code = cliargs.lang_of(argv)
  local opts, status = cliargs.parse(argv, SPEC, function(problem) return cliargs.usage_error("quiz", problem, code) end,
    { topics = {}, questions = {}, msg_lang = code })
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

-- $XDG_STATE_HOME/cica/quiz.db, default ~/.local/state/cica/quiz.db. `lang`: the language of
-- the error when there is no home (default: the display language).
function M.default_state(lang)
  local base = require("cica.xdg").state_home()
  if not base then error(T("no_history", lang), 0) end
  return base .. "/cica/quiz.db"
end

-- --list-topics: id, name in the display language, title and how many questions each has.
local function list_topics(gens, opts)
  local session, api, topics = require "cica.quiz.session", require "cica.quiz.text", require "cica.quiz.topics"
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

local function painter()
  if not cica.isatty(1) or (os.getenv("NO_COLOR") or "") ~= "" then return nil end
  local codes = { right = "\27[32m", wrong = "\27[31m" }
  return function(kind, s) return (codes[kind] or "") .. s .. "\27[0m" end
end

local function quiz_main(opts)
  local topics, session = require "cica.quiz.topics", require "cica.quiz.session"
  local history = require "cica.quiz.history"
  local gens = topics.all(opts.questions)
  if opts.list_topics then return list_topics(gens, opts) end
  local set, status = commands.topic_set(gens, opts.topics, opts.lang)
  if status then return status end
  local all, fold = session.generate(gens, { seed = opts.seed, lang = opts.lang, topics = set })
  local h = history.open(opts.state, { readonly = opts.print, lang = opts.lang, retention = opts.retention })
  local note = h and h:migration_note(opts.lang)
  if note then io.stderr:write("cica: ", note, "\n") end
  local cards = h and h:cards() or {}
  local leeches = require "cica.quiz.leeches"
  local scan = leeches.scan(h)
  local leech = {}
  for _, c in ipairs(leeches.leeches(scan, opts.leech_threshold)) do leech[c.id] = c.lapses end
  if opts.no_leeches then
    local kept = {}
    for _, q in ipairs(all) do if not leech[q.id] then kept[#kept + 1] = q end end
    all = kept
  end
  local chosen = session.select(all, opts, cards, opts.now)
  -- A confusion that is another question's answer brings that question right after, to contrast.
  chosen = leeches.with_contrasts(chosen, all, scan, require "cica.quiz.match", fold)
  -- A leech is asked differently: typed (where the question can be), marked, sources in full after.
  for _, q in ipairs(chosen) do
    if leech[q.id] then
      q.leech = leech[q.id]
      for _, m in ipairs(q.modes) do if m == "typed" then q.mode = "typed" end end
    end
  end
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
    commands.write_output(opts, text)
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
    lang = opts.lang, fold = fold, now = now, scan = scan,
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
  if opts.state and not (opts.print or READS[opts.command] or opts.list_topics) then
    -- Under --safe cica writes only its own files: a history file named by the user to be written
    -- is refused (stats, leeches, revlog and --print only read it, through a read-only in-memory copy).
    require("cica.xdg").check_write_path("--state", opts.state, opts.lang, T("state_hint", opts.lang))
  end
  if opts.output and opts.output ~= "-" then
    require("cica.xdg").check_write_path("quiz: --output", opts.output, opts.lang) -- refused under --safe
  end
  if opts.export then
    -- The same questions, choices and order on every run unless --seed says otherwise.
    opts.seed = opts.seed or "export"
    return commands.export(opts)
  end
  opts.state = opts.state or M.default_state(opts.lang)
  opts.fixed_now = opts.now ~= nil
  -- --now is also the day against which planned meetings are past their date (cica.today)
  if opts.fixed_now then cica.set_today(os.date("%Y-%m-%d", opts.now)) end
  opts.now = opts.now or os.time()
  -- Without --seed every session differs; the seed is kept in the history either way.
  opts.seed = opts.seed or tostring(os.time()) .. "-" .. tostring(math.floor(os.clock() * 1e6))
  if opts.stats then return commands.stats(opts) end
  if opts.leeches then return commands.leeches(opts) end
  if opts.revlog then return commands.revlog(opts) end
  if opts.optimize then return require("cica.quiz.optimize").main(opts, commands.write_json) end
  if opts.merge then return commands.merge(opts) end
  if opts.class then return commands.class(opts) end
  return quiz_main(opts)
end

return M
