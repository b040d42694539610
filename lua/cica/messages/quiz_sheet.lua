-- Messages of cica.quiz.sheet (cica.lang area "quiz_sheet").
return {
  title = { en = "CICA study sheet", ["zh-Hans"] = "亚信会议学习资料", ["zh-Hant"] = "亞信會議學習資料" },
  topics = { en = "Topics: %s", ["zh-Hans"] = "主题：%s", ["zh-Hant"] = "主題：%s" },
  count1 = { en = "1 question", ["zh-Hans"] = "共 1 题", ["zh-Hant"] = "共 1 題" },
  count = { en = "%d questions", ["zh-Hans"] = "共 %d 题", ["zh-Hant"] = "共 %d 題" },
  key = { en = "Answer key", ["zh-Hans"] = "答案", ["zh-Hant"] = "答案" },
  also = { en = "Also accepted: %s.", ["zh-Hans"] = "以下答案也算对：%s。", ["zh-Hant"] = "以下答案也算對：%s。" },
  sources = { en = "Sources: %s", ["zh-Hans"] = "来源：%s", ["zh-Hant"] = "來源：%s" },
  sep = { en = ", ", ["zh-Hans"] = "、", ["zh-Hant"] = "、" },
  src_sep = { en = "; ", ["zh-Hans"] = "；", ["zh-Hant"] = "；" },
  dot = { en = " · ", ["zh-Hans"] = " · ", ["zh-Hant"] = " · " },
  generated = { en = "Made with cica from its dataset (cica report sources lists every source).",
    ["zh-Hans"] = "由 cica 根据其数据集生成（命令“cica report sources”列出全部来源）。",
    ["zh-Hant"] = "由 cica 根據其資料集產生（命令“cica report sources”列出全部來源）。" },
}
