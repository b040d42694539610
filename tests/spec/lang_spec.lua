-- cica.lang: languages, fallback, positional formatting, and the message catalogue (every area
-- complete in all three languages with matching placeholders).
local lang = require "cica.lang"

describe("cica.lang", function()
  it("knows the three display languages and their column suffixes", function()
    assert.same({ "zh-Hans", "zh-Hant", "en" }, lang.codes)
    assert.equal("hant", lang.suffix("zh-Hant"))
    assert.is_true(lang.valid("en"))
    assert.is_false(lang.valid("fr"))
  end)

  it("falls back through the other Chinese script before English", function()
    assert.equal("正", lang.text({ ["zh-Hant"] = "正", en = "E" }, "zh-Hans"))
    assert.equal("简", lang.text({ ["zh-Hans"] = "简", ["zh-Hant"] = "繁" }, "en"))
    assert.equal("x", lang.field({ name_en = "x" }, "name", "zh-Hant"))
    assert.equal("繁", lang.field({ name_hant = "繁", name_hans = "简" }, "name", "zh-Hant"))
    assert.equal("plain", lang.field({ name = "plain" }, "name", "en"))
  end)

  it("formats positional placeholders", function()
    assert.equal("2014年，上海", lang.format("%2$d年，%1$s", "上海", 2014))
    assert.equal("50% a", lang.format("50%% %s", "a"))
  end)

  it("looks messages up by area and key, and refuses an unknown key", function()
    assert.equal("共 3 行", lang.t("report.rows", "zh-Hans", 3))
    assert.equal("3 rows", lang.t("report.rows", "en", 3))
    assert.has_error(function() lang.t("report.no_such_key", "en") end, 'cica.lang: no message "report.no_such_key"')
  end)

  it("rejects an area with a missing language or mismatched placeholders", function()
    assert.has_error(function() lang.check_area("x", { k = { ["zh-Hans"] = "a", en = "b" } }) end,
      "cica.messages.x: k has no zh-Hant text")
    assert.has_error(function()
      lang.check_area("x", { k = { ["zh-Hans"] = "%d 行", ["zh-Hant"] = "%d 行", en = "%s rows" } })
    end, "cica.messages.x: k: the en text has placeholders s, zh-Hans has d")
  end)

  it("compares placeholders in any order, with flags and positions, and %% as a literal %", function()
    lang.check_area("x", { k = { ["zh-Hans"] = "%2$s：%1$5.1f%%", ["zh-Hant"] = "%2$s：%1$5.1f%%",
      en = "%.1f%% of %s" } })
    lang.check_area("x", { k = { ["zh-Hans"] = "100%% 完成", ["zh-Hant"] = "100%%", en = "all done" } })
    assert.has_error(function()
      lang.check_area("x", { k = { ["zh-Hans"] = "%%d", ["zh-Hant"] = "%%d", en = "%%%d" } })
    end, "cica.messages.x: k: the en text has placeholders d, zh-Hans has ")
  end)

  it("every bundled message area is complete in all three languages", function()
    local areas = lang.areas()
    assert.is_true(#areas >= 1)
    for _, area in ipairs(areas) do lang.check_area(area, lang.area(area)) end
  end)
end)
