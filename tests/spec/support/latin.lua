-- The language rule of the specs that check user-visible text (tests/spec/language_spec.lua states
-- it in full; tests/spec/help_lang_spec.lua applies it to help): zh-Hans/zh-Hant text may hold no
-- English run — three or more Latin words in a row, where a word is made of letters, apostrophes
-- and hyphens only and is not an upper-case code of at most six letters (ids, codes, numbers,
-- URLs, file names and `cica WORD …` command lines are not words and end a run, as does any
-- character other than ASCII and Latin letters); en text may hold no CJK character. Text inside
-- “…”, 《…》, 「…」, 『…』 and "…" is not looked at (M.unquoted). A second rule for Chinese text:
-- no single common English word ("more", "rows", "expected", …: M.english_word).
-- Not a spec (busted runs *_spec.lua): a spec loads it with dofile, beside itself.
local M = {}

-- The quotes whose contents are titles, names or code as written, in any language.
local QUOTES = { ["“"] = "”", ["《"] = "》", ["「"] = "」", ["『"] = "』", ['"'] = '"' }

--- The text with quoted spans and the allowed phrases (an array of plain strings) blanked out.
function M.unquoted(text, allowed)
  for _, phrase in ipairs(allowed or {}) do
    text = text:gsub(phrase:gsub("%p", "%%%0"), " | ")
  end
  local out, close = {}, nil
  for _, cp in utf8.codes(text) do
    local ch = utf8.char(cp)
    if close then
      if ch == close then close = nil end
      out[#out + 1] = " | "
    elseif QUOTES[ch] then
      close = QUOTES[ch]
      out[#out + 1] = " | "
    else
      out[#out + 1] = ch
    end
  end
  return table.concat(out)
end

--- Whether code point cp is a Latin letter (ASCII or Latin-1/Extended).
function M.latin_letter(cp)
  return (cp >= 65 and cp <= 90) or (cp >= 97 and cp <= 122) or (cp >= 192 and cp <= 591 and cp ~= 215 and cp ~= 247)
end

-- A line with its command lines ("cica report --list") blanked out: one runs from "cica WORD" to
-- a Chinese or full-width character or to two spaces (help's column gap).
local function without_commands(line)
  local out, i = {}, 1
  while true do
    local s = line:find("cica %l", i)
    if not s then out[#out + 1] = line:sub(i); break end
    out[#out + 1] = line:sub(i, s - 1) .. " | "
    local e = s
    while e <= #line and line:byte(e) < 128 and line:sub(e, e + 1) ~= "  " do e = e + 1 end
    i = e
  end
  return table.concat(out)
end

--- The first English run (three Latin words in a row) of a line, or nil.
function M.english_run(line)
  line = without_commands(line)
  local masked = {}
  for _, cp in utf8.codes(line) do
    masked[#masked + 1] = ((cp >= 32 and cp <= 126) or M.latin_letter(cp)) and utf8.char(cp) or " | "
  end
  local run = {}
  for tok in table.concat(masked):gmatch("%S+") do
    local t = tok:gsub("^%(+", ""):gsub("[,.;:!?)]+$", "")
    local word = t ~= "" and not t:find("[%d_/=<>%[%]{}@#%%&*+|\\^~`$]") and not t:find("^[.-]")
      and t:find("[%a\128-\255]") and not (t == t:upper() and utf8.len(t) <= 6)
    if word then
      run[#run + 1] = t
      if #run >= 3 then return table.concat(run, " ") end
    else
      run = {}
    end
  end
  return nil
end

-- Common English words (lower case): one of them alone in Chinese output is a message left in
-- English. Function words and the words cica's English messages are made of; not the words that
-- are also names the user types (help, table, name, list, string, date, file, left (a column), …).
local COMMON_WORDS = {}
for w in ([[the a an of and or to in on at by for from with without into is are was were be been
  not no yes all any more most less rows exceeded interrupted expected got bad error errors see did
  you mean unknown cannot must needs has have this that these those it its which what when where
  how why than then also only each every some none shown given missing invalid stopped exiting
  stuck limit]]):gmatch("%a+") do COMMON_WORDS[w] = true end

--- The first common English word (COMMON_WORDS) of a line, or nil. A word is a token of letters
-- (and apostrophes) only: URLs, file names, ids, options (--limit), dot-commands (.help), calls
-- (help(…)) and Lua tables ({ limit = N }) are not words; neither are upper-case words
-- (placeholders such as TEXT, query syntax such as AND).
function M.english_word(line)
  line = without_commands(line):gsub("%b{}", " | ")
  local masked = {}
  for _, cp in utf8.codes(line) do
    masked[#masked + 1] = ((cp >= 32 and cp <= 126) or M.latin_letter(cp)) and utf8.char(cp) or " | "
  end
  for tok in table.concat(masked):gmatch("%S+") do
    local t = tok:gsub("^[\"'(%[]+", ""):gsub("[,.;:!?)%]\"']+$", "")
    if t:find("^[%a']+$") and t ~= t:upper() and COMMON_WORDS[t:lower()] then return t end
  end
  return nil
end

--- Whether code point cp is CJK (ideographs, radicals, kana, hangul, full-width forms).
function M.cjk(cp)
  return (cp >= 0x2E80 and cp <= 0x9FFF) or (cp >= 0xAC00 and cp <= 0xD7AF) or (cp >= 0xF900 and cp <= 0xFAFF)
    or (cp >= 0xFF01 and cp <= 0xFF60)
end

--- The first CJK character of a text, or nil.
function M.first_cjk(text)
  for _, cp in utf8.codes(text) do
    if M.cjk(cp) then return utf8.char(cp) end
  end
  return nil
end

return M
