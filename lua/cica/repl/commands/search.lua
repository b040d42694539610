-- .search: cica.search in the REPL, with the options of `cica search` (cica.cli.search parses
-- and prints for both). Tab completes the kinds, and the options after a '-'.
local cli = require "cica.cli.search"
local search = require "cica.search"

local function repl() return require "cica.repl" end

local cmd = {
  name = "search",
  usage = ".search TEXT [--kind KIND]... [--limit N] [--format text|json] [--lang LANG]",
  summary = require("cica.lang").area("repl").search_summary, -- localized (cica.messages.repl)
  help = require("cica.lang").area("repl").search_help,
}

local OPTIONS = { "--kind", "--limit", "--format", "--lang", "--help" }

function cmd.run(args)
  local opts, problem = cli.parse(args)
  if not opts then
    repl().err(problem)
    return repl().usage(cmd)
  end
  if opts.help then return repl().out(repl().describe(cmd)) end
  opts.as_of = opts.as_of or repl().state.as_of      -- .asof DATE
  repl().out(cli.run(opts)) -- --lang is for this search only (cli.run puts cica.lang back)
end

-- Candidates for word: after --kind the kinds, after --format or --lang their values, for a
-- word starting with '-' the options, else the kinds (what --kind takes).
function cmd.complete(word, args)
  local prev = args and args[#args]
  if prev == "--format" then return cli.FORMATS end
  if prev == "--lang" then return (rawget(_G, "cica") or require "cica").languages end
  if prev ~= "--kind" and word:sub(1, 1) == "-" then return OPTIONS end
  return search.kinds
end

return cmd
