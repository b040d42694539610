-- The lists in the man page (docs/cica.1) that name cica's extensions — the bundled reports,
-- the output formats and the file extensions that pick them, the quiz topics, the REPL's
-- dot-commands — generated from what cica.discover finds, never copied by hand. In docs/cica.1
-- each list stands between two comment lines
--   .\" <generated NAME>
--   .\" </generated>
-- and everything else is hand-written.
--   cica packaging/manpage.lua IN OUT [VERSION]
-- writes IN with every list regenerated (and VERSION in the .TH footer) to OUT. The build makes
-- the installed page this way (CMakeLists.txt); after adding a report, format, topic or
-- dot-command, refresh the committed page with
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
