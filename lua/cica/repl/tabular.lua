-- cica.repl.tabular: rows (an array of tables) printed in one of the REPL's output modes, as the
-- sqlite3 shell's .mode does: box (the default), table (ASCII), md, csv, json, line. Widths are
-- display widths (cica.width), so columns of Chinese text line up. Used for `.sql` results and
-- for arrays of records printed by expressions.
local lang = require "cica.lang"
local format = require "cica.format"
local json = require "cica.format.json"
local pretty = require "cica.repl.pretty"
local width = require "cica.width"

local M = {}

M.modes = { "box", "table", "md", "csv", "json", "line" }
M.MAX_CELL = 30     -- widest a box/table column grows before its cells are cut with "…"

--- Whether mode is one of M.modes.
function M.is_mode(mode)
  for _, m in ipairs(M.modes) do if m == mode then return true end end
  return false
end

-- A record: a table with string keys and no array part.
local function is_record(v)
  if type(v) ~= "table" or rawget(v, 1) ~= nil then return false end
  local mt = getmetatable(v)
  if type(mt) == "table" and rawget(mt, "__tostring") then return false end
  local any = false
  for k in next, v do
    if type(k) ~= "string" then return false end
    any = true
  end
  return any
end

--- Whether v is a non-empty array of records (printed as a table rather than a Lua value).
function M.is_records(v)
  if type(v) ~= "table" or rawget(v, 1) == nil then return false end
  local mt = getmetatable(v)
  if type(mt) == "table" and rawget(mt, "__tostring") then return false end
  local n = 0
  for k, x in next, v do
    if math.type(k) ~= "integer" or not is_record(x) then return false end
    n = n + 1
  end
  return n == #v
end

-- Whether v belongs in a cell: a scalar, or an array of scalars (shown joined with ", ").
local function cell_value(v)
  local ty = type(v)
  if ty == "string" or ty == "number" or ty == "boolean" then return true end
  if ty ~= "table" or next(v) == nil then return false end
  for k, x in next, v do
    if math.type(k) ~= "integer" then return false end
    local tx = type(x)
    if tx ~= "string" and tx ~= "number" and tx ~= "boolean" then return false end
  end
  return true
end

