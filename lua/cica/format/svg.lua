-- cica.format.svg: the chart of a report as a standalone SVG image (line or grouped bars),
-- with title, axes, tick labels, a legend and a tooltip on every point.
local format = require "cica.format"
local width = require "cica.width"

local M = {}

-- What cica.format and cica.discover list it by: what it is (the man page says so), its place
-- among the formats, the file extensions that pick it (the first is its own), and that only
-- reports with a chart have it.
M.description = {
  ["zh-Hans"] = "仅图表，限有图表的报告",
  ["zh-Hant"] = "僅圖表，限有圖表的報告",
  en = "the chart alone, for reports with a chart" }
M.order = 60
M.extensions = { "svg" }
M.needs_chart = true

-- The canvas: its coordinates (the viewBox) are WIDTH x HEIGHT at most; the image itself is as wide
-- as its container (width 100%), so on a phone 640 units are ~360 px and the sizes below are
-- chosen for that: 15-unit tick labels are ~8.5 px there, 20-unit titles ~11 px.
M.WIDTH, M.HEIGHT = 640, 400
M.FONT_SIZE = { title = 20, legend = 15, tick = 15, source = 13 }
M.COLORS = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf" }
-- CJK fonts first, the display language's script before the other (simplified: SC, PingFang SC,
-- YaHei; traditional: TC, PingFang TC, JhengHei), then sans-serif. Shared with cica.format.html.
M.FONTS = {
  ["zh-Hant"] = "'Noto Sans CJK TC','Source Han Sans TC','PingFang TC','Microsoft JhengHei',"
    .. "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif",
  default = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',"
    .. "'Noto Sans CJK TC','Source Han Sans TC','PingFang TC','Microsoft JhengHei',sans-serif",
}

--- The CSS font-family list for a display language.
function M.font_family(lang)
  return M.FONTS[lang] or M.FONTS.default
end

--- s with the five XML special characters escaped (usable in text and attributes).
function M.escape(s) -- any value, as tostring shows it
  return (tostring(s):gsub("[&<>\"']", {
    ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;",
  }))
end

-- Coordinates with at most one decimal, so the output is short and stable.
local function num(x)
  local s = string.format("%.1f", x)
  return (s:gsub("%.0$", ""))
end

-- A "nice" tick step (1, 2 or 5 times a power of ten) giving about `count` ticks up to max.
local function nice_step(max, count)
  local raw = max / count
  local mag = 10 ^ math.floor(math.log(raw, 10))
  for _, m in ipairs({ 1, 2, 5, 10 }) do
    if raw <= m * mag then
      local step = m * mag
      if step >= 1 then step = math.floor(step + 0.5) end   -- integer steps stay integers
      return step
    end
  end
  return 10 * mag
end

local function series_max(spec)
  local max = 0
  for _, s in ipairs(spec.chart.series) do
    for _, row in ipairs(spec.rows) do
      local v = tonumber(row[s.key])
      if v and v > max then max = v end
    end
  end
  return max
end

