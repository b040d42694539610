-- Lenient answer matching for the quiz. Pure: no dataset access, no I/O.
--
-- An answer matches when both sides reduce to the same key after: full-width → half-width,
-- traditional → simplified characters (a map built from the dataset's aligned name pairs plus a
-- hand list), case and Latin diacritics folded, punctuation dropped, spaces dropped.
-- Years and counts compare as numbers ("2006年", "２００６", "第四届" and "4th" all work).
local M = {}

local char = utf8.char

-- The longest answer the matcher looks at, in bytes: far above any real answer (the longest
-- accepted names are under 100 characters), low enough that judging stays instant. Longer input
-- matches nothing (and cica.quiz.session counts such an answer as wrong, saying why).
M.MAX_INPUT = 1000

-- Traditional → simplified pairs for characters common in prompts, answers and place names,
-- written as one traditional character followed by its simplified form. The dataset's aligned
-- names add many more (see M.build_fold); this list covers what a user may type that the
-- dataset does not happen to contain.
M.HAND = table.concat {
  "國国會会議议亞亚聯联蘭兰爾尔薩萨屬属統统總总長长門门問问題题當当時时間间屆届舉举辦办",
  "處处書书務务員员與与為为這这個个們们來来於于後后從从東东歐欧組组織织際际協协調调關关",
  "係系發发區区開开約约現现實实內内兩两萬万億亿華华韓韩雙双邊边構构義义權权衛卫軍军戰战",
  "對对話话條条規规則则機机職职選选擇择確确錯错誤误應应該该請请輸输項项將将鄰邻壇坛團团",
  "體体語语論论證证據据聲声稱称歷历紀纪錄录號号裡里裏里麼么嗎吗還还沒没讓让說说認认識识",
  "參参觀观羅罗烏乌茲兹別别庫库達达緬缅撾挝馬马賓宾敘叙險险陸陆灣湾島岛嶼屿澤泽圖图紐纽",
  "線线執执擔担續续設设遷迁換换數数幾几創创過过簽签夥伙匯汇報报進进遠远運运動动隊队",
  "價价倫伦傳传億亿優优兒儿黨党劃划勞劳勢势區区協协衛卫參参雜杂與与夢梦頭头寶宝對对",
  "導导層层屆届歲岁幣币齊齐爭争產产畫画義义習习鄉乡頁页順顺須须預预領领頻频類类風风",
  "飛飞館馆駐驻體体鬥斗魯鲁鮮鲜麗丽黃黄齡龄龍龙灣湾縣县營营獨独環环產产畢毕盡尽",
  "監监盤盘礎础禮礼穩稳競竞筆笔範范築筑簡简紅红級级紛纷細细終终結结給给絡络維维綜综",
  "網网緊紧練练繼继續续纖纤罰罚聞闻聽听職职膽胆臨临興兴艦舰莊庄萊莱葉叶蕭萧薦荐藝艺",
  "蘇苏號号蟲虫術术衝冲補补製制複复襲袭見见規规視视覺觉親亲觸触計计訊讯訓训記记設设",
  "許许訪访評评詢询試试詩诗話话誌志認认課课調调談谈請请諸诸諾诺謀谋講讲謝谢證证",
  "譯译護护變变讚赞豐丰貝贝負负財财責责貿贸費费資资賣卖質质購购贊赞趨趋軌轨軟软輪轮",
  "輕轻載载轉转辭辞農农邁迈還还鄭郑醫医釋释針针鋼钢錢钱鎮镇鐵铁鑒鉴閉闭閣阁閱阅隊队",
  "陽阳際际隨随險险雖虽雙双雞鸡離离難难電电靜静響响頓顿頒颁領领題题額额顏颜顧顾",
}

