-- Messages of the command line itself (src/main.c): usage errors and `cica --help`. The build
-- compiles this area into a C table (src/build/msgc.c, see docs/internals.md), because these
-- messages are shown before the Lua state exists; they are printf formats there.
--
-- The zh texts of "unrecognized" keep the words "unrecognized option": scripts and the project's
-- acceptance checks recognise a usage error of the command line by them in every language.
-- Likewise the zh texts of a stopped run (stop_*) keep "time limit exceeded" and "not enough
-- memory" in parentheses: scripts recognise a run stopped by --timeout or --max-memory by them.
-- The stop_* texts are what the host (src/host.c, src/runlimit.c) shows when a run is stopped,
-- in the display language (cica.lang) at that moment; the Lua error value a script can catch
-- stays Lua's ("interrupted!", "not enough memory").
return {
  see_help = { ["zh-Hans"] = "（见 cica --help）", ["zh-Hant"] = "（見 cica --help）", en = " (see 'cica --help')" },
  needs_value = { ["zh-Hans"] = "%s 需要一个值", ["zh-Hant"] = "%s 需要一個值", en = "%s needs a value" },
  needs_file = { ["zh-Hans"] = "%s 需要一个文件名", ["zh-Hant"] = "%s 需要一個檔名", en = "%s needs a file" },
  needs_seconds = { ["zh-Hans"] = "%s 需要一个正数（秒数）", ["zh-Hant"] = "%s 需要一個正數（秒數）",
    en = "%s needs a positive number of seconds" },
  needs_megabytes = { ["zh-Hans"] = "%s 需要一个正数（兆字节数）", ["zh-Hant"] = "%s 需要一個正數（百萬位元組數）",
    en = "%s needs a positive number of megabytes" },
  needs_argument = { ["zh-Hans"] = "“%s”需要一个参数", ["zh-Hant"] = "「%s」需要一個參數", en = "'%s' needs an argument" },
  unrecognized = { ["zh-Hans"] = "无法识别的选项（unrecognized option）“%s”",
    ["zh-Hant"] = "無法識別的選項（unrecognized option）「%s」", en = "unrecognized option '%s'" },
  unknown_language = {
    ["zh-Hans"] = "cica: --lang 不支持语言“%s”（可选 zh-Hans、zh-Hant 或 en）\n",
    ["zh-Hant"] = "cica: --lang 不支援語言「%s」（可選 zh-Hans、zh-Hant 或 en）\n",
    en = "cica: unknown language '%s' for --lang (expected zh-Hans, zh-Hant or en)\n" },
  help_no_command = { ["zh-Hans"] = "cica: help: 没有“%s”这个命令（见 cica help）\n",
    ["zh-Hant"] = "cica: help: 沒有「%s」這個命令（見 cica help）\n",
    en = "cica: help: no command '%s' (see 'cica help')\n" },
  help_no_command_near = { ["zh-Hans"] = "cica: help: 没有“%s”这个命令；你是不是要找“%s”？（见 cica help）\n",
    ["zh-Hant"] = "cica: help: 沒有「%s」這個命令；你是不是要找「%s」？（見 cica help）\n",
    en = "cica: help: no command '%s'; did you mean '%s'? (see 'cica help')\n" },
  no_command_or_file = {
    ["zh-Hans"] = "cica: 没有“%s”这个命令或文件；你是不是要找“cica %s”？（见 cica help）\n",
    ["zh-Hant"] = "cica: 沒有「%s」這個命令或檔案；你是不是要找「cica %s」？（見 cica help）\n",
    en = "cica: no command or file '%s'; did you mean 'cica %s'? (see 'cica help')\n" },
  -- a run stopped by a limit or Ctrl-C (src/host.c, src/runlimit.c); stop_stuck, stop_again and
  -- no_state are whole lines, written as they are (stop_stuck and stop_again from a signal handler)
  stop_timeout = { ["zh-Hans"] = "超出时间限制（time limit exceeded）",
    ["zh-Hant"] = "超出時間限制（time limit exceeded）", en = "time limit exceeded" },
  stop_interrupted = { ["zh-Hans"] = "已中断", ["zh-Hant"] = "已中斷", en = "interrupted" },
  stop_memory = { ["zh-Hans"] = "内存不足（not enough memory）", ["zh-Hant"] = "記憶體不足（not enough memory）",
    en = "not enough memory" },
  stop_stuck = {
    ["zh-Hans"] = "cica: 超出时间限制（time limit exceeded），且卡在无法中断之处（C 函数或终结器中），退出\n",
    ["zh-Hant"] = "cica: 超出時間限制（time limit exceeded），且卡在無法中斷之處（C 函式或終結器中），結束\n",
    en = "cica: time limit exceeded (stuck where it cannot be interrupted: in a C function or a finalizer; exiting)\n" },
  stop_again = { ["zh-Hans"] = "cica: 已中断\n", ["zh-Hant"] = "cica: 已中斷\n", en = "cica: interrupted\n" },
  no_state = { ["zh-Hans"] = "cica: 无法创建 Lua 状态：内存不足（not enough memory）\n",
    ["zh-Hant"] = "cica: 無法建立 Lua 狀態：記憶體不足（not enough memory）\n",
    en = "cica: cannot create the Lua state: not enough memory\n" },
  -- a user's bad arguments to cica.query, cica.rows and cica.each (src/lsql.c): lua_pushfstring
  -- formats, so every language takes the arguments in the same order (no %1$s)
  sql_bind = { ["zh-Hans"] = "%s：无法把 %s 绑定到 SQL 参数 %d", ["zh-Hant"] = "%s：無法把 %s 繫結到 SQL 參數 %d",
    en = "%s: cannot bind a %s to SQL parameter %d" },
  sql_values = { ["zh-Hans"] = "%s：给了 %d 个值，但 SQL 只有 %d 个参数", ["zh-Hant"] = "%s：給了 %d 個值，但 SQL 只有 %d 個參數",
    en = "%s: %d values given for %d SQL parameters" },
  sql_values_one = { ["zh-Hans"] = "%s：给了 %d 个值，但 SQL 只有 %d 个参数", ["zh-Hant"] = "%s：給了 %d 個值，但 SQL 只有 %d 個參數",
    en = "%s: %d values given for %d SQL parameter" },
  -- .once in the REPL (src/repl.c, where stdout is redirected; the same texts as cica.repl's
  -- own checks: xdg.refused, repl.cannot_write)
  once_safe = { ["zh-Hans"] = ".once：安全模式下不允许写入文件\n", ["zh-Hant"] = ".once：安全模式下不允許寫入檔案\n",
    en = ".once: writing files is not allowed in safe mode\n" },
  once_cannot_write = { ["zh-Hans"] = ".once: 无法写入“%s”：%s\n", ["zh-Hant"] = ".once: 無法寫入「%s」：%s\n",
    en = ".once: cannot write '%s': %s\n" },
  -- cica's own refusals of a user's SQL (src/db.c; SQLite's own messages stay SQLite's). The zh
  -- texts of a write refused keep "read-only" in parentheses, as stop_* keep theirs: scripts and
  -- the acceptance checks recognise the refusal by it.
  sql_nul = { ["zh-Hans"] = "SQL 文本含有 NUL 字节", ["zh-Hant"] = "SQL 文字含有 NUL 位元組",
    en = "SQL text contains a NUL byte" },
  sql_empty = { ["zh-Hans"] = "SQL 语句是空的", ["zh-Hant"] = "SQL 陳述式是空的", en = "empty SQL statement" },
  sql_one = { ["zh-Hans"] = "一次只能执行一条 SQL 语句", ["zh-Hant"] = "一次只能執行一條 SQL 陳述式",
    en = "only one SQL statement at a time" },
  sql_readonly = { ["zh-Hans"] = "数据集是只读的（read-only）", ["zh-Hant"] = "資料集是唯讀的（read-only）", en = "the dataset is read-only" },
  sql_pragma = { ["zh-Hans"] = "不允许这条 PRAGMA：数据集是只读的（read-only）",
    ["zh-Hant"] = "不允許這條 PRAGMA：資料集是唯讀的（read-only）",
    en = "this PRAGMA is not allowed: the dataset is read-only" },
  sql_attach = { ["zh-Hans"] = "不允许 ATTACH：数据集是只读的（read-only）",
    ["zh-Hant"] = "不允許 ATTACH：資料集是唯讀的（read-only）",
    en = "ATTACH is not allowed: the dataset is read-only" },
  sql_function = { ["zh-Hans"] = "不允许使用 SQL 函数 %s()", ["zh-Hant"] = "不允許使用 SQL 函數 %s()",
    en = "the SQL function %s() is not allowed" },
  sql_too_long = { ["zh-Hans"] = "SQL 文本太长（%s 字节）", ["zh-Hant"] = "SQL 文字太長（%s 位元組）",
    en = "SQL text is too long (%s bytes)" },
  -- what --safe refuses (src/sandbox.c; luaL_error formats). The zh texts keep "not allowed in
  -- safe mode" in parentheses, as the stop reasons keep theirs: scripts and the acceptance checks
  -- recognise a refusal of the sandbox by it.
  safe_field = { ["zh-Hans"] = "安全模式下不能使用“%s.%s”（not allowed in safe mode）",
    ["zh-Hant"] = "安全模式下不能使用「%s.%s」（not allowed in safe mode）",
    en = "'%s.%s' is not allowed in safe mode" },
  safe_global = { ["zh-Hans"] = "安全模式下不能使用全局变量“%s”，或它没有定义（not allowed in safe mode）",
    ["zh-Hant"] = "安全模式下不能使用全域變數「%s」，或它沒有定義（not allowed in safe mode）",
    en = "global '%s' is not allowed in safe mode (or not defined)" },
  safe_collect = { ["zh-Hans"] = "安全模式下不能调用 collectgarbage('%s')（not allowed in safe mode）",
    ["zh-Hant"] = "安全模式下不能呼叫 collectgarbage('%s')（not allowed in safe mode）",
    en = "collectgarbage('%s') is not allowed in safe mode" },
  safe_listdir = { ["zh-Hans"] = "cica.core.listdir：安全模式下不能读取“%s”（not allowed in safe mode）",
    ["zh-Hant"] = "cica.core.listdir：安全模式下不能讀取「%s」（not allowed in safe mode）",
    en = "cica.core.listdir: '%s' is not allowed in safe mode" },
  safe_require = { ["zh-Hans"] = "安全模式下不能 require “%s”（not allowed in safe mode）",
    ["zh-Hant"] = "安全模式下不能 require 「%s」（not allowed in safe mode）",
    en = "require '%s' is not allowed in safe mode" },
  -- cica serve cannot listen (src/serve.c; lua_pushfstring formats)
  serve_no_mhd = { ["zh-Hans"] = "无法加载 libmicrohttpd（%s）", ["zh-Hant"] = "無法載入 libmicrohttpd（%s）",
    en = "cannot load libmicrohttpd (%s)" },
  serve_not_numeric = { ["zh-Hans"] = "不是数字形式的 IPv4 或 IPv6 地址", ["zh-Hant"] = "不是數字形式的 IPv4 或 IPv6 位址",
    en = "not a numeric IPv4 or IPv6 address" },
  serve_port_in_use = { ["zh-Hans"] = "无法在此监听（端口是否已被占用？）", ["zh-Hant"] = "無法在此監聽（連接埠是否已被占用？）",
    en = "cannot listen there (is the port in use?)" },
  serve_cannot_listen = { ["zh-Hans"] = "无法在此监听", ["zh-Hant"] = "無法在此監聽", en = "cannot listen there" },
  bad_today = { ["zh-Hans"] = "cica: CICA_TODAY 需要日期 YYYY-MM-DD，而不是“%s”\n",
    ["zh-Hant"] = "cica: CICA_TODAY 需要日期 YYYY-MM-DD，而不是「%s」\n",
    en = "cica: CICA_TODAY needs a date YYYY-MM-DD, got '%s'\n" },
  -- subcommand summaries (cica --help)
  sum_report = { ["zh-Hans"] = "生成报告：cica report --list", ["zh-Hant"] = "產生報告：cica report --list",
    en = "run a report: cica report --list" },
  sum_quiz = { ["zh-Hans"] = "学习这些事实：cica quiz --help", ["zh-Hant"] = "學習這些事實：cica quiz --help",
    en = "learn the facts: cica quiz --help" },
  sum_search = { ["zh-Hans"] = "搜索所有记录：cica search 文本", ["zh-Hant"] = "搜尋所有記錄：cica search 文字",
    en = "search every record: cica search TEXT" },
  sum_serve = { ["zh-Hans"] = "本地网页应用：cica serve [--port N] [--open]",
    ["zh-Hant"] = "本機網頁應用：cica serve [--port N] [--open]",
    en = "the local web app: cica serve [--port N] [--open]" },
  sum_repl = { ["zh-Hans"] = "交互式浏览（不带参数运行 cica 也可进入）",
    ["zh-Hant"] = "互動式瀏覽（不帶參數執行 cica 也可進入）",
    en = "the interactive explorer (also: cica with no arguments)" },
  sum_completion = { ["zh-Hans"] = "输出 shell 补全脚本：cica completion bash|zsh",
    ["zh-Hant"] = "輸出 shell 補全腳本：cica completion bash|zsh",
    en = "print a shell completion script: cica completion bash|zsh" },
  sum_stubs = { ["zh-Hans"] = "为 lua-language-server 写出 API 桩文件：cica stubs [目录]",
    ["zh-Hant"] = "為 lua-language-server 寫出 API 樁檔案：cica stubs [目錄]",
    en = "write the API's stubs for lua-language-server: cica stubs [DIR]" },
  sum_help = { ["zh-Hans"] = "命令的帮助：cica help 命令（也可 cica --help 命令）；cica help 接口名 显示 Lua 接口的说明",
    ["zh-Hant"] = "命令的說明：cica help 命令（也可 cica --help 命令）；cica help 介面名 顯示 Lua 介面的說明",
    en = "help on a command: cica help COMMAND (also: cica --help COMMAND); cica help NAME for the Lua API's NAME" },
  help_head = {
    ["zh-Hans"] = "cica %s — 亚信会议（CICA）数据集，可用 Lua 和 SQL 查询\n\n"
      .. "用法：cica [选项] [脚本 [参数]]\n      cica [选项] 命令 [参数]\n\n命令：\n",
    ["zh-Hant"] = "cica %s — 亞信會議（CICA）資料集，可用 Lua 和 SQL 查詢\n\n"
      .. "用法：cica [選項] [腳本 [參數]]\n      cica [選項] 命令 [參數]\n\n命令：\n",
    en = "cica %s — the CICA (亚信会议) dataset in Lua and SQL\n\n"
      .. "Usage: cica [options] [script [args]]\n       cica [options] COMMAND [args]\n\nCommands:\n" },
  help_options = {
    ["zh-Hans"] = [[

选项（同 lua5.4）：
  -e stat      执行字符串 stat
  -l mod       加载库 mod 到全局变量 mod（-l g=mod：到全局变量 g）
  -i           运行脚本后进入交互模式
  -v           显示版本信息
  -E           忽略环境变量（LUA_PATH、LUA_CPATH、LUA_INIT）
  -W           打开警告
  --           停止处理选项
  -            执行标准输入并停止处理选项
cica 自己的选项：
  --lang L     显示语言：zh-Hans（默认）、zh-Hant 或 en；不给时取自 LC_ALL、
               LC_MESSAGES 或 LANG：zh_TW/zh_HK/zh_MO 为 zh-Hant，其他 zh 为 zh-Hans，
               C、POSIX 或未设置为 zh-Hans，其他语言（de_DE、ja_JP 等）为 en
  --db FILE    使用另一个结构相同的数据集文件
  --safe       在沙箱中运行用户代码：不能访问文件，不能运行程序
  --timeout S  用户代码占用处理器 S 秒后停止
  --max-memory MB  用户代码分配超过 MB 兆字节时停止
  --version    显示 cica、Lua、SQLite 和数据集的版本
  --help       显示本帮助

文档：README.md、docs/api.md（cica 的 Lua 接口）、docs/data.md（SQL 表结构）。
]],
    ["zh-Hant"] = [[

選項（同 lua5.4）：
  -e stat      執行字串 stat
  -l mod       載入函式庫 mod 到全域變數 mod（-l g=mod：到全域變數 g）
  -i           執行腳本後進入互動模式
  -v           顯示版本資訊
  -E           忽略環境變數（LUA_PATH、LUA_CPATH、LUA_INIT）
  -W           開啟警告
  --           停止處理選項
  -            執行標準輸入並停止處理選項
cica 自己的選項：
  --lang L     顯示語言：zh-Hans（預設）、zh-Hant 或 en；不給時取自 LC_ALL、
               LC_MESSAGES 或 LANG：zh_TW/zh_HK/zh_MO 為 zh-Hant，其他 zh 為 zh-Hans，
               C、POSIX 或未設定為 zh-Hans，其他語言（de_DE、ja_JP 等）為 en
  --db FILE    使用另一個結構相同的資料集檔案
  --safe       在沙箱中執行使用者程式碼：不能存取檔案，不能執行程式
  --timeout S  使用者程式碼佔用處理器 S 秒後停止
  --max-memory MB  使用者程式碼配置超過 MB 百萬位元組時停止
  --version    顯示 cica、Lua、SQLite 和資料集的版本
  --help       顯示本說明

文件：README.md、docs/api.md（cica 的 Lua 介面）、docs/data.md（SQL 表結構）。
]],
    en = [[

Options (as lua5.4):
  -e stat      execute string 'stat'
  -l mod       require library 'mod' into global 'mod' (-l g=mod: into global 'g')
  -i           enter interactive mode after running the script
  -v           show version information
  -E           ignore environment variables (LUA_PATH, LUA_CPATH, LUA_INIT)
  -W           turn warnings on
  --           stop handling options
  -            execute stdin and stop handling options
cica's options:
  --lang L     display language: zh-Hans (default), zh-Hant or en; without it, from
               LC_ALL, LC_MESSAGES or LANG: zh_TW/zh_HK/zh_MO zh-Hant, other zh zh-Hans,
               C, POSIX or none zh-Hans, any other language (de_DE, ja_JP, ...) en
  --db FILE    use another dataset file with the same schema
  --safe       run user code in a sandbox: no files, no programs
  --timeout S  stop user code after S seconds of processor time
  --max-memory MB  stop user code that allocates more than MB megabytes
  --version    show versions of cica, Lua, SQLite and the dataset
  --help       show this help

Docs: README.md, docs/api.md (the cica Lua API), docs/data.md (the SQL schema).
]] },
}
