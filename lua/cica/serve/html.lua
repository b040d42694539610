-- cica.serve.html: the template helper of `cica serve`'s pages. Every value is HTML-escaped by
-- construction: H.el(tag, attrs, ...) escapes attribute values and text children, H.fill(tpl,
-- vars) escapes each {{name}}; only a value wrapped by H.raw (markup this module or a cica
-- formatter made) goes in as it is. A page is a tree of such pieces joined at the end.
local M = {}

local Raw = {}
Raw.__index = Raw
Raw.__tostring = function(r) return r.html end

--- Markup to insert as it is (cica's own output only: never a value from a request or a record).
function M.raw(html)
  return setmetatable({ html = tostring(html) }, Raw)
end

--- True when v is markup made by M.raw, M.el, M.fill or M.join.
function M.is_raw(v)
  return getmetatable(v) == Raw
end

local ESCAPES = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

--- Text escaped for HTML content and quoted attribute values.
function M.escape(s)
  return (tostring(s):gsub("[&<>\"']", ESCAPES))
end

-- The HTML of one piece: raw markup as it is, a table of pieces joined, anything else escaped.
local function piece(v)
  if v == nil or v == false then return "" end
  if getmetatable(v) == Raw then return v.html end
  if type(v) == "table" then
    local out = {}
    for i, x in ipairs(v) do out[i] = piece(x) end
    return table.concat(out)
  end
  return M.escape(v)
end

--- Pieces joined into one piece of markup (each escaped unless it is markup already).
function M.join(list, sep)
  local out = {}
  for i, x in ipairs(list) do out[i] = piece(x) end
  return M.raw(table.concat(out, sep and piece(sep) or ""))
end

local VOID = { br = true, hr = true, img = true, input = true, link = true, meta = true }

--- An element: tag, attrs (name = value; true for a bare attribute; false/nil left out; sorted by
-- name so output is stable), then the children. Returns markup.
function M.el(tag, attrs, ...)
  local out = { "<", tag }
  if attrs then
    local names = {}
    for k, v in pairs(attrs) do if v ~= nil and v ~= false then names[#names + 1] = k end end
    table.sort(names)
    for _, k in ipairs(names) do
      local v = attrs[k]
      if v == true then out[#out + 1] = " " .. k
      else out[#out + 1] = string.format(' %s="%s"', k, getmetatable(v) == Raw and v.html or M.escape(v)) end
    end
  end
  out[#out + 1] = ">"
  if VOID[tag] then return M.raw(table.concat(out)) end
  for i = 1, select("#", ...) do out[#out + 1] = piece((select(i, ...))) end
  out[#out + 1] = "</" .. tag .. ">"
  return M.raw(table.concat(out))
end

--- A template filled in: each {{name}} becomes vars[name], escaped unless it is markup. A name
-- missing from vars is an error (a typo in a template must not print nothing).
function M.fill(tpl, vars)
  return M.raw((tpl:gsub("{{([%w_]+)}}", function(name)
    local v = vars[name]
    if v == nil then error("cica.serve.html.fill: no value for {{" .. name .. "}}", 2) end
    return piece(v)
  end)))
end

--- The final text of a piece of markup (or of a list of pieces).
function M.render(v)
  return piece(v)
end

return M