local function text(out, x, y, s, attrs)
  out[#out + 1] = string.format('<text x="%s" y="%s"%s>%s</text>', num(x), num(y), attrs or "", M.escape(s))
end

-- Y axis with grid lines and tick labels; returns the function mapping a value to y.
local function y_axis(out, box, max)
  local step = nice_step(max > 0 and max or 1, 5)
  local top = math.ceil((max > 0 and max or 1) / step) * step
  local function y(v) return box.bottom - (v / top) * (box.bottom - box.top) end
  out[#out + 1] = string.format('<g class="y-axis" font-size="%d" fill="#444" text-anchor="end">', M.FONT_SIZE.tick)
  local v = 0
  while v <= top + step / 2 do
    local yy = y(v)
    out[#out + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#e5e5e5"/>',
      num(box.left), num(yy), num(box.right), num(yy))
    text(out, box.left - 6, yy + M.FONT_SIZE.tick / 3, format.cell(v))
    v = v + step
  end
  out[#out + 1] = "</g>"
  return y
end

-- Approximate width in canvas units of s at font size fs: a Latin character ~0.6 em, a Chinese
-- one (two terminal columns) 1 em.
local function text_width(s, fs)
  return width.width(s) * fs * 0.6
end

-- How the x labels are laid out: every label is drawn (none is dropped for lack of room); when
-- the widest does not fit its band it is turned 45 degrees. Returns rotated, and the height
-- the labels take under the axis.
local function x_labels(spec, band)
  local fs, widest = M.FONT_SIZE.tick, 0
  for _, row in ipairs(spec.rows) do
    widest = math.max(widest, text_width(format.cell(row[spec.chart.x]), fs))
  end
  if widest + 6 <= band then return false, fs + 10, widest end
  return true, widest * 0.72 + fs + 8, widest
end

-- X axis: band centres, a label under every one (turned when they would overlap).
local function x_axis(out, box, spec, rotated)
  local n = #spec.rows
  local band = (box.right - box.left) / math.max(n, 1)
  local function x(i) return box.left + (i - 0.5) * band end
  local fs = M.FONT_SIZE.tick
  out[#out + 1] = string.format('<g class="x-axis" font-size="%d" fill="#444" text-anchor="%s">', fs,
    rotated and "end" or "middle")
  out[#out + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#888"/>',
    num(box.left), num(box.bottom), num(box.right), num(box.bottom))
  out[#out + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#888"/>',
    num(box.left), num(box.top), num(box.left), num(box.bottom))
  for i, row in ipairs(spec.rows) do
    out[#out + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#888"/>',
      num(x(i)), num(box.bottom), num(x(i)), num(box.bottom + 4))
    local label = format.cell(row[spec.chart.x])
    if rotated then
      local lx, ly = x(i) + fs / 3, box.bottom + 10
      text(out, lx, ly, label, string.format(' transform="rotate(-45 %s %s)"', num(lx), num(ly)))
    else
      text(out, x(i), box.bottom + fs + 6, label)
    end
  end
  out[#out + 1] = "</g>"
  return x, band
end

-- The lines of the credit under the chart: the as-of view, the sources (every id, wrapped to
-- the canvas), the date of the data. Labels come from the spec (localized by cica.report).
local function credit_lines(spec, room)
  local lines = {}
  if spec.labels.view then lines[#lines + 1] = spec.labels.view end
  if #spec.sources > 0 then
    local ids = {}
    for i, src in ipairs(spec.sources) do ids[i] = tostring(src.id) end
    local head = spec.labels.sources_heading or (spec.labels.sources .. ": ")
    local chars = math.max(20, math.floor(room / (M.FONT_SIZE.source * 0.6)))
    for _, l in ipairs(width.wrap(head .. table.concat(ids, ", "), chars)) do lines[#lines + 1] = l end
  end
  if spec.as_of then lines[#lines + 1] = spec.labels.as_of .. " " .. spec.as_of end
  return lines
end

local function line_series(out, spec, s, color, x, y)
  local runs, run = {}, {}
  for i, row in ipairs(spec.rows) do
    local v = tonumber(row[s.key])
    if v then run[#run + 1] = num(x(i)) .. "," .. num(y(v))
    elseif #run > 0 then runs[#runs + 1] = run; run = {} end
  end
  if #run > 0 then runs[#runs + 1] = run end
  for _, r in ipairs(runs) do     -- a missing value breaks the line instead of dropping to zero
    out[#out + 1] = string.format('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>',
      color, table.concat(r, " "))
  end
  for i, row in ipairs(spec.rows) do
    local v = tonumber(row[s.key])
    if v then
      out[#out + 1] = string.format('<circle cx="%s" cy="%s" r="3" fill="%s"><title>%s %s: %s</title></circle>',
        num(x(i)), num(y(v)), color, M.escape(format.cell(row[spec.chart.x])), M.escape(s.title),
        M.escape(format.cell(row[s.key])))
    end
  end
end

local function bar_series(out, spec, k, s, color, x, y, band)
  local count = #spec.chart.series
  local group = band * 0.8
  local w = group / count
  for i, row in ipairs(spec.rows) do
    local v = tonumber(row[s.key])
    if v then
      local left = x(i) - group / 2 + (k - 1) * w
      local top = y(math.max(v, 0))
      out[#out + 1] = string.format(
        '<rect x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s %s: %s</title></rect>',
        num(left), num(top), num(math.max(w - 1, 1)), num(y(0) - top), color,
        M.escape(format.cell(row[spec.chart.x])), M.escape(s.title), M.escape(format.cell(row[s.key])))
    end
  end
end

local function legend(out, spec, box)
  local fs = M.FONT_SIZE.legend
  out[#out + 1] = string.format('<g class="legend" font-size="%d" fill="#222">', fs)
  local x = box.left
  for k, s in ipairs(spec.chart.series) do
    local color = s.color or M.COLORS[(k - 1) % #M.COLORS + 1]
    out[#out + 1] = string.format('<rect x="%s" y="%s" width="14" height="10" fill="%s"/>',
      num(x), num(box.top - 24), color)
    text(out, x + 20, box.top - 14, s.title)
    x = x + 44 + text_width(s.title, fs)
  end
  out[#out + 1] = "</g>"
end

--- The chart as SVG markup, as wide as its container (viewBox, width 100%), with a credit line
-- (sources, date of the data) under it. opts.standalone adds the XML declaration (a .svg file);
-- opts.width/opts.height change the canvas (the height grows when turned labels need it).
function M.chart(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.svg.chart", 1)
  opts = opts or {}
  local chart = spec.chart
  local W, H = opts.width or M.WIDTH, opts.height or M.HEIGHT
  local box = { left = 64, right = W - 20, top = 84, bottom = H - 60 }
  local band = (box.right - box.left) / math.max(#spec.rows, 1)
  local rotated, label_h, widest = x_labels(spec, band)
  if rotated then
    -- room on the left for the first label, turned; and under the axis for the longest
    box.left = math.max(box.left, math.floor(widest * 0.72 - band / 2 + 8))
    band = (box.right - box.left) / math.max(#spec.rows, 1)
  end
  local credits = credit_lines(spec, W - 32)
  local plot_h = box.bottom - box.top
  box.bottom = box.top + math.max(plot_h, 180)
  local credit_top = box.bottom + label_h + 10
  H = math.floor(credit_top + #credits * (M.FONT_SIZE.source + 5) + 10)
  local title = chart.title or spec.title or ""
  local out = {}
  if opts.standalone then out[1] = '<?xml version="1.0" encoding="UTF-8"?>' end
  out[#out + 1] = string.format(
    '<svg xmlns="http://www.w3.org/2000/svg" width="100%%" viewBox="0 0 %d %d" preserveAspectRatio="xMidYMin meet"'
    .. ' style="max-width:%dpx;height:auto" role="img" font-family="%s">',
    W, H, W * 2, M.font_family(spec.lang))
  out[#out + 1] = "<title>" .. M.escape(title) .. "</title>"
  out[#out + 1] = string.format('<rect width="%d" height="%d" fill="#fff"/>', W, H)
  text(out, 16, 30, title, string.format(' font-size="%d" font-weight="bold" fill="#111"', M.FONT_SIZE.title))
  legend(out, spec, box)
  local y = y_axis(out, box, series_max(spec))
  local x
  x, band = x_axis(out, box, spec, rotated)
  if chart.y_title then
    text(out, 16, (box.top + box.bottom) / 2, chart.y_title, string.format(
      ' font-size="%d" fill="#444" text-anchor="middle" transform="rotate(-90 16 %s)"', M.FONT_SIZE.tick,
      num((box.top + box.bottom) / 2)))
  end
  out[#out + 1] = '<g class="series">'
  for k, s in ipairs(chart.series) do
    local color = s.color or M.COLORS[(k - 1) % #M.COLORS + 1]
    if chart.type == "bar" then bar_series(out, spec, k, s, color, x, y, band)
    else line_series(out, spec, s, color, x, y) end
  end
  out[#out + 1] = "</g>"
  if #credits > 0 then
    out[#out + 1] = string.format('<g class="credit" font-size="%d" fill="#555">', M.FONT_SIZE.source)
    for i, l in ipairs(credits) do text(out, 16, credit_top + (i - 1) * (M.FONT_SIZE.source + 5) + M.FONT_SIZE.source, l) end
    out[#out + 1] = "</g>"
  end
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n") .. "\n"
end

function M.render(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.svg.render", 1)
  if not spec.chart then
    local i18n = require "cica.lang"
    local try = i18n.join(format.available(spec))
    error(spec.name and i18n.t("argerr.no_chart_named", nil, spec.name, try) or i18n.t("argerr.no_chart", nil, try), 0)
  end
  return M.chart(spec, { standalone = true, width = opts.width, height = opts.height })
end

return M
