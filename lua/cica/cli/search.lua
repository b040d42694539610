-- cica search: full-text search over every record, from the command line.
--   cica search TEXT... [--kind KIND]... [--format text|json] [--lang LANG] [--limit N]
-- The REPL's .search (cica.repl.commands.search) parses and prints with the same functions.
local search = require "cica.search"
local cliargs = require "cica.cli.args"

local M = {}

-- usage and help: catalogue keys (cica.messages.cli), shown in the command's language
M.USAGE = "cli.search_usage"
local HELP = "cli.search_help"

M.FORMATS = { "text", "json" }

local function member(list, v)
  for _, x in ipairs(list) do if x == v then return true end end
  return false
end

-- Adds the kinds in value ("meeting" or "meeting,document") to list; returns the first unknown one.
local function add_kinds(list, value)
  for k in (value .. ","):gmatch("([^,]*),") do
    if not member(search.kinds, k) then return k end
    list[#list + 1] = k
  end
  return nil
end

-- The options of `cica search` (see cica.cli.args); problems come back as text, for the command
-- line and the REPL's .search to print each in its own way.
local SPEC = {
  values = { ["--kind"] = "kind", ["--format"] = "format", ["--lang"] = "lang", ["--limit"] = "limit",
             ["--as-of"] = "as_of" },
  convert = {
    as_of = function(opts, value)
      local day, problem = require("cica.date").normalize(value, opts.msg_lang)
      if not day then return cliargs.message("bad_as_of", opts.msg_lang, value, problem) end
      opts.as_of = day
    end,
    kind = function(opts, value)
      opts.kinds = opts.kinds or {}
      local bad = add_kinds(opts.kinds, value)
      if bad then
        return cliargs.message("unknown_kind", opts.msg_lang, bad,
          table.concat(search.kinds, cliargs.message("list_sep", opts.msg_lang)),
          cliargs.hint(bad, search.kinds, opts.msg_lang))
      end
    end,
    limit = function(opts, value)
      local n = math.tointeger(tonumber(value))
      if not n or n < 1 or n > search.MAX_LIMIT then
        return cliargs.message("bad_limit", opts.msg_lang, search.MAX_LIMIT, value)
      end
      opts.limit = n
    end,
  },
  flags = { ["-h"] = "help", ["--help"] = "help" },
  positional = function(opts, word) opts.words[#opts.words + 1] = word end,
  ends = true,
}

--- Parses the arguments after `search`. Returns opts { text, kinds, format, lang, limit, help,
-- msg_lang }, or nil and what is wrong (for a usage error, in the language of the messages:
-- cica.cli.args.lang_of(argv)).
function M.parse(argv)
  local code = cliargs.lang_of(argv)
  local opts, problem = cliargs.parse(argv, SPEC, function(p) return p end,
    { format = "text", limit = search.DEFAULT_LIMIT, words = {}, msg_lang = code })
  if not opts then return nil, problem end
  local words = opts.words
  opts.words = nil
  if not member(M.FORMATS, opts.format) then
    return nil, cliargs.message("unknown_format", code, opts.format, table.concat(M.FORMATS, cliargs.message("list_sep", code)),
      cliargs.hint(opts.format, M.FORMATS, code))
  end
  local cica = rawget(_G, "cica") or require "cica"
  if opts.lang and not member(cica.languages, opts.lang) then
    return nil, cliargs.message("unknown_language", code, opts.lang,
      table.concat(cica.languages, cliargs.message("list_sep", code)))
  end
  if #words == 0 and not opts.help then return nil, cliargs.message("no_text", code) end
  opts.text = table.concat(words, " ")
  return opts
end

-- Column titles and footer lines: cica.messages.search_results, as localized tables (the
-- kinds of record are the registry's labels, cica.model.kind_label).
local MSG = require("cica.lang").area("search_results")
local TITLES = { kind = MSG.col_kind, id = MSG.col_id, title = MSG.col_title, snippet = MSG.col_snippet }
local LABELS = { no_rows = MSG.no_rows, one_row = MSG.one_row, rows = MSG.rows }

-- Bold on a terminal: the markers become \1 and \2 (no column wide, so the table stays aligned)
-- and then the escapes that start and end bold; a line that a cut or a wrap left bold ends it.
local BOLD_ON, BOLD_OFF = "\27[1m", "\27[22m"
local function embolden(text)
  local lines = {}
  for line in (text .. "\n"):gmatch("(.-)\n") do
    if line:find("[\1\2]") then
      -- a match that a wrapped cell split over two lines is bold on neither part
      local bold, parts = false, {}
      for ch, rest in line:gmatch("([\1\2]?)([^\1\2]*)") do
        if ch == "\1" then bold = true; parts[#parts + 1] = BOLD_ON
        elseif ch == "\2" and bold then bold = false; parts[#parts + 1] = BOLD_OFF end
        parts[#parts + 1] = rest
      end
      line = table.concat(parts) .. (bold and BOLD_OFF or "")
    end
    lines[#lines + 1] = line
  end
  return table.concat(lines, "\n")
end

-- The snippet's markers as \1 … \2, for embolden.
local function mark_for_bold(snippet)
  local o, c = search.OPEN:gsub("%p", "%%%0"), search.CLOSE:gsub("%p", "%%%0")
  return (snippet:gsub(o .. "(.-)" .. c, "\1%1\2"))
end

--- The results as text (an aligned table, by display width) or JSON, in language lang.
-- opts (optional): bold = true shows the matched text in bold (a terminal) rather than between
-- the plain markers; suggestions = array of names to offer when there are no results.
function M.render(results, fmt, lang, opts)
  opts = opts or {}
  local format = require "cica.format"
  if fmt == "json" then
    local out = {}
    for i, r in ipairs(results) do
      out[i] = { kind = r.kind, id = r.id, title = r.title, snippet = r.snippet, score = r.score, record = r.record }
    end
    return format.encode_json(out) .. "\n"
  end
  if #results == 0 then
    local text = format.localize(LABELS.no_rows, lang) .. "\n"
    local s = opts.suggestions
    if s and #s > 0 then
      local quoted = {}
      for i, name in ipairs(s) do quoted[i] = lang == "en" and ("'" .. name .. "'") or ("“" .. name .. "”") end
      local i18n = require "cica.lang"
      text = text .. i18n.t("search_results.did_you_mean", lang, table.concat(quoted, i18n.t("search_results.or_sep", lang)))
        .. "\n"
    end
    return text
  end
  local rows = {}
  for i, r in ipairs(results) do
    local snippet = opts.bold and mark_for_bold(r.snippet) or r.snippet
    -- the kind in the display language, as its collection declares it (JSON keeps the kind's id)
    local kind = require("cica.model").kind_label(r.kind, lang)
    rows[i] = { n = i, kind = kind, id = r.id, title = r.title, snippet = snippet }
  end
  local text = format.text({
    columns = {
      { key = "n", title = "#", align = "right" },
      { key = "kind", title = TITLES.kind },
      { key = "id", title = TITLES.id, max = 24 },
      { key = "title", title = TITLES.title, max = 30 },
      { key = "snippet", title = TITLES.snippet, max = 44 },
    },
    rows = rows,
    labels = LABELS,
  }, { lang = lang, width = opts.width })
  return opts.bold and embolden(text) or text
end

--- Whether output to stdout may use bold: a terminal, NO_COLOR unset or empty, TERM not dumb.
function M.bold_ok()
  local cica = rawget(_G, "cica") or require "cica"
  return cica.isatty(1) and (os.getenv("NO_COLOR") or "") == "" and os.getenv("TERM") ~= "dumb"
end

--- The results about what had happened by `day` (a date checked by cica.date.normalize): a
-- record dated later (a meeting, a document, an event, a chair term, an entity whose first
-- status began later) is left out; records without a date (sources, places, …) stay.
function M.as_of(results, day)
  local date = require "cica.date"
  local last = date.last_day(day)
  local out = {}
  for _, r in ipairs(results) do
    local rec = require("cica.search").record_of(r) or {}
    local first = rec.history and rec.history[1] and rec.history[1].from
    local when = rec.date or rec.from or first or rec.joined
    if type(when) ~= "string" or not when:match("^%d%d%d%d") or date.last_day(when:sub(1, 10)) <= last then
      out[#out + 1] = r
    end
  end
  return out
end

--- Runs a search for parsed opts and returns its output text, in opts.lang (default: the
-- display language), for this search only: cica.lang is as it was afterwards.
function M.run(opts)
  local cica = rawget(_G, "cica") or require "cica"
  local old = cica.lang
  -- cica.search reads the display language from cica.lang (it takes no language of its own):
  -- it is set for the search and put back here, the one place that does so
  if opts.lang and opts.lang ~= old then cica.set_lang(opts.lang) end
  local ok, text = pcall(M.run_in_lang, opts, cica)
  if cica.lang ~= old then cica.set_lang(old) end
  if not ok then error(text, 0) end
  return text
end

-- M.run in the language already set.
function M.run_in_lang(opts, cica)
  -- called through pcall, an error names no position inside cica's own modules
  local ok, results = pcall(cica.search, opts.text, { kinds = opts.kinds, limit = opts.limit })
  if not ok then error(results, 0) end
  if opts.as_of then results = M.as_of(results, opts.as_of) end
  local suggestions
  if #results == 0 and opts.format == "text" then suggestions = search.suggest(cica, opts.text) end
  local bold = opts.bold
  if bold == nil then bold = M.bold_ok() end
  return M.render(results, opts.format, cica.lang, { bold = bold, suggestions = suggestions, width = opts.width })
end

function M.main(args)
  local opts, problem = M.parse(args or {})
  if not opts then
    return cliargs.usage_error("search", problem, cliargs.lang_of(args))
  end
  if opts.help then
    local lang = require "cica.lang"
    io.stdout:write(lang.t(M.USAGE, opts.msg_lang), "\n\n",
      lang.t(HELP, opts.msg_lang, table.concat(search.kinds, cliargs.message("list_sep", opts.msg_lang)),
        search.DEFAULT_LIMIT), "\n")
    return 0
  end
  -- on a terminal the table fits its width (cica.host: cica's own modules only)
  local ok, host = pcall(require, "cica.host")
  opts.width = ok and host.terminal_width and host.terminal_width() or nil
  io.stdout:write(M.run(opts))
  return 0
end

return M
