-- Messages of `cica quiz`'s command line (cica.lang area "quiz_cli", cica.cli.quiz): its usage,
-- --help, usage errors and the lines its commands print around their output.
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end

-- The usage lines: the same commands and options in every language, after "用法："/"Usage: "
-- (one column less before the continuation lines in Chinese, where "用法：" is 6 columns wide).
local USAGE_EN = [==[
cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
                 [--due] [--wrong] [--state FILE] [--questions FILE]...
                 [--print [--format text|md|html|json] [-o FILE]]
       cica quiz export [--format anki|csv|json] [-o FILE] [--bom] [--topic T]... [--lang L]
       cica quiz stats [--state FILE] [--format text|json|svg|html] [--retention R]
       cica quiz leeches [--state FILE] [--format text|json] [--leech-threshold N]
       cica quiz revlog [--state FILE] > revlog.csv
       cica quiz optimize [--state FILE] [--reset] [--format text|json]
       cica quiz merge FILE... -o OUT.db
       cica quiz class FILE... [--format text|json]
       cica quiz --list-topics]==]
local USAGE_ZH = [==[
cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
                [--due] [--wrong] [--state FILE] [--questions FILE]...
                [--print [--format text|md|html|json] [-o FILE]]
      cica quiz export [--format anki|csv|json] [-o FILE] [--bom] [--topic T]... [--lang L]
      cica quiz stats [--state FILE] [--format text|json|svg|html] [--retention R]
      cica quiz leeches [--state FILE] [--format text|json] [--leech-threshold N]
      cica quiz revlog [--state FILE] > revlog.csv
      cica quiz optimize [--state FILE] [--reset] [--format text|json]
      cica quiz merge FILE... -o OUT.db
      cica quiz class FILE... [--format text|json]
      cica quiz --list-topics]==]

