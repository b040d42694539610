-- cica.lang: the display languages, their column suffixes and fallback chains, and the message
-- catalogue. The one place that knows which languages exist; every other module asks here.
--
-- The catalogue: every module `cica.messages.AREA` (a file lua/cica/messages/AREA.lua) returns
--   { key = { ["zh-Hans"] = "…", ["zh-Hant"] = "…", en = "…" }, … }
-- and its messages are looked up as "AREA.key" with M.t. Adding an area is dropping a file; a key
-- missing a language, or whose languages disagree on their %-placeholders, stops the build
-- (src/build/images.lua checks every area with M.check_area; a CICA_LUA_DIR run checks what it
-- loads, and tests/spec/lang_spec.lua checks every area too).
local M = {}

--- The display languages, in the order menus and help list them.
M.codes = { "zh-Hans", "zh-Hant", "en" }
M.default = "zh-Hans"

local SUFFIX = { ["zh-Hans"] = "hans", ["zh-Hant"] = "hant", en = "en" }
-- Where a text missing in one language is looked for next: Chinese falls back to the other script
-- before English, English to Simplified Chinese.
local CHAIN = {
  ["zh-Hans"] = { "zh-Hans", "zh-Hant", "en" },
  ["zh-Hant"] = { "zh-Hant", "zh-Hans", "en" },
  en = { "en", "zh-Hans", "zh-Hant" },
}
-- Old short keys some localized tables use ({ hans = …, hant = …, en = … }).
local SHORT = { ["zh-Hans"] = "hans", ["zh-Hant"] = "hant", en = "en" }

--- True if `code` is a display language.
function M.valid(code)
  return SUFFIX[code] ~= nil
end

--- The separator of a list in a sentence of `lang`: "、" in Chinese, ", " in English.
local SEPARATOR = { ["zh-Hans"] = "、", ["zh-Hant"] = "、", en = ", " }

--- items (an array of strings) as one list in a sentence of `lang` (default: the current
-- language): "a、b、c" in Chinese, "a, b, c" in English.
function M.join(items, lang)
  return table.concat(items, SEPARATOR[lang] or SEPARATOR[M.current()])
end

