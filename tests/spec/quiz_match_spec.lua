-- The lenient matcher: what a typed answer may look like and still count.
package.path = "lua/?.lua;" .. package.path
local match = require "cica.quiz.match"

describe("quiz matcher keys", function()
  local fold = match.build_fold({ { "韩国", "韓國" }, { hans = "阿拉木图", hant = "阿拉木圖" } })
  local function same(a, b) assert.equals(match.key(a, fold), match.key(b, fold)) end

  it("ignores case and surrounding or inner spaces", function()
    same("  Republic of Korea ", "republic of korea")
    same("Sri Lanka", "srilanka")
    same("\tKR\n", "kr")
  end)

  it("folds full-width letters, digits and spaces", function()
    same("ＫＲ", "KR")
    same("２００６", "2006")
    same("Ｓｒｉ\u{3000}Ｌａｎｋａ", "Sri Lanka")
  end)

  it("folds traditional characters to simplified", function()
    same("韓國", "韩国")
    same("韩國", "韩国") -- mixed scripts too
    same("阿拉木圖", "阿拉木图")
    same("觀察員", "观察员") -- from the hand list, not the pairs
  end)

  it("folds Latin diacritics, punctuation and a leading 'the'", function()
    same("Türkiye", "Turkiye")
    same("Çınar Aldemir", "cinar aldemir")
    same("Nur-Sultan", "Nur Sultan")
    same("U.S.", "US")
    same("The Philippines", "Philippines")
    same("「上海」", "上海")
  end)

  it("does not make different answers equal", function()
    assert.are_not.equal(match.key("Korea", fold), match.key("KR", fold))
    assert.are_not.equal(match.key("上海", fold), match.key("北京", fold))
    assert.equals("", match.key("   ", fold))
    assert.equals("", match.key(nil, fold))
  end)

  it("survives invalid UTF-8", function()
    assert.equals("ab", match.key("a\255b"))
  end)
end)

describe("quiz fold map", function()
  it("pairs characters of aligned names position by position", function()
    local map = match.build_fold({ { "哈萨克斯坦", "哈薩克斯坦" } })
    assert.equals("萨", map["薩"])
    assert.is_nil(map["哈"]) -- identical characters need no entry
  end)

  it("skips pairs of different lengths", function()
    local map = match.build_fold({ { "阿联酋", "阿拉伯聯合大公國" } })
    assert.is_nil(map["拉"])
  end)

  it("keeps the hand list", function()
    local map = match.build_fold({})
    assert.equals("国", map["國"])
    assert.equals("会", map["會"])
  end)
end)

describe("quiz numbers", function()
  it("reads years in the usual spellings", function()
    for _, s in ipairs { "2006", " 2006 ", "２００６", "2006年", "in 2006", "二〇〇六", "2006-06-17",
      "2006年6月17日" } do
      assert.equals(2006, match.number(s, "year"), s)
    end
  end)

  it("reads counts and ordinals", function()
    assert.equals(16, match.number("16"))
    assert.equals(16, match.number("十六"))
    assert.equals(28, match.number("二十八个"))
    assert.equals(4, match.number("第四届"))
    assert.equals(4, match.number("4th"))
    assert.equals(105, match.number("一百零五"))
  end)

  it("refuses two numbers or none", function()
    assert.is_nil(match.number("2004 or 2006"))
    assert.is_nil(match.number("xyzzy"))
    assert.is_nil(match.number(""))
    assert.is_nil(match.number("2006-06-17")) -- a date is only a year when a year is asked
  end)
end)

describe("quiz choice letters", function()
  it("accepts a letter in any usual form", function()
    assert.equals(1, match.letter("a", 4))
    assert.equals(2, match.letter("B", 4))
    assert.equals(2, match.letter("(b)", 4))
    assert.equals(3, match.letter("Ｃ", 4))
    assert.equals(4, match.letter(" d) ", 4))
  end)

  it("refuses letters past the choices and longer words", function()
    assert.is_nil(match.letter("e", 4))
    assert.is_nil(match.letter("kr", 4))
    assert.is_nil(match.letter("", 4))
  end)
end)

describe("quiz options", function()
  local fold = match.build_fold({ { "韩国", "韓國" } })
  local korea = { text = "韩国", accept = { "韓國", "Republic of Korea", "South Korea", "KR" } }
  local y2006 = { text = "2006", kind = "year", value = 2006 }

  it("matches any accepted spelling", function()
    for _, s in ipairs { "韩国", "韓國", "republic of korea", "SOUTH KOREA", "kr", "ＫＲ" } do
      assert.is_true(match.option(s, korea, fold), s)
    end
    assert.is_false(match.option("Korea DPR", korea, fold))
    assert.is_false(match.option("", korea, fold))
  end)

  it("matches years as numbers", function()
    assert.is_true(match.option("２００６年", y2006))
    assert.is_false(match.option("2004", y2006))
    assert.is_false(match.option("xyzzy", y2006))
  end)

  it("binds a fold map in a matcher", function()
    local m = match.new(fold)
    assert.is_true(m:option("韓國", korea))
    assert.equals(2, m:letter("b", 3))
    assert.equals(2006, m:number("2006年", "year"))
  end)
end)

