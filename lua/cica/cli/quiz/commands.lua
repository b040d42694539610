-- cica.cli.quiz.commands: the commands inside `cica quiz` other than asking — stats, export,
-- leeches, revlog, merge and class — and what they share with it (topic_set, write_output,
-- write_json). cica.cli.quiz parses the options and calls them with the parsed opts.
local cliargs = require "cica.cli.args"

local M = {}

-- A message of the area quiz_cli in language `lang`, with its arguments.
local function T(key, lang, ...)
  return require("cica.lang").t("quiz_cli." .. key, lang, ...)
end

function M.write_json(value)
  local json = require "cica.format.json"
  io.stdout:write(json.encode(value), "\n")
end

-- The questions that exist ({id=, topic=}) and each topic's name in `lang` (cica.quiz.topics), for coverage.
local function question_list(opts)
  local topics, session = require "cica.quiz.topics", require "cica.quiz.session"
  local gens = topics.all(opts.questions)
  local titles = {}
  for _, g in ipairs(gens) do titles[g.topic] = topics.display_name(g, opts.lang) end
  local list = {}
  for i, q in ipairs((session.generate(gens, { seed = 1, lang = opts.lang }))) do
    list[i] = { id = q.id, topic = q.topic }
  end
  return list, titles
end

function M.stats(opts)
  local history, stats = require "cica.quiz.history", require "cica.quiz.stats"
  local h = history.open(opts.state, { readonly = true, lang = opts.lang })
  local questions, titles = question_list(opts)
  local s = stats.compute(h, opts.now, { questions = questions, titles = titles, target = opts.retention })
  if h then h:close() end
  if opts.format == "json" then
    local json = require "cica.format.json"
    local function nulls(t, keys)
      for _, k in ipairs(keys) do if t[k] == nil then t[k] = json.null end end
    end
    nulls(s, { "accuracy", "last_review" })
    for _, p in ipairs(s.retention) do nulls(p, { "retention" }) end
    for _, t in ipairs(s.topics) do nulls(t, { "accuracy", "retention" }) end
    s.state = opts.state
    M.write_json(s)
  elseif opts.format == "svg" then
    io.stdout:write(stats.render_svg(s, opts.lang), "\n")
  elseif opts.format == "html" then
    io.stdout:write(stats.render_html(s, opts.lang), "\n")
  else
    io.stdout:write(stats.render(s, opts.lang), "\n")
  end
  return 0
end

