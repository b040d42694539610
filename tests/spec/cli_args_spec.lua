-- cica.cli.args: the option loop of cica report, quiz and search (their messages, end to end, are
-- in tests/cram/report.t, quiz.t and search.t).
package.path = "lua/?.lua;" .. package.path
local args = require "cica.cli.args"

-- A fail function that returns the message, as cica.cli.search uses it.
local fail = string.format

local SPEC = {
  values = { ["-f"] = "format", ["--format"] = "format", ["--file"] = "files", ["--kind"] = "kind" },
  lists = { files = true },
  convert = {
    kind = function(opts, value, flag)
      if value == "bad" then return fail("%s: no kind '%s'", flag, value) end
      opts.kind = value:upper()
    end,
  },
  flags = { ["-h"] = "help", ["--help"] = "help", ["--due"] = "due" },
  positional = function(opts, word)
    opts.words = opts.words or {}
    opts.words[#opts.words + 1] = word
  end,
}

-- parse with SPEC (plus fields of extra) and fail.
local function parse(argv, extra, opts)
  local spec = {}
  for k, v in pairs(SPEC) do spec[k] = v end
  for k, v in pairs(extra or {}) do spec[k] = v end
  return args.parse(argv, spec, fail, opts)
end

-- Runs fn with io.stdout and io.stderr captured; returns fn's results, then both outputs.
local function capture(fn)
  local out, err = {}, {}
  local function sink(buf)
    return { write = function(self, ...) for _, s in ipairs({ ... }) do buf[#buf + 1] = s end return self end }
  end
  local o, e = io.stdout, io.stderr
  io.stdout, io.stderr = sink(out), sink(err)
  local res = table.pack(pcall(fn))
  io.stdout, io.stderr = o, e
  assert(res[1], res[2])
  return res[2], res[3], table.concat(out), table.concat(err)
end

describe("cica.cli.args", function()
  -- The loop's logic, checked on its English messages (the display language is zh-Hans by
  -- default; the messages in every language: tests/spec/language_spec.lua, tests/cram/lang.t).
  local lang
  setup(function() lang = cica.lang; cica.set_lang("en") end)
  teardown(function() cica.set_lang(lang) end)

  describe("parse", function()
    it("takes a value after '=' or as the next word, for long and short flags", function()
      assert.are.same({ format = "csv" }, parse({ "--format=csv" }))
      assert.are.same({ format = "csv" }, parse({ "--format", "csv" }))
      assert.are.same({ format = "csv" }, parse({ "-f", "csv" }))
    end)

    it("takes the next word as the value even when it starts with '-'", function()
      assert.are.same({ format = "-o" }, parse({ "-f", "-o" }))
      assert.are.same({ format = "--help" }, parse({ "--format", "--help" }))
    end)

    it("keeps an empty value and anything after the first '='", function()
      assert.are.same({ format = "" }, parse({ "--format=" }))
      assert.are.same({ format = "a=b" }, parse({ "--format=a=b" }))
    end)

    it("splits '=' only for long flags: -f=csv is an unknown option", function()
      assert.are.same({ nil, "unknown option '-f=csv'" }, { parse({ "-f=csv" }) })
    end)

    it("names the flag whose value is missing, as it was written", function()
      assert.are.same({ nil, "option '--format' needs a value" }, { parse({ "--format" }) })
      assert.are.same({ nil, "option '-f' needs a value" }, { parse({ "x", "-f" }) })
    end)

    it("keeps the last value of a repeated option", function()
      assert.are.same({ format = "json" }, parse({ "--format", "csv", "-f", "json" }))
    end)

    it("collects a repeated list option in order, into the list given in opts", function()
      assert.are.same({ files = { "a", "b", "c" } }, parse({ "--file", "a", "--file=b", "--file", "c" }))
      local opts = { files = {} }
      assert.are.equal(opts, parse({}, nil, opts))
      assert.are.same({ files = {} }, opts)
    end)

    it("hands a value to its convert function, whose error stops the loop", function()
      assert.are.same({ kind = "MEETING" }, parse({ "--kind", "meeting" }))
      assert.are.same({ nil, "--kind: no kind 'bad'" }, { parse({ "--kind=bad", "--bogus" }) })
    end)

    it("sets boolean flags, and treats --flag=value for one as unknown", function()
      assert.are.same({ help = true, due = true }, parse({ "-h", "--due", "--help" }))
      assert.are.same({ nil, "unknown option '--due'" }, { parse({ "--due=1" }) })
      assert.are.same({ nil, "unknown option '--help'" }, { parse({ "--help=x" }) })
    end)

    it("suggests the nearest long option, never for a short one", function()
      assert.are.same({ nil, "unknown option '--fromat'; did you mean '--format'?" }, { parse({ "--fromat", "md" }) })
      assert.are.same({ nil, "unknown option '--colour'" }, { parse({ "--colour" }) })
    end)

    it("hint: the nearest candidate, or nothing", function()
      assert.are.equal("; did you mean 'members'?", args.hint("memebrs", { "chairs", "members" }))
      assert.are.equal("", args.hint("zzz", { "chairs", "members" }))
    end)

    it("usage_error: one line on stderr, status 2", function()
      local status, _, out, err = capture(function() return args.usage_error("search", "no TEXT") end)
      assert.are.equal(2, status)
      assert.are.equal("", out)
      assert.are.equal("cica: search: no TEXT (see 'cica help search')\n", err)
    end)

    it("reports an unknown option by its flag, and stops at the first error", function()
      assert.are.same({ nil, "unknown option '-x'" }, { parse({ "-x", "--format" }) })
      assert.are.same({ nil, "unknown option '--colour'" }, { parse({ "--colour=always" }) })
      assert.are.same({ nil, "unknown option '--a_b=1'" }, { parse({ "--a_b=1" }) })
      assert.are.same({ nil, "unknown option '---'" }, { parse({ "---" }) })
    end)

    it("hands positionals, and '-' alone, to the command in order", function()
      assert.are.same({ words = { "a", "-", "b" }, format = "md" }, parse({ "a", "-", "--format", "md", "b" }))
    end)

    it("without a positional function, a positional is an unexpected argument", function()
      assert.are.same({ nil, "unexpected argument 'x'" }, { args.parse({ "x" }, {}, fail) })
    end)

    it("passes what fail returns back as the second result", function()
      local function status() return 2 end
      assert.are.same({ nil, 2 }, { args.parse({ "--nope" }, SPEC, status) })
    end)

    it("ends the options at '--' only when the spec says so", function()
      assert.are.same({ nil, "unknown option '--'" }, { parse({ "a", "--", "-x" }) })
      assert.are.same({ words = { "a", "-x", "--", "--format=csv" } },
        parse({ "a", "--", "-x", "--", "--format=csv" }, { ends = true }))
      assert.are.same({ format = "md", words = { "-h" } }, parse({ "-f", "md", "--", "-h" }, { ends = true }))
    end)
  end)

  describe("start", function()
    local function parser(opts, status) return function() return opts, status end end

    it("returns the options when there is work to do", function()
      local opts, status, out = capture(function() return args.start(parser({ name = "x" }), nil, "Usage: u", "Help") end)
      assert.are.same({ name = "x" }, opts)
      assert.is_nil(status)
      assert.are.equal("", out)
    end)

    it("returns nil and the parser's status after a usage error", function()
      local opts, status, out = capture(function() return args.start(parser(nil, 2), {}, "Usage: u", "Help") end)
      assert.is_nil(opts)
      assert.are.equal(2, status)
      assert.are.equal("", out)
    end)

    it("prints usage and help for --help, and returns nil and 0", function()
      local opts, status, out = capture(function() return args.start(parser({ help = true }), {}, "Usage: u", "Help") end)
      assert.is_nil(opts)
      assert.are.equal(0, status)
      assert.are.equal("Usage: u\n\nHelp\n", out)
    end)

    it("hands argv (or an empty list) to the parser", function()
      local got
      args.start(function(argv) got = argv; return nil, 2 end, nil, "", "")
      assert.are.same({}, got)
      args.start(function(argv) got = argv; return nil, 2 end, { "a" }, "", "")
      assert.are.same({ "a" }, got)
    end)
  end)

  -- Each command keeps its own rules on top of the shared loop.
  describe("in the commands", function()
    it("search: '--' ends the options, problems come back as text", function()
      local search = require "cica.cli.search"
      local opts = search.parse({ "--", "--kind", "-" })
      assert.are.equal("--kind -", opts.text)
      assert.is_nil(opts.words)
      assert.are.same({ nil, "unknown option '--fuzzy'" }, { search.parse({ "x", "--fuzzy=1" }) })
      assert.are.same({ nil, "option '--limit' needs a value" }, { search.parse({ "x", "--limit" }) })
    end)

    it("quiz: '-' and '--' are unknown options, a second 'stats' is unexpected", function()
      local quiz = require "cica.cli.quiz"
      local help = " (see 'cica help quiz')\n"
      assert.are.same({ nil, 2, "", "cica: quiz: unknown option '-'" .. help },
        { capture(function() return quiz.parse({ "-" }) end) })
      assert.are.same({ nil, 2, "", "cica: quiz: unknown option '--'" .. help },
        { capture(function() return quiz.parse({ "--" }) end) })
      assert.are.same({ nil, 2, "", "cica: quiz: unexpected argument 'stats'" .. help },
        { capture(function() return quiz.parse({ "stats", "stats" }) end) })
      local opts = capture(function() return quiz.parse({ "-t", "a,b", "--topic=c", "--questions", "q.lua" }) end)
      assert.are.same({ "a", "b", "c" }, opts.topics)
      assert.are.same({ "q.lua" }, opts.questions)
    end)

    it("report: '-' is a report name, '--' an unknown option", function()
      local report = require "cica.cli.report"
      local _, _, _, err = capture(function() return report.main({ "--", "members" }) end)
      assert.are.equal("cica: report: unknown option '--' (see 'cica help report')\n", err)
      local status
      status, _, _, err = capture(function() return report.main({ "-" }) end)
      assert.are.equal(2, status)
      assert.matches("^cica: report: unknown report '%-'; available: ", err)
    end)
  end)

  describe("shown and format (quoting the user's words in messages)", function()
    it("keeps valid UTF-8 and printable ASCII as they are", function()
      assert.equal("中文 Ab-1 é ☃", args.shown("中文 Ab-1 é ☃"))
    end)
    it("writes invalid UTF-8 bytes as \\xHH", function()
      assert.equal("\\xFF\\xFEa\\xC3", args.shown("\255\254a\195"))
      assert.equal("\\xED\\xA0\\x80", args.shown("\237\160\128"))     -- a surrogate
      assert.equal("\\xC0\\xAF", args.shown("\192\175"))                 -- an over-long '/'
      assert.equal("\\xF4\\x90\\x80\\x80", args.shown("\244\144\128\128")) -- past U+10FFFF
    end)
    it("writes control characters (C0, DEL, C1) as \\xHH", function()
      assert.equal("\\x1B[31m\\x00\\x0A\\x7F\\xC2\\x9B", args.shown("\27[31m\0\n\127\194\155"))
    end)
    it("format passes only string arguments through shown", function()
      assert.equal("x '\\xFF' 3 ok", args.format("x '%s' %d %s", "\255", 3, "ok"))
    end)
  end)
end)
