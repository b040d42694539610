-- cica.format.csv: RFC 4180 CSV. The header row holds the column keys (stable across
-- languages, so scripts can rely on them); rows end in CRLF as the RFC says. Only the table is
-- written: no title, notes or sources, so every line after the header is a data row.
local format = require "cica.format"

local M = {}

-- What cica.format and cica.discover list it by: what it is (the man page says so), its place
-- among the formats, and the file extensions that pick it (the first is its own).
M.description = {
  ["zh-Hans"] = "RFC 4180 格式，首行为列键",
  ["zh-Hant"] = "RFC 4180 格式，首行為欄鍵",
  en = "RFC 4180, a header of column keys" }
M.order = 30
M.extensions = { "csv" }

M.BOM = "\239\187\191"   -- U+FEFF in UTF-8

--- One field: quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
function M.field(s)
  if type(s) ~= "string" then
    require("cica.lang").argerror(2, "cica.format.csv.field", "string", type(s))
  end
  if s:find('[,"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

function M.render(spec, opts)
  spec = format.check_spec(spec, opts, "cica.format.csv.render", 1)
  local out, head = {}, {}
  for i, c in ipairs(spec.columns) do head[i] = M.field(c.key) end
  out[1] = table.concat(head, ",")
  local keys, fields = {}, {} -- the columns' keys; each text's field, made once
  for i, c in ipairs(spec.columns) do keys[i] = c.key end
  for _, row in ipairs(spec.rows) do
    local cells = {}
    for i, key in ipairs(keys) do
      local text = format.cell(row[key])
      local f = fields[text]
      if not f then f = M.field(text); fields[text] = f end
      cells[i] = f
    end
    out[#out + 1] = table.concat(cells, ",")
  end
  -- opts.bom: a UTF-8 byte-order mark first, which Excel needs to read UTF-8 (on Chinese
  -- Windows it otherwise reads the file as GBK)
  return ((opts and opts.bom) and M.BOM or "") .. table.concat(out, "\r\n") .. "\r\n"
end

return M
