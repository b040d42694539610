-- A spec helper (not a spec: a spec loads it with dofile, beside itself). same(a, b, path):
-- whether a and b hold the same values, and their tables the same class tags (cica.model);
-- true, or nil and the path of the first difference.
local model = require "cica.model"

local function same(a, b, path)
  if type(a) ~= type(b) then return nil, path end
  if type(a) ~= "table" then
    if a == b or (a ~= a and b ~= b) then return true end
    return nil, path
  end
  if model.class_of(a) ~= model.class_of(b) then return nil, path .. " (class)" end
  for k, v in pairs(a) do
    local ok, where = same(v, b[k], path .. "." .. tostring(k))
    if not ok then return nil, where end
  end
  for k in pairs(b) do
    if a[k] == nil then return nil, path .. "." .. tostring(k) end
  end
  return true
end

return same