describe("quiz matcher on long input", function()
  local y2006 = { text = "2006", kind = "year", value = 2006 }
  local korea = { text = "韩国", accept = { "KR" } }

  it("looks at no more than MAX_INPUT bytes: longer input matches nothing", function()
    assert.equals(1000, match.MAX_INPUT)
    local long = "2006" .. string.rep(" ", match.MAX_INPUT)
    assert.is_false(match.option(long, y2006))
    assert.is_nil(match.number(long, "year"))
    assert.is_nil(match.letter(string.rep(" ", match.MAX_INPUT) .. "a", 4))
    assert.is_true(match.option("2006" .. string.rep(" ", match.MAX_INPUT - 4), y2006)) -- at the cap: read
    -- unread means uncopied: with the collector stopped, judging 6 MB allocates (almost) nothing
    local huge = string.rep("韩国", 1e6) -- 6 MB
    collectgarbage("stop")
    local before = collectgarbage("count")
    assert.is_false(match.option(huge, korea))
    local grew = collectgarbage("count") - before
    collectgarbage("restart")
    assert.is_true(grew < 64, ("allocated %.0f KB"):format(grew))
  end)

  it("reads a year in time linear in the input (no backtracking over runs of 年 月 日)", function()
    local saved = match.MAX_INPUT
    match.MAX_INPUT = math.huge
    local ok, err = pcall(function()
      -- "2006年1年年年…x": 年 became spaces that ' +' and ' *' could split in n^2 ways
      -- measured against itself in the same run (no wall-clock limit): ten times the input may
      -- cost about ten times the time, not the hundred a quadratic scan would
      local function cost(n)
        local best = math.huge
        for _ = 1, 3 do
          local t = os.clock()
          for _ = 1, 5 do assert.is_nil(match.number("2006年1" .. string.rep("年", n) .. "x", "year")) end
          best = math.min(best, os.clock() - t)
        end
        return best
      end
      local small, large = cost(4000), cost(40000)
      assert.is_true(large < 35 * math.max(small, 1e-4), ("n=4000: %.4f s, n=40000: %.4f s"):format(small, large))
      assert.equals(2006, match.number("2006年6月17日", "year"))
      assert.equals(2006, match.number("2006年 6 月", "year"))
    end)
    match.MAX_INPUT = saved
    assert(ok, err)
  end)
end)

describe("quiz matcher: lenient where students are right", function()
  local fold = match.build_fold({ { hans = "阿拉木图", hant = "阿拉木圖" } })

  it("reads English number words, cardinal and ordinal", function()
    assert.equals(28, match.number("twenty-eight"))
    assert.equals(28, match.number("Twenty Eighth"))
    assert.equals(4, match.number("the fourth"))
    assert.equals(16, match.number("sixteen"))
    assert.equals(2006, match.number("two thousand and six", "year"))
    assert.equals(105, match.number("one hundred and five"))
    assert.is_nil(match.number("twenty apples"))
    assert.is_nil(match.number("hello"))
    assert.is_true(match.option("twenty-eight", { text = "28", kind = "number", value = 28 }))
    assert.is_false(match.option("twenty-seven", { text = "28", kind = "number", value = 28 }))
  end)

  it("accepts a place name with an administrative suffix", function()
    local almaty = { text = "阿拉木图", accept = { "Almaty", "阿拉木圖" } }
    assert.is_true(match.option("阿拉木图市", almaty, fold))
    assert.is_true(match.option("阿拉木圖市", almaty, fold))
    assert.is_true(match.option("Almaty City", almaty, fold))
    assert.is_true(match.option("almaty region", almaty, fold))
    assert.is_true(match.option("北京市", { text = "北京" }, fold))
    assert.is_false(match.option("市", { text = "北京" }, fold))
    -- a suffix is dropped only when two characters or more remain: 杭州 is not 杭
    assert.is_false(match.option("杭州", { text = "杭" }, fold))
    assert.is_false(match.option("上海市", almaty, fold))
  end)
end)

describe("quiz: short forms of persons' names", function()
  local api = require "cica.quiz.api"
  it("takes the surname (last word, or first for a name in Chinese order) and the part after ·", function()
    assert.same({ "Asanov" }, api.short_names { name = { en = "Jandos Asanov", hans = "Jandos Asanov" } })
    assert.same({ "Gong" }, api.short_names { name = { en = "Gong Jianwei", hans = "宫建伟", hant = "宮建偉" } })
    assert.same({ "Mirzozoda", "米尔佐佐达", "米爾佐佐達" }, api.short_names {
      name = { en = "Khabibullo Mirzozoda", hans = "哈比布洛·米尔佐佐达", hant = "哈比布洛·米爾佐佐達" } })
    assert.same({}, api.short_names { name = { en = "Madonna", hans = "麦当娜" } })
  end)
end)