--- items as a choice in a sentence of `lang` (default: the current language): "a, b or c" in
-- English, "a、b 或 c" in Chinese.
function M.alternatives(items, lang)
  local code = SEPARATOR[lang] and lang or M.current()
  if #items < 2 then return table.concat(items) end
  return M.join({ table.unpack(items, 1, #items - 1) }, code) .. (code == "en" and " or " or " 或 ")
    .. items[#items]
end

--- The display languages as a list in `lang` (default: the current language), for usage and
-- error messages: "zh-Hans、zh-Hant、en" or "zh-Hans, zh-Hant, en".
function M.list(lang)
  return M.join(M.codes, lang)
end

--- The engine's display language (cica.lang), or the default when none is set.
function M.current()
  local c = rawget(_G, "cica")
  local code = type(c) == "table" and rawget(c, "lang") or nil
  if code == nil then
    local ok, mod = pcall(require, "cica")
    if ok and type(mod) == "table" then code = mod.lang end
  end
  return SUFFIX[code] and code or M.default
end

--- The column suffix of a language ("hans", "hant", "en"); the current language's by default.
function M.suffix(code)
  return SUFFIX[code or M.current()] or SUFFIX[M.default]
end

--- The fallback chain of a language (an array of codes, the language first).
function M.chain(code)
  return CHAIN[code or M.current()] or CHAIN[M.default]
end

--- The text of a localized value in `lang` (default: the current language), following the
-- fallback chain. `v` is { ["zh-Hans"] = …, … } or { hans = …, … }; anything else is returned as
-- it is.
function M.text(v, lang)
  if type(v) ~= "table" then return v end
  for _, code in ipairs(M.chain(lang)) do
    local x = v[code]
    if x == nil then x = v[SHORT[code]] end
    if x ~= nil then return x end
  end
  return nil
end

--- A record's `field` in `lang` (default: the current language): rec[field .. "_" .. suffix],
-- following the fallback chain, then rec[field]. nil when the record has none of them.
function M.field(rec, field, lang)
  if type(rec) ~= "table" then return nil end
  for _, code in ipairs(M.chain(lang)) do
    local v = rec[field .. "_" .. SUFFIX[code]]
    if v ~= nil then return v end
  end
  return rec[field]
end

--- string.format plus positional arguments ("%2$d年，%1$s"), since word order differs by
-- language. Specifiers without a position take the arguments in turn, as in string.format.
-- Each positional format is rewritten once into a plain one and the order of its arguments,
-- remembered per format (the same few formats come back for every quiz question); a format
-- without positions is remembered as false and goes straight to string.format.
local function compile(fmt)
  if not fmt:find("%%%d+%$") then return false end
  local out, order, i, seq = {}, {}, 1, 0
  while true do
    local s, e, pos, dollar = fmt:find("%%(%d*)(%$?)", i)
    if not s then out[#out + 1] = fmt:sub(i); break end
    out[#out + 1] = fmt:sub(i, s - 1)
    if pos == "" and dollar == "" and fmt:sub(e + 1, e + 1) == "%" then -- a literal "%%"
      out[#out + 1] = "%%"
      i = e + 2
    else
      if dollar == "$" then
        order[#order + 1] = tonumber(pos)
        out[#out + 1] = "%"
      else
        seq = seq + 1
        order[#order + 1] = seq
        out[#out + 1] = "%" .. pos
      end
      i = e + 1
    end
  end
  return { text = table.concat(out), order = order }
end
local compiled = {}

function M.format(fmt, ...)
  if type(fmt) ~= "string" then return string.format(fmt, ...) end
  local c = compiled[fmt]
  if c == nil then c = compile(fmt); compiled[fmt] = c end
  if not c then return string.format(fmt, ...) end
  local args, ordered, n = table.pack(...), {}, #c.order
  for k = 1, n do ordered[k] = args[c.order[k]] end
  return string.format(c.text, table.unpack(ordered, 1, n))
end

--- Raises an error unless `msgs` (an area's table) has every language for every key, with the
-- same placeholders in each. `area` names it in the message. (cica.lang_check: the build and
-- CICA_LUA_DIR runs check areas, an installed cica does not, so it is loaded only then.)
function M.check_area(area, msgs)
  return require("cica.lang_check").check_area(area, msgs)
end

local areas = {}

-- Whether areas are checked when loaded: only with CICA_LUA_DIR (development), where the files
-- may differ from the build's; the build checks every bundled area (src/build/images.lua), so a
-- run of the installed program does not check them again (about 1 M instructions a command).
local check_on_load
local function checking()
  if check_on_load == nil then
    -- (inside the function: under --safe even reading os.getenv is refused)
    local ok, dir = pcall(function() return os.getenv("CICA_LUA_DIR") end)
    check_on_load = ok and dir ~= nil and dir ~= ""
  end
  return check_on_load
end

--- The messages of one area (the module cica.messages.AREA), cached (checked when loaded from a
-- CICA_LUA_DIR folder; the build checks the bundled ones).
function M.area(area)
  local msgs = areas[area]
  if msgs == nil then
    local ok, mod = pcall(require, "cica.messages." .. area)
    if not ok then error(string.format("cica.lang: no message area %q", area), 2) end
    if checking() then M.check_area(area, mod) end
    msgs, areas[area] = mod, mod
  end
  return msgs
end

--- The message "AREA.key" in `lang` (default: the current language), formatted with the
-- remaining arguments (positional placeholders allowed). An unknown key is an error: a missing
-- message is a bug, never a silent English fallback.
function M.t(key, lang, ...)
  local area, name = key:match("^([%w_]+)%.(.+)$")
  local m = area and M.area(area)[name]
  if m == nil then error(string.format("cica.lang: no message %q", key), 2) end
  local fmt = m[lang and SUFFIX[lang] and lang or M.current()]
  if select("#", ...) == 0 then return fmt end
  return M.format(fmt, ...)
end

--- What a value given to an API function was, for "got %s": a string quoted (its first 40
-- bytes), a number as itself, anything else by its type.
function M.shown(v)
  if type(v) == "string" then return string.format("%q", v:sub(1, 40)) end
  if math.type(v) then return tostring(v) end
  return type(v)
end

--- Raises "<fname>: expected <what>, got <got>" in the display language (area "argerr"), at
-- `level` as error() counts it from the function calling argerror. `what` names the key
-- "argerr.w_<what>" (formatted with the remaining arguments); `got` is text (see M.shown).
function M.argerror(level, fname, what, got, ...)
  local code = M.current()
  error(M.t("argerr.expected", code, fname, M.t("argerr.w_" .. what, code, ...), got), level + 1)
end

--- Raises "<fname>: <the message argerr.<key> formatted with ...>" in the display language, at
-- `level` as error() counts it from the function calling fail.
function M.fail(level, fname, key, ...)
  local code = M.current()
  error(M.t("argerr.in_fn", code, fname, M.t("argerr." .. key, code, ...)), level + 1)
end

--- Raises "<fname>: unknown language <code> (expected zh-Hans, zh-Hant or en)" in the display
-- language, at `level` as error() counts it from the function calling unknown_language.
function M.unknown_language(level, fname, code)
  local cur = M.current()
  error(M.t("argerr.unknown_language", cur, fname,
    cur == "en" and string.format("%q", tostring(code)) or tostring(code), M.alternatives(M.codes, cur)), level + 1)
end

--- The names of every message area the engine carries (the bundled cica.messages.* modules,
-- found by cica.discover as reports and formats are), sorted.
function M.areas()
  local out = {}
  for _, area in ipairs(require("cica.discover").names("cica.messages")) do
    if area:match("^[%w_]+$") then out[#out + 1] = area end
  end
  return out
end

return M
