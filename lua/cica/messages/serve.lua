-- Messages of `cica serve`, the local web app (cica.lang area "serve"): the page frame, the
-- tables, the record pages, the quiz pages and every error page.
local function m(hans, hant, en) return { ["zh-Hans"] = hans, ["zh-Hant"] = hant, en = en } end
return {
  brand = m("亚信数据", "亞信資料", "CICA record"),
  home_title = m("亚信会议概览", "亞信會議概覽", "CICA at a glance"),
  nav_members = m("成员国", "成員國", "Members"),
  nav_observers = m("观察员", "觀察員", "Observers"),
  nav_meetings = m("会议", "會議", "Meetings"),
  nav_documents = m("文件", "文件", "Documents"),
  nav_reports = m("报告", "報告", "Reports"),
  nav_quiz = m("测验", "測驗", "Quiz"),
  nav_sql = m("SQL", "SQL", "SQL"),
  search = m("搜索", "搜尋", "Search"),
  search_placeholder = m("搜索人名、地名、会议……", "搜尋人名、地名、會議……", "Search names, places, meetings…"),
  language = m("语言", "語言", "Language"),
  lang_zh_Hans = m("简体中文", "簡體中文", "简体中文"),
  lang_zh_Hant = m("繁體中文", "繁體中文", "繁體中文"),
  lang_en = m("English", "English", "English"),
  as_of = m("截至", "截至", "As of"),
  apply = m("应用", "套用", "Apply"),
  viewing_as_of = m("显示截至 %s 时的情况（此后的事件未列入）", "顯示截至 %s 時的情況（此後的事件未列入）",
                    "Showing CICA as it stood on %s (later events left out)"),
  footer = m("数据截至 %s · 数据依 CC BY-SA 4.0 发布，程序依 MIT 许可证发布 · 本页由 cica serve 生成",
             "資料截至 %s · 資料依 CC BY-SA 4.0 發布，程式依 MIT 授權條款發布 · 本頁由 cica serve 產生",
             "Data as of %s · data CC BY-SA 4.0, program MIT licence · made by cica serve"),
  collections = m("数据表", "資料表", "Collections"),
  overview_report = m("概览报告", "概覽報告", "Overview report"),
  chair_now = m("现任主席国", "現任主席國", "chair now"),
  coll_members = m("成员国", "成員國", "Member states"),
  coll_observers = m("观察员", "觀察員", "Observers"),
  coll_partners = m("伙伴", "夥伴", "Partners"),
  coll_entities = m("所有国家和组织", "所有國家和組織", "All states and organisations"),
  coll_summits = m("峰会", "峰會", "Summits"),
  coll_meetings = m("会议", "會議", "Meetings"),
  coll_chairs = m("主席国", "主席國", "Chairs"),
  coll_documents = m("文件", "文件", "Documents"),
  coll_events = m("事件", "事件", "Events"),
  coll_timeline = m("大事记", "大事記", "Timeline"),
  coll_discrepancies = m("来源分歧", "來源分歧", "Disagreements between sources"),
  coll_sources = m("来源", "來源", "Sources"),
  coll_rules = m("规则", "規則", "Rules"),
  coll_stages = m("发展阶段", "發展階段", "Stages"),
  coll_cbm_areas = m("建立信任措施领域", "建立信任措施領域", "Confidence-building areas"),
  col_id = m("代码", "代碼", "ID"),
  col_name = m("名称", "名稱", "Name"),
  col_title = m("标题", "標題", "Title"),
  col_joined = m("加入日期", "加入日期", "Joined"),
  col_joined_year = m("加入年份", "加入年份", "Year joined"),
  col_region = m("地区", "地區", "Region"),
  col_subregion = m("次地区", "次地區", "Subregion"),
  col_founding = m("创始成员", "創始成員", "Founding"),
  col_kind = m("类别", "類別", "Kind"),
  col_status = m("状态", "狀態", "Status"),
  col_date = m("日期", "日期", "Date"),
  col_end_date = m("结束日期", "結束日期", "End date"),
  col_city = m("城市", "城市", "City"),
  col_place = m("地点", "地點", "Place"),
  col_host = m("东道国", "東道國", "Host"),
  col_country = m("国家", "國家", "Country"),
  col_term = m("届", "屆", "Term"),
  col_from = m("起", "起", "From"),
  col_to = m("止", "止", "To"),
  col_meeting = m("会议", "會議", "Meeting"),
  col_sources = m("来源", "來源", "Sources"),
  col_lang = m("语言", "語言", "Language"),
  col_url = m("网址", "網址", "URL"),
  col_field = m("字段", "欄位", "Field"),
  col_subject = m("涉及", "涉及", "Subject"),
  col_topic = m("主题", "主題", "Topic"),
  col_text = m("内容", "內容", "Text"),
  col_ord = m("序号", "序號", "No."),
  col_year = m("年份", "年份", "Year"),
  col_note = m("说明", "說明", "Note"),
  col_aliases = m("别名", "別名", "Aliases"),
  col_confidence = m("可信度", "可信度", "Confidence"),
  col_ordinal = m("届次", "屆次", "Ordinal"),
  col_left = m("离开日期", "離開日期", "Left"),
  col_preferred = m("采用", "採用", "Preferred"),
  col_reason = m("理由", "理由", "Reason"),
  col_original_title = m("原标题", "原標題", "Original title"),
  col_iso_numeric = m("ISO 数字代码", "ISO 數字代碼", "ISO numeric"),
  col_cow_ccode = m("COW 代码", "COW 代碼", "COW code"),
  yes = m("是", "是", "yes"),
  no = m("否", "否", "no"),
  no_rows = m("（无数据）", "（無資料）", "(no rows)"),
  prev = m("上一页", "上一頁", "Previous"),
  next = m("下一页", "下一頁", "Next"),
  page_of = m("第 %d / %d 页，共 %d 行", "第 %d / %d 頁，共 %d 行", "Page %d of %d, %d rows"),
  filter = m("筛选", "篩選", "Filter"),
  filter_placeholder = m("在表中查找", "在表中查找", "Find in this table"),
  history = m("历程", "歷程", "History"),
  status_member = m("成员国", "成員國", "member"),
  status_observer = m("观察员", "觀察員", "observer"),
  status_partner = m("伙伴", "夥伴", "partner"),
  status_nil = m("", "", ""),
  meetings_of = m("参加或主办的会议（%d）", "參加或主辦的會議（%d）", "Meetings attended or hosted (%d)"),
  documents_of = m("文件（%d）", "文件（%d）", "Documents (%d)"),
  participants = m("与会方（%d）", "與會方（%d）", "Participants (%d)"),
  disputes = m("涉及的来源分歧（%d）", "涉及的來源分歧（%d）", "Disagreements between sources (%d)"),
  sources = m("来源", "來源", "Sources"),
  sources_label = m("来源：", "來源：", "Sources: "),
  user_report = m("你的报告", "你的報告", "your report"),
  results = m("找到 %d 条与“%s”有关的结果", "找到 %d 筆與「%s」有關的結果", "%d results for “%s”"),
  did_you_mean = m("你是不是要找：", "你是不是要找：", "Did you mean:"),
  kind_entity = m("国家或组织", "國家或組織", "state or organisation"),
  kind_place = m("地点", "地點", "place"),
  kind_meeting = m("会议", "會議", "meeting"),
  kind_document = m("文件", "文件", "document"),
  kind_chair = m("主席国", "主席國", "chair"),
  kind_seat = m("秘书处驻地", "秘書處駐地", "secretariat seat"),
  kind_head = m("秘书处负责人", "秘書處負責人", "secretariat head"),
  kind_event = m("事件", "事件", "event"),
  kind_stage = m("阶段", "階段", "stage"),
  kind_rule = m("规则", "規則", "rule"),
  kind_cbm_area = m("建立信任措施领域", "建立信任措施領域", "confidence-building area"),
  kind_source = m("来源", "來源", "source"),
  kind_discrepancy = m("来源分歧", "來源分歧", "disagreement"),
  run = m("运行", "執行", "Run"),
  sql_help = m("只读查询；最多显示 %d 行，受 --safe 的时间和内存限制。表结构见 docs/data.md。",
               "唯讀查詢；最多顯示 %d 行，受 --safe 的時間和記憶體限制。表結構見 docs/data.md。",
               "Read-only; at most %d rows, under the --safe time and memory limits. The schema: docs/data.md."),
  sql_error = m("SQL 出错：%s", "SQL 出錯：%s", "SQL error: %s"),
  rows_count = m("共 %d 行", "共 %d 行", "%d rows"),
  rows_truncated = m("只显示前 %d 行", "只顯示前 %d 行", "only the first %d rows shown"),
  error_title = m("出错了（%d）", "出錯了（%d）", "Error %d"),
  back_home = m("返回首页", "返回首頁", "Back to the overview"),
  bad_url = m("网址格式不正确（百分号编码有误）", "網址格式不正確（百分號編碼有誤）", "malformed URL (a bad percent escape)"),
  bad_utf8 = m("网址中有无效的 UTF-8 或控制字符", "網址中有無效的 UTF-8 或控制字元", "the URL holds invalid UTF-8 or a control character"),
  -- cica serve --help (cica.serve.cli)
  usage = m("用法：cica serve [--port N] [--host 地址] [--open] [--lang L] [--state 文件]\n"
      .. "                  [--timeout 秒] [--export 目录]",
    "用法：cica serve [--port N] [--host 位址] [--open] [--lang L] [--state 檔案]\n"
      .. "                  [--timeout 秒] [--export 目錄]",
    "usage: cica serve [--port N] [--host ADDRESS] [--open] [--lang L] [--state FILE]\n"
      .. "                  [--timeout S] [--export DIR]"),
  help = m([==[
以本地网页应用浏览全部记录、报告和测验（docs/serve.md）。

选项：
      --port N         监听的端口（默认 8470；0：任一空闲端口，会打印出来）
      --host 地址      改为监听这个数字地址，而不是 127.0.0.1 和 ::1（不是回环地址时会
                       打印警告）
      --open           在浏览器中打开（xdg-open）
      --lang L         页面语言：zh-Hans、zh-Hant 或 en（也可用全局的 cica --lang L；默认：
                       浏览器的 Accept-Language，其次是环境的语言）
      --state 文件     测验记录文件（默认 $XDG_STATE_HOME/cica/quiz.db，与 cica quiz 相同）
      --timeout 秒     每个请求可用的处理器时间秒数（默认 10）
      --export 目录    把所有浏览页面写成静态文件到该目录后退出
  -h, --help           本帮助

用户代码（~/.config/cica/reports 中你的报告、/sql 上的 SQL）在 --safe 沙箱中运行。]==], [==[
以本機網頁應用瀏覽全部記錄、報告和測驗（docs/serve.md）。

選項：
      --port N         監聽的連接埠（預設 8470；0：任一空閒連接埠，會印出來）
      --host 位址      改為監聽這個數字位址，而不是 127.0.0.1 和 ::1（不是迴環位址時會
                       印出警告）
      --open           在瀏覽器中開啟（xdg-open）
      --lang L         頁面語言：zh-Hans、zh-Hant 或 en（也可用全域的 cica --lang L；預設：
                       瀏覽器的 Accept-Language，其次是環境的語言）
      --state 檔案     測驗記錄檔（預設 $XDG_STATE_HOME/cica/quiz.db，與 cica quiz 相同）
      --timeout 秒     每個請求可用的處理器時間秒數（預設 10）
      --export 目錄    把所有瀏覽頁面寫成靜態檔案到該目錄後結束
  -h, --help           本說明

使用者程式碼（~/.config/cica/reports 中你的報告、/sql 上的 SQL）在 --safe 沙箱中執行。]==], [==[
The whole record, the reports and the quiz as a local web app (docs/serve.md).

Options:
      --port N         port to listen on (default 8470; 0: any free port, printed)
      --host ADDRESS   listen on this numeric address instead of 127.0.0.1 and ::1 (prints a
                       warning unless it is a loopback address)
      --open           open the app in the browser (xdg-open)
      --lang L         pages in zh-Hans, zh-Hant or en (also the global cica --lang L; default:
                       the browser's Accept-Language, then the environment's language)
      --state FILE     the quiz history file (default $XDG_STATE_HOME/cica/quiz.db, as cica quiz)
      --timeout S      seconds of processor time a request may take (default 10)
      --export DIR     write every browsing page as static files to DIR and exit
  -h, --help           this help

User code (your reports in ~/.config/cica/reports, SQL on /sql) runs in the --safe sandbox.]==]),
  bad_lang = m("未知的语言“%s”（可用：%s）", "未知的語言「%s」（可用：%s）", "unknown language '%s' (expected %s)"),
  bad_date = m("日期“%s”无效：%s", "日期「%s」無效：%s", "bad date '%s': %s"),
  bad_sort = m("不能按“%s”排序（可用：%s）", "不能按「%s」排序（可用：%s）", "cannot sort by '%s' (columns: %s)"),
  bad_number = m("参数 %s 需要正整数，收到“%s”", "參數 %s 需要正整數，收到「%s」", "%s needs a positive whole number, got '%s'"),
  bad_shape = m("未知的 _shape“%s”（可用：arrays、objects）", "未知的 _shape「%s」（可用：arrays、objects）",
                "unknown _shape '%s' (expected arrays or objects)"),
  bad_search = m("无法搜索：%s", "無法搜尋：%s", "cannot search: %s"),
  not_found = m("没有这个页面：%s", "沒有這個頁面：%s", "no such page: %s"),
  no_record = m("“%2$s”中没有“%1$s”", "「%2$s」中沒有「%1$s」", "no '%s' in %s"),
  no_report = m("没有报告“%s”（可用：%s）", "沒有報告「%s」（可用：%s）", "no report '%s' (available: %s)"),
  report_failed = m("报告“%s”出错：%s", "報告「%s」出錯：%s", "report '%s' failed: %s"),
  method = m("不支持 %s 请求（可用：%s）", "不支援 %s 請求（可用：%s）", "method %s is not allowed here (allowed: %s)"),
  no_host = m("请求缺少 Host 头", "請求缺少 Host 標頭", "the request has no Host header"),
  bad_host = m("Host“%s”不是本服务器的地址（为防止 DNS 重绑定而拒绝）", "Host「%s」不是本伺服器的位址（為防止 DNS 重新綁定而拒絕）",
               "Host '%s' is not this server's address (refused against DNS rebinding)"),
  uri_too_long = m("网址太长（上限 %d 字节）", "網址太長（上限 %d 位元組）", "the URL is too long (at most %d bytes)"),
  too_large = m("请求内容太大（上限 %d 字节）", "請求內容太大（上限 %d 位元組）", "the request body is too large (at most %d bytes)"),
  time_limit = m("处理超时（超过时间限制），请求已停止", "處理逾時（超過時間限制），請求已停止", "the request took too long (time limit exceeded) and was stopped"),
  memory_limit = m("内存不足（超过内存限制），请求已停止", "記憶體不足（超過記憶體限制），請求已停止", "the request used too much memory (memory limit exceeded) and was stopped"),
  internal = m("服务器内部错误（详情见服务器的标准错误输出）", "伺服器內部錯誤（詳情見伺服器的標準錯誤輸出）",
               "internal error (the details are on the server's standard error)"),
  -- the command
  usage_port = m("--port 需要 0 到 65535 之间的端口号，收到“%s”", "--port 需要 0 到 65535 之間的連接埠號碼，收到「%s」",
                 "--port needs a port number 0-65535, got '%s'"),
  usage_timeout = m("--timeout 需要正数秒数，收到“%s”", "--timeout 需要正數秒數，收到「%s」",
                    "--timeout needs a positive number of seconds, got '%s'"),
  usage_export = m("--export 只写文件，不能与 --port、--host 或 --open 同用", "--export 只寫檔案，不能與 --port、--host 或 --open 同用",
                   "--export writes files: it takes no --port, --host or --open"),
  listening = m("cica serve 正在 %s 提供服务（按 Ctrl-C 停止）", "cica serve 正在 %s 提供服務（按 Ctrl-C 停止）",
                "cica serve is listening on %s (Ctrl-C stops it)"),
  stopped = m("cica serve 已停止（%s）", "cica serve 已停止（%s）", "cica serve stopped (%s)"),
  public_warning = m("警告：%s 不是本机回环地址，同一网络上的其他人也能访问本服务", "警告：%s 不是本機迴路位址，同一網路上的其他人也能存取本服務",
                     "warning: %s is not a loopback address: others on the network can reach this server"),
  cannot_listen = m("无法监听 %s", "無法監聽 %s", "cannot listen on %s"),
  exported = m("已将 %d 个页面导出到 %s", "已將 %d 個頁面匯出到 %s", "exported %d pages to %s"),
  cannot_write = m("无法写入“%s”：%s", "無法寫入「%s」：%s", "cannot write '%s': %s"),
  no_xdg_open = m("找不到 xdg-open 命令（Debian 软件包 xdg-utils），请手动打开上面的网址",
    "找不到 xdg-open 命令（Debian 套件 xdg-utils），請手動開啟上面的網址",
    "no xdg-open command (Debian package xdg-utils): open the URL above yourself"),
  open_failed = m("无法打开浏览器（xdg-open）：%s", "無法開啟瀏覽器（xdg-open）：%s", "cannot start the browser (xdg-open): %s"),
  -- the quiz
  quiz_title = m("测验", "測驗", "Quiz"),
  quiz_topics = m("主题（不选则全部）", "主題（不選則全部）", "Topics (none chosen: all)"),
  quiz_mode = m("题型", "題型", "Questions"),
  quiz_mode_choice = m("选择题", "選擇題", "multiple choice"),
  quiz_mode_typed = m("填空题", "填空題", "typed answers"),
  quiz_mode_mixed = m("混合", "混合", "mixed"),
  quiz_count = m("题数", "題數", "How many"),
  quiz_start = m("开始", "開始", "Start"),
  quiz_answer = m("作答", "作答", "Answer"),
  quiz_next = m("下一题", "下一題", "Next question"),
  quiz_progress = m("第 %d / %d 题", "第 %d / %d 題", "Question %d of %d"),
  quiz_right = m("答对了。", "答對了。", "Right."),
  quiz_wrong = m("答错了——正确答案是 %s。", "答錯了——正確答案是 %s。", "Wrong — the answer is %s."),
  quiz_score = m("得分：%d / %d", "得分：%d / %d", "Score: %d / %d"),
  quiz_review = m("需要复习", "需要複習", "To review"),
  quiz_none_to_review = m("全部答对，没有需要复习的题目。", "全部答對，沒有需要複習的題目。", "All right: nothing to review."),
  quiz_again = m("再来一轮", "再來一輪", "Another round"),
  quiz_stats = m("学习统计", "學習統計", "Progress"),
  quiz_history_file = m("记录文件：%s", "記錄檔：%s", "History file: %s"),
  quiz_your_answer = m("你的答案", "你的答案", "Your answer"),
  quiz_no_questions = m("所选主题没有题目", "所選主題沒有題目", "no questions for the topics chosen"),
  bad_csrf = m("表单已失效（CSRF 令牌不符），请重新打开测验页", "表單已失效（CSRF 權杖不符），請重新開啟測驗頁",
               "the form is stale (its CSRF token does not match): open the quiz page again"),
  bad_session = m("没有这个测验场次（可能服务器已重启），请重新开始", "沒有這個測驗場次（可能伺服器已重新啟動），請重新開始",
                  "no such quiz session (the server may have restarted): start again"),
  bad_form = m("表单内容不正确：%s", "表單內容不正確：%s", "malformed form: %s"),
  bad_form_text = m("表单中有无效的 UTF-8、控制字符或错误的百分号转义", "表單中有無效的 UTF-8、控制字元或錯誤的百分號跳脫",
    "the form holds invalid UTF-8, a control character or a bad percent escape"),
  bad_topic = m("未知的主题“%s”", "未知的主題「%s」", "unknown topic '%s'"),
}
