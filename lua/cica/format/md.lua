-- cica.format.md: a GitHub-flavoured Markdown table, with the chart as a fenced text block,
-- then notes and sources.
local format = require "cica.format"
local shown = format.shown_unchecked -- (its loops run over a spec format.check_spec has checked)

local M = {}

-- What cica.format and cica.discover list it by: what it is (the man page says so), its place
-- among the formats, and the file extensions that pick it (the first is its own).
M.description = {
  ["zh-Hans"] = "Markdown 表格",
  ["zh-Hant"] = "Markdown 表格",
  en = "Markdown" }
M.order = 20
M.extensions = { "md", "markdown" }

--- Text safe inside a table cell: pipes escaped, line breaks as <br>, no surrounding spaces.
function M.escape_cell(s)
  if type(s) ~= "string" then
    require("cica.lang").argerror(2, "cica.format.md.escape_cell", "string", type(s))
  end
  s = s:gsub("\\", "\\\\"):gsub("|", "\\|"):gsub("\r?\n", "<br>")
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

local ALIGN = { left = ":---", right = "---:", center = ":---:" }

local function table_lines(spec, out)
  local head, sep = {}, {}
  for i, c in ipairs(spec.columns) do
    head[i] = M.escape_cell(c.title)
    sep[i] = ALIGN[c.align] or "---"
  end
  out[#out + 1] = "| " .. table.concat(head, " | ") .. " |"
  out[#out + 1] = "| " .. table.concat(sep, " | ") .. " |"
  local escaped = {} -- each text's cell, made once (a long table repeats them)
  for _, row in ipairs(spec.rows) do
    local cells = {}
    for i, c in ipairs(spec.columns) do
      local text = shown(c, row)
      local e = escaped[text]
      if not e then e = M.escape_cell(text); escaped[text] = e end
      cells[i] = e
    end
    out[#out + 1] = "| " .. table.concat(cells, " | ") .. " |"
  end
end

function M.render(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.md.render", 1)
  local out = {}
  if spec.title then out[#out + 1] = "# " .. spec.title:gsub("\n", " "); out[#out + 1] = "" end
  if spec.description and spec.description ~= "" then
    out[#out + 1] = spec.description
    out[#out + 1] = ""
  end
  if spec.labels.view then
    out[#out + 1] = "*" .. spec.labels.view .. "*"
    out[#out + 1] = ""
  end
  table_lines(spec, out)
  if spec.chart then
    local chart = require("cica.format.text").chart_lines(spec, opts)
    out[#out + 1] = ""
    if spec.chart.title then out[#out + 1] = "**" .. spec.chart.title .. "**"; out[#out + 1] = "" end
    out[#out + 1] = "```text"
    for _, l in ipairs(chart) do out[#out + 1] = l end
    out[#out + 1] = "```"
  end
  for _, n in ipairs(spec.notes) do
    out[#out + 1] = ""
    out[#out + 1] = n
  end
  if #spec.sources > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "**" .. spec.labels.sources .. "**"
    out[#out + 1] = ""
    for _, s in ipairs(spec.sources) do
      local title = (s.title and s.title ~= "") and s.title or tostring(s.id)
      title = title:gsub("([%[%]])", "\\%1")
      if s.url and s.url ~= "" then
        out[#out + 1] = string.format("- `%s` [%s](<%s>)", s.id, title, s.url)
      else
        out[#out + 1] = (title == tostring(s.id)) and ("- `" .. s.id .. "`") or string.format("- `%s` %s", s.id, title)
      end
    end
  end
  if spec.as_of then
    out[#out + 1] = ""
    out[#out + 1] = "*" .. spec.labels.as_of .. " " .. spec.as_of .. "*"
  end
  return table.concat(out, "\n") .. "\n"
end

return M
