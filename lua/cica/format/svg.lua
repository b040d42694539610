-- cica.format.svg: the chart of a report as a standalone SVG image (line or grouped bars),
-- with title, axes, tick labels, a legend and a tooltip on every point.
local format = require "cica.format"
local width = require "cica.width"

local M = {}

M.WIDTH, M.HEIGHT = 760, 420
M.COLORS = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf" }
local FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"

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
  out[#out + 1] = '<g class="y-axis" font-size="12" fill="#444" text-anchor="end">'
  local v = 0
  while v <= top + step / 2 do
    local yy = y(v)
    out[#out + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#e5e5e5"/>',
      num(box.left), num(yy), num(box.right), num(yy))
    text(out, box.left - 6, yy + 4, format.cell(v))
    v = v + step
  end
  out[#out + 1] = "</g>"
  return y
end

-- X axis: band centres, with as many labels as fit without overlapping.
local function x_axis(out, box, spec)
  local n = #spec.rows
  local band = (box.right - box.left) / math.max(n, 1)
  local function x(i) return box.left + (i - 0.5) * band end
  local label_w = 0
  for _, row in ipairs(spec.rows) do
    label_w = math.max(label_w, width.width(format.cell(row[spec.chart.x])) * 7 + 10)
  end
  local every = math.max(1, math.ceil(label_w / band))
  out[#out + 1] = '<g class="x-axis" font-size="12" fill="#444" text-anchor="middle">'
  out[#out + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#888"/>',
    num(box.left), num(box.bottom), num(box.right), num(box.bottom))
  out[#out + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#888"/>',
    num(box.left), num(box.top), num(box.left), num(box.bottom))
  for i, row in ipairs(spec.rows) do
    if (i - 1) % every == 0 then
      out[#out + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#888"/>',
        num(x(i)), num(box.bottom), num(x(i)), num(box.bottom + 4))
      text(out, x(i), box.bottom + 18, format.cell(row[spec.chart.x]))
    end
  end
  out[#out + 1] = "</g>"
  return x, band
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
  out[#out + 1] = '<g class="legend" font-size="13" fill="#222">'
  local x = box.left
  for k, s in ipairs(spec.chart.series) do
    local color = s.color or M.COLORS[(k - 1) % #M.COLORS + 1]
    out[#out + 1] = string.format('<rect x="%s" y="%s" width="14" height="10" fill="%s"/>',
      num(x), num(box.top - 22), color)
    text(out, x + 20, box.top - 13, s.title)
    x = x + 44 + width.width(s.title) * 8
  end
  out[#out + 1] = "</g>"
end

--- The chart as SVG markup. opts.standalone adds the XML declaration (for a .svg file).
function M.chart(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.svg.chart", 1)
  opts = opts or {}
  local chart = spec.chart
  local W, H = opts.width or M.WIDTH, opts.height or M.HEIGHT
  local box = { left = 64, right = W - 24, top = 78, bottom = H - 44 }
  local title = chart.title or spec.title or ""
  local out = {}
  if opts.standalone then out[1] = '<?xml version="1.0" encoding="UTF-8"?>' end
  out[#out + 1] = string.format(
    '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" font-family="%s">',
    W, H, W, H, FONT)
  out[#out + 1] = "<title>" .. M.escape(title) .. "</title>"
  out[#out + 1] = string.format('<rect width="%d" height="%d" fill="#fff"/>', W, H)
  text(out, box.left, 30, title, ' font-size="18" font-weight="bold" fill="#111"')
  legend(out, spec, box)
  local y = y_axis(out, box, series_max(spec))
  local x, band = x_axis(out, box, spec)
  if chart.y_title then
    text(out, 16, (box.top + box.bottom) / 2, chart.y_title, string.format(
      ' font-size="12" fill="#444" text-anchor="middle" transform="rotate(-90 16 %s)"', num((box.top + box.bottom) / 2)))
  end
  out[#out + 1] = '<g class="series">'
  for k, s in ipairs(chart.series) do
    local color = s.color or M.COLORS[(k - 1) % #M.COLORS + 1]
    if chart.type == "bar" then bar_series(out, spec, k, s, color, x, y, band)
    else line_series(out, spec, s, color, x, y) end
  end
  out[#out + 1] = "</g>"
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n") .. "\n"
end

function M.render(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.svg.render", 1)
  if not spec.chart then
    error(string.format("report%s has no chart, so it cannot be rendered as svg (try: %s)",
      spec.name and (" '" .. spec.name .. "'") or "", table.concat(format.available(spec), ", ")), 0)
  end
  return M.chart(spec, { standalone = true, width = opts.width, height = opts.height })
end

return M
