-- cica.format.html: one self-contained page (no scripts, no external files): title, table,
-- the chart as inline SVG, notes and a footer (sources, date of the data, licence). The markup is also well-formed XML.
local format = require "cica.format"
local shown_cell = format.shown_unchecked -- (its loops run over a spec format.check_spec has checked)
local svg = require "cica.format.svg"

local M = {}

-- What cica.format and cica.discover list it by: what it is (the man page says so), its place
-- among the formats, and the file extensions that pick it (the first is its own).
M.description = {
  ["zh-Hans"] = "一个自成一体的网页",
  ["zh-Hant"] = "一個自成一體的網頁",
  en = "one self-contained page" }
M.order = 50
M.extensions = { "html", "htm" }

local esc = svg.escape

-- The font stack (CJK fonts first, in the page's script) is put in by M.render: svg.font_family.
local STYLE = [[
body{font-family:@FONTS@;
  margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222;line-height:1.5}
div.table{overflow-x:auto}
th.nowrap,td.nowrap{white-space:nowrap}
h1{font-size:1.5rem;margin-bottom:.25rem}
p.description{color:#555;margin-top:0}
table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #ccc;padding:.3rem .6rem;vertical-align:top}
th{background:#f3f3f3}
td.right{text-align:right;font-variant-numeric:tabular-nums}
td.center{text-align:center}
tbody tr:nth-child(even){background:#fafafa}
figure{margin:1rem 0}
figure svg{max-width:100%;height:auto}
footer{border-top:1px solid #ddd;margin-top:2rem;font-size:.9rem;color:#444}
footer li{word-break:break-all}
]]

-- Cell text escaped, line breaks kept.
local function cell(v)
  return (esc(format.cell(v)):gsub("\r?\n", "<br/>"))
end

-- How wide each column should be, from its content: a column of dates, numbers and codes (and
-- its header, when short) never wraps; a column of long text is given room (a min-width in em,
-- at most 16) so that a column of short words beside it cannot squeeze it to two characters.
-- `texts[r][i]`: the text row r shows in column i (format.shown, made once for both passes).
local function column_styles(spec, texts)
  local width = require "cica.width"
  local out = {}
  for i, c in ipairs(spec.columns) do
    local longest, units, cells = 0, 0, 0
    local known = {} -- text -> { its width, whether it is a unit }: each distinct text measured once
    for r in ipairs(spec.rows) do
      local text = texts[r][i]
      if text ~= "" then
        local k = known[text]
        if not k then
          local w = width.width(text)
          k = { w, (text:match("^[%d%-%.:/+,%%]*$") and #text <= 12) or w <= 4 }
          known[text] = k
        end
        cells = cells + 1
        if k[1] > longest then longest = k[1] end
        if k[2] then units = units + 1 end
      end
    end
    local style = {}
    style.th_nowrap = width.width(c.title) <= 10
    style.td_nowrap = cells > 0 and units * 4 >= cells * 3
    if longest > 24 and not style.td_nowrap then
      style.min_em = math.min(16, math.ceil(longest / 4))
    end
    out[i] = style
  end
  return out
end

local function table_html(spec, out)
  local texts = {}
  for r, row in ipairs(spec.rows) do
    local shown = {}
    for i, c in ipairs(spec.columns) do shown[i] = shown_cell(c, row) end
    texts[r] = shown
  end
  local styles = column_styles(spec, texts)
  -- each column's <td> opening tag, and per column each text's whole cell (a long table repeats them)
  local opening, escaped = {}, {}
  for i, c in ipairs(spec.columns) do
    local classes = {}
    if c.align == "right" or c.align == "center" then classes[#classes + 1] = c.align end
    if styles[i].td_nowrap then classes[#classes + 1] = "nowrap" end
    opening[i] = "<td" .. (#classes > 0 and (' class="' .. table.concat(classes, " ") .. '"') or "") .. ">"
  end
  out[#out + 1] = '<div class="table">'
  out[#out + 1] = "<table>"
  out[#out + 1] = "<thead><tr>"
  for i, c in ipairs(spec.columns) do
    local st = styles[i]
    local attrs = st.th_nowrap and ' class="nowrap"' or ""
    if st.min_em then attrs = attrs .. string.format(' style="min-width:%dem"', st.min_em) end
    out[#out + 1] = string.format('<th scope="col" data-key="%s"%s>%s</th>', esc(c.key), attrs, cell(c.title))
  end
  out[#out + 1] = "</tr></thead>"
  out[#out + 1] = "<tbody>"
  for i in ipairs(spec.columns) do escaped[i] = {} end
  for r in ipairs(spec.rows) do
    local cells = {}
    for i, text in ipairs(texts[r]) do
      local td = escaped[i][text]
      if not td then td = opening[i] .. cell(text) .. "</td>"; escaped[i][text] = td end
      cells[i] = td
    end
    out[#out + 1] = "<tr>" .. table.concat(cells) .. "</tr>"
  end
  if #spec.rows == 0 then
    out[#out + 1] = string.format('<tr><td colspan="%d">%s</td></tr>', #spec.columns, esc(spec.labels.no_rows))
  end
  out[#out + 1] = "</tbody>"
  out[#out + 1] = "</table>"
  out[#out + 1] = "</div>"
end

-- The licence line every HTML page ends with: the data is CC BY-SA 4.0 with attribution to its
-- sources (the seeds and every source the dataset cites), the program MIT (see LICENSE).
-- %s is where the link to the CC BY-SA 4.0 deed goes.
-- (cica.messages.format, key "licence")
local LICENCE = {}
for _, code in ipairs(require("cica.lang").codes) do LICENCE[code] = require("cica.lang").t("format.licence", code) end
M.LICENCE = LICENCE
local CC_BY_SA = '<a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>'

-- The footer: the sources cited, the date of the data, the licence. Appends lines to out.
local function sources_html(spec, out)
  out[#out + 1] = "<footer>"
  if #spec.sources > 0 then
    out[#out + 1] = "<h2>" .. esc(spec.labels.sources) .. "</h2>"
    out[#out + 1] = "<ul>"
  end
  for _, s in ipairs(spec.sources) do
    local title = (s.title and s.title ~= "") and s.title or tostring(s.id)
    local body = esc(title)
    if s.url and s.url ~= "" then
      body = string.format('<a href="%s">%s</a>', esc(s.url), body)
    end
    out[#out + 1] = string.format('<li id="source-%s"><code>%s</code> %s</li>', esc(s.id), esc(s.id), body)
  end
  if #spec.sources > 0 then out[#out + 1] = "</ul>" end
  if spec.as_of then out[#out + 1] = "<p>" .. esc(spec.labels.as_of .. " " .. spec.as_of) .. "</p>" end
  local text = esc(format.localize(LICENCE, spec.lang))
  local lang_space = spec.lang == "en" and "" or " "
  out[#out + 1] = '<p class="licence">' .. text:gsub("%%s", lang_space .. CC_BY_SA .. lang_space, 1) .. "</p>"
  out[#out + 1] = "</footer>"
end

function M.render(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.html.render", 1)
  local title = spec.title or ""
  local out = {
    "<!DOCTYPE html>",
    string.format('<html lang="%s" xmlns="http://www.w3.org/1999/xhtml">', esc(spec.lang or "en")),
    "<head>",
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    "<title>" .. esc(title) .. "</title>",
    "<style>\n" .. STYLE:gsub("@FONTS@", (svg.font_family(spec.lang):gsub("%%", "%%%%"))) .. "</style>",
    "</head>",
    "<body>",
    "<h1>" .. esc(title) .. "</h1>",
  }
  if spec.description and spec.description ~= "" then
    out[#out + 1] = '<p class="description">' .. esc(spec.description) .. "</p>"
  end
  if spec.labels.view then out[#out + 1] = '<p class="as-of-view">' .. esc(spec.labels.view) .. "</p>" end
  table_html(spec, out)
  if spec.chart then
    out[#out + 1] = "<figure>"
    out[#out + 1] = (svg.chart(spec, opts):gsub("\n$", ""))
    out[#out + 1] = "</figure>"
  end
  for _, n in ipairs(spec.notes) do
    out[#out + 1] = '<p class="note">' .. esc(n) .. "</p>"
  end
  sources_html(spec, out)
  out[#out + 1] = "</body>"
  out[#out + 1] = "</html>"
  return table.concat(out, "\n") .. "\n"
end

return M
