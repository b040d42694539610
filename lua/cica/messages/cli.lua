-- Messages of the subcommands' command lines (cica.lang area "cli"): usage lines, --help texts
-- and usage errors of report, search, stubs and completion, and the option loop they share
-- (cica.cli.args). Quiz's are in the area "quiz_cli".
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end

return {
  -- cica.cli.args: every command's usage errors
  usage_error = m("cica: %1$s：%2$s（见 cica help %1$s）", "cica: %1$s：%2$s（見 cica help %1$s）",
    "cica: %1$s: %2$s (see 'cica help %1$s')"),
  unexpected_argument = m("多余的参数“%s”", "多餘的參數「%s」", "unexpected argument '%s'"),
  needs_value = m("选项“%s”需要一个值", "選項「%s」需要一個值", "option '%s' needs a value"),
  needs_file = m("选项“%s”需要一个文件名", "選項「%s」需要一個檔名", "option '%s' needs a file"),
  unknown_option = m("未知选项“%s”%s", "未知選項「%s」%s", "unknown option '%s'%s"),
  did_you_mean = m("；你是不是要找“%s”？", "；你是不是要找「%s」？", "; did you mean '%s'?"),
  unknown_format = m("未知格式“%s”（可选：%s）%s", "未知格式「%s」（可選：%s）%s", "unknown format '%s' (%s)%s"),
  unknown_language = m("未知语言“%s”（可选：%s）", "未知語言「%s」（可選：%s）", "unknown language '%s' (%s)"),
  bad_as_of = m("--as-of 的日期“%s”有误：%s", "--as-of 的日期「%s」有誤：%s", "bad --as-of date '%s': %s"),

  -- cica report
  report_usage = m(
    "用法：cica report 名称|文件.lua [--format {FORMATS_BAR}] [--lang {LANGS_BAR}] [-o 文件]\n"
      .. "      cica report --list",
    "用法：cica report 名稱|檔案.lua [--format {FORMATS_BAR}] [--lang {LANGS_BAR}] [-o 檔案]\n"
      .. "      cica report --list",
    "Usage: cica report NAME|FILE.lua [--format {FORMATS_BAR}] [--lang {LANGS_BAR}] [-o FILE]\n"
      .. "       cica report --list"),
  report_help = m([[
对 CICA 数据集生成一份报告并输出。

  cica report --list               列出内置报告和你自己的报告
  cica report 名称                 运行一份内置报告（如 members）或你自己的报告
  cica report ./my.lua             运行一个报告文件
  cica report class A.db B.db      每道测验题有多少学员答错

选项：
  -f, --format FMT   {FORMATS}
      --lang LANG    zh-Hans（默认）、zh-Hant 或 en
  -o, --output FILE  写入 FILE；不给 --format 时按扩展名决定格式
                     （{EXTENSIONS}；其他扩展名报错）
      --as-of DATE   截至 DATE（YYYY、YYYY-MM 或 YYYY-MM-DD）时的 CICA：成员国、
                     观察员、主席国和各项数字都按当时计算；此后的事件不列入
      --bom          CSV 以字节顺序标记开头（Excel 没有它会误读 UTF-8）
      --state FILE   class 报告读取的测验记录（可重复，或把文件列在报告名后；
                     默认：你自己的记录）
  -l, --list         列出报告
  -h, --help         本帮助

你自己的报告放在 $XDG_CONFIG_HOME/cica/reports/名称.lua（默认 ~/.config）。
怎样写一份报告见 docs/reports.md。]], [[
對 CICA 資料集產生一份報告並輸出。

  cica report --list               列出內建報告和你自己的報告
  cica report 名稱                 執行一份內建報告（如 members）或你自己的報告
  cica report ./my.lua             執行一個報告檔案
  cica report class A.db B.db      每道測驗題有多少學員答錯

選項：
  -f, --format FMT   {FORMATS}
      --lang LANG    zh-Hans（預設）、zh-Hant 或 en
  -o, --output FILE  寫入 FILE；不給 --format 時按副檔名決定格式
                     （{EXTENSIONS}；其他副檔名報錯）
      --as-of DATE   截至 DATE（YYYY、YYYY-MM 或 YYYY-MM-DD）時的 CICA：成員國、
                     觀察員、主席國和各項數字都按當時計算；此後的事件不列入
      --bom          CSV 以位元組順序標記開頭（Excel 沒有它會誤讀 UTF-8）
      --state FILE   class 報告讀取的測驗記錄（可重複，或把檔案列在報告名後；
                     預設：你自己的記錄）
  -l, --list         列出報告
  -h, --help         本說明

你自己的報告放在 $XDG_CONFIG_HOME/cica/reports/名稱.lua（預設 ~/.config）。
怎樣寫一份報告見 docs/reports.md。]], [[
Run a report over the CICA dataset and print it.

  cica report --list               list the bundled reports and your own
  cica report NAME                 run a bundled report (e.g. members) or one of yours
  cica report ./my.lua             run a report file
  cica report class A.db B.db      per quiz question, how many learners missed it

Options:
  -f, --format FMT   {FORMATS}
      --lang LANG    zh-Hans (default), zh-Hant or en
  -o, --output FILE  write to FILE; without --format, its extension picks the format
                     ({EXTENSIONS}; others are an error)
      --as-of DATE   CICA as it stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD): members,
                     observers, chair and counts as they were; later events left out
      --bom          start CSV with a byte-order mark (for Excel, which misreads UTF-8
                     without one)
      --state FILE   a quiz history for the class report (repeat it, or list the files
                     after the name; default: your own history)
  -l, --list         list reports
  -h, --help         this help

Your own reports live in $XDG_CONFIG_HOME/cica/reports/NAME.lua (default ~/.config).
See docs/reports.md for writing one.]]),
  -- the --format list of the help: the first format is the default, one with needs_chart is marked
  format_default = m("%s（默认）", "%s（預設）", "%s (default)"),
  format_needs_chart = m("%s（带图表的报告）", "%s（帶圖表的報告）", "%s (reports with a chart)"),
  list_last = m("%s 或 %s", "%s 或 %s", "%s, or %s"),
  no_history_report = m("报告“%s”不读测验记录（--state 用于 class 报告）", "報告「%s」不讀測驗記錄（--state 用於 class 報告）",
    "report '%s' reads no quiz history (--state is for the class report)"),
  bom_csv_only = m("--bom 只用于 CSV（加上 --format csv 或 -o 文件.csv）", "--bom 只用於 CSV（加上 --format csv 或 -o 檔案.csv）",
    "--bom is for CSV only (add --format csv or -o FILE.csv)"),
  one_report = m("一次只能运行一份报告（给了“%s”和“%s”）", "一次只能執行一份報告（給了「%s」和「%s」）",
    "one report at a time (got '%s' and '%s')"),
  which_report = m("运行哪份报告？（cica report --list 列出全部）", "執行哪份報告？（cica report --list 列出全部）",
    "which report? (cica report --list shows them)"),
  unknown_report = m("没有“%s”这份报告%s", "沒有「%s」這份報告%s", "unknown report '%s'%s"),
  list_sep = m("、", "、", ", "),
  available = m("；可选：%s", "；可選：%s", "; available: %s"),
  your_reports = m("我的报告", "我的報告", "Your reports"),

  -- cica search
  search_usage = m("用法：cica search 文本... [--kind 类型]... [--format text|json] [--lang zh-Hans|zh-Hant|en] [--limit N]",
    "用法：cica search 文字... [--kind 類型]... [--format text|json] [--lang zh-Hans|zh-Hant|en] [--limit N]",
    "Usage: cica search TEXT... [--kind KIND]... [--format text|json] [--lang zh-Hans|zh-Hant|en] [--limit N]"),
  search_help = m([[
在数据集的所有记录（成员国、观察员、地点、会议、文件、主席国任期、秘书处、事件、
来源、来源分歧）中按简体中文、繁体中文或英文搜索。多个词须同时出现；繁简互通；
文本从不当作查询语法（AND、OR、*、引号都是普通的词）。

  cica search 阿拉木圖
  cica search 伊斯坦布尔 2010
  cica search Almaty Act --kind document

选项：
      --kind KIND    只要这一类记录（可重复，或 KIND,KIND）：%s
      --format FMT   text（默认：对齐的表格）或 json（每条结果连同其记录）
      --lang LANG    zh-Hans（默认）、zh-Hant 或 en：名称和摘录的语言
      --limit N      最多 N 条结果（默认 %d）
      --as-of DATE   只要 DATE（YYYY、YYYY-MM 或 YYYY-MM-DD）以前发生的
  -h, --help         本帮助

在终端上匹配的文字显示为粗体（除非设置了 NO_COLOR）；其他情况下标为 **这样**。
序数（第六届、第6次、6th、sixth）、年份（2014年）和全角数字按数据中的写法匹配；
搜不到时会给出“你是不是要找”。见 docs/search.md。]], [[
在資料集的所有記錄（成員國、觀察員、地點、會議、文件、主席國任期、秘書處、事件、
來源、來源分歧）中按簡體中文、繁體中文或英文搜尋。多個詞須同時出現；繁簡互通；
文字從不當作查詢語法（AND、OR、*、引號都是普通的詞）。

  cica search 阿拉木圖
  cica search 伊斯坦布尔 2010
  cica search Almaty Act --kind document

選項：
      --kind KIND    只要這一類記錄（可重複，或 KIND,KIND）：%s
      --format FMT   text（預設：對齊的表格）或 json（每條結果連同其記錄）
      --lang LANG    zh-Hans（預設）、zh-Hant 或 en：名稱和摘錄的語言
      --limit N      最多 N 條結果（預設 %d）
      --as-of DATE   只要 DATE（YYYY、YYYY-MM 或 YYYY-MM-DD）以前發生的
  -h, --help         本說明

在終端機上匹配的文字顯示為粗體（除非設定了 NO_COLOR）；其他情況下標為 **這樣**。
序數（第六屆、第6次、6th、sixth）、年份（2014年）和全形數字按資料中的寫法匹配；
搜不到時會給出「你是不是要找」。見 docs/search.md。]], [[
Search every record of the dataset (members, observers, places, meetings, documents, chair
terms, the secretariat, events, sources, discrepancies) in simplified or traditional Chinese or
English. Words are ANDed; traditional and simplified characters find each other; the text is
never query syntax (AND, OR, *, quotes are plain words).

  cica search 阿拉木圖
  cica search 伊斯坦布尔 2010
  cica search Almaty Act --kind document

Options:
      --kind KIND    only records of this kind (repeat, or KIND,KIND): %s
      --format FMT   text (default: an aligned table) or json (every result with its record)
      --lang LANG    zh-Hans (default), zh-Hant or en: the language of titles and snippets
      --limit N      at most N results (default %d)
      --as-of DATE   only what had happened by DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  -h, --help         this help

On a terminal the matched text is bold (unless NO_COLOR is set); elsewhere it is marked
**like this**. Ordinals ("第六届", "第6次", 6th, sixth), years ("2014年") and full-width digits
match as written in the data; a text that finds nothing gets "did you mean". See docs/search.md.]]),
  unknown_kind = m("未知类型“%s”（可选：%s）%s", "未知類型「%s」（可選：%s）%s", "unknown kind '%s' (kinds: %s)%s"),
  bad_limit = m("--limit 须是 1 到 %d 的整数，而不是“%s”", "--limit 須是 1 到 %d 的整數，而不是「%s」",
    "--limit must be a whole number from 1 to %d, got '%s'"),
  no_text = m("没有要搜索的文本", "沒有要搜尋的文字", "no TEXT to search for"),

  -- cica stubs
  stubs_usage = m("用法：cica stubs [目录]", "用法：cica stubs [目錄]", "Usage: cica stubs [DIR]"),
  stubs_help = m([[
为 lua-language-server（VS Code 的 Lua 扩展、Neovim 等）写出 cica 接口的 LuaCATS 桩文件，
让编辑器在你的脚本里补全并检查 cica.*。目录 DIR（默认 cica-luals）中会有 library/cica.lua
和 config.json，即一个插件；在项目的 .luarc.json 中加一行让编辑器使用它：

  { "workspace.library": ["cica-luals/library"] }

安装的副本在 share/cica/luals（如 /usr/share/cica/luals/library）。

选项：
  -h, --help         本帮助]], [[
為 lua-language-server（VS Code 的 Lua 擴充功能、Neovim 等）寫出 cica 介面的 LuaCATS 樁檔案，
讓編輯器在你的腳本裡補全並檢查 cica.*。目錄 DIR（預設 cica-luals）中會有 library/cica.lua
和 config.json，即一個外掛；在專案的 .luarc.json 中加一行讓編輯器使用它：

  { "workspace.library": ["cica-luals/library"] }

安裝的副本在 share/cica/luals（如 /usr/share/cica/luals/library）。

選項：
  -h, --help         本說明]], [[
Write the LuaCATS stubs of the cica API for lua-language-server (VS Code's Lua extension,
Neovim, …), so that the editor completes and checks cica.* in your scripts. DIR (default
cica-luals) gets library/cica.lua and config.json, an addon; point the editor at it with one
line in the project's .luarc.json:

  { "workspace.library": ["cica-luals/library"] }

The installed copy is in share/cica/luals (e.g. /usr/share/cica/luals/library).

Options:
  -h, --help         this help]]),
  one_dir = m("一次只能给一个目录（给了“%s”和“%s”）", "一次只能給一個目錄（給了「%s」和「%s」）",
    "one DIR at a time (got '%s' and '%s')"),

  -- cica completion
  completion_usage = m("用法：cica completion bash|zsh [-o 文件]", "用法：cica completion bash|zsh [-o 檔案]",
    "Usage: cica completion bash|zsh [-o FILE]"),
  completion_help = m([[
在标准输出上输出 cica 的 shell 补全脚本（用 -o 则写入 FILE）。

  bash:  source <(cica completion bash)     或存为
         ~/.local/share/bash-completion/completions/cica
  zsh:   source <(cica completion zsh)      或存为 $fpath 中某个目录里的 _cica

选项：
  -o, --output FILE  把脚本写入 FILE
  -h, --help         本帮助

make install 和 .deb 安装包都已装好这两个脚本。]], [[
在標準輸出上輸出 cica 的 shell 補全腳本（用 -o 則寫入 FILE）。

  bash:  source <(cica completion bash)     或存為
         ~/.local/share/bash-completion/completions/cica
  zsh:   source <(cica completion zsh)      或存為 $fpath 中某個目錄裡的 _cica

選項：
  -o, --output FILE  把腳本寫入 FILE
  -h, --help         本說明

make install 和 .deb 安裝套件都已裝好這兩個腳本。]], [[
Print a shell completion script for cica on standard output (or to FILE with -o).

  bash:  source <(cica completion bash)     or save it as
         ~/.local/share/bash-completion/completions/cica
  zsh:   source <(cica completion zsh)      or save it as _cica in a folder of $fpath

Options:
  -o, --output FILE  write the script to FILE
  -h, --help         this help

make install and the .deb install both scripts already.]]),
  one_shell = m("一次只能给一种 shell（给了“%s”和“%s”）", "一次只能給一種 shell（給了「%s」和「%s」）",
    "one shell at a time (got '%s' and '%s')"),
  unknown_shell = m("未知的 shell“%s”（可选 bash 或 zsh）%s", "未知的 shell「%s」（可選 bash 或 zsh）%s",
    "unknown shell '%s' (bash or zsh)%s"),
  which_shell = m("哪种 shell？（bash 或 zsh）", "哪種 shell？（bash 或 zsh）", "which shell? (bash or zsh)"),
}
