-- .once FILE: the next command's output goes to FILE, in the format its extension names (as
-- `cica report -o FILE` picks it): .csv CSV, .md Markdown, .json JSON, .html a page, .txt (or no
-- extension) the current .mode; tables in a file are never cut and never lose columns.
local report = require "cica.report"

local function repl() return require "cica.repl" end

-- What a file format means for the REPL's tables: a tabular mode; "text" keeps the current mode
-- when it draws text (box, table, line), else box.
local TEXT_MODES = { box = true, table = true, line = true }

local cmd = {
  name = "once", usage = ".once FILE", -- summary and help: localized (cica.messages.repl)
  summary = require("cica.lang").area("repl").once_summary, help = require("cica.lang").area("repl").once_help,
}

function cmd.run(args)
  if #args ~= 1 then return repl().usage(cmd) end
  require("cica.xdg").check_write_path(".once", args[1]) -- refused under --safe
  local path = args[1]
  local fmt, _, known, spreadsheet = report.format_for_path(path)
  if not fmt then
    error(".once: " .. repl().msg("once_ext_unknown", path, known) .. (spreadsheet and repl().msg("once_spreadsheet") or ""), 0)
  end
  -- Say now if the file cannot be written, not after the next command has run.
  local f, err = io.open(path, "w")
  if not f then error(".once: " .. repl().msg("cannot_write", path, (tostring(err):gsub("^.*: ", ""))), 0) end
  f:close()
  local state = repl().state
  state.once = path
  -- no extension: the session's mode, as before; an extension: its format
  if path:match("[^/]*$"):match("^.+%.[^.]+$") then
    state.once_format = fmt
    state.once_mode = fmt == "text" and (TEXT_MODES[state.mode] and state.mode or "box") or fmt
  else
    state.once_format, state.once_mode = nil, nil
  end
end

function cmd.complete() return "files" end

return cmd
