-- cica.format.text: a box-drawn table aligned by display width (so Chinese lines up), followed
-- by a terminal bar chart when the spec has one, the notes and the sources.
local width = require "cica.width"
local format = require "cica.format"
local shown = format.shown_unchecked -- (its loops run over a spec format.check_spec has checked)

local M = {}

-- What cica.format and cica.discover list it by: what it is (the man page says so), its place
-- among the formats, and the file extensions that pick it (the first is its own).
M.description = {
  ["zh-Hans"] = "按显示宽度对齐的表格，有图表的报告附条形图",
  ["zh-Hant"] = "按顯示寬度對齊的表格，有圖表的報告附條形圖",
  en = "a table aligned by display width, with a bar chart for reports that have one" }
M.order = 10
M.extensions = { "txt" }

M.MAX_WIDTH = 40     -- widest a column may grow before its cells wrap (or are cut)
M.BAR_WIDTH = 40     -- columns the longest bar of a chart takes

-- The lines of one cell: wrapped (default) or truncated to the column width.
local function cell_lines(text, w, overflow)
  if overflow == "truncate" then
    local lines = {}
    for line in (text .. "\n"):gmatch("(.-)\r?\n") do lines[#lines + 1] = width.truncate(line, w) end
    return lines
  end
  return width.wrap(text, w)
end

-- Caps on column widths: a column's `max`, else opts.max_width, else M.MAX_WIDTH.
local function caps(spec, opts)
  local out = {}
  for i, c in ipairs(spec.columns) do out[i] = math.max(1, c.max or opts.max_width or M.MAX_WIDTH) end
  return out
end

local function rule(widths, left, mid, right)
  local parts = {}
  for i, w in ipairs(widths) do parts[i] = string.rep("─", w + 2) end
  return left .. table.concat(parts, mid) .. right
end

-- Every cell of a row as its lines, wrapped (or cut) to the column's cap. `seen` (per column:
-- text -> lines) keeps the lines of a text already split in that column: a long table repeats
-- its cells (a state's name in every year), and the lines are only read.
local function split_row(cells, cap, overflow, seen)
  local split, height = {}, 1
  for i, text in ipairs(cells) do
    local known = seen[i][text]
    if not known then known = cell_lines(text, cap[i], overflow[i]); seen[i][text] = known end
    split[i] = known
    if #known > height then height = #known end
  end
  split.height = height -- lines the row takes: its tallest cell's
  return split
end

-- One logical row (cells already split into lines) as one or more physical lines. `shown`
-- (per column: line -> its padded text) is kept for the whole table, as `seen` above, and so is
-- `parts`, the scratch line (every line has every column).
local function row_lines(split, widths, aligns, out, shown, parts)
  for k = 1, split.height do
    for i, w in ipairs(widths) do
      local t = split[i][k] or ""
      local part = shown[i][t]
      if not part then
        local cut = t
        -- a lone character wider than the column (possible only when max < 2) is cut
        if width.width(cut) > w then cut = width.truncate(cut, w) end
        part = " " .. width.pad(cut, w, aligns[i]) .. " "
        shown[i][t] = part
      end
      parts[i] = part
    end
    out[#out + 1] = "│" .. table.concat(parts, "│") .. "│"
  end
end

-- One empty table per column (the memos of split_row and row_lines).
local function per_column(n)
  local t = {}
  for i = 1, n do t[i] = {} end
  return t
end

M.MIN_FIT = 6        -- narrowest a column becomes when a table is fitted to opts.width
local fitted         -- (below) column widths fitted to a terminal

-- The cells split into lines at the caps, and each column's width: its widest line.
-- `cells_of(r)`: row r's cell texts (r = 1..nrows).
local function layout(titles, nrows, cells_of, cap, overflow)
  local head = split_row(titles, cap, overflow, per_column(#titles))
  local body, seen = {}, per_column(#titles)
  for r = 1, nrows do body[r] = split_row(cells_of(r), cap, overflow, seen) end
  local widths = {}
  for i in ipairs(titles) do
    local w = 1
    for _, line in ipairs(head[i]) do w = math.max(w, width.width(line)) end
    -- each distinct text of the column once (seen[i]: text -> its lines), not every row's
    for _, lines in pairs(seen[i]) do
      for _, line in ipairs(lines) do
        local lw = width.width(line)
        if lw > w then w = lw end
      end
    end
    widths[i] = math.min(w, cap[i])
  end
  return head, body, widths
end

-- The columns a table of these widths takes: "│ " and " " around each cell, one more "│".
local function total(widths)
  local n = 1
  for _, w in ipairs(widths) do n = n + w + 3 end
  return n
end

-- Whether a cell is one unit that should not be broken: a date, a number, a short code.
local function atomic(text)
  return (text:match("^[%d%-%.:/+,]*$") ~= nil and #text <= 12) or width.width(text) <= 4
end

-- The widest word of column i (Latin words break only at spaces; a Chinese character is a
-- word of 2), and whether it is a column of units (three cells in four atomic: dates with a
-- "present", numbers with a blank).
local function words(titles, texts, i)
  local longest, units, cells = 1, 0, 0
  local function scan(text)
    for word in text:gmatch("[^%s]+") do
      local w = width.width(word)
      if w > #word then w = math.min(w, 2) end   -- wide characters: a break may go anywhere
      longest = math.max(longest, w)
    end
    if text ~= "" then
      cells = cells + 1
      if atomic(text) then units = units + 1 end
    end
  end
  for _, row in ipairs(texts) do scan(row[i]) end
  -- a short header is one word too (成员国 must not wrap as 成员/国)
  if width.width(titles[i]) <= 8 then longest = math.max(longest, width.width(titles[i])) end
  return longest, units * 4 >= cells * 3
end

-- Column widths narrowed to fit `room` columns: first the widest of the columns that can wrap
-- without breaking a word, down to their longest word; then columns of text (not dates or
-- numbers), breaking words; then any column, down to M.MIN_FIT. A column is never widened.
fitted = function(widths, titles, texts, room)
  local fit, floor, solid = {}, {}, {}
  for i, w in ipairs(widths) do
    fit[i] = w
    floor[i], solid[i] = words(titles, texts, i)
  end
  local function narrow(allowed)
    while total(fit) > room do
      local widest = nil
      for i, w in ipairs(fit) do
        if w > M.MIN_FIT and allowed(i, w) and (not widest or w > fit[widest]) then widest = i end
      end
      if not widest then return end
      fit[widest] = fit[widest] - 1
    end
  end
  narrow(function(i, w) return w > floor[i] end)
  narrow(function(i) return not solid[i] end)
  narrow(function() return true end)
  return fit
end

--- Just the box-drawn table of a normalized spec, as an array of lines. opts.width: the
-- columns the table may take (a terminal's width): the widest columns are narrowed, their
-- cells wrapped, until it fits or every column is down to M.MIN_FIT. Nothing is cut unless a
-- column says overflow = "truncate".
function M.table_lines(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.text.table_lines", 1)
  opts = opts or {}
  if opts.width ~= nil and math.type(opts.width) ~= "integer" then
    require("cica.lang").fail(2, "cica.format.text.table_lines", "s_width", type(opts.width))
  end
  local cap = caps(spec, opts)
  local aligns, centred, overflow, titles = {}, {}, {}, {}
  for i, c in ipairs(spec.columns) do
    aligns[i], centred[i] = c.align, "center"
    overflow[i] = c.overflow or opts.overflow or "wrap"
    titles[i] = c.title
  end
  -- Row r's cell texts. Kept for every row only when the table may have to be fitted to a width
  -- (fitted reads them all); otherwise one scratch row serves each in turn (a table a row costs
  -- more than laying the row out: layout keeps only each row's split lines).
  local rows, columns, texts, scratch = spec.rows, spec.columns, nil, {}
  if opts.width then
    texts = {}
    for r, row in ipairs(rows) do
      local cells = {}
      for i, c in ipairs(columns) do cells[i] = shown(c, row) end
      texts[r] = cells
    end
  end
  local function cells_of(r)
    if texts then return texts[r] end
    for i, c in ipairs(columns) do scratch[i] = shown(c, rows[r]) end
    return scratch
  end
  -- Each column is as wide as its widest line once wrapped: never wider than needed.
  local head, body, widths = layout(titles, #rows, cells_of, cap, overflow)
  if opts.width and total(widths) > opts.width then
    head, body, widths = layout(titles, #rows, cells_of, fitted(widths, titles, texts, opts.width), overflow)
  end
  local out = { rule(widths, "┌", "┬", "┐") }
  local parts = {}
  row_lines(head, widths, centred, out, per_column(#widths), parts)
  out[#out + 1] = rule(widths, "├", "┼", "┤")
  local padded = per_column(#widths)
  for _, split in ipairs(body) do row_lines(split, widths, aligns, out, padded, parts) end
  out[#out + 1] = rule(widths, "└", "┴", "┘")
  return out
end

local EIGHTHS = { "▏", "▎", "▍", "▌", "▋", "▊", "▉" }

-- A bar of value/max of `cols` columns, drawn to an eighth of a column.
local function bar(value, max, cols)
  if max <= 0 or value <= 0 then return "" end
  local eighths = math.floor(value / max * cols * 8 + 0.5)
  local full, rest = eighths // 8, eighths % 8
  local s = string.rep("█", full)
  if rest > 0 then s = s .. EIGHTHS[rest] end
  if s == "" then s = EIGHTHS[1] end          -- a non-zero value always shows
  return s
end

--- The chart of a normalized spec as terminal bars, one block per series:
--   2022 │████████████████████████████ 28
function M.chart_lines(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.text.chart_lines", 1)
  local chart = spec.chart
  if not chart then return {} end
  local cols = (opts and opts.bar_width) or M.BAR_WIDTH
  local out = {}
  local label_w = 0
  for _, row in ipairs(spec.rows) do label_w = math.max(label_w, width.width(format.cell(row[chart.x]))) end
  if opts and opts.width then
    -- on a narrow terminal the bars shrink: label, " │", bar, " " and a value of up to 6
    cols = math.max(8, math.min(cols, opts.width - label_w - 9))
  end
  local max = 0
  for _, s in ipairs(chart.series) do
    for _, row in ipairs(spec.rows) do
      local v = tonumber(row[s.key])
      if v and v > max then max = v end
    end
  end
  for n, s in ipairs(chart.series) do
    if n > 1 then out[#out + 1] = "" end
    out[#out + 1] = s.title
    for _, row in ipairs(spec.rows) do
      local v = tonumber(row[s.key])
      local label = width.pad(format.cell(row[chart.x]), label_w, "right")
      if v then
        local b = bar(v, max, cols)
        out[#out + 1] = label .. " │" .. b .. " " .. format.cell(row[s.key])
      else
        out[#out + 1] = label .. " │"
      end
    end
  end
  return out
end

-- Wraps each note to the width of the table, or 78 columns, whichever is more.
local function wrapped(lines, w, out)
  for _, l in ipairs(lines) do
    for _, piece in ipairs(width.wrap(l, w)) do out[#out + 1] = piece end
  end
end

--- The source list as lines: "[id] title — url".
function M.source_lines(spec)
  spec = format.check_spec(spec, nil, "cica.format.text.source_lines", 1)
  local out = {}
  for _, s in ipairs(spec.sources) do
    local parts = { "[" .. tostring(s.id) .. "]" }
    if s.title and s.title ~= "" then parts[#parts + 1] = s.title end
    local line = table.concat(parts, " ")
    if s.url and s.url ~= "" then line = line .. " — " .. s.url end
    out[#out + 1] = line
  end
  return out
end

function M.render(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.text.render", 1)
  local out = {}
  local room = opts and opts.width and math.max(20, opts.width)
  -- a line of text: whole in a file or a pipe, wrapped to a terminal's width (`indent` before
  -- the lines after the first)
  local function line(text, indent)
    if not room or width.width(text) <= room then out[#out + 1] = text return end
    local first = true
    for _, piece in ipairs(width.wrap(text, room - (indent and #indent or 0))) do
      out[#out + 1] = first and piece or ((indent or "") .. piece)
      first = false
    end
  end
  if spec.title then line(spec.title) end
  if spec.description and spec.description ~= "" then line(spec.description) end
  if spec.labels.view then line(spec.labels.view) end
  -- No blank line touches the table: the line under it counts the rows instead, which keeps
  -- the table a block of its own for tools that check alignment line by line.
  local tbl = M.table_lines(spec, opts)
  for _, l in ipairs(tbl) do out[#out + 1] = l end
  if #spec.rows == 0 then out[#out + 1] = spec.labels.no_rows
  elseif #spec.rows == 1 and spec.labels.one_row then out[#out + 1] = spec.labels.one_row
  else out[#out + 1] = string.format(spec.labels.rows, #spec.rows) end
  local w = math.max(78, width.width(tbl[1]))
  if opts and opts.width then w = math.max(20, math.min(w, opts.width)) end
  local chart = M.chart_lines(spec, opts)
  if #chart > 0 then
    out[#out + 1] = ""
    if spec.chart.title then out[#out + 1] = spec.chart.title end
    for _, l in ipairs(chart) do out[#out + 1] = l end
  end
  if #spec.notes > 0 then
    out[#out + 1] = ""
    wrapped(spec.notes, w, out)
  end
  if #spec.sources > 0 then
    out[#out + 1] = ""
    out[#out + 1] = spec.labels.sources_heading or (spec.labels.sources .. ":")
    for _, l in ipairs(M.source_lines(spec)) do line("  " .. l, "    ") end
  end
  if spec.as_of then
    out[#out + 1] = ""
    out[#out + 1] = spec.labels.as_of .. " " .. spec.as_of
  end
  return table.concat(out, "\n") .. "\n"
end

return M
