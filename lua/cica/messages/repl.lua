-- Messages of the REPL (cica.lang area "repl"): the dot-commands' summaries and help, .help's
-- and .tables' text, and the REPL's errors. A dot-command's `summary` and `help` may be a plain
-- string or a localized table; the built-in ones take theirs from here (cica.repl.commands.*).
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end

return {
  usage = m("用法：%s", "用法：%s", "Usage: %s"),
  banner_tail = m("输入 .help 查看命令，help(名称) 查看接口，Ctrl-D 退出。", "輸入 .help 查看命令，help(名稱) 查看介面，Ctrl-D 離開。",
    "Type .help for commands, help(name) for the API, Ctrl-D to leave."),
  cannot_load = m("cica: 无法加载 %s：%s", "cica: 無法載入 %s：%s", "cica: cannot load %s: %s"),
  no_command_table = m("没有命令表", "沒有命令表", "no command table"),
  ambiguous = m("命令“.%s”不明确：.%s", "命令「.%s」不明確：.%s", "ambiguous command '.%s': .%s"),
  unknown_near = m("没有“.%s”这个命令；你是不是要找“.%s”？（.help 列出全部命令）",
    "沒有「.%s」這個命令；你是不是要找「.%s」？（.help 列出全部命令）",
    "unknown command '.%s'; did you mean '.%s'? (.help lists the commands)"),
  unknown = m("没有“.%s”这个命令（.help 列出全部命令）", "沒有「.%s」這個命令（.help 列出全部命令）",
    "unknown command '.%s' (.help lists the commands)"),
  misspelt = m(".%2$s 没有“%1$s”这个值；你是不是要找“%3$s”？（.help %4$s）",
    ".%2$s 沒有「%1$s」這個值；你是不是要找「%3$s」？（.help %4$s）",
    "unknown value '%s' for .%s; did you mean '%s'? (.help %s)"),

  -- .help
  help_summary = m("列出点命令，或说明其中一个", "列出點命令，或說明其中一個", "list the dot-commands, or explain one"),
  help_help = m("不带参数时列出所有点命令；带一个参数时显示它的用法和作用。\n"
      .. "命令可以缩写为任何不会混淆的前缀：.sc 即 .schema。\n"
      .. "Lua 接口请用 help(名称)：help(cica.find)、help(\"members_at\")、help(记录)。",
    "不帶參數時列出所有點命令；帶一個參數時顯示它的用法和作用。\n"
      .. "命令可以縮寫為任何不會混淆的前綴：.sc 即 .schema。\n"
      .. "Lua 介面請用 help(名稱)：help(cica.find)、help(\"members_at\")、help(記錄)。",
    "Without an argument, lists every dot-command. With one, shows its usage and what it does.\n"
      .. "Commands may be shortened to any unique prefix: .sc is .schema.\n"
      .. "For the Lua API, use help(name): help(cica.find), help(\"members_at\"), help(record)."),
  help_lua = m("Lua：表达式会输出它的值（=表达式 亦可）；help(名称) 查看接口文档。",
    "Lua：運算式會輸出它的值（=運算式 亦可）；help(名稱) 查看介面文件。",
    "Lua: an expression prints its value (=expr too); help(name) documents the API."),
  help_keys = m("Tab 补全名称、字段和命令；Ctrl-C 中止语句；Ctrl-D 退出。",
    "Tab 補全名稱、欄位和命令；Ctrl-C 中止語句；Ctrl-D 離開。",
    "Tab completes names, fields and commands; Ctrl-C stops a statement; Ctrl-D leaves."),

  -- .tables
  tables_summary = m("列出数据集的 SQL 表和 Lua 集合", "列出資料集的 SQL 表和 Lua 集合",
    "list the dataset's SQL tables and the Lua collections"),
  tables_help = m("SQL 表用 .sql 或 cica.query 查询；Lua 集合是 cica.members 及同类的集合，\n"
      .. "即由这些表构建的记录数组（help(cica.members) 说明其中一个）。",
    "SQL 表用 .sql 或 cica.query 查詢；Lua 集合是 cica.members 及同類的集合，\n"
      .. "即由這些表建構的記錄陣列（help(cica.members) 說明其中一個）。",
    "SQL tables are queried with .sql or cica.query; Lua collections are cica.members and\n"
      .. "its siblings, arrays of records built from those tables (help(cica.members) describes one)."),
  tables_sql = m("SQL 表（.schema 表名，.sql SELECT …）：", "SQL 表（.schema 表名，.sql SELECT …）：",
    "SQL tables (.schema TABLE, .sql SELECT …):"),
  tables_lua = m("Lua 集合（cica.名称，help(cica.名称)）：", "Lua 集合（cica.名稱，help(cica.名稱)）：",
    "Lua collections (cica.NAME, help(cica.NAME)):"),

  -- .schema
  schema_summary = m("显示 SQL 表结构，或其中一个表的", "顯示 SQL 表結構，或其中一個表的", "show the SQL schema, or one table's"),
  schema_help = m("表名可以是 LIKE 模式（.schema meet%）。Lua 集合的记录字段用 help(cica.名称) 查看。",
    "表名可以是 LIKE 模式（.schema meet%）。Lua 集合的記錄欄位用 help(cica.名稱) 查看。",
    "TABLE may be a LIKE pattern (.schema meet%). For a Lua collection, help(cica.NAME)\n"
      .. "lists its records' fields."),
  no_table = m("没有这个表：%s", "沒有這個表：%s", "no such table: %s"),

  -- .sql
  sql_summary = m("对数据集执行查询，按当前 .mode 输出", "對資料集執行查詢，按目前 .mode 輸出",
    "run a query over the dataset, print it in the current .mode"),
  sql_help = m("数据集是只读的。例如：\n  .sql SELECT id, name_en FROM entities WHERE founding = 1\n"
      .. "在 Lua 中：cica.query(sql, ...) 以表的形式返回各行。",
    "資料集是唯讀的。例如：\n  .sql SELECT id, name_en FROM entities WHERE founding = 1\n"
      .. "在 Lua 中：cica.query(sql, ...) 以表的形式傳回各列。",
    "The dataset is read-only. Example:\n  .sql SELECT id, name_en FROM entities WHERE founding = 1\n"
      .. "From Lua: cica.query(sql, ...) returns the rows as tables."),

  -- .mode
  mode_summary = m("表格的输出方式（.sql 结果和记录数组）", "表格的輸出方式（.sql 結果和記錄陣列）",
    "how tables print (.sql results and arrays of records)"),
  mode_help = m("box：单元格带框线（默认）；table：同样，但用 ASCII；md：Markdown 表格；\n"
      .. "csv：逗号分隔值；json：对象数组；line：每列一行。\n不带参数时显示当前模式。",
    "box：儲存格帶框線（預設）；table：同樣，但用 ASCII；md：Markdown 表格；\n"
      .. "csv：逗號分隔值；json：物件陣列；line：每欄一行。\n不帶參數時顯示目前模式。",
    "box: lines drawn around cells (the default); table: the same in ASCII; md: a Markdown\n"
      .. "table; csv: comma-separated values; json: an array of objects; line: one column a line.\n"
      .. "Without an argument, shows the current mode."),

  -- .lang
  lang_summary = m("名称和标题的显示语言", "名稱和標題的顯示語言", "the display language of names and titles"),
  lang_help = m("通过 cica.set_lang 设置 cica.lang：name、city 和 title 字段、报告和测验题目都随之改变。\n"
      .. "不带参数时显示当前语言。",
    "透過 cica.set_lang 設定 cica.lang：name、city 和 title 欄位、報告和測驗題目都隨之改變。\n"
      .. "不帶參數時顯示目前語言。",
    "Sets cica.lang through cica.set_lang: `name`, `city` and `title` fields, reports and\n"
      .. "quiz questions follow it. Without an argument, shows the current language."),

  -- .report
  report_summary = m("运行报告（不给名称时列出全部报告）", "執行報告（不給名稱時列出全部報告）",
    "run a report (without NAME: list them)"),
  report_help = m("按 .mode 对应的格式输出一份内置报告（或你自己的报告）：box、table 和 line 为文本，\n"
      .. "md 为 Markdown，csv 为 CSV，json 为 JSON。在 shell 中 cica report 名称 效果相同；见 docs/reports.md。",
    "按 .mode 對應的格式輸出一份內建報告（或你自己的報告）：box、table 和 line 為文字，\n"
      .. "md 為 Markdown，csv 為 CSV，json 為 JSON。在 shell 中 cica report 名稱 效果相同；見 docs/reports.md。",
    "Prints a bundled report (or one of yours) in the format matching .mode: box, table and\n"
      .. "line give text, md Markdown, csv CSV, json JSON. `cica report NAME` does the same from\n"
      .. "the shell; see docs/reports.md."),
  no_report_near = m("没有名为“%s”的报告；你是不是要找“%s”？", "沒有名為「%s」的報告；你是不是要找「%s」？",
    "no report named '%s'; did you mean '%s'?"),
  no_report = m("没有名为“%s”的报告（可选：%s）", "沒有名為「%s」的報告（可選：%s）", "no report named '%s' (reports: %s)"),

  -- .quiz
  quiz_summary = m("关于数据集的测验（同 cica quiz）", "關於資料集的測驗（同 cica quiz）", "a quiz on the dataset (as `cica quiz`)"),
  quiz_help = m("接受 cica quiz 的选项；.quiz --help 列出这些选项。Ctrl-C 中止测验。",
    "接受 cica quiz 的選項；.quiz --help 列出這些選項。Ctrl-C 中止測驗。",
    "Takes the options of `cica quiz`; `.quiz --help` lists them. Ctrl-C stops the quiz."),
  quiz_missing = m("此版本没有测验功能（cica.cli.quiz：%s）", "此版本沒有測驗功能（cica.cli.quiz：%s）",
    "the quiz is not available in this build (cica.cli.quiz: %s)"),
  quiz_status = m(".quiz 结束，状态码 %s", ".quiz 結束，狀態碼 %s", ".quiz ended with status %s"),

  -- .sources
  sources_summary = m("列出来源，或显示其中一个（或某条记录的来源）", "列出來源，或顯示其中一個（或某筆記錄的來源）",
    "list the sources, or show one (or a record's)"),
  sources_help = m("不给编号时列出所有来源。给出来源编号（A1、seed000 等）时显示该来源及引用它的记录；\n"
      .. "给出记录编号（KR、summit-4 等）时显示该记录的来源。",
    "不給編號時列出所有來源。給出來源編號（A1、seed000 等）時顯示該來源及引用它的記錄；\n"
      .. "給出記錄編號（KR、summit-4 等）時顯示該記錄的來源。",
    "Without ID, lists every source. With a source id (A1, seed000, …), shows the source and\n"
      .. "the records that cite it. With a record's id (KR, summit-4, …), shows that record's sources."),
  cited_by_none = m("没有记录引用它。", "沒有記錄引用它。", "Cited by 0 records."),
  cited_by_one = m("被 1 条记录引用：", "被 1 筆記錄引用：", "Cited by 1 record:"),
  cited_by = m("被 %d 条记录引用：", "被 %d 筆記錄引用：", "Cited by %d records:"),
  no_source = m("没有编号为“%s”的来源或记录（.sources 列出全部来源）", "沒有編號為「%s」的來源或記錄（.sources 列出全部來源）",
    "no source or record with id '%s' (.sources lists the sources)"),

  -- .quit
  quit_summary = m("退出 REPL（Ctrl-D 也可以）", "離開 REPL（Ctrl-D 也可以）", "leave the REPL (Ctrl-D does too)"),

  -- .once
  once_summary = m("把下一条命令的输出写入文件", "把下一條命令的輸出寫入檔案", "send the next command's output to FILE"),
  once_help = m("下一行的输出（Lua 值、.sql、.report 等）写入 FILE 而不显示在屏幕上，不带颜色，\n"
      .. "格式由 FILE 的扩展名决定：.csv、.md/.markdown、.json、.html/.htm、.txt（无扩展名：当前 .mode）。\n"
      .. "写入文件时单元格不会被截断。例如：.once members.csv，然后 cica.members",
    "下一行的輸出（Lua 值、.sql、.report 等）寫入 FILE 而不顯示在螢幕上，不帶顏色，\n"
      .. "格式由 FILE 的副檔名決定：.csv、.md/.markdown、.json、.html/.htm、.txt（無副檔名：目前 .mode）。\n"
      .. "寫入檔案時儲存格不會被截斷。例如：.once members.csv，然後 cica.members",
    "The next line's output (a Lua value, .sql, .report, …) goes to FILE instead of the\n"
      .. "screen, without colours, in the format FILE's extension names: .csv, .md/.markdown,\n"
      .. ".json, .html/.htm, .txt (no extension: the current .mode). Cells are never cut in a file.\n"
      .. "Example: .once members.csv, then cica.members"),
  once_ext_unknown = m("无法从扩展名看出“%s”的格式：cica 能写 %s", "無法從副檔名看出「%s」的格式：cica 能寫 %s",
    "cannot tell the format of '%s' from its extension: cica writes %s"),
  once_spreadsheet = m("；要得到电子表格，请用 .once 文件.csv", "；要得到試算表，請用 .once 檔案.csv",
    "; for a spreadsheet, .once FILE.csv"),
  cannot_write = m("无法写入“%s”：%s", "無法寫入「%s」：%s", "cannot write '%s': %s"),

  -- .asof
  asof_summary = m("在 .report 和 .search 中显示截至某日的 CICA", "在 .report 和 .search 中顯示截至某日的 CICA",
    "show CICA as it stood on DATE in .report and .search"),
  asof_help = m("DATE 为 YYYY、YYYY-MM 或 YYYY-MM-DD（年份或月份指其最后一天，同 cica.members_at）。\n"
      .. "之后 .report 和 .search 按当时的情况显示成员国、观察员、主席国和各项数字，不列入此后的事件，\n"
      .. "与 cica report --as-of DATE 相同。.asof off 回到今天；不带参数时显示当前日期。Lua 值仍是\n"
      .. "今天的：在 Lua 中取某日的情况请用 require(\"cica.dataset\").as_of(cica, DATE) 或 cica.members_at(DATE)。",
    "DATE 為 YYYY、YYYY-MM 或 YYYY-MM-DD（年份或月份指其最後一天，同 cica.members_at）。\n"
      .. "之後 .report 和 .search 按當時的情況顯示成員國、觀察員、主席國和各項數字，不列入此後的事件，\n"
      .. "與 cica report --as-of DATE 相同。.asof off 回到今天；不帶參數時顯示目前日期。Lua 值仍是\n"
      .. "今天的：在 Lua 中取某日的情況請用 require(\"cica.dataset\").as_of(cica, DATE) 或 cica.members_at(DATE)。",
    "DATE is YYYY, YYYY-MM or YYYY-MM-DD (a year or month means its last day, as in\n"
      .. "cica.members_at). .report and .search then show members, observers, the chair and counts as\n"
      .. "they were, and leave later events out, as `cica report --as-of DATE` does. `.asof off` goes\n"
      .. "back to today; without an argument, shows the date in force. Lua values are today's: for a\n"
      .. "date in Lua, require(\"cica.dataset\").as_of(cica, DATE) or cica.members_at(DATE)."),
  asof_off = m("off（今天：数据集截至 %s）", "off（今天：資料集截至 %s）", "off (today: the dataset as of %s)"),
  asof_bad = m(".asof：日期“%s”有误：%s", ".asof：日期「%s」有誤：%s", ".asof: bad date '%s': %s"),

  -- .search
  search_summary = m("用任何文字搜索所有记录（.search 阿拉木圖，.search Almaty Act）",
    "用任何文字搜尋所有記錄（.search 阿拉木圖，.search Almaty Act）",
    "search every record in any script (.search 阿拉木圖, .search Almaty Act)"),
  search_help = m("查找文字中包含每个词（简体、繁体或英文）的成员国、地点、会议、文件、主席国任期、\n"
      .. "秘书处、事件、来源和来源分歧。结果按相关度排序；终端上匹配处为粗体，否则标为 **这样**。\n"
      .. "--lang 只对这次搜索有效。在 Lua 中：cica.search(text, { kinds = { … }, limit = N })。见 docs/search.md。",
    "查找文字中包含每個詞（簡體、繁體或英文）的成員國、地點、會議、文件、主席國任期、\n"
      .. "秘書處、事件、來源和來源分歧。結果按相關度排序；終端機上匹配處為粗體，否則標為 **這樣**。\n"
      .. "--lang 只對這次搜尋有效。在 Lua 中：cica.search(text, { kinds = { … }, limit = N })。見 docs/search.md。",
    "Finds members, places, meetings, documents, chair terms, the secretariat, events,\n"
      .. "sources and discrepancies whose text holds every word, simplified, traditional or English.\n"
      .. "Results are ranked; the match is bold on a terminal, else marked **so**. --lang applies to this search only.\n"
      .. "In Lua: cica.search(text, { kinds = { … }, limit = N }). See docs/search.md."),

  -- under a value or a table the REPL cut short (cica.repl.pretty, cica.repl.tabular)
  more = m("… 另有 %d 项", "… 另有 %d 項", "… %d more"),
  more_rows = m("… 另有 %d 行（共 %d 行）", "… 另有 %d 列（共 %d 列）", "… %d more rows (%d in all)"),
  not_shown = m("… 未显示的列：%s", "… 未顯示的欄：%s", "… not shown: %s"),
}
