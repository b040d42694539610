cica search: full-text search over every record, in simplified, traditional and English
(docs/search.md). cram shows Chinese output as escapes, so most cases print ids, and Chinese
text is compared inside python3; box-drawing and the … · of snippets are shown as ASCII through
`ascii` (snippets mark the match with **, bold on a terminal).

  $ ascii() { sed 'y/┌┬┐├┼┤└┴┘│─…·/+++++++++|-~*/'; }
  $ aligned() { python3 -c '
  > import sys, unicodedata
  > w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
  > rows = [l for l in sys.stdin.read().splitlines() if l[:1] and l[:1] in "┌├└│"]
  > print("aligned" if len(rows) > 3 and len({w(l) for l in rows}) == 1 else "NOT ALIGNED")'; }
  $ cat > top.lua <<'LUA'
  > -- kind:id of the first two results of cica.search(the arguments joined by spaces)
  > local out = {}
  > for i, r in ipairs(cica.search(table.concat(arg, " "), { limit = 2 })) do out[i] = r.kind .. ":" .. r.id end
  > print(#out > 0 and table.concat(out, " ") or "(none)")
  > LUA

Golden queries: the record a person expects comes first or second, whichever script the query
is written in. Almaty, the city:

  $ cica top.lua 阿拉木图
  place:almaty document:doc-2002-almaty-act
  $ cica top.lua 阿拉木圖
  place:almaty document:doc-2002-almaty-act
  $ cica top.lua Almaty
  place:almaty document:doc-2002-almaty-act
  $ cica top.lua almaty
  place:almaty document:doc-2002-almaty-act

The 3rd summit, Istanbul 2010 (words are ANDed; a year is a word):

  $ cica top.lua 伊斯坦布尔 2010
  document:doc-2010-istanbul-declaration meeting:summit-3
  $ cica top.lua 伊斯坦布爾 2010
  document:doc-2010-istanbul-declaration meeting:summit-3
  $ cica top.lua Istanbul 2010
  document:doc-2010-istanbul-declaration meeting:summit-3
  $ cica top.lua '伊斯坦布尔　2010'
  document:doc-2010-istanbul-declaration meeting:summit-3

China, a two-character word, and one character of it:

  $ cica top.lua 中国
  entity:CN chair:4
  $ cica top.lua 中國
  entity:CN chair:4
  $ cica top.lua China
  entity:CN chair:4
  $ cica top.lua 中
  entity:CN chair:4

Summits:

  $ cica top.lua 峰会
  meeting:summit-7 meeting:summit-3
  $ cica top.lua 峰會
  meeting:summit-7 meeting:summit-3
  $ cica top.lua summit
  meeting:summit-3 meeting:summit-5

The Republic of Korea, by its traditional name, an alias and its ISO code:

  $ cica top.lua 韓國
  entity:KR meeting:summit-2
  $ cica top.lua 韩国
  entity:KR meeting:summit-2
  $ cica top.lua South Korea
  entity:KR
  $ cica top.lua KR
  entity:KR
  $ cica top.lua kr
  entity:KR

Kuwait:

  $ cica top.lua Kuwait
  entity:KW source:A9
  $ cica top.lua 科威特
  entity:KW source:A9

Confidence-building measures: the catalogue of CBMs:

  $ cica top.lua 信任措施
  document:doc-2004-cbm-catalogue document:doc-2021-cbm-catalogue-updated
  $ cica top.lua confidence building measures
  document:doc-2004-cbm-catalogue document:doc-2021-cbm-catalogue-updated

Astana, and the name it bore from 2019 to 2022:

  $ cica top.lua Astana
  place:astana seat:astana@2014-09
  $ cica top.lua 阿斯塔納
  place:astana seat:astana@2014-09
  $ cica top.lua 努尔苏丹
  meeting:ministerial-6 place:astana
  $ cica top.lua 努爾蘇丹
  meeting:ministerial-6 place:astana
  $ cica top.lua Nur-Sultan
  meeting:ministerial-6 place:astana

Ordinals as people type them, in Chinese numerals or digits, with 届, 屆 or 次 (the titles
say 第六次), in English words or digits; the rest of the word is a word of its own:

  $ cica top.lua 第六届
  meeting:summit-6 meeting:ministerial-6
  $ cica top.lua 第6屆
  meeting:summit-6 meeting:ministerial-6
  $ cica top.lua 第六次
  meeting:summit-6 meeting:ministerial-6
  $ cica top.lua 6th
  meeting:summit-6 meeting:ministerial-6
  $ cica top.lua Sixth
  meeting:summit-6 meeting:ministerial-6
  $ cica top.lua 第六届峰会
  meeting:summit-6 document:doc-2022-astana-statement
  $ cica top.lua 第四屆峰會
  document:doc-2014-shanghai-declaration meeting:summit-4
  $ cica top.lua fourth summit
  document:doc-2014-shanghai-declaration meeting:summit-4
  $ cica -e 'print((require "cica.search".match_expression(cica, "第二十一届 ２０１４年上海")) ==
  >   [[("第二十一次" OR "第二十一届" OR "第21次" OR "第21届" OR "21st") AND "2014" AND "上海"]])'
  true

Years with or without 年, in full-width digits too (dates are stored as 2014-05-20):

  $ cica top.lua 2014年 峰会
  meeting:summit-4 document:doc-2014-shanghai-declaration
  $ cica top.lua ２０１４ 峰会
  meeting:summit-4 document:doc-2014-shanghai-declaration
  $ cica -e 'local n = 0; for _, r in ipairs(cica.search("2014年", { limit = 50 })) do if r.id == "summit-4" then n = n + 1 end end print(n)'
  1

A query that is only a year or a date ranks the meetings of that time first, then its events,
then the rest by score (docs/search.md, Ranking): the summit of the year, not the records that
merely mention a day of it:

  $ cica top.lua 2014年
  meeting:summit-4 event:asian-security-concept-2014
  $ cica top.lua 2014
  meeting:summit-4 event:asian-security-concept-2014
  $ cica top.lua ２０１４年
  meeting:summit-4 event:asian-security-concept-2014
  $ cica top.lua 2002
  meeting:summit-1 event:summit-revived-2002
  $ cica top.lua 2010年
  meeting:summit-3 discrepancy:summit-3-date
  $ cica top.lua 1992年
  event:proposal-1992 stage:1
  $ cica top.lua 2014-05-20
  meeting:summit-4 document:doc-2014-bd-memorandum
  $ cica search 2014年 --format json | python3 -c 'import json, sys; print([r["id"] for r in json.load(sys.stdin)][:6].index("summit-4") + 1)'
  1
  $ cica -e 'local s = require "cica.search"
  > for _, q in ipairs({ "2014", "2014年", "２０１４年", " 2014-05 ", "2014-05-20", "2014年 峰会", "14年", "20140", "2014年年", "2014-5" }) do
  >   io.write(q, "=", tostring(s.query_date(q)), " ") end print()'
  2014=2014 2014年=2014 ２０１４年=2014  2014-05 =2014-05 2014-05-20=2014-05-20 2014年 峰会=nil 14年=nil 20140=nil 2014年年=nil 2014-5=nil 

ISO 3166 alpha-3 codes find their state:

  $ cica top.lua KOR
  entity:KR
  $ cica top.lua kaz
  entity:KZ

URLs are addresses, not text: `cn` finds China, never a .cn page:

  $ cica search cn --limit 100 --format json | python3 -c '
  > import json, sys
  > r = json.load(sys.stdin)
  > print(r[0]["id"], [x["id"] for x in r if x["kind"] == "source"])'
  CN ['W1']

The Almaty Act (quotes typed by the user are plain text):

  $ cica top.lua '"Almaty Act"'
  document:doc-2002-almaty-act meeting:summit-1
  $ cica top.lua Almaty Act
  document:doc-2002-almaty-act meeting:summit-1
  $ cica top.lua 阿拉木圖文件
  document:doc-2002-almaty-act entity:KW

Edge cases. Nothing to search for is an empty list, not an error:

  $ cica top.lua ''
  (none)
  $ cica top.lua '   '
  (none)
  $ cica -e 'print(#cica.search(""), #cica.search("!!!"), #cica.search("，。、《》"), #cica.search("Atlantis"))'
  0\t0\t0\t0 (esc)

One character, and a word of punctuation among real words (it is dropped, not ANDed):

  $ cica top.lua 峰
  meeting:summit-7 meeting:summit-3
  $ cica top.lua Almaty '!!!'
  place:almaty document:doc-2002-almaty-act
  $ cica top.lua 阿拉木图 ，
  place:almaty document:doc-2002-almaty-act

FTS5 syntax is plain text: OR, NOT and NEAR are words (a bare AND is dropped: words are ANDed
anyway), and *, ^, :, quotes and brackets are punctuation:

  $ cica top.lua Almaty AND Act
  document:doc-2002-almaty-act meeting:summit-1
  $ cica top.lua Almaty OR Atlantis
  (none)
  $ cica top.lua NOT Almaty
  meeting:expert-1
  $ cica top.lua 'Almaty*'
  place:almaty document:doc-2002-almaty-act
  $ cica top.lua '"Almaty'
  place:almaty document:doc-2002-almaty-act
  $ cica top.lua '^Almaty' '(Act'
  document:doc-2002-almaty-act meeting:summit-1
  $ cica top.lua 'NEAR(Almaty Act)'
  (none)
  $ cica top.lua 'name_en:Almaty'
  (none)
  $ cica -e 'for _, q in ipairs { "AND", "OR", "NOT", "NEAR", "*", "\"", "^", ":", "(", ")", "\"\"\"", "a*b", "-x", "+" } do io.write(#cica.search(q) >= 0 and "ok " or "?") end print()'
  ok ok ok ok ok ok ok ok ok ok ok ok ok ok 

Very long input: only the first 32 distinct words, of at most 64 characters each, are used, so
a pasted page costs no more than a short query.

  $ cica -e 'print(#cica.search(string.rep("阿拉木图", 25600)), #cica.search(string.rep("x", 102400)))'
  0\t0 (esc)
  $ cica -e 'print(cica.search(string.rep("Almaty ", 15000))[1].id, cica.search(string.rep("Almaty Act ", 9000))[1].id)'
  almaty\tdoc-2002-almaty-act (esc)
  $ cica search "$(python3 -c 'print("Kuwait " * 15000)')" --format json --limit 1 | python3 -c 'import json, sys; print([r["id"] for r in json.load(sys.stdin)])'
  ['KW']
  $ cica -e 'print(cica.search("\255\254 Almaty \0 Act\n")[1].id)'
  doc-2002-almaty-act

The API. Each result carries the record the API gives for it, its display title and the score:

  $ cica -e 'local r = cica.search("韓國")[1]; print(r.kind, r.id, r.record == cica.find("KR"), r.record.name_en, type(r.score))'
  entity\tKR\ttrue\tRepublic of Korea\tnumber (esc)

The record is the collection's own table whenever it is read, built or not when the search ran
(a search builds no whole collection for its hits: a record is looked up alone for the title):

  $ cica -e 'local r = cica.search("杜尚别", { kinds = { "meeting" } })[1]; local m; for _, x in ipairs(cica.meetings) do if x.id == r.id then m = x end end; print(r.id, r.record == m)'
  summit-5\ttrue (esc)
  $ cica -e 'local list = cica.meetings; local r = cica.search("杜尚别", { kinds = { "meeting" } })[1]; local m; for _, x in ipairs(list) do if x.id == r.id then m = x end end; print(r.record == m)'
  true
  $ cica -e 'local r = cica.search("哈萨克斯坦")[1]; local keys = {}; for k in pairs(r) do keys[#keys + 1] = k end; table.sort(keys); print(r.id, table.concat(keys, " "), r.record == cica.find(r.id))'
  KZ\tid kind record score snippet title\ttrue (esc)
  $ cica -e 'local r = cica.search("Almaty Act", { kinds = { "document" } }); print(#r, r[1].record.meeting, r[1].snippet == "**Almaty** **Act**")'
  1\tsummit-1\ttrue (esc)
  $ cica -e 'local r = cica.search("Almaty", { kinds = { "meeting", "seat" }, limit = 3 }); for _, x in ipairs(r) do io.write(x.kind, " ") end print(#r)'
  seat meeting meeting 3
  $ cica -e 'local r = cica.search("Almaty"); local ok = #r > 1; for i = 2, #r do ok = ok and r[i - 1].score >= r[i].score end; print(ok)'
  true
  $ cica --lang en -e 'local r = cica.search("阿斯塔納", { kinds = { "place" } })[1]; print(r.title, r.record.names[1].name, r.snippet == "**阿斯塔纳**")'
  Astana\tNur-Sultan\ttrue (esc)
  $ cica --lang en -e 'local r = cica.search("2018", { kinds = { "chair" }, limit = 1 })[1]; print(r.id, r.title)'
  6\tCICA chair: Tajikistan, 2018-09-24 to 2020-09-24 (esc)

Bad arguments are errors that name the problem:

  $ cica -e 'cica.search(nil)' 2>&1 | head -n 1
  cica: (command line):1: cica.search：应为字符串，得到的是 nil
  $ cica -e 'print(pcall(cica.search, "x", { limit = 0 }))'
  false\tcica.search：选项“limit”应为 1 到 1000 之间的整数，得到的是 0 (esc)
  $ cica -e 'print(pcall(cica.search, "x", { kinds = { "country" } }))'
  false\tcica.search：没有“country”这种类型（可用：entity、place、meeting、document、chair、seat、head、event、cbm_area、stage、rule、discrepancy、source） (esc)
  $ cica -e 'print(pcall(cica.search, "x", { kinds = { "meetings" } }))'
  false\tcica.search：没有“meetings”这种类型（可用：entity、place、meeting、document、chair、seat、head、event、cbm_area、stage、rule、discrepancy、source）；你是不是要找“meeting”？ (esc)
  $ cica -e 'print(pcall(cica.search, "x", "entity"))'
  false\tcica.search：选项应为表，得到的是 string (esc)

Every row of the index leads to a record, and every row of the dataset's tables is indexed:

  $ cica -e '
  > local s, missing = require "cica.search", 0
  > for row in cica.rows("SELECT kind, id FROM search") do
  >   if not s.record(cica, row.kind, row.id) then missing = missing + 1; print(row.kind, row.id) end
  > end
  > print("unresolved:", missing)'
  unresolved:\t0 (esc)
  $ cica -e '
  > local tables = { entity = "entities", place = "places", meeting = "meetings", document = "documents",
  >   chair = "chairs", seat = "secretariat_seats", head = "secretariat_heads", event = "events",
  >   stage = "stages", cbm_area = "cbm_areas", source = "sources", discrepancy = "discrepancies" }
  > local bad = 0
  > for kind, t in pairs(tables) do
  >   local n = cica.query("SELECT count(*) AS n FROM " .. t)[1].n
  >   local m = cica.query("SELECT count(*) AS n FROM search WHERE kind = ?", kind)[1].n
  >   if n ~= m then bad = bad + 1; print(kind, n, m) end
  > end
  > print("kinds with missing rows:", bad)'
  kinds with missing rows:\t0 (esc)

A dataset built without the index (cica-mkdb sits beside cica in the build) says so:

  $ cica-mkdb nosearch.db "$CICA_SOURCE/data/schema.sql" $(ls "$CICA_SOURCE"/data/[0-9]*.sql | grep -v search)
  $ cica --db nosearch.db search Almaty
  cica: cica.search：这个数据集没有搜索索引（构建时缺少 data/95-search.sql）
  [1]

Traditional characters fold to simplified through a table learned from the dataset:

  $ cica -e 'print(cica.query("SELECT cica_tokens(?) AS t", "阿拉木圖")[1].t == "阿拉 拉木 木图 图", cica.query("SELECT count(*) AS n FROM search_fold")[1].n > 100)'
  true\ttrue (esc)

The command line: an aligned table, by display width.

  $ cica search Almaty Act --lang en --limit 2 | ascii
  +---+----------+---------------------+-----------------+------------------------------------------+
  | # |   kind   |         id          |      title      |                  match                   |
  +---+----------+---------------------+-----------------+------------------------------------------+
  | 1 | document | doc-2002-almaty-act | Almaty Act      | **Almaty** **Act**                       |
  | 2 | meeting  | summit-1            | 1st CICA Summit | ~Adopted the **Almaty** **Act** and the  |
  |   |          |                     |                 | Declaration on Eliminating Terrorism and |
  |   |          |                     |                 | Promoting Dialogue among Civilizations.  |
  +---+----------+---------------------+-----------------+------------------------------------------+
  2 results
  $ cica search 阿拉木圖 | aligned
  aligned
  $ cica search 韓國 --lang zh-Hant | aligned
  aligned
  $ cica search Atlantis --lang en
  (no results)
  $ cica search '' --lang en
  (no results)
  $ cica search AND '"' --lang en
  (no results)
  $ cica search NOT Almaty --lang en --kind meeting,document --limit 1 | ascii
  +---+---------+----------+-------------------------+--------------------------------------------+
  | # |  kind   |    id    |          title          |                   match                    |
  +---+---------+----------+-------------------------+--------------------------------------------+
  | 1 | meeting | expert-1 | 1st CICA Expert Meeting | ~Held in Kazakhstan (**Almaty** or another |
  |   |         |          |                         | city; seed000 does **not** say which).     |
  +---+---------+----------+-------------------------+--------------------------------------------+
  1 result

Nothing found: "did you mean" over the names and aliases of members, places and regions in
three languages and ISO codes, in the display language; a word of several is fixed alone:

  $ cica search almati
  （没有结果）
  你是不是要找：“Almaty”？
  $ cica search almati | python3 -c 'import sys; print(sys.stdin.read() == "（没有结果）\n你是不是要找：“Almaty”？\n")'
  True
  $ cica search 阿拉木兔 --lang zh-Hant | python3 -c 'import sys; print(sys.stdin.read() == "（沒有結果）\n你是不是要找：“阿拉木图”？\n")'
  True
  $ cica search Almatty --lang en
  (no results)
  did you mean 'Almaty'?
  $ cica search Kazakstan --lang en
  (no results)
  did you mean 'Kazakhstan'?
  $ cica search Shangai --lang en
  (no results)
  did you mean 'Shanghai'?
  $ cica search almati act --lang en
  (no results)
  did you mean 'Almaty act'?
  $ cica search Atlantis --lang en
  (no results)
  $ cica search AND '"' --lang en
  (no results)
  $ cica -e 'print(table.concat(require "cica.search".suggest(cica, "KORR"), ","))'
  KOR

The 类型 column in the display language (English: the kind ids that --kind takes):

  $ cica search 上海 --limit 3 --lang zh-Hant | python3 -c '
  > import sys
  > kinds = [l.split("│")[2].strip() for l in sys.stdin.read().splitlines() if l.startswith("│")]
  > print([k for k in kinds if k] == ["類型", "地點", "會議", "文件"])'
  True
  $ cica search 上海 --limit 3 | python3 -c '
  > import sys
  > kinds = [l.split("│")[2].strip() for l in sys.stdin.read().splitlines() if l.startswith("│")]
  > print([k for k in kinds if k] == ["类型", "地点", "会议", "文件"])'
  True

On a terminal the match is bold (the table stays aligned), and NO_COLOR keeps the markers; a
pipe gets the markers:

  $ cat > ptyrun.py <<'PY'
  > import os, pty, sys
  > pid, fd = pty.fork()
  > if pid == 0:
  >     os.execvp("cica", ["cica"] + sys.argv[1:])
  > out = b""
  > while True:
  >     try:
  >         chunk = os.read(fd, 65536)
  >     except OSError:
  >         break
  >     if not chunk:
  >         break
  >     out += chunk
  > os.waitpid(pid, 0)
  > line = [l for l in out.decode().splitlines() if "almaty-act" in l][0]
  > print(line.split("\u2502")[5].strip())
  > PY
  $ env -u NO_COLOR python3 ptyrun.py search Almaty Act --lang en --limit 1
  \x1b[1mAlmaty\x1b[22m \x1b[1mAct\x1b[22m (esc)
  $ NO_COLOR=1 python3 ptyrun.py search Almaty Act --lang en --limit 1
  **Almaty** **Act**

JSON: every result with its record; titles and snippets in the display language:

  $ cica search 韓國 --lang zh-Hant --format json | python3 -c '
  > import json, sys
  > r = json.load(sys.stdin)
  > print(len(r), r[0]["kind"], r[0]["id"], r[0]["title"] == "韓國", r[0]["snippet"] == "**韓國**", r[0]["record"]["name_en"])'
  5 entity KR True True Republic of Korea
  $ cica search Almaty --kind document --kind seat --format json | python3 -c '
  > import json, sys
  > print(sorted({r["kind"] for r in json.load(sys.stdin)}))'
  ['document', 'seat']
  $ cica search Almaty --kind document,meeting --limit 3 --format json | python3 -c '
  > import json, sys
  > r = json.load(sys.stdin); print(len(r), all(a["score"] >= b["score"] for a, b in zip(r, r[1:])))'
  3 True
  $ cica search '!!!' --format json
  []
  $ cica search --lang en --limit 1 -- -Almaty | ascii
  +---+-------+--------+--------+------------+
  | # | kind  |   id   | title  |   match    |
  +---+-------+--------+--------+------------+
  | 1 | place | almaty | Almaty | **Almaty** |
  +---+-------+--------+--------+------------+
  1 result

Usage errors print "Usage:" and exit 2:

  $ cica search
  cica: search：没有要搜索的文本（见 cica help search）
  [2]
  $ cica search Almaty --kind
  cica: search：选项“--kind”需要一个值（见 cica help search）
  [2]
  $ cica search Almaty --kind country
  cica: search：未知类型“country”（可选：entity、place、meeting、document、chair、seat、head、event、cbm_area、stage、rule、discrepancy、source）（见 cica help search）
  [2]
  $ cica search Almaty --limit 0
  cica: search：--limit 须是 1 到 1000 的整数，而不是“0”（见 cica help search）
  [2]
  $ cica search Almaty --limit many
  cica: search：--limit 须是 1 到 1000 的整数，而不是“many”（见 cica help search）
  [2]
  $ cica search Almaty --format csv
  cica: search：未知格式“csv”（可选：text、json）（见 cica help search）
  [2]
  $ cica search Almaty --lang fr
  cica: search：未知语言“fr”（可选：zh-Hans、zh-Hant、en）（见 cica help search）
  [2]
  $ cica search Almaty --fuzzy
  cica: search：未知选项“--fuzzy”（见 cica help search）
  [2]
  $ cica search --help | head -n 1
  用法：cica search 文本... [--kind 类型]... [--format text|json] [--lang zh-Hans|zh-Hant|en] [--limit N]

The REPL's .search takes the same options; --lang there applies to that search only:

  $ printf '.search Almaty Act --lang en --limit 1\nprint(cica.lang)\n.search --kind\n.search x --limit 0\n' | cica -i 2>&1 | ascii
  +---+----------+---------------------+------------+--------------------+
  | # |   kind   |         id          |   title    |       match        |
  +---+----------+---------------------+------------+--------------------+
  | 1 | document | doc-2002-almaty-act | Almaty Act | **Almaty** **Act** |
  +---+----------+---------------------+------------+--------------------+
  1 result
  zh-Hans
  选项“--kind”需要一个值
  用法：.search TEXT [--kind KIND]... [--limit N] [--format text|json] [--lang LANG]
  --limit 须是 1 到 1000 的整数，而不是“0”
  用法：.search TEXT [--kind KIND]... [--limit N] [--format text|json] [--lang LANG]
  $ cica -e 'local c = require "cica.repl.commands.search"; print(c.name, table.concat(c.complete("", { "--kind" }), " ")); print(table.concat(c.complete("--", {}), " "))'
  search\tentity place meeting document chair seat head event cbm_area stage rule discrepancy source (esc)
  --kind --limit --format --lang --help

Standing rules are found too (how often CICA meets, who chairs):

  $ cica search 每四年 --format json | python3 -c 'import json, sys; r = json.load(sys.stdin)[0]; print(r["kind"], r["id"])'
  rule meeting-cycle
  $ cica search --lang en "takes the chair" --kind rule --limit 1 --format json | python3 -c 'import json, sys; r = json.load(sys.stdin)[0]; print(r["kind"], r["id"])'
  rule host-chairs

A head of the secretariat is found as the person and the post in the display language, not the
post's id:

  $ cica -e 'for _, h in ipairs(cica.search("宫建伟")) do print(h.kind, h.title) end'
  head\t宫建伟（执行主任） (esc)
  discrepancy\t宫建伟何时出任执行主任 (esc)
  head\tÇınar Aldemir（执行主任） (esc)
  $ cica --lang en -e 'for _, h in ipairs(cica.search("Sarybay")) do if h.kind == "head" then print(h.title) end end'
  Kairat Sarybay (Executive Director)
  Kairat Sarybay (Secretary General)
  Khabibullo Mirzozoda (Executive Director)
