-- Every user-visible text in the display language: every bundled report in every format, a quiz
-- session with its feedback, `quiz --print` over every question, `quiz stats` in every format,
-- `quiz --list-topics`, `quiz revlog`, `quiz class`, search, `--help` of cica and of every
-- subcommand, usage errors of every subcommand and the REPL's dot-commands, run in zh-Hans,
-- zh-Hant and en through the cica on PATH.
--   * Allowed as they are, by reason: the last line of a piped quiz, "score: X/Y", is a
--     machine-readable line scripts and the acceptance checks read (a terminal shows the
--     localized score); quiz revlog's CSV header names the columns the FSRS tools expect; the
--     command line's "unrecognized option" is kept in every language for scripts that recognise
--     a usage error by it (see lua/cica/messages/main.lua).
--   * zh-Hans/zh-Hant output may hold no English run: three or more Latin words in a row, where a
--     word is made of letters, apostrophes and hyphens only and is not an upper-case code of at
--     most six letters. Ids, codes, numbers, URLs and file names are not words and end a run; so
--     does any character other than ASCII and Latin letters (a Chinese character, full-width
--     punctuation). Not looked at: text inside “…”, 《…》, 「…」, 『…』 and "…" (titles as
--     published), markup (HTML/SVG tags, the style sheet, JSON keys), the command's own user
--     input, and the names in ALLOWED (Latin names of persons and publishers the dataset has
--     no sourced Chinese form for). data/checks.sql applies the same rule to the dataset itself.
--   * zh-Hans/zh-Hant output may also hold no single common English word (COMMON_WORDS in tests/spec/support/latin.lua:
--     function words and the words English messages are made of, "the", "of", "more", "rows",
--     "limit", "expected", "got", "did you mean" …), outside the same quotes, commands and
--     allow-lists: what a message left untranslated shows up even when it is one word long.
--     Allowed by reason: "time limit exceeded" and "not enough memory" in parentheses after the
--     Chinese reason of a stopped run, and "not allowed in safe mode" after a refusal of --safe (scripts and the acceptance checks look for them, as for
--     "unrecognized option"; see lua/cica/messages/main.lua); Lua's own runtime errors
--     ("attempt to call a nil value") stay as Lua words them (docs/api.md) and are not run here.
--   * en output may hold no CJK character outside the same quotes, except the dataset's own
--     Chinese names (a name shown beside its English form, a seed's page name).
local ALLOWED_LATIN = {
  "The Asia Today", -- a publisher's own name (source B11), as in data/checks.sql
  "unrecognized option", -- see the header
  "time limit exceeded", "not enough memory", "not allowed in safe mode", -- see the header
  -- and every source's original title (added below from the dataset)
}

local function sh_quote(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

local STATE = os.tmpname()
os.remove(STATE)

-- Runs `cica ARGS` (a shell word list) with stdin from `input`; returns stdout and stderr
-- together, and the status.
local function run(args, input)
  local cmd = "NO_COLOR=1 XDG_CONFIG_HOME=/nonexistent XDG_STATE_HOME=" .. sh_quote(STATE)
    .. " cica " .. args .. " 2>&1"
  if input then cmd = "printf %s " .. sh_quote(input) .. " | " .. cmd end
  local p = assert(io.popen(cmd))
  local out = p:read("a")
  local ok, _, status = p:close()
  return out, ok and 0 or status
end

-- A box-drawn table's wrapped cells joined back: one line per table row, its cells separated by
-- " | " (a row starts where the first column is not blank). Other lines are kept as they are.
local function unwrap_tables(text)
  local out, row = {}, nil
  local function flush()
    if row then
      local cells = {}
      for i, parts in ipairs(row) do
        -- a wrap at a space dropped the space; one after "-" or "/" (a URL, a hyphened word) did not
        local cell = parts[1] or ""
        -- (or after a wide character: Chinese wraps anywhere)
        for k = 2, #parts do
          local last = cell == "" and 0 or utf8.codepoint(cell, utf8.offset(cell, -1))
          local glued = cell:find("[-/_.?=&]$") or last >= 0x2E80 -- after a wide (CJK) character
          cell = cell .. (glued and "" or " ") .. parts[k]
        end
        cells[i] = cell
      end
      out[#out + 1] = table.concat(cells, " | ")
      row = nil
    end
  end
  for line in (text .. "\n"):gmatch("(.-)\n") do
    if line:find("^│") then
      local cells = {}
      for cell in line:sub(4):gmatch("(.-)│") do cells[#cells + 1] = cell:match("^%s*(.-)%s*$") end
      if cells[1] ~= "" then flush(); row = {} end
      row = row or {}
      for i, c in ipairs(cells) do
        row[i] = row[i] or {}
        if c ~= "" then table.insert(row[i], c) end
      end
    else
      flush()
      out[#out + 1] = line
    end
  end
  flush()
  return table.concat(out, "\n")
end

-- Markup that is not user-visible text: HTML/SVG tags and style sheets, JSON object keys.
local function strip_markup(text, fmt)
  if fmt == nil or fmt == "text" then
    text = unwrap_tables(text)
  elseif fmt == "html" or fmt == "svg" then
    text = text:gsub("<style>.-</style>", " "):gsub("<[^>]*>", " | "):gsub("&quot;", '"'):gsub("&#39;", "'")
      :gsub("&[#%w]+;", " ")
  elseif fmt == "repl" then
    -- a Lua value the REPL prints is data, every field of it ({ id = "A1", title_en = "…" }):
    -- the record's own languages, not the REPL's words
    text = unwrap_tables(text):gsub("[^\n]*", function(line)
      if line:find("^%s*{?%s*[%w_]+ = ") then return "" end
      -- names laid out in columns (.tables: SQL tables, Lua collections) are identifiers
      if line:find("^  [%w_]+") and not line:gsub("^  ", ""):gsub("[%w_]+", "x"):find("[^x ]")
        and not line:gsub("^  ", ""):find("%w %w") then return "" end
    end)
  elseif fmt == "json" then
    -- keys go; string delimiters go, while a quote inside a string (\") stays a quote
    text = text:gsub('"[%w_]+"%s*:', " "):gsub('\\"', "\1"):gsub('"', " "):gsub("\1", '"')
  end
  return text
end

-- The language rules (quotes, English runs, common English words, CJK): tests/spec/support/latin.lua.
local latin = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "support/latin.lua")
local unquoted, english_run, english_word, cjk = latin.unquoted, latin.english_run, latin.english_word, latin.cjk

-- The dataset's Chinese names, which an English output may show beside the English ones.
local CHINESE_NAMES
local function chinese_names()
  if CHINESE_NAMES then return CHINESE_NAMES end
  local list = {}
  local sql = [[
    SELECT name_hans AS n FROM entities UNION SELECT name_hant FROM entities
    UNION SELECT alias FROM aliases WHERE lang <> 'en'
    UNION SELECT name_hans FROM places UNION SELECT name_hant FROM places
    UNION SELECT name_hans FROM place_names UNION SELECT name_hant FROM place_names
    UNION SELECT name_hans FROM secretariat_heads UNION SELECT name_hant FROM secretariat_heads
    UNION SELECT seed_page FROM sources WHERE seed_page IS NOT NULL]]
  local out = run("-e " .. sh_quote("for r in cica.rows([[" .. sql .. "]]) do print(r.n) end"))
  for name in out:gmatch("[^\n]+") do list[#list + 1] = name end
  list[#list + 1] = "亚信会议" -- the organisation's own name, beside its English one in `cica --help`
  table.sort(list, function(a, b) return #a > #b end) -- longest first: 中华人民共和国 before 中国
  CHINESE_NAMES = list
  return list
end

-- The lines of `text` that break the rule for `lang`, as "line → offending part".
local function problems(text, lang, fmt)
  local bad = {}
  text = strip_markup(text, fmt)
  for line in text:gmatch("[^\n]+") do
    if lang == "en" then
      -- a search snippet may cut a name short ("哈萨克斯…"): a cut name is a name
      line = line:gsub("([\228-\233][\128-\191][\128-\191][\228-\233\128-\191]*)…", function(cut)
        for _, name in ipairs(chinese_names()) do
          if name:sub(1, #cut) == cut then return "…" end
        end
      end)
      local rest = unquoted(unquoted(line, ALLOWED_LATIN), chinese_names())
      for _, cp in utf8.codes(rest) do
        if cjk(cp) then bad[#bad + 1] = line .. "  →  " .. utf8.char(cp); break end
      end
    else
      local rest = unquoted(line, ALLOWED_LATIN)
      local found = english_run(rest) or english_word(rest)
      if found then bad[#bad + 1] = line .. "  →  " .. found end
    end
  end
  return bad
end

local function assert_clean(what, text, lang, fmt)
  local bad = problems(text, lang, fmt)
  assert(#bad == 0, string.format("%s: %d line(s) not in %s:\n%s", what, #bad, lang,
    table.concat(bad, "\n", 1, math.min(#bad, 8))))
end

local LANGS = { "zh-Hans", "zh-Hant", "en" }

-- Names are names in any language (the cow report's csv and json keep the English state name, a
-- stable value for scripts that join with COW data): the dataset's English entity names pass.
do
  local out = run("-e " .. sh_quote("for _, e in ipairs(cica.entities) do print(e.name_en) end"))
  for name in out:gmatch("[^\n]+") do ALLOWED_LATIN[#ALLOWED_LATIN + 1] = name end
end

-- Source titles as published are quoted as they are, in any language.
do
  local out = run("-e " .. sh_quote("for _, s in ipairs(cica.sources) do if s.original_title then print(s.original_title) end end"))
  for title in out:gmatch("[^\n]+") do ALLOWED_LATIN[#ALLOWED_LATIN + 1] = title end
  table.sort(ALLOWED_LATIN, function(a, b) return #a > #b end)
end

describe("the checker", function()
  it("finds an English run in Chinese text and lets ids, codes, URLs and quoted titles pass", function()
    assert.are.equal("Kazakhstan chaired from", english_run("来源说法不一：Kazakhstan chaired from 1992 to 2010 (S1)"))
    assert.is_nil(english_run("2010年加入（seed000、A6, BH, https://example.org/a-b）：CICA TURKPA"))
    assert.are.equal(0, #problems('来源：A9（“Kuwait joins CICA as 28th member state”）', "zh-Hans"))
    assert.are.equal(1, #problems("score: right answers so far", "zh-Hant"))
  end)
  it("finds one common English word alone in Chinese text", function()
    assert.are.equal("more", english_word("… 150 more"))
    assert.are.equal("rows", english_word("… 另有 5 rows"))
    assert.are.equal(1, #problems("cica.members_at：bad date “x”", "zh-Hans"))
    assert.is_nil(english_word("2010年加入（seed000、A6、BH）：CICA AND OR"))
    assert.are.equal(0, #problems("cica: 超出时间限制（time limit exceeded）", "zh-Hans"))
  end)
  it("finds CJK in English text, but not in quotes or in a dataset name", function()
    assert.are.equal(1, #problems("Qiuzhen Baike (求真百科) encyclopedia", "en"))
    assert.are.equal(0, #problems('article "亞信會議" on Kazakhstan (哈萨克斯坦)', "en"))
  end)
  it("ignores markup", function()
    assert.are.equal(0, #problems('<p class="a b c">数据</p>', "zh-Hans", "html"))
    assert.are.equal(0, #problems('{"original_title": 1, "some_key": "数据"}', "zh-Hans", "json"))
  end)
end)

describe("output in the display language", function()
  local names = {}
  for line in run("report --list"):gmatch("[^\n]*") do
    if line == "" then break end
    names[#names + 1] = line:match("^(%S+)")
  end

  it("lists the bundled reports", function()
    assert.is_true(#names >= 10)
  end)

  for _, lang in ipairs(LANGS) do
    it("every report in every format, " .. lang, function()
      for _, name in ipairs(names) do
        local formats = { "text", "md", "csv", "json", "html" }
        if not run("report " .. name .. " --format json --lang " .. lang):find('"chart": null', 1, true) then
          formats[#formats + 1] = "svg"
        end
        for _, fmt in ipairs(formats) do
          local out, status = run("report " .. name .. " --format " .. fmt .. " --lang " .. lang)
          assert.are.equal(0, status, name .. " " .. fmt .. ": " .. out)
          assert_clean(name .. " (" .. fmt .. ")", out, lang, fmt)
        end
      end
    end)

    it("a quiz session, --print, stats and --list-topics, " .. lang, function()
      -- every answer blank: each feedback shows the answer, the fact, any dispute and the sources
      local out, status = run("quiz --seed 5 --count 40 --lang " .. lang, ("\n"):rep(40))
      assert.are.equal(0, status, out)
      -- the transcript echoes the (empty) user input after 回答：/answer: — nothing to strip
      assert_clean("quiz session", out, lang)
      out = run("quiz --print --count 1000 --lang " .. lang)
      assert_clean("quiz --print", out, lang)
      for _, fmt in ipairs({ "text", "html", "svg" }) do
        out = run("quiz stats --format " .. fmt .. " --lang " .. lang)
        assert_clean("quiz stats --format " .. fmt, out, lang, fmt)
      end
      out = run("quiz stats --retention 0.8 --now 2030-01-01 --lang " .. lang)
      assert_clean("quiz stats --retention --now", out, lang)
      out = run("quiz leeches --lang " .. lang)
      assert_clean("quiz leeches", out, lang)
      out = run("quiz optimize --lang " .. lang)
      assert_clean("quiz optimize", out, lang)
      out = run("quiz --list-topics --lang " .. lang)
      assert_clean("quiz --list-topics", out, lang)
      -- the CSV header is for the FSRS tools (see the header of this file): only stderr is looked at
      out = run("quiz revlog --lang " .. lang .. " 2>&1 >/dev/null")
      assert_clean("quiz revlog", out, lang)
      local db = STATE .. "/cica/quiz.db"
      out = run("quiz class " .. sh_quote(db) .. " " .. sh_quote(db) .. " --lang " .. lang)
      assert_clean("quiz class", out, lang)
      -- a piped session ends with the machine-readable score line (see the header): that line only
      out = run("quiz --seed 1 --count 2 --lang " .. lang, "\n\n")
      assert.is_truthy(out:find("\nscore: 0/2\n$"), out)
      assert_clean("quiz session", (out:gsub("\nscore: 0/2\n$", "\n")), lang)
    end)

    it("--help of cica and of every subcommand, " .. lang, function()
      for _, args in ipairs({ "--help", "help", "help report", "report --help", "search --help", "quiz --help",
        "stubs --help", "completion --help", "help repl", "--help quiz", "report --list", "--version" }) do
        local out, status = run("--lang " .. lang .. " " .. args)
        assert.are.equal(0, status, args .. ": " .. out)
        assert_clean(args, out, lang)
        -- a subcommand's own --lang gives its help in that language too
        if args:match("^report %-%-help$") or args:match("^search %-%-help$") or args:match("^quiz %-%-help$") then
          local own = run(args .. " --lang " .. lang)
          assert.are.equal(out, own, args .. " --lang " .. lang)
        end
      end
    end)

    it("usage errors of cica and of every subcommand, " .. lang, function()
      local cases = {
        "--no-such-flag", "--lang", "--timeout x", "--max-memory 0", "--db", "-e", "help reprot", "reprot",
        "report --x", "report", "report nope", "report members --format xx", "report members --lang fr",
        "report members --bom", "report members --as-of 2020-13", "report a b", "report members -o x.xlsx",
        "report --lsit", "report members --format",
        "search", "search --fromat x", "search x --format xml", "search x --kind nope", "search x --limit 0",
        "search x --as-of soon", "search x --lang",
        "quiz --bogus", "quiz --count x", "quiz --mode nope", "quiz --now never", "quiz --retention 2",
        "quiz --leech-threshold 0", "quiz --format md", "quiz --reset", "quiz -o x", "quiz merge a.db",
        "quiz class", "quiz merge --state s a.db -o b.db", "quiz stats --print", "quiz export --count 3",
        "quiz --print -o x.pdf", "quiz stats --format md", "quiz --bom", "quiz --topic nope", "quiz extra",
        "quiz --count", "quiz -",
        "stubs a b", "stubs --x", "completion", "completion fish", "completion bash zsh", "completion --colour",
        "completion bash -o",
      }
      for _, args in ipairs(cases) do
        for _, where in ipairs({ "global", "own" }) do
          local cmdline = where == "global" and ("--lang " .. lang .. " " .. args) or (args .. " --lang " .. lang)
          -- (report, search and quiz have a --lang of their own)
          if where == "own" and not (args:match("^report") or args:match("^search") or args:match("^quiz"))
            or args:find("--lang", 1, true) then break end
          local out, status = run(cmdline)
          assert.are_not.equal(0, status, cmdline .. ": " .. out)
          -- the user's own words are input, not output: blank out what the message quotes
          assert_clean(cmdline, (out:gsub("“[^”]*”", ""):gsub("「[^」]*」", ""):gsub("'[^']*'", "")), lang)
        end
      end
    end)

    it("the REPL's dot-commands, " .. lang, function()
      local input = table.concat({ ".help", ".help search", ".help report", ".help sql", ".help quiz",
        ".help lang", ".help asof", ".help once", ".help sources", ".help nope", ".tables", ".lang",
        ".report", ".report members", ".report nope",
        -- (a lone year matches notes not yet translated: see the search test above)
        lang == "en" and ".search Almaty" or ".search 阿拉木图", ".search --kind nope x", ".sources",
        ".sources A1", ".schema nope", ".mode", ".mode nope", ".asof", ".asof 2010", ".asof soon",
        ".asof off", ".quiz --help", ".nope", ".sql", ".once", ".lang xx", ".lang " .. lang,
        -- what the REPL cuts short says so in the language: a long list of records, a long table,
        -- rows beyond the limit; cica's own API refusing an argument; a statement stopped by
        -- --timeout and one out of --max-memory
        "cica.entities", "t = {} for i = 1, 200 do t[i] = i * 1000 end", "t",
        "=cica.query('select id from sources')", "cica.members_at('soon')", "cica.find(1)",
        "cica.search('x', { limit = 0 })", "cica.query('select ?', 1, 2)", "while true do end",
        "local t = {} for i = 1, 1e9 do t[i] = i end" }, "\n") .. "\n"
      local out = run("--lang " .. lang .. " --timeout 1 --max-memory 64 repl", input)
      for _, want in ipairs({ "cica.members_at", "cica.find", "cica.search", "cica.query" }) do
        assert.is_truthy(out:find(want, 1, true), want .. " was not refused:\n" .. out)
      end
      assert.is_truthy(out:find("time limit exceeded", 1, true), out)
      assert.is_truthy(out:find("not enough memory", 1, true), out)
      -- the commands typed are input; .schema's SQL is SQL
      assert_clean("repl", out, lang, "repl")
    end)

    it("search, " .. lang, function()
      -- A query in one language shows the text it matched in that language: Chinese queries in
      -- zh-Hans/zh-Hant, Latin ones in en. (A lone year matches the notes of statuses and chairs,
      -- translated on the data-statuses and data-meetings branches: add "2014" once merged.)
      local queries = lang == "en" and { "Almaty", "Kazinform", "Wikipedia", "observer", "Istanbul 2010" }
        or { "阿拉木图", "突厥议会", "韓國", "观察员", "亚信秘书处", "哈萨克国际通讯社", "上海 2014" }
      for _, q in ipairs(queries) do
        local out = run("search " .. sh_quote(q) .. " --limit 50 --lang " .. lang)
        -- the user's own words are input, not output: blank them out before looking
        assert_clean("search " .. q, (out:gsub(q:gsub("%p", "%%%0"), "")), lang)
      end
    end)
  end
end)