--- The columns of an array of records: `all` (every key whose values fit a cell: id and name
-- first, then A-Z) and `shown` (for box/table: `preferred` when given, else `all` without the
-- *_hans/*_hant/*_en variants of a field that is also there in the display language).
function M.record_columns(rows, preferred)
  local seen, keys = {}, {}
  for _, r in ipairs(rows) do
    for k, v in pairs(r) do
      if seen[k] == nil then seen[k] = false; keys[#keys + 1] = k end
      if cell_value(v) then seen[k] = true end
    end
  end
  table.sort(keys, pretty.key_before)
  local all = {}
  for _, k in ipairs(keys) do if seen[k] then all[#all + 1] = k end end
  local shown = {}
  if preferred then
    for _, k in ipairs(preferred) do if seen[k] then shown[#shown + 1] = k end end
  end
  if #shown == 0 then
    for _, k in ipairs(all) do
      local base
      for _, code in ipairs(lang.codes) do base = base or k:match("^(.-)_" .. lang.suffix(code) .. "$") end
      if not (base and seen[base]) then shown[#shown + 1] = k end
    end
  end
  if #all == 0 then all = keys end
  if #shown == 0 then shown = all end
  return all, shown
end

-- The text of a cell on one line.
local function cell(v)
  local ok, s = pcall(format.cell, v)
  s = ok and s or tostring(v)
  return (s:gsub("\r?\n", " "))
end

-- Box-drawing characters and their ASCII stand-ins, for the table mode.
local ASCII = { ["─"] = "-", ["│"] = "|", ["┌"] = "+", ["┬"] = "+", ["┐"] = "+", ["├"] = "+",
                ["┼"] = "+", ["┤"] = "+", ["└"] = "+", ["┴"] = "+", ["┘"] = "+" }

-- The lines of the box-drawn table (cica.format.text, as the reports draw theirs), cells cut at
-- M.MAX_CELL columns on the screen, wrapped there in a file (`whole`); in ASCII for the table mode.
local function grid(rows, columns, ascii, whole)
  local spec = format.normalize({ columns = columns, rows = rows })
  local lines = require("cica.format.text").table_lines(spec,
    { overflow = whole and "wrap" or "truncate", max_width = M.MAX_CELL })
  if ascii then
    for i, l in ipairs(lines) do lines[i] = l:gsub("\226[\148\149][\128-\191]", ASCII) end
  end
  return lines
end

-- sqlite3's line mode: "column = value", one per line, a blank line between rows.
local function lines(rows, columns)
  local w = 0
  for _, c in ipairs(columns) do w = math.max(w, width.width(c)) end
  local out = {}
  for r, row in ipairs(rows) do
    if r > 1 then out[#out + 1] = "" end
    for _, c in ipairs(columns) do out[#out + 1] = width.pad(c, w, "right") .. " = " .. cell(row[c]) end
  end
  return #out > 0 and table.concat(out, "\n") .. "\n" or ""
end

-- A JSON array of objects, one row a line, keys in column order. A value JSON cannot hold (a
-- function, a table that contains itself) is written as its text.
local function json_rows(rows, columns)
  local out = {}
  for r, row in ipairs(rows) do
    local ok, s = pcall(json.object, columns, row)
    if not ok then
      local copy = {}
      for _, c in ipairs(columns) do
        local v = row[c]
        local fine = pcall(json.encode, v)
        copy[c] = fine and v or cell(v)
      end
      s = json.object(columns, copy)
    end
    out[r] = s
  end
  if #out == 0 then return "[]\n" end
  return "[" .. table.concat(out, ",\n ") .. "]\n"
end

--- rows with columns (keys in order) as text in `mode` (one of M.modes, or "html" for a .once
-- file). opts: limit (rows shown in box/table before "… N more rows"), fit (drop columns that
-- do not fit opts.width, box/table), width; file (output to a file: every row and column,
-- cells wrapped, never cut: limit and fit do not apply); lang (the language of the notes under
-- the table; default: the display language).
function M.render(rows, columns, mode, opts)
  opts = opts or {}
  if #columns == 0 then return "" end
  if opts.file then opts = { file = true, lang = opts.lang } end
  local in_lang = opts.lang or lang.current()
  local shown, notes = rows, {}
  if mode == "html" then
    return format.render(format.normalize({ columns = columns, rows = rows }), "html")
  end
  if (mode == "box" or mode == "table") and opts.limit and #rows > opts.limit then
    shown = table.move(rows, 1, opts.limit, 1, {})
    notes[#notes + 1] = lang.t("repl.more_rows", in_lang, #rows - opts.limit, #rows)
  end
  local text
  if mode == "box" or mode == "table" then
    local cols, dropped = { table.unpack(columns) }, {}
    local lines = grid(shown, cols, mode == "table", opts.file)
    while opts.fit and opts.width and #cols > 1 and width.width(lines[1]) > opts.width do
      table.insert(dropped, 1, table.remove(cols))
      lines = grid(shown, cols, mode == "table", opts.file)
    end
    if #dropped > 0 then notes[#notes + 1] = lang.t("repl.not_shown", in_lang, lang.join(dropped, in_lang)) end
    text = table.concat(lines, "\n") .. "\n"
  elseif mode == "line" then text = lines(rows, columns)
  elseif mode == "json" then text = json_rows(rows, columns)
  else
    local spec = format.normalize({ columns = columns, rows = rows })
    text = format.render(spec, mode == "md" and "md" or "csv")
  end
  for _, n in ipairs(notes) do text = text .. n .. "\n" end
  return text
end

return M
