-- The parts of the man page (docs/cica.1) that exist elsewhere in cica, generated from there and
-- never copied by hand: the options of cica and of each command with their descriptions (from
-- the --help texts, in English: the message catalogue and the commands' usage texts), the
-- commands (the table in src/main.c, cica.core.subcommands), the synopsis (the commands' usage
-- lines), and the lists that name cica's extensions — the bundled reports, the output formats and
-- the file extensions that pick them, the quiz topics, the REPL's dot-commands (cica.discover).
-- In docs/cica.1 each generated part stands between two comment lines
--   .\" <generated NAME>
--   .\" </generated>
-- and everything else is hand-written: prose that exists nowhere else (what an option does beyond
-- its --help line, the environment, the files, the exit status, the examples).
--   cica packaging/manpage.lua IN OUT [VERSION]
-- writes IN with every part regenerated (and VERSION in the .TH footer) to OUT. The build makes
-- the installed page this way (CMakeLists.txt); after changing an option, a --help text, or
-- adding a report, format, topic or dot-command, refresh the committed page with
--   build/cica packaging/manpage.lua docs/cica.1 docs/cica.1
-- tests/spec/listings_spec.lua fails while docs/cica.1 is not what this makes of it.
-- Loaded with dofile (no arguments) it returns its functions instead.
local M = {}

local EN = "en"

-- Text as roff source: backslashes and hyphens escaped, "…" as "...", other non-ASCII as
-- \[uXXXX].
function M.escape(s)
  s = tostring(s):gsub("\\", "\\e"):gsub("%-", "\\-"):gsub("…", "...")
  s = s:gsub("[\xC2-\xF4][\x80-\xBF]*", function(ch)
    return string.format("\\[u%04X]", utf8.codepoint(ch))
  end)
  return s
end

-- A line of running text: escaped, and guarded when it starts as a request would. Text with
-- Chinese in it (an example) becomes two lines, one for a UTF-8 terminal and one that says
-- "(Chinese)" instead, so that an ASCII terminal (LANG=C) gets no warnings (as the
-- hand-written part of the page does).
local function text_line(s, suffix)
  suffix = suffix or ""
  local function guard(t)
    if t:match("^[.']") then t = "\\&" .. t end
    return t
  end
  local plain = s:gsub("…", "...")
  if not plain:find("[\x80-\xFF]") then return guard(M.escape(plain)) .. suffix end
  local ascii = plain:gsub("[\xC2-\xF4][\x80-\xBF]*[\xC2-\xF4\x80-\xBF]*", "(Chinese)")
  return ".ie '\\*[.T]'utf8' \\{\\\n" .. guard(M.escape(plain)) .. suffix .. "\n.\\}\n"
    .. ".el \\{\\\n" .. guard(M.escape(ascii)) .. suffix .. "\n.\\}"
end

local function text_of(v)
  return require("cica.lang").text(v, EN)
end

-- "A, B and C." in roff: each item bold on a line of its own (`.BR item ,`), `word` before the
-- last, a full stop after it.
local function bold_list(items, word, out)
  for i, item in ipairs(items) do
    if i == #items and #items > 1 then out[#out + 1] = word end
    if i < #items - 1 then out[#out + 1] = ".BR " .. M.escape(item) .. " ,"
    elseif i == #items - 1 then out[#out + 1] = ".B " .. M.escape(item)
    else out[#out + 1] = ".BR " .. M.escape(item) .. " ." end
  end
end

-- ---- the --help texts ----------------------------------------------------------------------

--- What `cica COMMAND --help` prints in English: the command's module (cica.cli.NAME, or
-- cica.NAME.cli as for serve) run with --help, its standard output captured.
function M.help_text(name)
  local ok, mod = pcall(require, "cica.cli." .. name)
  if not ok then mod = require("cica." .. name .. ".cli") end
  local buf = {}
  local real = io.stdout
  io.stdout = { write = function(self, ...)
    for i = 1, select("#", ...) do buf[#buf + 1] = tostring((select(i, ...))) end
    return self
  end, flush = function() end }
  local cica = rawget(_G, "cica") or require "cica"
  local old = cica.lang
  cica.set_lang(EN) -- the help is in the display language (not every command takes --lang)
  local ran, err = pcall(mod.main, { "--help" })
  io.stdout = real
  cica.set_lang(old)
  if not ran then error(err, 0) end
  return table.concat(buf)
end

--- The English `cica --help` parts the C side prints from the catalogue area "main": the
-- options (as lua5.4, then cica's own), as one text.
function M.main_help_text()
  return require("cica.lang").t("main.help_options", EN)
end

-- Splits an option line of a --help text into the option ("-f, --format FMT") and its text: the
-- option is names ("-f,", "--format"; a comma joins another name) and at most one argument after
-- the last name (a placeholder in capitals, or the lower-case one of a one-letter Lua option as
-- in "-e stat"); the text is the rest.
local function split_option(line)
  local pos, last, spec_end = 1, nil, nil
  while true do
    local word, e = line:match("^%s*(%S+)()", pos)
    if not word then break end
    if word:match("^%-%-?[%w][%w%-]*,?$") or word == "--" or word == "-" then
      spec_end, pos, last = e, e, word
      if not word:match(",$") then
        local arg, e2 = line:match("^ (%S+)()", pos)
        if arg and (arg:match("^%u[%u%d_]*$") or (last:match("^%-%a$") and arg:match("^%l+$") and
            line:match("^ %S+  ", pos))) then
          spec_end = e2
        end
        break
      end
    else
      break
    end
  end
  if not spec_end then return nil end
  return line:sub(1, spec_end - 1):match("^%s*(.-)%s*$"), line:sub(spec_end):match("^%s*(.-)%s*$")
end

--- The options of the section of a --help text under the line `heading` (a Lua pattern), in
-- order: { spec = "-f, --format FMT", text = "its description" }. An option line starts with
-- "-" after the indent; deeper-indented lines continue its text. The section ends at a blank
-- line or a line that is not indented.
function M.options(text, heading)
  local out, inside = {}, false
  for line in (text .. "\n"):gmatch("(.-)\n") do
    if inside then
      if line == "" or not line:match("^ ") then break end
      local spec, desc = nil, nil
      if line:match("^%s+%-") then spec, desc = split_option(line) end
      if spec then
        out[#out + 1] = { spec = spec, text = desc }
      elseif out[#out] then
        out[#out].text = out[#out].text .. " " .. line:match("^%s*(.-)%s*$")
      end
    elseif line:match(heading) then
      inside = true
    end
  end
  if not inside then error("manpage: no section '" .. heading .. "' in the help text", 0) end
  return out
end

-- An option as roff: "-f, --format FMT" as \fB\-f\fR, \fB\-\-format\fR \fIFMT\fR.
local function option_roff(spec)
  local parts = {}
  for alt in spec:gmatch("[^,]+") do
    local name, arg = alt:match("^%s*(%S+)%s*(.-)%s*$")
    local piece = "\\fB" .. M.escape(name) .. "\\fR"
    if arg ~= "" then piece = piece .. " \\fI" .. M.escape(arg) .. "\\fR" end
    parts[#parts + 1] = piece
  end
  return table.concat(parts, ", ")
end

--- The roff of a list of options (M.options): a tagged paragraph each, its text as --help has
-- it (as help2man does).
function M.options_roff(list)
  local out = {}
  for _, o in ipairs(list) do
    out[#out + 1] = ".TP"
    out[#out + 1] = option_roff(o.spec)
    out[#out + 1] = text_line(o.text)
  end
  return out
end

-- A usage line as roff text: options and literal words bold, placeholders (upper-case words,
-- and the lower-case argument of a Lua option) italic, brackets, bars and dots roman.
local function usage_roff(line)
  local out, prev = {}, nil
  for token, sep in line:gmatch("([^%s]+)(%s*)") do
    local pieces = {}
    for punct, word in token:gmatch("([%[%]|%.>]*)([^%[%]|%.>]*)") do
      if punct ~= "" then pieces[#pieces + 1] = M.escape(punct) end
      if word ~= "" then
        local italic = word:match("^%u[%u%d_%-]*$") or word:match("^%u+%.%l+$")
          or (word:match("^%l[%l_]*$") and prev and prev:match("^%-%a$") ~= nil)
          or word == "options" or word == "args" or word == "script"
        pieces[#pieces + 1] = (italic and "\\fI" or "\\fB") .. M.escape(word) .. "\\fR"
      end
    end
    out[#out + 1] = table.concat(pieces) .. (sep ~= "" and " " or "")
    prev = token
  end
  return (table.concat(out):gsub("%s+$", ""))
end

--- The usage lines of a --help text (the "Usage:" line and the lines continuing it), each
-- without "Usage:" and the leading "cica ".
function M.usage_lines(text)
  local out, inside = {}, false
  for line in (text .. "\n"):gmatch("(.-)\n") do
    local first = line:match("^[Uu]sage:%s+(.*)$")
    if first then inside = true; out[#out + 1] = first
    elseif inside and line:match("^%s+cica ") then out[#out + 1] = line:match("^%s+(.*)$")
    elseif inside and line:match("^%s+%S") then out[#out] = out[#out] .. " " .. line:match("^%s+(.*)$")
    elseif inside then break end
  end
  for i, l in ipairs(out) do out[i] = l:gsub("^cica%s+", "") end
  return out
end

-- The synopsis of the commands src/main.c runs itself (no module, no --help of their own).
local WITHOUT_HELP = { repl = ".RI [ options ]\n.RB [ repl ]", help = "\\fBhelp\\fR [\\fICOMMAND\\fR]" }

--- The generated lists, by name: each an array of roff lines.
function M.blocks()
  local cica = rawget(_G, "cica") or require "cica"
  local old = cica.lang
  if cica.set_lang then cica.set_lang(EN) end
  local format = require "cica.format"
  local report = require "cica.report"
  local blocks = {}

  -- The bundled reports, one tagged paragraph each, in the order of `report --list`.
  local out = { ".RS" }
  for _, name in ipairs(report.bundled()) do
    local r = require("cica.reports." .. name)
    out[#out + 1] = ".TP"
    out[#out + 1] = ".B " .. M.escape(name)
    out[#out + 1] = text_line(text_of(r.description or r.title), ".")
  end
  out[#out + 1] = ".RE"
  blocks.reports = out

  -- The formats: "text (the default: a table …), md (Markdown), …".
  out = {}
  local names = format.names
  for i, name in ipairs(names) do
    local mod = format.module(name)
    local parts = {}
    if i == 1 then parts[#parts + 1] = "the default" end
    if mod.description then parts[#parts + 1] = M.escape(text_of(mod.description)) end
    local punct = i < #names and "," or "."
    if i == #names and i > 1 then out[#out + 1] = "or" end
    if #parts > 0 then
      out[#out + 1] = ".B " .. M.escape(name)
      out[#out + 1] = "(" .. table.concat(parts, ": ") .. ")" .. punct
    else
      out[#out + 1] = ".BR " .. M.escape(name) .. " " .. punct
    end
  end
  blocks.formats = out

  -- The file extensions -o FILE and .once FILE know.
  out = { ".RB ( " .. table.concat((function()
    local quoted = {}
    for i, ext in ipairs(report.extensions()) do quoted[i] = M.escape(ext) end
    return quoted
  end)(), " \", \" ") .. " ;" }
  blocks.extensions = out

  -- The bundled quiz topics, in the order of --list-topics.
  out = { "The bundled topics are" }
  bold_list(require("cica.quiz.topics").bundled(), "and", out)
  blocks.topics = out

  -- The REPL's dot-commands, as .help lists them: usage, then what it does.
  local repl = require "cica.repl"
  out = {}
  for _, name in ipairs(repl.command_names()) do
    local cmd = repl.commands[name]
    out[#out + 1] = ".TP"
    out[#out + 1] = ".B " .. M.escape(text_of(cmd.usage))
    local summary = text_of(cmd.summary)
    out[#out + 1] = text_line(summary:sub(1, 1):upper() .. summary:sub(2), ".")
  end
  blocks["dot-commands"] = out

  -- The commands, as cica --help lists them (the table in src/main.c).
  out = {}
  local commands = {}
  for _, c in ipairs(require("cica.core").subcommands()) do
    if c.available then
      commands[#commands + 1] = c.name
      out[#out + 1] = ".TP"
      out[#out + 1] = ".B " .. M.escape(c.name)
      out[#out + 1] = text_line(c.summary)
    end
  end
  blocks.commands = out

  -- The options of cica (as lua5.4's, then its own), from cica --help.
  local main = M.main_help_text()
  blocks["options-lua"] = M.options_roff(M.options(main, "^Options %(as lua5%.4%):$"))
  blocks["options-cica"] = M.options_roff(M.options(main, "^cica's options:$"))

  -- Each command's options and usage lines, from its --help.
  out = { ".SY cica", ".RI [ options ]", ".RI [ script", ".RI [ args ]]", ".YS" }
  for _, name in ipairs(commands) do
    local ok, text = pcall(M.help_text, name)
    if ok then
      blocks["options-" .. name] = M.options_roff(M.options(text, "^Options:$"))
      for _, line in ipairs(M.usage_lines(text)) do
        out[#out + 1] = ".SY cica"
        out[#out + 1] = usage_roff(line)
        out[#out + 1] = ".YS"
      end
    elseif WITHOUT_HELP[name] then -- commands C runs itself, with no --help of their own
      out[#out + 1] = ".SY cica"
      out[#out + 1] = WITHOUT_HELP[name]
      out[#out + 1] = ".YS"
    else
      error(text, 0)
    end
  end
  blocks.synopsis = out

  if cica.set_lang and old then cica.set_lang(old) end
  return blocks
end

--- `text` (a man page) with every generated list replaced by its current text; raises on a
-- list it does not know or one left open.
function M.fill(text)
  local blocks = M.blocks()
  local out, skipping = {}, nil
  for line in (text .. "\n"):gmatch("(.-)\n") do
    local open = line:match('^%.\\" <generated ([%w%-]+)>$')
    if skipping then
      if line == '.\\" </generated>' then
        out[#out + 1] = line
        skipping = nil
      end
    elseif open then
      local block = blocks[open]
      if not block then error("manpage: no generated list '" .. open .. "'", 0) end
      out[#out + 1] = line
      for _, l in ipairs(block) do out[#out + 1] = l end
      skipping = open
    else
      out[#out + 1] = line
    end
  end
  if skipping then error("manpage: generated list '" .. skipping .. "' is not closed", 0) end
  if out[#out] == "" then out[#out] = nil end
  return table.concat(out, "\n") .. "\n"
end

--- The names of the generated lists in `text`, in order.
function M.lists(text)
  local names = {}
  for name in text:gmatch('\n%.\\" <generated ([%w%-]+)>') do names[#names + 1] = name end
  return names
end

local function main(input, output, version)
  if not input or not output then
    io.stderr:write("usage: cica packaging/manpage.lua IN OUT [VERSION]\n")
    os.exit(2)
  end
  local f = assert(io.open(input, "rb"))
  local text = M.fill(f:read("a"))
  f:close()
  if version then
    text = text:gsub('"cica" "User Commands"', '"cica ' .. version:gsub("%%", "%%%%") .. '" "User Commands"', 1)
  end
  f = assert(io.open(output, "wb"))
  f:write(text)
  f:close()
end

if select("#", ...) > 0 then main(...) end
return M
