-- A fixed quiz topic for the export and study-sheet tests: no dataset facts, so the expected
-- bytes do not change when the data does; the texts carry what needs escaping (quotes, <, &,
-- a tab, a line break, commas and semicolons).
return {
  topic = "fixture",
  name = { en = "Fixture", ["zh-Hans"] = "样例", ["zh-Hant"] = "樣例" },
  title = { en = "Export fixture", ["zh-Hans"] = "导出样例", ["zh-Hant"] = "導出樣例" },
  generate = function(g)
    return {
      { id = "fixture:b", prompt = { en = 'Which "city", <b>&</b>\tmarks?', ["zh-Hans"] = "哪座城市？" },
        answer = g.option("Almaty", { "阿拉木图" }), accept = { "Alma-Ata" },
        pool = { g.option("Astana"), g.option("Dushanbe") },
        explain = { en = "Line one,\nline two.", ["zh-Hans"] = "第一行，\n第二行。" },
        sources = { "X1", "Y2" } },
      { id = "fixture:a", prompt = { en = "Which of these?", ["zh-Hans"] = "以下哪个？" }, modes = { "choice" },
        answer = g.option("Yes"), pool = { g.option("No") }, note = { en = "A note; with a semicolon." },
        sources = {} },
    }
  end,
}
