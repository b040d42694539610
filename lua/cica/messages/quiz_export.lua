-- Messages of cica.quiz.export (cica.lang area "quiz_export").
return {
  also = { en = "Also accepted: %s.", ["zh-Hans"] = "以下答案也算对：%s。", ["zh-Hant"] = "以下答案也算對：%s。" },
  sources = { en = "Sources: %s", ["zh-Hans"] = "来源：%s", ["zh-Hant"] = "來源：%s" },
  sep = { en = ", ", ["zh-Hans"] = "、", ["zh-Hant"] = "、" },
  src_sep = { en = "; ", ["zh-Hans"] = "；", ["zh-Hant"] = "；" },
}
