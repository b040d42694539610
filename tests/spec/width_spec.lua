-- cica.width: display width of UTF-8 text. Runs under plain `busted` and under `busted --lua=cica`.
package.path = "lua/?.lua;" .. package.path
local W = require "cica.width"


-- Runs f with English as the display language, then puts the language back.
local in_english = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "support/english.lua")

describe("cica.width", function()
  describe("width", function()
    it("counts ASCII one column per character", function()
      assert.are.equal(0, W.width(""))
      assert.are.equal(5, W.width("hello"))
    end)
    it("counts Chinese characters and fullwidth forms as two columns", function()
      assert.are.equal(4, W.width("中国"))
      assert.are.equal(10, W.width("哈萨克斯坦"))
      assert.are.equal(10, W.width("哈薩克斯坦"))
      assert.are.equal(2, W.width("，"))           -- U+FF0C fullwidth comma
      assert.are.equal(2, W.width("Ａ"))           -- U+FF21 fullwidth A
      assert.are.equal(2, W.width("￥"))           -- U+FFE5 fullwidth yen
      assert.are.equal(2, W.width("。"))           -- U+3002 ideographic full stop
      assert.are.equal(2, W.width("　"))           -- U+3000 ideographic space
    end)
    it("counts kana, hangul and CJK extension characters as two columns", function()
      assert.are.equal(6, W.width("ひらが"))
      assert.are.equal(4, W.width("カナ"))
      assert.are.equal(4, W.width("한국"))
      assert.are.equal(2, W.width("㐀"))           -- U+3400 Extension A
      assert.are.equal(2, W.width("\u{20000}"))    -- Extension B
    end)
    it("mixes widths", function()
      assert.are.equal(13, W.width("CICA 亚信会议"))
    end)
    it("counts combining marks as zero columns", function()
      assert.are.equal(1, W.width("e\u{301}"))     -- e + combining acute
      assert.are.equal(2, W.width("Ü\u{308}n"))
      assert.are.equal(0, W.width("\u{200B}"))     -- zero width space
    end)
    it("keeps ambiguous-width characters (box drawing, ellipsis, blocks) at one column", function()
      assert.are.equal(3, W.width("┌─┐"))
      assert.are.equal(1, W.width("…"))
      assert.are.equal(2, W.width("█▏"))
      assert.are.equal(1, W.width("é"))
    end)
    it("counts control characters as zero", function()
      assert.are.equal(2, W.width("a\tb"))
    end)
    it("measures invalid UTF-8 one column per bad byte instead of raising", function()
      assert.are.equal(3, W.width("a\xFFb"))
    end)
  end)

  describe("valid and check", function()
    it("accepts valid UTF-8", function()
      assert.is_true(W.valid("亚信 CICA"))
      assert.are.equal("中", W.check("中"))
    end)
    it("rejects invalid UTF-8 and says where", function()
      local ok, pos = W.valid("ab\xC3")
      assert.is_false(ok)
      assert.are.equal(3, pos)
      in_english(function()
        assert.has_error(function() W.check("ab\xFF", "name") end,
          "name is not valid UTF-8 (bad byte at position 3)")
      end)
    end)
  end)

  describe("pad", function()
    it("pads by display width, left by default", function()
      assert.are.equal("中国  ", W.pad("中国", 6))
      assert.are.equal("  中国", W.pad("中国", 6, "right"))
      assert.are.equal(" 中国 ", W.pad("中国", 6, "center"))
      assert.are.equal("ab   ", W.pad("ab", 5, "left"))
    end)
    it("puts the odd space on the right when centring", function()
      assert.are.equal(" ab  ", W.pad("ab", 5, "center"))
    end)
    it("leaves strings that are already wide enough alone", function()
      assert.are.equal("哈萨克斯坦", W.pad("哈萨克斯坦", 4))
    end)
    it("accepts numbers", function()
      assert.are.equal("  42", W.pad(42, 4, "right"))
    end)
    it("drops the fraction of a width (it raised 'number has no integer representation')", function()
      assert.are.equal("ab   ", W.pad("ab", 5.5))
      assert.are.equal("  ab", W.pad("ab", 4.9, "right"))
      assert.are.equal(" ab  ", W.pad("ab", 5.5, "center"))
      assert.are.equal("ab", W.pad("ab", -math.huge))
    end)
    it("refuses a width with no end to pad to", function()
      in_english(function()
        assert.has_error(function() W.pad("ab", math.huge) end,
          "cica.width.pad: expected a number of columns as argument 2, got inf")
      end)
      assert.has_error(function() W.pad("ab", 0 / 0) end)
    end)
  end)

  describe("truncate", function()
    it("leaves short strings alone", function()
      assert.are.equal("中国", W.truncate("中国", 4))
    end)
    it("cuts to the width with an ellipsis", function()
      assert.are.equal("hell…", W.truncate("hello world", 5))
      assert.are.equal("哈萨…", W.truncate("哈萨克斯坦", 5))
      assert.are.equal("哈…", W.truncate("哈萨克斯坦", 4))   -- a wide char never straddles the edge
      assert.is_true(W.width(W.truncate("哈萨克斯坦", 4)) <= 4)
    end)
    it("handles tiny widths", function()
      assert.are.equal("…", W.truncate("中国", 1))
      assert.are.equal("", W.truncate("中国", 0))
    end)
  end)

  describe("wrap", function()
    it("returns one line for short text", function()
      assert.are.same({ "short" }, W.wrap("short", 10))
      assert.are.same({ "" }, W.wrap("", 10))
    end)
    it("breaks Latin text at spaces", function()
      assert.are.same({ "the quick", "brown fox", "jumps" }, W.wrap("the quick brown fox jumps", 10))
    end)
    it("breaks after hyphens and slashes before breaking inside a word", function()
      assert.are.same({ "australia-", "lebanon" }, W.wrap("australia-lebanon", 12))
      assert.are.same({ "https://a.org/", "page" }, W.wrap("https://a.org/page", 15))
    end)
    it("breaks long words where it must", function()
      assert.are.same({ "abcde", "fghij", "k" }, W.wrap("abcdefghijk", 5))
    end)
    it("breaks Chinese text between characters, by display width", function()
      local lines = W.wrap("亚洲相互协作与信任措施会议", 8)
      assert.are.same({ "亚洲相互", "协作与信", "任措施会", "议" }, lines)
      for _, l in ipairs(lines) do assert.is_true(W.width(l) <= 8) end
    end)
    it("does not start a line with closing punctuation", function()
      local lines = W.wrap("一二三，四五", 6)
      assert.are.same({ "一二", "三，四", "五" }, lines)
    end)
    it("carries a character over rather than start a line with a run of punctuation", function()
      assert.are.same({ "一二三四", "五），六" }, W.wrap("一二三四五），六", 12))
      -- nor an opening one end it
      assert.are.same({ "一二三四", "（\"036\"）" }, W.wrap("一二三四（\"036\"）", 10))
      assert.are.same({ "一二三四五", "六）。" }, W.wrap("一二三四五六）。", 12))
    end)
    it("keeps existing line breaks", function()
      assert.are.same({ "a", "b c" }, W.wrap("a\nb c", 10))
    end)
    it("keeps **bold** text whole on one line when it fits (search's match markers)", function()
      assert.are.same({ "亚信秘书处", "**阿拉木图**", "文件" }, W.wrap("亚信秘书处 **阿拉木图** 文件", 14))
      assert.are.same({ "2006-06-17 ·", "**阿拉木图** ·", "**阿拉木圖** · 哈萨", "克斯坦" },
        W.wrap("2006-06-17 · **阿拉木图** · **阿拉木圖** · 哈萨克斯坦", 20))
      assert.are.same({ "abcdefgh", "**bold**" }, W.wrap("abcdefgh**bold**", 10))
      assert.are.same({ "see", "**Almaty**", "**Act**" }, W.wrap("see **Almaty Act**", 12))
    end)
    it("cuts **bold** text wider than a line into pieces that each carry both markers", function()
      assert.are.same({ "abc", "**bold**", "**text**", "def" }, W.wrap("abc **bold text** def", 10))
      assert.are.same({ "**中中**", "**中中**", "**中**" }, W.wrap("**中中中中中**", 9))
      assert.are.same({ "x", "**aaaaaa**", "**aaaa** y" }, W.wrap("x **aaaaaaaaaa** y", 10))
    end)
    it("treats \\1…\\2 (bold on a terminal, zero columns wide) as marked text too", function()
      local function wrap(s, w)
        local out = {}
        for i, l in ipairs(W.wrap(s, w)) do out[i] = l:gsub("\1", "<"):gsub("\2", ">") end
        return out
      end
      assert.are.same({ "2006-06-17 ·", "<阿拉木图> · <阿拉木圖>", "· 哈萨克斯坦" },
        wrap("2006-06-17 · \1阿拉木图\2 · \1阿拉木圖\2 · 哈萨克斯坦", 20))
      assert.are.same({ "abc", "<bold text>", "def" }, wrap("abc \1bold text\2 def", 10))
      assert.are.same({ "<中中中中>", "<中中中中>", "<中中>" }, wrap("\1中中中中中中中中中中\2", 9))
    end)
    it("never splits a ** marker into two *", function()
      assert.are.same({ "a", "**", "b" }, W.wrap("a ** b", 3))
      assert.are.same({ "abc**" }, W.wrap("abc**", 5))
      assert.are.same({ "abcd", "**" }, W.wrap("abcd**", 5))
    end)
    it("balances the markers of every line and keeps the text, at every width", function()
      local texts = {
        "2006-06-17 · **阿拉木图** · **阿拉木圖** · 哈萨克斯坦 · Kazakhstan",
        "**亚洲相互协作与信任措施会议**第四次峰会在**上海**举行，**2014**-05-20",
        "the **Almaty Act** of **2002**, adopted at the first summit",
      }
      for _, text in ipairs(texts) do
        local plain = text:gsub("%*%*", ""):gsub("%s", "")
        for w = 6, 40 do
          local lines = W.wrap(text, w)
          local joined = {}
          for _, l in ipairs(lines) do
            assert.is_true(W.width(l) <= w, l)
            local _, marks = l:gsub("%*%*", "")
            assert.are.equal(0, marks % 2, ("width %d: %q"):format(w, l))
            assert.is_nil(l:match("^%*[^*]"), l)
            assert.is_nil(l:match("[^*]%*$"), l)
            joined[#joined + 1] = l:gsub("%*%*", ""):gsub("%s", "")
          end
          assert.are.equal(plain, table.concat(joined), "width " .. w)
        end
      end
    end)
    it("never returns a line wider than asked, except a lone wide character", function()
      local text = "CICA 亚信会议 was proposed in 1992 by 哈萨克斯坦 president Nazarbayev."
      for w = 2, 20 do
        for _, l in ipairs(W.wrap(text, w)) do assert.is_true(W.width(l) <= w, l) end
      end
    end)
  end)

  describe("natural_less", function()
    it("orders runs of digits as numbers (issue 17: .sources showed C1, C10, C12, C2)", function()
      local t = { "C10", "C2", "C12", "C1", "seed010", "seed004", "A10", "A9", "B", "10", "9" }
      table.sort(t, W.natural_less)
      assert.are.same({ "9", "10", "A9", "A10", "B", "C1", "C2", "C10", "C12", "seed004", "seed010" }, t)
    end)
    it("is a strict order: false both ways only for equal strings", function()
      assert.is_false(W.natural_less("C2", "C2"))
      assert.is_true(W.natural_less("C01", "C1") ~= W.natural_less("C1", "C01"))
      assert.is_true(W.natural_less(2, 10))
    end)
  end)
end)