-- Latin letters with diacritics → base letter (Türkiye, Çınar, Nur-Sultan's "Nūr"), for users
-- who type without them. Lower case only: upper case is folded first.
local LATIN = {
  ["à"] = "a", ["á"] = "a", ["â"] = "a", ["ã"] = "a", ["ä"] = "a", ["å"] = "a", ["ā"] = "a",
  ["ç"] = "c", ["č"] = "c", ["è"] = "e", ["é"] = "e", ["ê"] = "e", ["ë"] = "e", ["ē"] = "e",
  ["ğ"] = "g", ["ì"] = "i", ["í"] = "i", ["î"] = "i", ["ï"] = "i", ["ı"] = "i", ["ī"] = "i",
  ["ñ"] = "n", ["ò"] = "o", ["ó"] = "o", ["ô"] = "o", ["õ"] = "o", ["ö"] = "o", ["ō"] = "o",
  ["ş"] = "s", ["š"] = "s", ["ù"] = "u", ["ú"] = "u", ["û"] = "u", ["ü"] = "u", ["ū"] = "u",
  ["ý"] = "y", ["ÿ"] = "y", ["ž"] = "z", ["ə"] = "a",
}
local LATIN_UPPER = {
  ["À"] = "à", ["Á"] = "á", ["Â"] = "â", ["Ã"] = "ã", ["Ä"] = "ä", ["Å"] = "å", ["Ā"] = "ā",
  ["Ç"] = "ç", ["Č"] = "č", ["È"] = "è", ["É"] = "é", ["Ê"] = "ê", ["Ë"] = "ë", ["Ē"] = "ē",
  ["Ğ"] = "ğ", ["Ì"] = "ì", ["Í"] = "í", ["Î"] = "î", ["Ï"] = "ï", ["İ"] = "i", ["Ī"] = "ī",
  ["Ñ"] = "ñ", ["Ò"] = "ò", ["Ó"] = "ó", ["Ô"] = "ô", ["Õ"] = "õ", ["Ö"] = "ö", ["Ō"] = "ō",
  ["Ş"] = "ş", ["Š"] = "š", ["Ù"] = "ù", ["Ú"] = "ú", ["Û"] = "û", ["Ü"] = "ü", ["Ū"] = "ū",
  ["Ý"] = "ý", ["Ž"] = "ž", ["Ə"] = "ə",
}

-- Punctuation that never changes what an answer means.
local DROP = {}
for _, c in utf8.codes("'\"`.,;:!?()[]{}·・’‘“”«»《》〈〉「」『』、。，；：！？（）") do DROP[char(c)] = true end
local SPACE = {}
for _, c in utf8.codes("-_/\\–—\t\n\r\194\160") do SPACE[char(c)] = true end

local function chars(s)
  local out = {}
  for _, c in utf8.codes(s) do out[#out + 1] = char(c) end
  return out
end

-- Add the characters of one aligned pair (same length, position by position) to `map`.
-- The two strings are walked together by code point; a character is made into a string only
-- where the two differ (most pairs differ in a few characters, many in none).
local function add_pair(map, hans, hant)
  if type(hans) ~= "string" or type(hant) ~= "string" then return end
  if not utf8.len(hans) or utf8.len(hans) ~= utf8.len(hant) then return end
  if hans == hant then return end
  local codepoint, q = utf8.codepoint, 1
  for _, ca in utf8.codes(hans) do
    local cb = codepoint(hant, q)
    q = q + (cb < 0x80 and 1 or cb < 0x800 and 2 or cb < 0x10000 and 3 or 4)
    -- Only CJK characters (3 bytes or more): aligned strings may still differ in digits or Latin.
    if ca ~= cb and ca >= 0x800 and cb >= 0x800 then
      local b = char(cb)
      if map[b] == nil then map[b] = char(ca) end
    end
  end
end

-- Build a traditional → simplified character map from pairs {hans, hant} (or {[1], [2]}).
-- Pairs must be the same text in both scripts (a row's name_hans and name_hant), never two
-- different names: same-length strings are aligned character by character.
function M.build_fold(pairs, map)
  map = map or {}
  for _, p in ipairs(pairs or {}) do add_pair(map, p.hans or p[1], p.hant or p[2]) end
  local hand = chars(M.HAND)
  for i = 1, #hand - 1, 2 do map[hand[i]] = hand[i + 1] end -- the hand list has the last word
  return map
end

-- Full-width forms (U+FF01–FF5E) and the ideographic space → ASCII.
local function halfwidth(c)
  local cp = utf8.codepoint(c)
  if cp >= 0xFF01 and cp <= 0xFF5E then return string.char(cp - 0xFEE0) end
  if cp == 0x3000 then return " " end
  return c
end

-- What one character (a string) becomes: width, script, case, diacritics; a separator → " ",
-- punctuation → "".
local function fold_char(c, fold)
  c = halfwidth(c)
  c = (fold and fold[c]) or c
  c = LATIN_UPPER[c] or c:lower()
  c = LATIN[c] or c
  if SPACE[c] then c = " " end
  if DROP[c] then c = "" end
  return c
end

-- fold_char of every character met, per fold map (nil: none): string.gsub looks characters up
-- here, and a character is worked out once. Weak keys: a fold map goes with its session.
local char_memo = setmetatable({}, { __mode = "k" })
local NO_FOLD = {}

local function memo_for(fold)
  local key = fold or NO_FOLD
  local memo = char_memo[key]
  if not memo then
    memo = setmetatable({}, { __index = function(t, c)
      local v
      if fold == nil and #c == 3 and c:byte(1) ~= 0xEF and c ~= "\227\128\128" then
        -- a three-byte character outside the full-width forms and not the ideographic space
        -- (most CJK): no width, case or diacritic to fold (LATIN's letters are two bytes), so
        -- fold_char would only drop it or make it a space
        v = (SPACE[c] and " ") or (DROP[c] and "") or c
      else
        v = fold_char(c, fold)
        if v:find("^%s$") then v = " " end -- every space character counts as one space
      end
      t[c] = v
      return v
    end })
    char_memo[key] = memo
  end
  return memo
end

-- One UTF-8 character (the input is valid UTF-8 when it is used).
local CHAR = "[\0-\127\194-\244][\128-\191]*"

-- Fold one string: width, script, case, diacritics; punctuation dropped, separators → one space.
-- One pass of string.gsub maps each character through the memo (see memo_for), then runs of
-- spaces become one and the ends are trimmed.
-- The memo of the ASCII characters without a fold map, complete (see normalize).
local ascii_memo

local function normalize(s, fold)
  if s == nil then return "" end
  s = tostring(s)
  if fold == nil and not s:find("[\128-\255]") then
    -- ASCII only: one byte is one character, and "." finds it faster than CHAR does
    if not ascii_memo then
      local memo = memo_for(nil)
      ascii_memo = {}
      for b = 0, 127 do ascii_memo[string.char(b)] = memo[string.char(b)] end
    end
    s = s:gsub(".", ascii_memo)
  else
    if not utf8.len(s) then s = s:gsub("[\128-\255]", "") end -- invalid UTF-8: keep the ASCII
    s = s:gsub(CHAR, memo_for(fold))
  end
  if s:find(" ", 1, true) then
    if s:find("  ", 1, true) then s = s:gsub(" +", " ") end
    if s:byte(1) == 32 then s = s:sub(2) end
    if s:byte(-1) == 32 then s = s:sub(1, -2) end
  end
  return s
end
M.normalize = normalize

-- The comparison key of a string: see the header. `fold` is a map from M.build_fold.
-- Spaces go too, so "Sri Lanka", "sri-lanka" and "SriLanka" agree; a leading "the" goes.
function M.key(s, fold)
  local t = normalize(s, fold)
  if t:sub(1, 4) == "the " then t = t:sub(5) end
  if t:find(" ", 1, true) then t = t:gsub(" ", "") end
  return t
end

local CN_DIGIT = { ["零"] = 0, ["〇"] = 0, ["一"] = 1, ["二"] = 2, ["两"] = 2, ["兩"] = 2, ["三"] = 3,
  ["四"] = 4, ["五"] = 5, ["六"] = 6, ["七"] = 7, ["八"] = 8, ["九"] = 9 }
local CN_UNIT = { ["十"] = 10, ["百"] = 100, ["千"] = 1000 }

-- Chinese numerals up to 9999 ("十六", "二十八", "二〇〇六"); nil if `s` is anything else.
local function chinese_number(s)
  local list, digits_only = {}, true
  for _, cp in utf8.codes(s) do
    local c = char(cp)
    if not CN_DIGIT[c] and not CN_UNIT[c] then return nil end
    if not CN_DIGIT[c] then digits_only = false end
    list[#list + 1] = c
  end
  if #list == 0 then return nil end
  local n, digit = 0, nil
  if digits_only then -- read digit by digit, as years are: 二〇〇六
    for _, c in ipairs(list) do n = n * 10 + CN_DIGIT[c] end
    return n
  end
  for _, c in ipairs(list) do -- read by units: 二十八
    if CN_DIGIT[c] then digit = CN_DIGIT[c]
    else n, digit = n + (digit or 1) * CN_UNIT[c], nil end
  end
  return n + (digit or 0)
end

-- English number words: "twenty-eight", "twenty-eighth", "fourth", "two thousand and six".
local EN_UNIT = { zero = 0, one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7,
  eight = 8, nine = 9, ten = 10, eleven = 11, twelve = 12, thirteen = 13, fourteen = 14,
  fifteen = 15, sixteen = 16, seventeen = 17, eighteen = 18, nineteen = 19,
  first = 1, second = 2, third = 3, fourth = 4, fifth = 5, sixth = 6, seventh = 7, eighth = 8,
  ninth = 9, tenth = 10, eleventh = 11, twelfth = 12, thirteenth = 13, fourteenth = 14,
  fifteenth = 15, sixteenth = 16, seventeenth = 17, eighteenth = 18, nineteenth = 19 }
local EN_TENS = { twenty = 20, thirty = 30, forty = 40, fifty = 50, sixty = 60, seventy = 70,
  eighty = 80, ninety = 90, twentieth = 20, thirtieth = 30, fortieth = 40, fiftieth = 50,
  sixtieth = 60, seventieth = 70, eightieth = 80, ninetieth = 90 }
local EN_SCALE = { hundred = 100, hundredth = 100, thousand = 1000, thousandth = 1000 }
local EN_NOISE = { the = true, ["and"] = true, a = true }

-- The number English words state (below 10 000), or nil if `t` (normalized) is anything else.
local function english_number(t)
  local total, cur, any = 0, 0, false
  for w in t:gmatch("%S+") do
    if EN_UNIT[w] then cur = cur + EN_UNIT[w]; any = true
    elseif EN_TENS[w] then cur = cur + EN_TENS[w]; any = true
    elseif EN_SCALE[w] then
      if EN_SCALE[w] == 100 then cur = (cur == 0 and 1 or cur) * 100
      else total = total + (cur == 0 and 1 or cur) * 1000; cur = 0 end
      any = true
    elseif not EN_NOISE[w] then return nil end
  end
  if not any then return nil end
  return total + cur
end

-- Words around a number that do not change it: 第四届, 16个, 2006年, 4th, "in 2006".
local NUMBER_NOISE = { "第", "届", "屆", "次", "个", "個", "名", "年", "位", "国", "國", "家" }

-- The number an answer states, or nil. Full-width digits count; so do Chinese numerals.
-- With kind "year", a date ("2006-06-17", "2006年6月") states its year.
function M.number(s, kind)
  if type(s) == "string" and #s > M.MAX_INPUT then return nil end
  local t = normalize(s)
  if kind == "year" then
    -- (年月日 are multi-byte: turn them into spaces before using a byte pattern). Runs of spaces
    -- become one, so that " +" and " *" below cannot backtrack over each other (quadratic time).
    local d = t:gsub("年", " "):gsub("月", " "):gsub("日", " "):gsub(" +", " ")
    local y = d:match("^(%d%d%d%d) +%d%d? *%d?%d? *$")
    if y then return math.tointeger(tonumber(y)) end
  end
  local n, rest = t:match("^%D*(%d+)(.*)$") -- the first run of digits
  if n then
    -- a second number ("2004 or 2006") is no single answer
    if rest:match("%d") then return nil end
    return math.tointeger(tonumber(n))
  end
  local en = english_number(t)
  if en then return en end
  t = t:gsub("%s", "")
  for _, w in ipairs(NUMBER_NOISE) do t = t:gsub(w, "") end
  return chinese_number(t)
end

-- The 1-based choice a letter names ("b", "B", "(b)", "Ｂ"), or nil. Only letters within n.
function M.letter(s, n)
  if type(s) == "string" and #s > M.MAX_INPUT then return nil end
  local k = M.key(s)
  if #k ~= 1 or not k:match("%a") then return nil end
  local i = k:byte() - ("a"):byte() + 1
  if i >= 1 and i <= n then return i end
  return nil
end

-- Administrative words after a place name that do not change which place is meant: 北京市,
-- 阿拉木图市, 新疆维吾尔自治区, "Almaty City", "Almaty Region". Keys (folded, no spaces).
M.ADMIN_SUFFIXES = { "特别行政区", "自治区", "自治州", "市", "省", "州", "县", "区", "city", "province",
  "region", "oblast", "prefecture" }

-- The key without one administrative suffix, or nil when it has none (or nothing would be left
-- but one character: 州 alone, or 杭州 → 杭, is no place name).
local function without_suffix(k)
  for _, suf in ipairs(M.ADMIN_SUFFIXES) do
    if #k > #suf and k:sub(-#suf) == suf then
      local rest = k:sub(1, -#suf - 1)
      if utf8.len(rest) and utf8.len(rest) >= 2 then return rest end
    end
  end
  return nil
end
M.without_suffix = without_suffix

-- Whether `input` states `option`: {text=, accept={...}, kind="year"|"number"|nil, value=}.
-- A typed name may carry an administrative suffix the option's spellings lack (北京市 for 北京).
function M.option(input, option, fold)
  if type(input) == "string" and #input > M.MAX_INPUT then return false end
  if option.kind == "year" or option.kind == "number" then
    local n = M.number(input, option.kind)
    if n ~= nil then return n == option.value end
  end
  local k = M.key(input, fold)
  if k == "" then return false end
  local short = without_suffix(k)
  local function is(s)
    local sk = M.key(s, fold)
    return k == sk or (short ~= nil and short == sk)
  end
  if is(option.text) then return true end
  for _, a in ipairs(option.accept or {}) do
    if is(a) then return true end
  end
  return false
end

-- A matcher bound to one fold map: matcher:option(input, opt), matcher:key(s).
function M.new(fold)
  local self = { fold = fold or M.build_fold({}) }
  function self.key(_, s) return M.key(s, self.fold) end
  function self.option(_, input, opt) return M.option(input, opt, self.fold) end
  function self.letter(_, input, n) return M.letter(input, n) end
  function self.number(_, input, kind) return M.number(input, kind) end
  return self
end

return M
