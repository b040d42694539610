-- cica.natural: natural ordering of ids and names, where runs of digits compare as numbers
-- ("C2" before "C10", "seed004" before "seed010"). Used by the registry's sorts; also
-- cica.width.natural_less, the name reports know it by (docs/reports.md).
local M = {}

-- The pieces of s for natural ordering: runs of digits as numbers, other runs as text.
local function natural_parts(s)
  local parts = {}
  for text, digits in s:gmatch("(%D*)(%d*)") do
    if text ~= "" then parts[#parts + 1] = text end
    if digits ~= "" then parts[#parts + 1] = tonumber(digits) or math.huge end
    if text == "" and digits == "" then break end
  end
  return parts
end

--- Whether a sorts before b in natural order: runs of digits compare as numbers, so "C2"
-- comes before "C10" and "seed004" before "seed010"; other text compares byte by byte.
-- Numbers are compared as their text. For table.sort.
function M.less(a, b)
  a, b = tostring(a), tostring(b)
  local pa, pb = natural_parts(a), natural_parts(b)
  for i = 1, math.min(#pa, #pb) do
    local x, y = pa[i], pb[i]
    if x ~= y then
      local tx, ty = type(x), type(y)
      if tx == ty then return x < y end
      return tx == "number"          -- a number sorts before text at the same place
    end
  end
  if #pa ~= #pb then return #pa < #pb end
  return a < b                        -- "C01" and "C1": a stable tie-break
end

return M
