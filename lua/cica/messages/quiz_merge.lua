-- Messages of cica.quiz.merge (cica.lang area "quiz_merge").
return {
  no_file = { ["zh-Hans"] = "%s：没有这个文件", ["zh-Hant"] = "%s：沒有這個檔案", en = "%s: no such file" },
}
