-- cica.width.wrap of marked text (cica.search's `**` match markers, the terminal's \1…\2): the
-- cases the wrap by runs (a marked span one unit, plain runs placed in bulk) must keep exactly as
-- the character-by-character wrap before it laid them out. Runs under plain `busted` and under
-- `busted --lua=cica`.
package.path = "lua/?.lua;" .. package.path
local W = require "cica.width"

-- A second copy of the module, with memos of its own: what a fresh measurement says.
local function fresh()
  return assert(loadfile("lua/cica/width.lua"))()
end

local function wraps(text, width, want)
  assert.are.same(want, W.wrap(text, width), ("%q at %s columns"):format(text, tostring(width)))
end

describe("cica.width.wrap of marked text", function()
  it("keeps a marked span whole, and breaks before it when it would straddle the break", function()
    wraps("the **Almaty** Act", 12, { "the", "**Almaty**", "Act" })
    wraps("CICA chair **China** and more", 16, { "CICA chair", "**China** and", "more" })
  end)
  it("cuts a span wider than its room into marked pieces, each on a line of its own", function()
    -- 6 columns of text, 9 - 4 = 5 of room between the markers
    wraps("the **Almaty** Act", 9, { "the", "**Almat**", "**y** Act" })
    wraps("**abcdefghijkl** end", 8, { "**abcd**", "**efgh**", "**ijkl**", "end" })
    wraps("see **Conference on Interaction** now", 10,
      { "see", "**Confer**", "**ence**", "**on**", "**Intera**", "**ction**", "now" })
    wraps("**China**", 5, { "**Chi", "na**" })   -- under 6 columns only the markers stay whole
  end)
  it("mixes CJK and Latin text, marked and not, by display width", function()
    wraps("亚信CICA会议**中国**China", 7, { "亚信", "CICA会", "议", "**中**", "**国**C", "hina" })
    wraps("亚信（CICA）**中国**，China", 8, { "亚信", "（CICA）", "**中国**", "，China" })
    wraps("ab **中国中国中国**", 7, { "ab", "**中**", "**国**", "**中**", "**国**", "**中**", "**国**" })
  end)
  it("counts combining and zero-width characters as no column, inside a span too", function()
    wraps("e\u{301}e\u{301}e\u{301} **x\u{200B}y** zz", 5, { "e\u{301}e\u{301}e\u{301}", "**x\u{200B}y", "** zz" })
    wraps("e\u{301}e\u{301}e\u{301} **x\u{200B}y** zz", 7, { "e\u{301}e\u{301}e\u{301}", "**x\u{200B}y**", "zz" })
  end)
  it("counts an emoji as two columns", function()
    wraps("😀😀 **😀** 😀", 4, { "😀😀", "**😀", "**", "😀" })
    wraps("😀😀 **😀** 😀", 6, { "😀😀", "**😀**", "😀" })
  end)
  it("keeps a lone ** whole, and an empty marked span", function()
    wraps("ab ** cd ef", 4, { "ab", "**", "cd", "ef" })
    wraps("ab ****cd ef", 4, { "ab", "****", "cd", "ef" })
    wraps("a *b* c ** d", 3, { "a", "*b*", "c", "**", "d" })
  end)
  it("drops trailing spaces at a break, inside and outside a span", function()
    wraps("**abc   ** de", 6, { "**ab**", "**c**", "****", "de" })
    -- one piece once its spaces are gone: the line goes on after it
    wraps("**abc   ** de", 9, { "**abc**", "de" })
    wraps("abc **de**   ", 5, { "abc", "**de", "**" })
    wraps("abc   ", 4, { "abc", "" })
  end)
  it("wraps \\1…\\2 spans (no column wide) like ** spans", function()
    wraps("x \1China\2 is \1here\2", 6, { "x", "\1China\2", "is", "\1here\2" })
    wraps("\1abcdefgh\2 ij", 4, { "\1abcd\2", "\1efgh\2", "ij" })
  end)
  it("takes a fractional width down to whole columns", function()
    wraps("hello world foo", 5.5, { "hello", "world", "foo" })
    wraps("中国 **China** 亚信", 7.9, { "中国", "**Chi**", "**na**", "亚信" })
  end)
  it("wraps a long run of ideographs line after line, a hexagram (one column) among them", function()
    local t = {}
    for i = 1, 300 do t[i] = utf8.char(0x4E00 + i) end
    local lines = W.wrap(table.concat(t), 9)     -- four to a line: 8 columns
    assert.are.equal(75, #lines)
    for i, line in ipairs(lines) do
      assert.are.equal(table.concat(t, "", 4 * i - 3, 4 * i), line)
    end
    -- U+4DC0 is one column: "䷀" fits beside four ideographs (2 + 1 + 2 + 2 + 2 = 9)
    assert.are.same({ "一丁七万", "丈䷀三上下" }, W.wrap("一丁七万丈䷀三上下", 9))
  end)
  it("remembers for each line the width a fresh measurement gives", function()
    local pieces = { "a", "b", " ", "  ", "-", "/", "**", "*", "\1", "\2", "中", "国", "，", "（", "）",
      "“", "…", "é", "e\u{301}", "\u{200B}", "😀", "\xFF", "\t", "China", "Kazakhstan", "CICA" }
    local other = fresh()
    local seed = 7
    local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n + 1 end
    for _ = 1, 400 do
      local parts = {}
      for i = 1, rand(30) do parts[i] = pieces[rand(#pieces)] end
      local text = table.concat(parts)
      for _, line in ipairs(W.wrap(text, rand(20))) do
        assert.are.equal(other.width(line), W.width(line), ("%q"):format(line))
      end
    end
  end)
end)
