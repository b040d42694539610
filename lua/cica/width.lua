-- cica.width: how many terminal columns a UTF-8 string takes, and padding, truncating and
-- wrapping by that measure. Chinese characters take two columns, so string.len and utf8.len both
-- give the wrong answer for aligning tables. Depends on nothing but the Lua standard library.
local M = {}

-- Code points that take no column: combining marks (the common blocks) and zero-width format
-- characters. Sorted, non-overlapping {first, last} pairs, searched by bisection.
local ZERO = {
  {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
  {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670},
  {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED}, {0x0711, 0x0711},
  {0x0730, 0x074A}, {0x07A6, 0x07B0}, {0x07EB, 0x07F3}, {0x0816, 0x0819}, {0x081B, 0x0823},
  {0x0825, 0x0827}, {0x0829, 0x082D}, {0x0859, 0x085B}, {0x08D3, 0x08E1}, {0x08E3, 0x0902},
  {0x093A, 0x093A}, {0x093C, 0x093C}, {0x0941, 0x0948}, {0x094D, 0x094D}, {0x0951, 0x0957},
  {0x0962, 0x0963}, {0x0981, 0x0981}, {0x09BC, 0x09BC}, {0x09C1, 0x09C4}, {0x09CD, 0x09CD},
  {0x09E2, 0x09E3}, {0x0A01, 0x0A02}, {0x0A3C, 0x0A3C}, {0x0A41, 0x0A51}, {0x0A70, 0x0A71},
  {0x0A75, 0x0A75}, {0x0A81, 0x0A82}, {0x0ABC, 0x0ABC}, {0x0AC1, 0x0AC8}, {0x0ACD, 0x0ACD},
  {0x0B3C, 0x0B3C}, {0x0B4D, 0x0B4D}, {0x0BCD, 0x0BCD}, {0x0C4D, 0x0C4D}, {0x0CBC, 0x0CBC},
  {0x0CCD, 0x0CCD}, {0x0D4D, 0x0D4D}, {0x0DCA, 0x0DCA}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A},
  {0x0E47, 0x0E4E}, {0x0EB1, 0x0EB1}, {0x0EB4, 0x0EBC}, {0x0EC8, 0x0ECD}, {0x0F18, 0x0F19},
  {0x0F35, 0x0F35}, {0x0F37, 0x0F37}, {0x0F39, 0x0F39}, {0x0F71, 0x0F7E}, {0x0F80, 0x0F84},
  {0x0F86, 0x0F87}, {0x0FC6, 0x0FC6}, {0x1037, 0x1037}, {0x1039, 0x103A}, {0x108D, 0x108D},
  {0x135D, 0x135F}, {0x1714, 0x1714}, {0x17D2, 0x17D2}, {0x17DD, 0x17DD}, {0x18A9, 0x18A9},
  {0x1939, 0x193B}, {0x1A17, 0x1A18}, {0x1A60, 0x1A60}, {0x1A75, 0x1A7C}, {0x1A7F, 0x1A7F},
  {0x1AB0, 0x1AFF}, {0x1B34, 0x1B34}, {0x1B44, 0x1B44}, {0x1B6B, 0x1B73}, {0x1BAA, 0x1BAB},
  {0x1BE6, 0x1BE6}, {0x1BF2, 0x1BF3}, {0x1C37, 0x1C37}, {0x1CD0, 0x1CD2}, {0x1CD4, 0x1CE0},
  {0x1CE2, 0x1CE8}, {0x1CED, 0x1CED}, {0x1CF4, 0x1CF4}, {0x1CF8, 0x1CF9}, {0x1DC0, 0x1DFF},
  {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20F0}, {0x2CEF, 0x2CF1},
  {0x2D7F, 0x2D7F}, {0x2DE0, 0x2DFF}, {0x302A, 0x302F}, {0x3099, 0x309A}, {0xA66F, 0xA672},
  {0xA674, 0xA67D}, {0xA69E, 0xA69F}, {0xA6F0, 0xA6F1}, {0xA8E0, 0xA8F1}, {0xFE00, 0xFE0F},
  {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0x1D165, 0x1D169}, {0x1D16D, 0x1D172},
  {0x1D17B, 0x1D182}, {0x1D185, 0x1D18B}, {0x1D1AA, 0x1D1AD}, {0x1E8D0, 0x1E8D6},
  {0x1E944, 0x1E94A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xE0100, 0xE01EF},
}

