-- The option loop the cica subcommands share: each command says which options it has, this reads
-- the words after the subcommand. The rules, the same for every command:
--   --flag=value and --flag value (also -f value) for an option that takes a value; the next word
--     is the value even when it starts with '-'; a missing one is "option '--flag' needs a value"
--   an option given twice: the last value wins, unless the command collects them in a list
--   --flag=value for an option that takes no value, or any other word starting with '-', is
--     "unknown option '--flag'"
--   the other words (and "-" alone) are positionals, handed to the command in order; a command
--     that takes none says "unexpected argument 'word'"
--   "--" ends the options only for a command that asks for it (spec.ends)
local lang = require "cica.lang"

local M = {}

--- The language of a command's messages: the value of a valid --lang in argv (the command's own
-- option, read before the options are parsed so that every usage error is in it), else the
-- display language (cica.lang).
function M.lang_of(argv)
  for i, a in ipairs(argv or {}) do
    if a == "--" then break end
    local v = a:match("^%-%-lang=(.*)$")
    if a == "--lang" then v = argv[i + 1] end
    if v and lang.valid(v) then return v end
  end
  return lang.current()
end

--- The catalogue message `key` (cica.lang.t; "cli.x" unless the key names its area) in `code`,
-- with every string argument passed through shown (they quote what the user typed).
function M.message(key, code, ...)
  local args = table.pack(...)
  for i = 1, args.n do
    if type(args[i]) == "string" then args[i] = M.shown(args[i]) end
  end
  if not key:find(".", 1, true) then key = "cli." .. key end
  return lang.t(key, code, table.unpack(args, 1, args.n))
end

