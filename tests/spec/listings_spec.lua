-- Everything that lists cica's extensions — reports, output formats, quiz topics, dot-commands —
-- names every one cica.discover finds: `--help` and usage errors, `--list` and `--list-topics`,
-- the REPL's .help, the shell completion and the man page (docs/cica.1, whose lists
-- packaging/manpage.lua generates). A listing copied by hand fails here as soon as a file is added
-- (tests/cram/extension.t adds one).
local discover = require "cica.discover"
local manpage = dofile("packaging/manpage.lua")

local function sh_quote(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- Runs `cica ARGS` (a shell word list) with no user configuration, stdin from `input`; returns
-- stdout and stderr together.
local function run(args, input)
  local cmd = "NO_COLOR=1 XDG_CONFIG_HOME=/nonexistent cica " .. args .. " 2>&1"
  if input then cmd = "printf %s " .. sh_quote(input) .. " | " .. cmd end
  local p = assert(io.popen(cmd))
  local out = p:read("a")
  p:close()
  return out
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- The names of the *.lua files in a folder of the source tree, sorted.
local files_in = discover.user_files

local function sorted(list)
  local copy = { table.unpack(list) }
  table.sort(copy)
  return copy
end

-- `word` stands in `text` as a word of its own (not inside a longer name).
local function has_word(text, word)
  local plain = word:gsub("%p", "%%%0")
  return text:find("%f[%w_%-%.]" .. plain .. "%f[^%w_%-]") ~= nil
end

local function assert_lists(text, names, where)
  for _, n in ipairs(names) do
    assert(has_word(text, n), where .. " does not list '" .. n .. "'")
  end
end

local REPORTS = require("cica.report").bundled()
local FORMATS = require("cica.format").names
local TOPICS = require("cica.quiz.topics").bundled()
local COMMANDS = require("cica.repl").command_names()

describe("cica.discover", function()
  it("finds every bundled file: reports, quiz generators, formats, dot-command modules", function()
    assert.are.same(files_in("lua/cica/reports"), sorted(REPORTS))
    assert.are.same(files_in("lua/cica/quiz/generators"), sorted(TOPICS))
    assert.are.same(files_in("lua/cica/format"), sorted(FORMATS))
    assert.are.same(files_in("lua/cica/repl/commands"), discover.names("cica.repl.commands"))
    for _, n in ipairs(discover.names("cica.repl.commands")) do
      assert.is_truthy(require("cica.repl").commands[n], "dot-command ." .. n)
    end
  end)

  it("lists them by their order fields, as before they were files", function()
    assert.are.same({ "overview", "members", "observers", "timeline", "summits", "meetings", "chairs",
      "growth", "cow", "sources", "discrepancies", "class" }, REPORTS)
    assert.are.same({ "accession", "status", "founding", "summits", "ministerial", "chairs", "secretariat",
      "documents", "counts", "asof", "disputes", "cloze" }, TOPICS)
    assert.are.same({ "text", "md", "csv", "json", "html", "svg" }, FORMATS)
  end)

  it("sorts by order, then by name, those without an order last", function()
    local items = { { n = "b" }, { n = "z", o = 1 }, { n = "a" }, { n = "y", o = 2 } }
    discover.sort(items, function(e) return e.o end, function(e) return e.n end)
    local names = {}
    for i, e in ipairs(items) do names[i] = e.n end
    assert.are.same({ "z", "y", "a", "b" }, names)
  end)

  it("refuses a prefix that is not a string", function()
    assert.has_error(function() discover.names(nil) end,
      "cica.discover.names: expected a module prefix (a string), got nil")
    assert.has_error(function() discover.user_files(3) end,
      "cica.discover.user_files: expected a folder (a string) or nil, got number")
  end)
end)

describe("every listing names every discovered item", function()
  it("cica report --help: the usage line and the options", function()
    local help = run("report --help --lang en")
    local usage = help:match("^[^\n]*")
    assert.is_truthy(usage:find("--format " .. table.concat(FORMATS, "|"), 1, true), usage)
    assert_lists(help:match("%-%-format FMT(.-)\n%s+%-%-lang"), FORMATS, "report --help's --format")
    local exts = help:match("%-o, %-%-output FILE.-%((.-)%)")
    for _, e in ipairs(require("cica.format").extensions()) do
      assert.is_truthy(exts:find("." .. e.ext, 1, true), "report --help does not list ." .. e.ext)
    end
  end)

  it("usage errors: an unknown format, an unknown report", function()
    assert_lists(run("report members --format zzzz"), FORMATS, "the unknown-format error")
    assert_lists(run("report zzzzzzzz"), REPORTS, "the unknown-report error")
  end)

  it("cica report --list and cica quiz --list-topics", function()
    assert_lists(run("report --list"), REPORTS, "report --list")
    assert_lists(run("quiz --list-topics"), TOPICS, "quiz --list-topics")
  end)

  it("the REPL's .help", function()
    local out = run("-i", ".help\n")
    for _, c in ipairs(COMMANDS) do
      assert(out:find("\n%." .. c:gsub("%p", "%%%0") .. "%f[%s]") or out:find("^%." .. c .. "%f[%s]"),
        ".help does not list ." .. c)
    end
  end)

  it("the bash and zsh completion", function()
    for _, shell in ipairs { "bash", "zsh" } do
      local script = run("completion " .. shell)
      local words    -- 'report' is an arm of _cica_options (its options) and of _cica_words
      for w in script:gmatch("\n%s*'report'%) _cica_values='([^']*)';;") do
        if not w:match("^%-") then words = w end
      end
      assert.is_truthy(words, shell .. ": no report words")
      assert_lists(words, REPORTS, shell .. " completion of report names")
      local formats = script:match("\n%s*'report %-%-format'%) _cica_values='([^']*)';;")
      assert.is_truthy(formats, shell .. ": no --format values")
      assert.are.same(FORMATS, (function()
        local t = {}
        for w in formats:gmatch("%S+") do t[#t + 1] = w end
        return t
      end)())
      local topics = script:match("\n%s*'quiz %-%-topic'%) _cica_values='([^']*)';;")
      assert_lists(topics, TOPICS, shell .. " completion of quiz topics")
    end
  end)

  it("the man page: its generated lists are current (packaging/manpage.lua)", function()
    local page = read("docs/cica.1")
    assert.are.same({ "synopsis", "options-lua", "options-cica", "commands", "reports", "options-report",
      "formats", "extensions", "options-quiz", "topics", "options-search", "options-serve", "dot-commands",
      "extensions", "options-completion", "options-stubs" }, manpage.lists(page))
    assert.are.equal(manpage.fill(page), page,
      "docs/cica.1 is stale: run build/cica packaging/manpage.lua docs/cica.1 docs/cica.1")
    local blocks = manpage.blocks()
    local function block(name) return table.concat(blocks[name], "\n"):gsub("\\%-", "-") end
    assert_lists(block("reports"), REPORTS, "the man page's reports")
    assert_lists(block("formats"), FORMATS, "the man page's formats")
    assert_lists(block("topics"), TOPICS, "the man page's topics")
    for _, c in ipairs(COMMANDS) do
      assert.is_truthy(block("dot-commands"):find(".B ." .. c, 1, true), "the man page's .".. c)
    end
  end)

  it("the man page: every option of every --help, and every command, with its own text", function()
    local blocks = manpage.blocks()
    local function block(name) return (table.concat(blocks[name], "\n"):gsub("\\%-", "-")) end
    -- every line of an Options section that starts with "-" is an option of the page
    local function option_lines(text, heading)
      local n, inside = 0, false
      for line in (text .. "\n"):gmatch("(.-)\n") do
        if inside and (line == "" or not line:match("^ ")) then break end
        if inside and line:match("^%s+%-") then n = n + 1 end
        if line:match(heading) then inside = true end
      end
      return n
    end
    for _, c in ipairs(require("cica.core").subcommands()) do
      local ok, help = pcall(manpage.help_text, c.name)
      if ok then
        local n = option_lines(help, "^Options:$")
        assert.is_true(n > 0, c.name)
        assert.are.equal(n, select(2, block("options-" .. c.name):gsub("\n%.TP\n", "")) + 1, c.name)
        for _, o in ipairs(manpage.options(help, "^Options:$")) do
          assert.is_truthy(table.concat(blocks["options-" .. c.name], "\n"):find(manpage.escape(o.text), 1, true),
            c.name .. " " .. o.spec)
        end
      end
      assert.is_truthy(block("commands"):find(".B " .. c.name .. "\n", 1, true), "the man page's command " .. c.name)
    end
    local main = manpage.main_help_text()
    assert.are.equal(option_lines(main, "^cica's options:$"), #manpage.options(main, "^cica's options:$"))
    assert.are.same({ "-e stat", "-l mod", "-i", "-v", "-E", "-W", "--", "-" },
      (function()
        local specs = {}
        for i, o in ipairs(manpage.options(main, "^Options %(as lua5%.4%):$")) do specs[i] = o.spec end
        return specs
      end)())
  end)

  it("manpage.options splits an option from its text however they are spaced", function()
    local help = "Options:\n  -f, --format FMT   text or json\n      --questions FILE add FILE\n"
      .. "      --max-memory MB  stop\n      --due          only due,\n                     really\n"
      .. "  -e stat      execute 'stat'\n      --format F     --print: text\n\nafter\n"
    assert.are.same({
      { spec = "-f, --format FMT", text = "text or json" }, { spec = "--questions FILE", text = "add FILE" },
      { spec = "--max-memory MB", text = "stop" }, { spec = "--due", text = "only due, really" },
      { spec = "-e stat", text = "execute 'stat'" }, { spec = "--format F", text = "--print: text" },
    }, manpage.options(help, "^Options:$"))
    assert.has_error(function() manpage.options(help, "^Flags:$") end,
      "manpage: no section '^Flags:$' in the help text")
  end)

  it("the man page names every environment variable cica reads", function()
    local page = read("docs/cica.1")
    local env = page:match("\n%.SH ENVIRONMENT\n(.-)\n%.SH ")
    local names = { LC_ALL = true, LC_MESSAGES = true, LANG = true, LUA_INIT = true, LUA_INIT_5_4 = true,
                    XDG_CONFIG_HOME = true, XDG_STATE_HOME = true, HOME = true } -- read through a variable
    local files = {}
    for _, dir in ipairs({ "src", "lua" }) do
      local p = assert(io.popen("find " .. dir .. " -name '*.c' -o -name '*.lua'"))
      for f in p:lines() do files[#files + 1] = f end
      p:close()
    end
    for _, f in ipairs(files) do
      for name in read(f):gmatch('getenv%(%s*"([%u%d_]+)"%s*%)') do names[name] = true end
    end
    assert.is_true(next(names) ~= nil)
    for name in pairs(names) do
      assert.is_truthy(env:find("%f[%w_]" .. name .. "%f[^%w_]"), "ENVIRONMENT in docs/cica.1 lacks " .. name)
    end
  end)

  it("manpage.fill refuses a list it does not know and one left open", function()
    assert.has_error(function() manpage.fill('.\\" <generated nothing>\n.\\" </generated>\n') end,
      "manpage: no generated list 'nothing'")
    assert.has_error(function() manpage.fill('.\\" <generated topics>\nx\n') end,
      "manpage: generated list 'topics' is not closed")
  end)
end)
