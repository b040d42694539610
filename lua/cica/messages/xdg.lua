-- Messages of cica.xdg (cica.lang area "xdg"): the --safe refusal of a file the user names for
-- writing.
return {
  refused = { ["zh-Hans"] = "%s：安全模式下不允许写入文件", ["zh-Hant"] = "%s：安全模式下不允許寫入檔案",
    en = "%s: writing files is not allowed in safe mode" },
}
