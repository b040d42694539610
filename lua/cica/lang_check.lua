-- cica.lang_check: whether a message area is complete — every key in every display language,
-- with the same %-placeholders in each (cica.lang.check_area). The build checks every bundled
-- area (src/build/images.lua) and a CICA_LUA_DIR run checks what it loads; an installed cica
-- trusts its build and never loads this.
local lang = require "cica.lang"

local M = {}

-- The placeholders of a message, in a canonical form, to compare its languages ("%s %d" and
-- "%2$d %1$s" both give "d,s" once sorted).
-- The text is looked at only where it has a '%' (plain find), not scanned by pattern byte by byte
-- twice (0.7 M instructions for cica.messages.report, when every run checked what it loaded).
local function placeholders(s)
  local kinds, find = {}, string.find
  if find(s, "%%", 1, true) then s = s:gsub("%%%%", "") end   -- "%%" is a literal %
  local i = 1
  while true do
    local j = find(s, "%", i, true)
    if not j then break end
    local _, e, spec = find(s, "^[%d%$%-%.]*(%a)", j + 1)
    if spec then
      kinds[#kinds + 1] = spec
      i = e + 1
    else
      i = j + 1
    end
  end
  table.sort(kinds)
  return table.concat(kinds, ",")
end

--- Raises an error unless `msgs` (an area's table) has every language for every key, with the
-- same placeholders in each. `area` names it in the message.
function M.check_area(area, msgs)
  if type(msgs) ~= "table" then
    error(string.format("cica.messages.%s: expected a table of messages, got %s", area, type(msgs)), 0)
  end
  for key, m in pairs(msgs) do
    if type(key) ~= "string" or type(m) ~= "table" then
      error(string.format("cica.messages.%s: %s is not a message table", area, tostring(key)), 0)
    end
    local want
    for _, code in ipairs(lang.codes) do
      if type(m[code]) ~= "string" then
        error(string.format("cica.messages.%s: %s has no %s text", area, key, code), 0)
      end
      local p = placeholders(m[code])
      if want == nil then want = p
      elseif p ~= want then
        error(string.format("cica.messages.%s: %s: the %s text has placeholders %s, zh-Hans has %s",
          area, key, code, p, want), 0)
      end
    end
  end
end

return M
