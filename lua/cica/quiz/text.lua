-- How the quiz says things: text in the display language (localize, positional format), names,
-- ordinals, dates, lists, "the" before English names, a place's name on a date, the words for a
-- standing, a person's short names, and every spelling of a name record (what an answer
-- accepts). Generators reach these through `g` (cica.quiz.context); cica.quiz.api re-exports
-- the documented names (docs/quiz.md).
local i18n = require "cica.lang"

local M = {}

M.LANGS = i18n.codes
-- Languages, fallback chains and positional formatting are cica.lang's; these are the
-- documented names generators use (docs/quiz.md), kept as thin wrappers.

-- Text in `lang` from a string or a table keyed by language ("en", "zh-Hans", "zh-Hant"); an
-- unknown or missing `lang` reads as English.
function M.localize(t, lang)
  if type(t) ~= "table" then return t end
  local v = i18n.text(t, i18n.valid(lang) and lang or "en")
  if v ~= nil then return v end
  return t.hans or t.en or t.hant
end

-- string.format plus positional arguments ("%2$d年，%1$s"), since word order differs by language
-- (cica.lang.format, which compiles each positional format once).
M.format = i18n.format

-- A name record {hans=, hant=, en=} in `lang`.
local WANT = {} -- the key of each display language in a name record ("hans", "hant", "en")
for _, code in ipairs(i18n.codes) do WANT[code] = i18n.suffix(code) end

function M.name_in(n, lang)
  if type(n) ~= "table" then return n end
  if n.name then n = n.name end
  local want = WANT[lang] or "en"
  return n[want] or n.hans or n.en or n.hant
end

local CN = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" }
local function chinese(n)
  if n <= 10 then return CN[n] end
  if n < 20 then return "十" .. CN[n - 10] end
  if n < 100 then return CN[n // 10] .. "十" .. (n % 10 > 0 and CN[n % 10] or "") end
  return tostring(n)
end

-- "4th" / "第四届" (届 for meetings held in a series; `unit` overrides it).
function M.ordinal(n, lang, unit)
  if lang == "en" then
    local suffix = "th"
    if n % 100 < 11 or n % 100 > 13 then
      suffix = ({ "st", "nd", "rd" })[n % 10] or "th"
    end
    return n .. suffix
  end
  unit = unit or (lang == "zh-Hant" and "屆" or "届")
  return "第" .. chinese(n) .. unit
end

local MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December" }

-- An ISO date at its own precision: "17 June 2006" / "2006年6月17日"; "June 2006"; "2006".
function M.date(iso, lang)
  local y, m, d = tostring(iso or ""):match("^(%d%d%d%d)%-?(%d?%d?)%-?(%d?%d?)")
  if not y then return tostring(iso or "") end
  m, d = tonumber(m), tonumber(d)
  if lang == "en" then
    if d then return string.format("%d %s %s", d, MONTHS[m], y) end
    if m then return MONTHS[m] .. " " .. y end
    return y
  end
  return y .. "年" .. (m and (m .. "月") or "") .. (d and (d .. "日") or "")
end

-- A date with its English preposition: "on 17 June 2006", "in June 2010", "in 2011";
-- in Chinese the date alone ("于" comes from the template).
function M.on(iso, lang)
  local text = M.date(iso, lang)
  if lang ~= "en" then return text end
  return (tostring(iso):match("^%d%d%d%d%-%d%d%-%d%d") and "on " or "in ") .. text
end

-- English running text wants "the" before some names: "the Republic of Korea", "the UN".
local THE_START = { "Republic", "United", "Kingdom", "League", "Organi[sz]ation", "International",
  "Parliamentary", "Eurasian", "State of", "Commonwealth", "Secretariat", "OSCE", "UN$", "CIS$" }
local THE_END = { "Philippines$", "Emirates$", "States$", "Union$", "Islands$", "Maldives$",
  "Netherlands$", "Assembly$" }
function M.the(name)
  for _, p in ipairs(THE_START) do if name:match("^" .. p) then return "the " .. name end end
  for _, p in ipairs(THE_END) do if name:match(p) then return "the " .. name end end
  return name
end

-- The names a place bore on `date` (its current names when the date is outside every period).
function M.place_name(p, date)
  if date then
    for _, f in ipairs(p.former or {}) do
      if date >= f.from and date <= f.to then return f.name end
    end
  end
  return p.name
end

-- "A, B and C" / "A、B和C".
function M.list(items, lang)
  if #items <= 1 then return items[1] or "" end
  local head = table.concat(items, lang == "en" and ", " or "、", 1, #items - 1)
  if lang == "en" then return head .. " and " .. items[#items] end
  return head .. "和" .. items[#items]
end

function M.list_add(list, seen, s)
  if type(s) == "string" and s ~= "" and not seen[s] then
    seen[s] = true
    list[#list + 1] = s
  end
end

-- Every spelling of a name record (and its former names and aliases).
function M.spellings(rec, extra)
  local out, seen = {}, {}
  local function names(n)
    if n then M.list_add(out, seen, n.hans); M.list_add(out, seen, n.hant); M.list_add(out, seen, n.en) end
  end
  names(rec.name or rec)
  for _, f in ipairs(rec.former or {}) do names(f.name) end
  for _, a in ipairs(rec.aliases or {}) do M.list_add(out, seen, a) end
  for _, a in ipairs(extra or {}) do M.list_add(out, seen, a) end
  return out
end

-- Words for the three kinds of standing, accepted in any language.
M.STATUS = {
  member = { name = { hans = "成员国", hant = "成員國", en = "member" },
    accept = { "member", "member state", "members", "成员", "成員", "成员国", "成員國", "正式成员" } },
  observer = { name = { hans = "观察员", hant = "觀察員", en = "observer" },
    accept = { "observer", "observer state", "observers", "观察员", "觀察員", "观察员国", "觀察員國" } },
  partner = { name = { hans = "伙伴", hant = "夥伴", en = "partner" },
    accept = { "partner", "partner organization", "partner organisation", "伙伴", "夥伴", "伙伴组织", "夥伴組織" } },
}

-- The short forms a person is called by: the surname ("Asanov" for Jandos Asanov; "Gong" for
-- Gong Jianwei, whose Chinese name 宫建伟 puts it first) and, for a transcribed name, the last
-- part after "·" (米尔佐佐达). A surname of one letter or one character is no answer.
function M.short_names(h)
  local n = h.name or h
  local out = {}
  local han_order = type(n.hans) == "string" and not n.hans:find("%a") and not n.hans:find("·", 1, true)
  if type(n.en) == "string" then
    local first, last = n.en:match("^(%S+)"), n.en:match("(%S+)$")
    local surname = han_order and first or last
    if surname and surname ~= n.en and utf8.len(surname) and utf8.len(surname) >= 2 then out[#out + 1] = surname end
  end
  for _, k in ipairs { "hans", "hant" } do
    local tail = type(n[k]) == "string" and n[k]:match("·([^·]+)$")
    if tail and utf8.len(tail) >= 2 then out[#out + 1] = tail end
  end
  return out
end


return M