-- Topics named by --topic (id, or name or title in any language), as a set of ids; nil means
-- all. An unknown name is a usage error with the nearest names.
function M.topic_set(gens, wanted, lang)
  if #wanted == 0 then return nil end
  local topics = require "cica.quiz.topics"
  local set = {}
  for _, t in ipairs(wanted) do
    local g, near = topics.find(gens, t, lang)
    if not g then
      local names = {}
      for _, x in ipairs(gens) do names[#names + 1] = lang == "en" and x.topic or topics.display_name(x, lang) end
      local sep = T("list_sep", lang)
      local msg = T("unknown_topic", lang, cliargs.shown(t), table.concat(names, sep))
      if #near > 0 then msg = msg .. T("topic_mean", lang, table.concat(near, sep)) end
      return nil, cliargs.usage_error("quiz", msg, lang)
    end
    set[g.topic] = true
  end
  return set
end

-- Write text to opts.output (a file; "-" is standard output) or standard output.
function M.write_output(opts, text)
  if not opts.output or opts.output == "-" then
    io.stdout:write(text)
    return
  end
  local function fail(err)
    error(T("cannot_write", opts.lang, opts.output, (tostring(err):gsub("^[^:]*: ", ""))), 0)
  end
  local f, err = io.open(opts.output, "wb")
  if not f then fail(err) end
  local ok, werr = f:write(text)
  local closed, cerr = f:close()
  if not ok or not closed then fail(werr or cerr) end
end

-- cica quiz export: every question of the chosen topics (no history needed).
function M.export(opts)
  local topics, session = require "cica.quiz.topics", require "cica.quiz.session"
  local gens = topics.all(opts.questions)
  local set, status = M.topic_set(gens, opts.topics, opts.lang)
  if status then return status end
  local all = session.generate(gens, { seed = opts.seed, lang = opts.lang, topics = set })
  M.write_output(opts, require("cica.quiz.export").render(all, gens, opts.format, opts.lang, { bom = opts.bom }))
  return 0
end

-- cica quiz leeches: the leeches and confusions of the history, as text or JSON.
function M.leeches(opts)
  local history, leeches = require "cica.quiz.history", require "cica.quiz.leeches"
  local topics, session = require "cica.quiz.topics", require "cica.quiz.session"
  local h = history.open(opts.state, { readonly = true, lang = opts.lang })
  local scan = leeches.scan(h)
  if h then h:close() end
  local list, confusions = leeches.leeches(scan, opts.leech_threshold), leeches.confusions(scan)
  local questions = {}
  for _, q in ipairs((session.generate(topics.all(opts.questions), { seed = 1, lang = opts.lang }))) do
    questions[q.id] = q
  end
  if opts.format == "json" then
    local out = { threshold = opts.leech_threshold or leeches.THRESHOLD, leeches = {}, confusions = {} }
    for i, c in ipairs(list) do
      local q = questions[c.id]
      out.leeches[i] = { id = c.id, topic = c.topic, lapses = c.lapses, wrong = c.wrong, answers = c.answers,
        prompt = q and q.prompt, answer = q and q.answer }
    end
    for i, c in ipairs(confusions) do
      local q = questions[c.id]
      out.confusions[i] = { id = c.id, topic = c.topic, given = c.given, count = c.count, answer = q and q.answer }
    end
    M.write_json(out)
  else
    io.stdout:write(leeches.render(list, confusions, questions, opts.lang, opts.leech_threshold), "\n")
  end
  return 0
end

-- What revlog says on stderr beside the CSV (quiz_cli.revlog_note): how much, and the time zone
-- the tools ask for.
-- cica quiz revlog: the review log as CSV (cica.quiz.revlog) on stdout.
function M.revlog(opts)
  local history, revlog = require "cica.quiz.history", require "cica.quiz.revlog"
  local h = history.open(opts.state, { readonly = true, lang = opts.lang })
  local rows = revlog.rows(h)
  if h then h:close() end
  io.stdout:write(revlog.csv(rows))
  io.stdout:flush()
  local cards = 0
  for _, r in ipairs(rows) do cards = math.max(cards, r.card_id) end
  local offset, name = revlog.timezone(opts.now)
  io.stderr:write("cica: ", T("revlog_note", opts.lang, #rows, cards, "UTC" .. offset,
    name and (" (TZ=" .. name .. ")") or ""), "\n")
  return 0
end

-- cica quiz merge FILE... -o OUT: see cica.quiz.merge.
function M.merge(opts)
  local merge = require "cica.quiz.merge"
  for _, r in ipairs(merge.merge(opts.output, opts.files, opts.lang)) do
    io.stdout:write(T("merged", opts.lang, r.path, r.added, r.present), "\n")
  end
  return 0
end

-- cica quiz class FILE...: per question, how many learners missed it.
function M.class(opts)
  local merge = require "cica.quiz.merge"
  local topics, session, width = require "cica.quiz.topics", require "cica.quiz.session", require "cica.width"
  local list, learners = merge.class(opts.files, opts.lang)
  local questions = {}
  for _, q in ipairs((session.generate(topics.all(opts.questions), { seed = 1, lang = opts.lang }))) do
    questions[q.id] = q
  end
  if opts.format == "json" then
    for _, q in ipairs(list) do q.prompt = questions[q.id] and questions[q.id].prompt; q.answer = questions[q.id] and questions[q.id].answer end
    M.write_json({ learners = learners, questions = list })
    return 0
  end
  local rows = { { T("class_missed", opts.lang), T("class_answered", opts.lang), T("class_wrong", opts.lang),
    T("class_common", opts.lang), T("class_question", opts.lang) } }
  for _, q in ipairs(list) do
    local qq = questions[q.id]
    rows[#rows + 1] = { tostring(q.missed), tostring(q.learners), tostring(q.wrong), q.common or "-",
      qq and (qq.prompt .. " = " .. qq.answer) or q.id }
  end
  local w = {}
  for _, row in ipairs(rows) do for i, c in ipairs(row) do w[i] = math.max(w[i] or 0, width.width(c)) end end
  io.stdout:write(T("class_title", opts.lang, learners), "\n")
  for _, row in ipairs(rows) do
    local cells = {}
    for i, c in ipairs(row) do
      cells[i] = i == #row and c or width.pad(c, w[i], i <= 3 and "right" or "left")
    end
    io.stdout:write("  ", table.concat(cells, "  "), "\n")
  end
  return 0
end

return M