--- Reads argv by spec into opts (a new table when nil). spec fields, all optional:
--   values      flag → key, for options that take a value ({ ["-f"] = "format", ["--format"] = "format" })
--   lists       key → true: each value is appended to the list opts[key] instead of replacing it
--   convert     key → function(opts, value, flag): stores the value itself; returns nil, or the
--               result of fail to stop with that error
--   flags       flag → key, for options that take no value: opts[key] = true
--   positional  function(opts, word): takes a positional; returns nil, or the result of fail to
--               stop (without it, a positional is an error)
--   ends        true when "--" ends the options (after it every word is a positional)
-- fail(problem) reports a usage error (problem: the message, in the language of the messages:
-- opts.msg_lang when the caller puts it there for its callbacks' own messages, else
-- M.lang_of(argv)); what fail returns is parse's second result.
-- Returns opts, or nil and fail's result at the first error.
function M.parse(argv, spec, fail, opts)
  opts = opts or {}
  local code = opts.msg_lang or M.lang_of(argv)
  local values, flags, lists, convert = spec.values or {}, spec.flags or {}, spec.lists or {}, spec.convert or {}
  local positional = spec.positional
    or function(_, word) return fail(M.message("unexpected_argument", code, word)) end
  local i, options_done = 1, false
  while i <= #argv do
    local a = argv[i]
    local flag, value = a:match("^(%-%-[%w%-]+)=(.*)$")
    flag = flag or a
    local problem
    if options_done or a == "-" or a:sub(1, 1) ~= "-" then
      problem = positional(opts, a)
    elseif a == "--" and spec.ends then
      options_done = true
    elseif values[flag] then
      if value == nil then
        i = i + 1
        value = argv[i]
        if value == nil then return nil, fail(M.message("needs_value", code, flag)) end
      end
      local key = values[flag]
      if convert[key] then
        problem = convert[key](opts, value, flag)
      elseif lists[key] then
        opts[key] = opts[key] or {}
        opts[key][#opts[key] + 1] = value
      else
        opts[key] = value
      end
    elseif value == nil and flags[a] then
      opts[flags[a]] = true
    else
      -- "did you mean" only between long options: -x is no typo of -f
      local known = {}
      for f in pairs(values) do if f:match("^%-%-%w") then known[#known + 1] = f end end
      for f in pairs(flags) do if f:match("^%-%-%w") then known[#known + 1] = f end end
      local hint = flag:match("^%-%-%w") and M.hint(flag, known, code) or ""
      return nil, fail(M.message("unknown_option", code, flag, hint))
    end
    if problem ~= nil then return nil, problem end
    i = i + 1
  end
  return opts
end

-- Length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
local function sequence_length(b)
  if b < 0x80 then return 1 end
  if b >= 0xC2 and b <= 0xDF then return 2 end
  if b >= 0xE0 and b <= 0xEF then return 3 end
  if b >= 0xF0 and b <= 0xF4 then return 4 end
  return 0
end

--- A word the user typed, fit to quote in a message: valid UTF-8 stays as it is; a byte of
-- invalid UTF-8 and a control character (C0, DEL, C1) are shown as \xHH, so an error message
-- never writes raw bytes or terminal escape sequences. The same rule as the command line's
-- (args_shown() in src/args.c).
function M.shown(text)
  text = tostring(text)
  if not text:find("[%z\1-\31\127-\255]") then return text end
  local out, i, n = {}, 1, #text
  while i <= n do
    local len = sequence_length(text:byte(i))
    local seq = len > 0 and text:sub(i, i + len - 1) or nil
    local cp = seq and #seq == len and utf8.len(seq) == 1 and utf8.codepoint(seq) or nil
    if cp and cp >= 0x20 and not (cp >= 0x7F and cp <= 0x9F) then
      out[#out + 1] = seq
      i = i + len
    elseif cp then
      for j = i, i + len - 1 do out[#out + 1] = string.format("\\x%02X", text:byte(j)) end
      i = i + len
    else
      out[#out + 1] = string.format("\\x%02X", text:byte(i))
      i = i + 1
    end
  end
  return table.concat(out)
end

--- string.format with every string argument passed through shown: for messages that quote what
-- the user typed.
function M.format(fmt, ...)
  local args = table.pack(...)
  for i = 1, args.n do
    if type(args[i]) == "string" then args[i] = M.shown(args[i]) end
  end
  return string.format(fmt, table.unpack(args, 1, args.n))
end

--- "Did you mean": "; did you mean 'x'?" for the candidate nearest to word (cica.suggest), or ""
-- when none is close. Arguments: word (string), candidates (array of strings), code (the
-- language; default the display language).
function M.hint(word, candidates, code)
  local sorted = {}
  for i, c in ipairs(candidates) do sorted[i] = c end
  table.sort(sorted)   -- candidates may come from pairs(): ties must not depend on its order
  local near = require("cica.suggest").nearest(word, sorted, { limit = 1 })
  return near[1] and M.message("did_you_mean", code, near[1]) or ""
end

--- A usage error of command cmd as one line, "cica: CMD: PROBLEM (see 'cica help CMD')", on
-- stderr, in language `code` (default: the display language). Returns 2, the exit status of a
-- usage error.
function M.usage_error(cmd, problem, code)
  io.stderr:write(lang.t("cli.usage_error", code, cmd, M.shown(problem)), "\n")
  return 2
end

--- The start of a command's main: opts = parse(argv); when there is nothing more to do returns
-- nil and the exit status: parse's own status after a usage error, or 0 once --help (opts.help)
-- has printed usage and help. usage and help are texts, or catalogue keys ("cli.report_usage")
-- looked up in the command's language.
function M.start(parse, argv, usage, help)
  local opts, status = parse(argv or {})
  if not opts then return nil, status end
  if opts.help then
    local code = opts.msg_lang or M.lang_of(argv)
    -- each a catalogue key, a function of the language (a text with lists filled in) or a text
    if type(usage) == "function" then usage = usage(code)
    elseif usage:match("^[%w_]+%.[%w_]+$") then usage = lang.t(usage, code) end
    if type(help) == "function" then help = help(code)
    elseif help:match("^[%w_]+%.[%w_]+$") then help = lang.t(help, code) end
    io.stdout:write(usage, "\n\n", help, "\n")
    return nil, 0
  end
  return opts
end

return M
