-- .once FILE: the next command's output goes to FILE, in the format its extension names (as
-- `cica report -o FILE` picks it): .csv CSV, .md Markdown, .json JSON, .html a page, .txt (or no
-- extension) the current .mode; tables in a file are never cut and never lose columns.
local report = require "cica.report"

local function repl() return require "cica.repl" end

-- What a file format means for the REPL's tables: a tabular mode; "text" keeps the current mode
-- when it draws text (box, table, line), else box.
local TEXT_MODES = { box = true, table = true, line = true }

local cmd = {
  name = "once", usage = ".once FILE", summary = "send the next command's output to FILE",
  help = "The next line's output (a Lua value, .sql, .report, …) goes to FILE instead of the\n"
    .. "screen, without colours, in the format FILE's extension names: .csv, .md/.markdown,\n"
    .. ".json, .html/.htm, .txt (no extension: the current .mode). Cells are never cut in a file.\n"
    .. "Example: .once members.csv, then cica.members",
}

function cmd.run(args)
  if #args ~= 1 then return repl().usage(cmd) end
  require("cica.xdg").check_write_path(".once", args[1]) -- refused under --safe
  local path = args[1]
  local fmt, why = report.format_for_path(path)
  if not fmt then
    why = why:gsub(" %(or give %-%-format%)", ""):gsub("; for a spreadsheet.*$", "; for a spreadsheet, .once FILE.csv")
    error(".once: " .. why, 0)
  end
  -- Say now if the file cannot be written, not after the next command has run.
  local f, err = io.open(path, "w")
  if not f then error(string.format(".once: cannot write '%s': %s", path, (tostring(err):gsub("^.*: ", ""))), 0) end
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