return {
  usage = m("用法：" .. USAGE_ZH, "用法：" .. USAGE_ZH, "Usage: " .. USAGE_EN),
  help = m([==[
根据数据集生成的亚信会议题目。输入答案（任何文字或语言、ISO 代码、年份、姓氏均可），
选择题输入字母；在填空模式下输入 ? 显示选项（之后答对算作“困难”）。每次作答都会保存；
FSRS-6 安排复习。测验结束时显示得分，并回顾答错的题目（按 Ctrl-D 或 Ctrl-C 结束时也一样）。

选项：
  -n, --count N        出 N 道题（默认 10）
  -t, --topic T        只出主题 T 的题（可重复，或 T1,T2）：主题的编号，或任一语言的
                       名称（峰会、峰會、Summits）；见 --list-topics
  -m, --mode M         choice（选择）、typed（填空）或 mixed（混合，默认）
  -s, --seed S         种子、选项和记录相同时，题目和顺序也相同
      --due            只出到期该复习的题
      --wrong          只出上次答错的题
      --state FILE     记录文件（默认 $XDG_STATE_HOME/cica/quiz.db，~/.local/state）
      --questions FILE 加入 FILE 中的题目生成器（可重复）；见 docs/quiz.md
      --print          不提问，而是输出一份学习单（所选范围内的全部题目，默认全部；
                       答案在最后）；不改动任何记录
      --format F       --print：text（默认）、md、html 或 json；stats：text、json、svg 或
                       html；export：anki（默认）、csv 或 json；leeches、optimize 和
                       class：text 或 json
  -o, --output FILE    把 --print 或 export 的结果写入 FILE（格式取自扩展名：.txt .md
                       .html .json；export 为 .txt .tsv = anki、.csv、.json）；用于 merge
                       时：合并到的记录文件（不存在则新建）
      --bom            export --format csv：以 UTF-8 字节顺序标记开头（供电子表格使用）
      --lang L         zh-Hans（默认）、zh-Hant 或 en
      --now TIME       把 TIME（YYYY-MM-DD[THH:MM[:SS]]）当作当前时间（也用于判断
                       计划中的会议是否已过期）
      --retention R    期望的记忆保持率，0.70 到 0.97（默认 0.90）：题目到期时你希望答对
                       的比例；越高复习越多
      --reset          用于 optimize：恢复默认的 FSRS 参数
      --no-leeches     不出难题（忘记 8 次的题；见 cica quiz leeches）
      --leech-threshold N  忘记多少次算难题（默认 8）
      --list-topics    列出主题
  -h, --help           本帮助

你自己的题目生成器：$XDG_CONFIG_HOME/cica/quiz/*.lua（默认 ~/.config/cica/quiz）。]==], [==[
根據資料集產生的亞信會議題目。輸入答案（任何文字或語言、ISO 代碼、年份、姓氏均可），
選擇題輸入字母；在填空模式下輸入 ? 顯示選項（之後答對算作「困難」）。每次作答都會儲存；
FSRS-6 安排複習。測驗結束時顯示得分，並回顧答錯的題目（按 Ctrl-D 或 Ctrl-C 結束時也一樣）。

選項：
  -n, --count N        出 N 道題（預設 10）
  -t, --topic T        只出主題 T 的題（可重複，或 T1,T2）：主題的編號，或任一語言的
                       名稱（峰会、峰會、Summits）；見 --list-topics
  -m, --mode M         choice（選擇）、typed（填空）或 mixed（混合，預設）
  -s, --seed S         種子、選項和記錄相同時，題目和順序也相同
      --due            只出到期該複習的題
      --wrong          只出上次答錯的題
      --state FILE     記錄檔（預設 $XDG_STATE_HOME/cica/quiz.db，~/.local/state）
      --questions FILE 加入 FILE 中的題目產生器（可重複）；見 docs/quiz.md
      --print          不提問，而是輸出一份學習單（所選範圍內的全部題目，預設全部；
                       答案在最後）；不改動任何記錄
      --format F       --print：text（預設）、md、html 或 json；stats：text、json、svg 或
                       html；export：anki（預設）、csv 或 json；leeches、optimize 和
                       class：text 或 json
  -o, --output FILE    把 --print 或 export 的結果寫入 FILE（格式取自副檔名：.txt .md
                       .html .json；export 為 .txt .tsv = anki、.csv、.json）；用於 merge
                       時：合併到的記錄檔（不存在則新建）
      --bom            export --format csv：以 UTF-8 位元組順序標記開頭（供試算表使用）
      --lang L         zh-Hans（預設）、zh-Hant 或 en
      --now TIME       把 TIME（YYYY-MM-DD[THH:MM[:SS]]）當作目前時間（也用於判斷
                       計畫中的會議是否已過期）
      --retention R    期望的記憶保持率，0.70 到 0.97（預設 0.90）：題目到期時你希望答對
                       的比例；越高複習越多
      --reset          用於 optimize：恢復預設的 FSRS 參數
      --no-leeches     不出難題（忘記 8 次的題；見 cica quiz leeches）
      --leech-threshold N  忘記多少次算難題（預設 8）
      --list-topics    列出主題
  -h, --help           本說明

你自己的題目產生器：$XDG_CONFIG_HOME/cica/quiz/*.lua（預設 ~/.config/cica/quiz）。]==], [==[
Questions about CICA generated from the dataset. Type the answer (any script or language, an ISO
code, a year, a surname) or, for multiple choice, a letter; in typed mode ? shows the choices (a
right answer then counts as Hard). Every answer is saved; FSRS-6 schedules reviews. The session
ends with the score and a review of what was missed (also on Ctrl-D and Ctrl-C).

Options:
  -n, --count N        ask N questions (default 10)
  -t, --topic T        only topic T (repeatable, or T1,T2): its id, or its name in any
                       language ("峰会", "峰會", Summits); see --list-topics
  -m, --mode M         choice, typed or mixed (default)
  -s, --seed S         same seed, options and history: same questions in the same order
      --due            only questions due for review
      --wrong          only questions last answered wrongly
      --state FILE     history file (default $XDG_STATE_HOME/cica/quiz.db, ~/.local/state)
      --questions FILE add the generators in FILE (repeatable); see docs/quiz.md
      --print          print a study sheet (every question of the selection, all by default;
                       the answer key at the end) instead of asking; changes nothing
      --format F       --print: text (default), md, html or json; stats: text, json, svg or
                       html; export: anki (default), csv or json; leeches, optimize and
                       class: text or json
  -o, --output FILE    write --print or export to FILE (format from its extension: .txt .md
                       .html .json; .txt .tsv = anki, .csv, .json for export); with merge:
                       the history to merge into (created if missing)
      --bom            export --format csv: start with a UTF-8 byte-order mark (for spreadsheets)
      --lang L         zh-Hans (default), zh-Hant or en
      --now TIME       take TIME (YYYY-MM-DD[THH:MM[:SS]]) as the current time (also for
                       planned meetings past their date)
      --retention R    the desired retention, 0.70 to 0.97 (default 0.90): the share of answers
                       you aim to get right when a question comes due; higher means more reviews
      --reset          with optimize: back to the default FSRS parameters
      --no-leeches     leave out leeches (questions forgotten 8 times; see cica quiz leeches)
      --leech-threshold N  lapses that make a leech (default 8)
      --list-topics    list the topics
  -h, --help           this help

Your own generators: $XDG_CONFIG_HOME/cica/quiz/*.lua (default ~/.config/cica/quiz).]==]),

  state_hint = m("（不加 --state 时使用默认的测验记录文件）", "（不加 --state 時使用預設的測驗記錄檔）",
    " (without --state the quiz uses its default history file)"),
  unknown_option = m("未知选项“%s”", "未知選項「%s」", "unknown option '%s'"),
  bad_count = m("--count 需要一个正整数，而不是“%s”", "--count 需要一個正整數，而不是「%s」",
    "--count needs a positive whole number, got '%s'"),
  unknown_mode = m("未知模式“%s”（可选 choice、typed、mixed）%s", "未知模式「%s」（可選 choice、typed、mixed）%s",
    "unknown mode '%s' (choice, typed, mixed)%s"),
  bad_now = m("--now 需要一个真实的日期时间，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒数，而不是“%s”",
    "--now 需要一個真實的日期時間，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒數，而不是「%s」",
    "--now needs a real date and time, YYYY-MM-DD[THH:MM[:SS]] or unix seconds, got '%s'"),
  bad_retention = m("--retention 需要 0.70 到 0.97 之间的数，而不是“%s”", "--retention 需要 0.70 到 0.97 之間的數，而不是「%s」",
    "--retention needs a number from 0.70 to 0.97, got '%s'"),
  bad_leech_threshold = m("--leech-threshold 需要一个正整数，而不是“%s”", "--leech-threshold 需要一個正整數，而不是「%s」",
    "--leech-threshold needs a positive whole number, got '%s'"),
  format_goes_with = m("--format 只能与 --print、export、stats、leeches、optimize、class 或 revlog 一起用",
    "--format 只能與 --print、export、stats、leeches、optimize、class 或 revlog 一起用",
    "--format goes with --print, export, stats, leeches, optimize, class or revlog"),
  reset_goes_with = m("--reset 只能与 optimize 一起用", "--reset 只能與 optimize 一起用", "--reset goes with optimize"),
  output_goes_with = m("--output 只能与 --print、export 或 merge 一起用", "--output 只能與 --print、export 或 merge 一起用",
    "--output goes with --print, export or merge"),
  merge_needs = m("merge 需要要合并的记录文件和 -o OUT.db", "merge 需要要合併的記錄檔和 -o OUT.db",
    "merge needs the histories to merge and -o OUT.db"),
  class_needs = m("class 需要一个或多个记录文件", "class 需要一個或多個記錄檔", "class needs one history or more"),
  files_not_state = m("%s 以参数给出记录文件，不用 --state", "%s 以參數給出記錄檔，不用 --state",
    "%s takes history files as arguments, not --state"),
  command_takes = m("%s 只接受 --state、--format、--retention、--leech-threshold、--lang 和 --now",
    "%s 只接受 --state、--format、--retention、--leech-threshold、--lang 和 --now",
    "%s takes only --state, --format, --retention, --leech-threshold, --lang and --now"),
  export_takes = m("export 只接受 --format、--output、--bom、--topic、--seed、--questions 和 --lang",
    "export 只接受 --format、--output、--bom、--topic、--seed、--questions 和 --lang",
    "export takes only --format, --output, --bom, --topic, --seed, --questions and --lang"),
  format_from_name = m("无法从文件名看出“%s”的格式：请给出 --format（%s）", "無法從檔名看出「%s」的格式：請給出 --format（%s）",
    "cannot tell the format of '%s' from its name: give --format (%s)"),
  bom_goes_with = m("--bom 只能与 export --format csv 一起用", "--bom 只能與 export --format csv 一起用",
    "--bom goes with export --format csv"),
  no_history = m("没有记录文件：请设置 HOME 或 XDG_STATE_HOME，或使用 --state 文件",
    "沒有記錄檔：請設定 HOME 或 XDG_STATE_HOME，或使用 --state 檔案",
    "no history file: set HOME, XDG_STATE_HOME or use --state FILE"),
  cannot_write = m("无法写入“%s”：%s", "無法寫入「%s」：%s", "cannot write '%s': %s"),
  unknown_topic = m("没有“%s”这个主题（可选：%s）", "沒有「%s」這個主題（可選：%s）", "unknown topic '%s' (%s)"),
  topic_mean = m("；你是不是要找：%s？", "；你是不是要找：%s？", "; did you mean %s?"),
  list_sep = m("、", "、", ", "),
  revlog_note = m("%d次作答，%d道题；时区 %s%s，每天从零点开始", "%d次作答，%d道題；時區 %s%s，每天從零點開始",
    "%d reviews of %d questions; time zone %s%s, days start at midnight"),
  merged = m("%s：新增%d条作答记录，%d条已存在", "%s：新增%d筆作答記錄，%d筆已存在", "%s: %d answers added, %d already there"),
  class_title = m("全班：%d名学员；错得最多的题目在前", "全班：%d名學員；錯得最多的題目在前",
    "Class: %d learners; questions most missed first"),
  class_missed = m("答错人数", "答錯人數", "missed"),
  class_answered = m("作答人数", "作答人數", "answered"),
  class_wrong = m("答错次数", "答錯次數", "wrong"),
  class_common = m("最常见错答", "最常見錯答", "most given wrong"),
  class_question = m("题目", "題目", "question"),
}