-- Code points that take two columns: East Asian Width W (wide) and F (fullwidth). Ambiguous (A)
-- characters such as box drawing, '…' and '█' stay one column, as terminals draw them by default.
local WIDE = {
  {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
  {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
  {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
  {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
  {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
  {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
  {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
  -- CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
  {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5}, {0x2FF0, 0x2FFB}, {0x3000, 0x3029},
  {0x3030, 0x303E},
  -- Hiragana, Katakana (the combining sound marks 3099-309A are zero width, above)
  {0x3041, 0x3096}, {0x309B, 0x30FF},
  -- Bopomofo, Hangul compatibility jamo, Kanbun, CJK strokes, Katakana extensions,
  -- enclosed CJK letters, CJK compatibility, CJK Extension A, Yijing symbols, CJK Unified
  {0x3105, 0x312F}, {0x3131, 0x318E}, {0x3190, 0x31E3}, {0x31F0, 0x321E}, {0x3220, 0x3247},
  {0x3250, 0x4DBF}, {0x4E00, 0xA48C},
  -- Yi radicals, Hangul jamo extended A, Hangul syllables
  {0xA490, 0xA4C6}, {0xA960, 0xA97C}, {0xAC00, 0xD7A3},
  -- CJK compatibility ideographs, vertical forms, CJK compatibility forms, small form variants
  {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE66}, {0xFE68, 0xFE6B},
  -- Fullwidth forms
  {0xFF01, 0xFF60}, {0xFFE0, 0xFFE6},
  -- Tangut, Khitan, Nushu, kana supplements
  {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1}, {0x17000, 0x187F7}, {0x18800, 0x18CD5},
  {0x18D00, 0x18D08}, {0x1AFF0, 0x1AFF3}, {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE},
  {0x1B000, 0x1B122}, {0x1B150, 0x1B152}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB},
  -- emoji and pictographs with wide presentation
  {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
  {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251},
  {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C},
  {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0},
  {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
  {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
  {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
  {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DD, 0x1F6DF},
  {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0},
  {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FA74},
  {0x1FA78, 0x1FA7C}, {0x1FA80, 0x1FA86}, {0x1FA90, 0x1FAAC}, {0x1FAB0, 0x1FABA},
  {0x1FAC0, 0x1FAC5}, {0x1FAD0, 0x1FAD9}, {0x1FAE0, 0x1FAE7}, {0x1FAF0, 0x1FAF6},
  -- CJK Unified Ideographs Extensions B-H and compatibility supplement (planes 2 and 3)
  {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}

local function in_ranges(ranges, cp)
  local lo, hi = 1, #ranges
  while lo <= hi do
    local mid = (lo + hi) // 2
    local r = ranges[mid]
    if cp < r[1] then hi = mid - 1
    elseif cp > r[2] then lo = mid + 1
    else return true end
  end
  return false
end

-- Columns of the code points measured so far (from U+0300 up, where the tables are searched):
-- the same few hundred characters come back again and again while a table is laid out.
local CP_WIDTH = {}

-- Raises "cica.width.<fname>: expected <what>, got <type>" in the display language (what: a key
-- "argerr.w_*", formatted with ...) at the line that called the public function calling argerror.
-- cica.lang is loaded on the first error only (cica.lang's own callers load this module).
local function argerror(fname, what, v, ...)
  require("cica.lang").argerror(3, "cica.width." .. fname, what, type(v), ...)
end

--- Columns one code point takes: 0, 1 or 2. Control characters take 0.
function M.codepoint(cp)
  if math.type(cp) ~= "integer" then argerror("codepoint", "codepoint", cp) end
  if cp < 0x20 or (cp >= 0x7F and cp < 0xA0) then return 0 end
  if cp < 0x300 then return 1 end          -- fast path: ASCII and Latin-1
  if cp >= 0x4E00 and cp <= 0x9FFF then return 2 end   -- fast path: CJK Unified Ideographs
  local w = CP_WIDTH[cp]
  if w then return w end
  if in_ranges(ZERO, cp) then w = 0
  elseif in_ranges(WIDE, cp) then w = 2
  else w = 1 end
  CP_WIDTH[cp] = w
  return w
end

--- True when s is valid UTF-8; otherwise false and the byte position of the first bad byte.
function M.valid(s)
  if type(s) ~= "string" then argerror("valid", "string", s) end
  local n, bad = utf8.len(s)
  if n then return true end
  return false, bad
end

--- Raises a readable error unless s is valid UTF-8. `what` names the string in the message.
function M.check(s, what)
  if type(s) ~= "string" then argerror("check", "string_arg", s, 1) end
  local ok, pos = M.valid(s)
  if not ok then
    local lang = require "cica.lang"
    error(lang.t("argerr.not_utf8", nil, what or lang.t("argerr.text"), pos), 2)
  end
  return s
end

-- Columns of each multi-byte character met so far, by its bytes; false for byte sequences that
-- are not one valid UTF-8 character. Decoding a character through pcall(utf8.codepoint) is
-- costly, and text is made of few distinct characters. Emptied when it grows large, so that
-- measuring arbitrary bytes cannot make it grow without bound.
local CHAR_WIDTH, char_count = {}, 0

local function char_width(ch)
  local w = CHAR_WIDTH[ch]
  if w == nil then
    local ok, cp = pcall(utf8.codepoint, ch)
    w = ok and M.codepoint(cp)
    if char_count >= 4096 then CHAR_WIDTH, char_count = {}, 0 end
    CHAR_WIDTH[ch], char_count = w, char_count + 1
  end
  return w
end

-- Iterates over the characters of s as (char, columns). Invalid UTF-8 bytes are yielded one at a
-- time as one column each, so measuring never raises.
local function chars(s)
  local i, n = 1, #s
  return function()
    if i > n then return nil end
    local c = s:byte(i)
    if c < 0x80 then
      i = i + 1
      return string.char(c), M.codepoint(c)
    end
    local len = c >= 0xF0 and 4 or c >= 0xE0 and 3 or c >= 0xC0 and 2 or 1
    local ch = s:sub(i, i + len - 1)
    local cw = len > 1 and #ch == len and char_width(ch)
    if not cw then
      i = i + 1
      return s:sub(i - 1, i - 1), 1
    end
    i = i + len
    return ch, cw
  end
end
M.chars = chars

-- Widths of the strings measured so far: a table is measured cell by cell, then each line
-- again when the columns are sized, padded and wrapped (wrap puts the width of each line it
-- returns here, known while wrapping). Its keys are strings only. Emptied when it grows large.
local STR_WIDTH, str_count = {}, 0

-- Remembers that string s takes w columns.
local function remember(s, w)
  if str_count >= 4096 then STR_WIDTH, str_count = {}, 0 end
  STR_WIDTH[s], str_count = w, str_count + 1
end

-- Display width of the string s, without the memo.
local function measure(s)
  if not s:find("[^ -~]") then return #s end         -- printable ASCII: one column a byte
  if not s:find("[\x80-\xFF]") then                 -- ASCII: count the printable bytes
    local _, ctrl = s:gsub("[%z\1-\31\127]", "")
    return #s - ctrl
  end
  local w = 0
  if utf8.len(s) then                  -- valid UTF-8: decode in C, one call per string
    local cpw = M.codepoint
    for _, cp in utf8.codes(s) do
      -- M.codepoint's two fast paths inline (printable ASCII, CJK ideographs): no call for most
      if cp >= 0x20 and cp < 0x7F then w = w + 1
      elseif cp >= 0x4E00 and cp <= 0x9FFF then w = w + 2
      else w = w + cpw(cp) end
    end
    return w
  end
  for _, cw in chars(s) do w = w + cw end
  return w
end

--- Display width of s in terminal columns.
function M.width(s)
  local w = STR_WIDTH[s]         -- (its keys are strings: anything else is found after tostring)
  if w then return w end
  s = tostring(s)
  w = STR_WIDTH[s]
  if w then return w end
  w = measure(s)
  remember(s, w)
  return w
end

-- A number of columns as whole columns: a fraction is dropped (10.5 columns hold what 10 do).
local function whole(n)
  if math.type(n) == "float" and n > -math.huge and n < math.huge then return math.floor(n) end
  return n
end

--- s padded with spaces to `width` columns (a fraction dropped). align: "left" (default),
-- "right" or "center". A string already as wide or wider is returned unchanged.
function M.pad(s, width, align)
  if type(width) ~= "number" then argerror("pad", "columns_arg", width, 2) end
  if width % 1 ~= 0 then          -- a fraction; or NaN or an infinity (x % 1 is NaN for them)
    if width ~= width or width == math.huge then  -- no end to pad to
      require("cica.lang").argerror(2, "cica.width.pad", "columns_arg", tostring(width), 2)
    end
    width = whole(width)
  end
  if align ~= nil and align ~= "left" and align ~= "right" and align ~= "center" then
    require("cica.lang").argerror(2, "cica.width.pad", "align_arg",
      type(align) == "string" and ("'" .. align .. "'") or type(align), 3)
  end
  local w = STR_WIDTH[s]         -- a string measured before (nothing else is a key)
  if not w then
    s = tostring(s)
    w = M.width(s)
  end
  local gap = width - w
  if gap <= 0 then return s end
  if align == "right" then return string.rep(" ", gap) .. s end
  if align == "center" then
    local left = gap // 2
    return string.rep(" ", left) .. s .. string.rep(" ", gap - left)
  end
  return s .. string.rep(" ", gap)
end

--- s cut to at most `width` columns, ending in '…' when anything was cut.
function M.truncate(s, width)
  if type(width) ~= "number" then argerror("truncate", "columns_arg", width, 2) end
  s = tostring(s)
  if M.width(s) <= width then return s end
  if width <= 0 then return "" end
  local out, w = {}, 0
  for ch, cw in chars(s) do
    if w + cw > width - 1 then break end       -- keep one column for the ellipsis
    out[#out + 1] = ch
    w = w + cw
  end
  return table.concat(out) .. "…"
end

-- Characters that should not start a line (closing punctuation), as in Chinese typesetting.
local NO_START = {}
for _, ch in ipairs({ "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "〉",
                      ",", ".", ";", ":", "?", "!", ")", "]", "}", "…" }) do
  NO_START[ch] = true
end

-- Characters that should not end a line (opening brackets and quotes): the break goes before them.
local NO_END = {}
for _, ch in ipairs({ "（", "「", "『", "【", "《", "〈", "“", "‘", "(", "[", "{" }) do
  NO_END[ch] = true
end

-- Characters a line may end after in Latin text: spaces (dropped at the break), hyphens and
-- slashes (kept, so ids and URLs split at their natural joints).
local BREAK_AFTER = { [" "] = true, ["-"] = true, ["/"] = true }

-- The same rules as bytes, for printable ASCII (each character one column, none wide, none in
-- NO_END that may end a line): a line may end after byte k when BREAK_AFTER_BYTE[k] and not
-- NO_START_BYTE[k + 1].
local NO_START_BYTE, BREAK_AFTER_BYTE = {}, {}
for ch in pairs(NO_START) do if #ch == 1 then NO_START_BYTE[ch:byte()] = true end end
for ch in pairs(BREAK_AFTER) do BREAK_AFTER_BYTE[ch:byte()] = true end

local byte, sub, find, gsub = string.byte, string.sub, string.find, string.gsub

-- The character of s that starts at byte i, as `chars` splits text: the byte it ends at and its
-- columns (an invalid byte is a character of its own, one column wide).
local function char_at(s, i)
  local c = byte(s, i)
  if c < 0x80 then return i, (c < 0x20 or c == 0x7F) and 0 or 1 end
  local len = c >= 0xF0 and 4 or c >= 0xE0 and 3 or c >= 0xC0 and 2 or 1
  if len > 1 then
    local j = i + len - 1
    local ch = sub(s, i, j)
    if #ch == len then
      local w = CHAR_WIDTH[ch]   -- char_width's memo, read here: a call per character costs more
      if w == nil then w = char_width(ch) end
      if w then return j, w end
    end
  end
  return i, 1
end

-- The last character of s[a .. b] (a starts a character): the byte it starts at and its columns.
local function char_before(s, a, b)
  local i = b
  while i > a and i > b - 3 do
    local c = byte(s, i)
    if c < 0x80 or c >= 0xC0 then break end
    i = i - 1
  end
  local e, w = char_at(s, i)
  if e == b then return i, w end
  return b, 1                     -- a stray continuation byte
end

-- Marked (bold) text: `**…**` as in Markdown, the markers cica.search puts around a match, and
-- \1…\2, the zero-width stand-ins cica.cli.search uses for bold on a terminal.
local MARK = "**"
local PLAIN_MARK = { open = "**", close = "**", w = 2 }
local BOLD_MARK = { open = "\1", close = "\2", w = 0 }

-- The markers of a paragraph, found once with string.find, by the byte each unit starts at: a
-- marked span { mark, p, q (its first and last byte), a, b (the text between the markers), c
-- (the closing marker's first byte), how = "whole" | "wide" | "split" } and, for a whole span or
-- an unpaired `**`, the unit's columns `w` and, for the break rules, its first and last
-- characters `hd`, `tl` and their columns `hw`, `tw` (a visible marker, or the text inside).
-- A span whose text fits between its markers on a line is one unit ("whole"); a wider one is
-- wrapped alone, each of its lines a marked unit of its own ("wide"); when not even a wide
-- character fits between the markers (widths under 6 for `**`), only the markers stay whole and
-- the text between is free ("split": also listed in the second result, for restarting inside).
local UNPAIRED = { how = "whole", w = 2, hd = "*", hw = 1, tl = "*", tw = 1 }

local function find_marks(s, width)
  local at, split, i = {}, nil, 1
  while true do
    local j = find(s, "[*\1]", i)
    if not j then break end
    local mark, c
    if byte(s, j) == 1 then
      mark, c = BOLD_MARK, find(s, "\2", j + 1, true)    -- unpaired: \1 is a character
    elseif byte(s, j + 1) == 42 then
      mark, c = PLAIN_MARK, find(s, MARK, j + 2, true)
      if not c then at[j] = UNPAIRED end
    end
    if not c then
      i = j + (mark == PLAIN_MARK and 2 or 1)
    else
      local ml = #mark.open
      local span = { mark = mark, p = j, a = j + ml, b = c - 1, c = c, q = c + ml - 1 }
      local inner = M.width(sub(s, span.a, span.b))
      local room = width - 2 * mark.w              -- for the text between the markers
      if inner <= room then
        span.how, span.w = "whole", inner + 2 * mark.w
        if mark.w > 0 then
          span.hd, span.hw, span.tl, span.tw = "*", 1, "*", 1
        elseif span.a > span.b then
          span.hd, span.hw, span.tl, span.tw = mark.open, 0, mark.close, 0
        else
          local e, w = char_at(s, span.a)
          local t, tw = char_before(s, span.a, span.b)
          span.hd, span.hw, span.tl, span.tw = sub(s, span.a, e), w, sub(s, t, span.b), tw
        end
      elseif room < 2 then
        span.how = "split"
        split = split or {}
        split[#split + 1] = span
      else
        span.how = "wide"
      end
      at[j] = span
      i = c + ml
    end
  end
  return at, split
end

-- Appends line (w columns) to lines, less trailing white space (a space takes a column, the
-- other white space characters none), and remembers its width: a table measures its lines.
local function push(lines, line, w)
  local k = #line
  local b = byte(line, k)
  if b == 32 or (b and b >= 9 and b <= 13) then
    repeat
      if b == 32 then w = w - 1 end
      k = k - 1
      b = byte(line, k)
    until not (b == 32 or (b and b >= 9 and b <= 13))
    line = sub(line, 1, k)
  end
  lines[#lines + 1] = line
  if not STR_WIDTH[line] then remember(line, w) end
end

-- Splits one paragraph (no newlines) into lines of at most `width` columns, breaking at the
-- last place a line may break that leaves the carried-over part room on the next line; a word
-- longer than the width is cut where it must be. A line may break after a space, hyphen or
-- slash, or next to a wide (CJK) character, but never before closing punctuation, and never
-- inside `**bold**` text that fits on a line (find_marks).
-- The text is taken by runs, not character by character: a run of printable ASCII or of CJK
-- ideographs is placed in one step, as much of it as fits; a marked span is one unit. The line
-- is prefix .. s[ls .. pos - 1], lw columns wide; bp is the last byte it may end after (lw was
-- bw there), pt and ptw the last character placed and its columns. When a line is full it is
-- written out and the next one starts afresh at the byte after the break (what was carried
-- over is placed again: it holds no place to break, so it is placed as it was).
local function wrap_paragraph(s, width, lines)
  local n = #s
  local marks, splits
  if find(s, "*", 1, true) or find(s, "\1", 1, true) then marks, splits = find_marks(s, width) end
  local ideographs = utf8.len(s) ~= nil    -- runs of CJK ideographs: only in valid UTF-8
  local yijing = ideographs and find(s, "\xE4\xB7", 1, true)   -- a hexagram somewhere (rare)
  local pos, ls, prefix, lw, filled, bp, bw, pt, ptw = 1, 1, "", 0, false, nil, 0, nil, 0
  local bpt          -- the line up to bp, when bp lies before the prefix's end (see `wide`)
  local inside       -- the "split" span pos is inside
  -- The last run of printable ASCII and of ideographs found: a line that starts again inside
  -- one keeps its end (finding it again each line would make a long paragraph cost its length
  -- times its lines).
  local run_a, run_q, ide_a, ide_q = 0, 0, 0, 0

  -- Writes out the line up to byte e (w columns), less trailing white space.
  local function emit(e, w)
    push(lines, bpt and e == bp and bpt or prefix .. sub(s, ls, e), w)
  end
  -- Starts the next line at byte p.
  local function restart(p)
    pos, ls, prefix, lw, filled, bp, bpt, inside = p, p, "", 0, false, nil, nil, nil
    if splits then                       -- in order and apart: found by bisection
      local lo, hi = 1, #splits
      while lo <= hi do
        local mid = (lo + hi) // 2
        local span = splits[mid]
        if p < span.a then hi = mid - 1
        elseif p > span.c then lo = mid + 1
        else inside = span; break end
      end
    end
  end
  -- Places the unit s[p .. q] (w columns; hd, tl its first and last characters, hw, tw their
  -- columns): true; or, when it does not fit, ends the line where it may and returns false.
  local function step(p, q, w, hd, hw, tl, tw)
    if filled then
      if not NO_START[hd] and not NO_END[pt] and (BREAK_AFTER[pt] or ptw == 2 or hw == 2) then
        bp, bw, bpt = p - 1, lw, nil
      end
      if lw + w > width then
        if p == q and hd == " " then         -- a space at a break disappears
          emit(p - 1, lw)
          restart(q + 1)
        elseif bp and lw - bw + w <= width then
          emit(bp, bw)
          local r = bp + 1                   -- the carried-over part, less leading spaces
          while r < p and byte(s, r) == 32 do r = r + 1 end
          restart(r)
        else
          emit(p - 1, lw)
          restart(p)
        end
        return false
      end
    end
    lw, filled, pt, ptw, pos = lw + w, true, tl, tw, q + 1
    return true
  end
  -- A span wider than a line: its text wrapped alone, each line of it marked; a line ends after
  -- each but the last. When the wrap left one line (the rest was spaces it dropped), the line
  -- goes on after it: the prefix takes in the line so far and that unit.
  local function wide(span)
    local units = span.units
    if not units then
      local mark, parts = span.mark, {}
      wrap_paragraph(sub(s, span.a, span.b), width - 2 * mark.w, parts)
      units = {}
      for k, part in ipairs(parts) do
        local text = mark.open .. part .. mark.close
        local first, last = part:match("^" .. utf8.charpattern), part:match(utf8.charpattern .. "$")
        if mark.w > 0 then
          units[k] = { text, M.width(part) + 2 * mark.w, "*", 1, "*", 1 }
        elseif not first then
          units[k] = { text, M.width(part), mark.open, 0, mark.close, 0 }
        else
          units[k] = { text, M.width(part), first, M.width(first), last, M.width(last) }
        end
      end
      span.units = units
    end
    local u = units[1]
    if not step(span.p, span.q, u[2], u[3], u[4], u[5], u[6]) then return end
    if #units == 1 then
      if bp and not bpt then bpt = prefix .. sub(s, ls, bp) end
      prefix, ls = prefix .. sub(s, ls, span.p - 1) .. u[1], span.q + 1
      return
    end
    push(lines, prefix .. sub(s, ls, span.p - 1) .. u[1], lw)
    for k = 2, #units - 1 do push(lines, units[k][1], units[k][2]) end
    u = units[#units]
    ls, prefix, lw, filled, bp, bpt, pt, ptw = span.q + 1, u[1], u[2], true, nil, nil, u[5], u[6]
  end

  while pos <= n do
    local c = byte(s, pos)
    local span = marks and not inside and marks[pos]
    if inside and pos == inside.c then     -- the closing marker of a "split" span
      local mark = inside.mark
      local ch, cw = mark.w > 0 and "*" or mark.open, mark.w > 0 and 1 or 0
      if step(pos, inside.q, mark.w, ch, cw, ch, cw) then inside = nil end
    elseif span then
      if span.how == "whole" then
        step(pos, span.q or pos + 1, span.w, span.hd, span.hw, span.tl, span.tw)
      elseif span.how == "wide" then
        wide(span)
      else                                 -- "split": its opening marker
        local mark = span.mark
        local ch, cw = mark.w > 0 and "*" or mark.open, mark.w > 0 and 1 or 0
        if step(pos, span.a - 1, mark.w, ch, cw, ch, cw) then inside = span end
      end
    elseif c >= 0x20 and c < 0x7F and c ~= 42 then
      -- a run of printable ASCII (up to a `*`): its first character placed as any unit, then
      -- as much of the rest as fits at once; the place to break found by looking back
      local q = run_q
      if pos < run_a or pos > q then       -- (a line that starts again inside it keeps it)
        run_a, q = pos, select(2, find(s, "^[ -)+-~]+", pos))
        run_q = q
      end
      local ch = sub(s, pos, pos)
      if step(pos, pos, 1, ch, 1, ch, 1) and pos <= q then
        local x = pos                      -- the next byte to place
        local room = width - lw
        if room < 0 then room = 0 end
        local y = x + room                 -- the first byte that does not fit
        if y > q then
          for k = q, x, -1 do
            if BREAK_AFTER_BYTE[byte(s, k - 1)] and not NO_START_BYTE[byte(s, k)] then
              bp, bw, bpt = k - 1, lw + k - x, nil
              break
            end
          end
          lw, pt, ptw, pos = lw + (q - x + 1), sub(s, q, q), 1, q + 1
        else
          for k = y, x, -1 do
            if BREAK_AFTER_BYTE[byte(s, k - 1)] and not NO_START_BYTE[byte(s, k)] then
              bp, bw, bpt = k - 1, lw + k - x, nil
              break
            end
          end
          local full = lw + (y - x)        -- the line up to byte y - 1
          if byte(s, y) == 32 then         -- a space at a break disappears
            emit(y - 1, full)
            restart(y + 1)
          elseif bp and full - bw + 1 <= width then
            emit(bp, bw)
            local r = bp + 1
            while r < y and byte(s, r) == 32 do r = r + 1 end
            restart(r)
          else
            emit(y - 1, full)
            restart(y)
          end
        end
      end
    else
      -- a run of CJK ideographs (U+4000-U+9FFF but for the Yijing hexagrams U+4DC0-U+4DFF: three
      -- bytes and two columns each, none closing or opening punctuation, a break allowed
      -- between any two): its first placed as any unit, then as many as fit at once
      local q
      if ideographs and c >= 0xE4 and c <= 0xE9 then
        if pos >= ide_a and pos <= ide_q then
          q = ide_q
        else
          local _, e = find(s, "^[\xE4-\xE9\x80-\xBF]+", pos)
          if yijing then
            local yi = find(s, "\xE4\xB7", pos, true)
            if yi and yi <= e then e = yi - 1 end
          end
          if e >= pos + 2 then q, ide_a, ide_q = e, pos, e end
        end
      end
      if q then
        local ch = sub(s, pos, pos + 2)
        if step(pos, pos + 2, 2, ch, 2, ch, 2) and pos <= q then
          local x = pos
          local m = (q - x + 1) // 3
          local room = width - lw
          if room < 0 then room = 0 end
          local fit = room // 2
          if m <= fit then
            bp, bw, bpt = q - 3, lw + 2 * (m - 1), nil
            lw, pt, ptw, pos = lw + 2 * m, sub(s, q - 2, q), 2, q + 1
          else                             -- the line ends before the first that does not fit
            local y = x + 3 * fit
            emit(y - 1, lw + 2 * fit)
            restart(y)
          end
        end
      else                                 -- any other character, alone
        local e, w = char_at(s, pos)
        local ch = sub(s, pos, e)
        step(pos, e, w, ch, w, ch, w)
      end
    end
  end
  if filled or #lines == 0 then emit(n, lw) end
end

-- The same rules, byte by byte, for a paragraph of printable ASCII only (each character one
-- column, none wide): the line is s[a .. a+len-1], filled a whole run at a time, and no
-- character is split out of s.
local function wrap_ascii(s, width, lines)
  local byte, n = string.byte, #s
  local a, len, i = 1, 0, 1        -- the line is s[a .. a+len-1]; i is the next byte to place
  local function flush(upto)
    local last = a + upto - 1
    while last >= a and byte(s, last) == 32 do last = last - 1 end   -- trailing spaces go
    local line = s:sub(a, last)
    lines[#lines + 1] = line
    if not STR_WIDTH[line] then remember(line, #line) end
    local e = a + len - 1
    a = a + upto
    while a <= e and byte(s, a) == 32 do a = a + 1 end
    len = e - a + 1
  end
  local function break_point()
    local e = a + len - 1
    for k = e, a, -1 do
      if e - k + 1 > width then break end      -- what is carried over, plus the next byte
      if not NO_START_BYTE[byte(s, k + 1)] and BREAK_AFTER_BYTE[byte(s, k)] then
        return k - a + 1
      end
    end
    return len
  end
  while i <= n do
    local room = width - len
    if n - i + 1 <= room then
      len = len + (n - i + 1)
      break
    end
    len, i = len + room, i + room
    -- s[i] does not fit on the line (len >= width >= 1)
    if byte(s, i) == 32 then
      flush(len)
      a = i + 1                    -- a space at a break disappears
    else
      flush(break_point())
      len = len + 1
    end
    i = i + 1
  end
  if len > 0 or #lines == 0 then flush(len) end
end

-- One paragraph wider than `width`, w columns wide, wrapped into lines. As wide as it is long,
-- it holds printable ASCII (and bytes that are not UTF-8, one column each, which no rule names)
-- only: without `**`, it takes the byte path.
local function wrap_para(para, w, width, lines)
  if w == #para and not para:find(MARK, 1, true) then wrap_ascii(para, width, lines)
  else wrap_paragraph(para, width, lines) end
end

--- s wrapped into an array of lines, each at most `width` columns (a fraction dropped; a single
-- character wider than `width` still gets a line of its own). Existing newlines are kept as line breaks.
-- `**bold**` text (cica.search's match markers) is never split across lines when it fits on
-- one, a `**` marker is never split into two `*`, and bold text wider than a line is cut into
-- pieces that each carry both markers.
function M.wrap(s, width)
  if type(width) ~= "number" then argerror("wrap", "columns_arg", width, 2) end
  s = tostring(s)
  local lines = {}
  -- whole columns; NaN sets no limit (nor does math.huge)
  if width % 1 ~= 0 then
    if width ~= width then width = math.huge else width = whole(width) end
  end
  if width < 1 then width = 1 end
  -- a string never takes more columns than it has bytes: a short one is not measured
  if not s:find("\n", 1, true) then     -- one paragraph (a final \r is dropped, as below)
    local para = s:byte(-1) == 13 and s:sub(1, -2) or s
    local w = #para <= width and 0 or M.width(para)
    if w <= width then
      lines[1] = para
    else
      wrap_para(para, w, width, lines)
    end
    return lines
  end
  for para in (s .. "\n"):gmatch("(.-)\r?\n") do
    local w = #para <= width and 0 or M.width(para)
    if w <= width then
      lines[#lines + 1] = para
    else
      wrap_para(para, w, width, lines)
    end
  end
  return lines
end

-- Natural ordering ("C2" before "C10") is cica.natural's; reports reach it here too (docs/reports.md).
M.natural_less = require("cica.natural").less

return M
