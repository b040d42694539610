cica report: the command line of the reports feature. Box-drawing characters are shown as
ASCII (+ - |) through `ascii` so the expected output stays readable; cram would print them as
escapes. Chinese output is checked in tests/golden/reports/ (see the end of this file).

  $ ascii() { sed 'y/┌┬┐├┼┤└┴┘│─█▉▊▋▌▍▎▏/+++++++++|-########/'; }
  $ aligned() { python3 -c '
  > import sys, unicodedata
  > w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
  > rows = [l for l in sys.stdin.read().splitlines() if l[:1] and l[:1] in "┌├└│"]
  > print("aligned" if len(rows) > 3 and len({w(l) for l in rows}) == 1 else "NOT ALIGNED")'; }

The bundled reports, each with a one-line description:

  $ cica report --list | awk '{ print $1 }'
  overview
  members
  observers
  timeline
  summits
  meetings
  chairs
  growth
  cow
  sources
  discrepancies
  class
  $ cica report --list --lang en
  overview       What CICA is, how many take part, its chair and secretariat, its latest and next summit
  members        Member states in order of accession, with when they joined and their region
  observers      Observer states and organisations, with when they became observers
  timeline       Events from the first proposal to today, in date order
  summits        Every summit (meeting of leaders), when and where
  meetings       Summits, ministerial and other meetings, in date order
  chairs         Chairing states and their terms; a renewal counts as a new term
  growth         Members and observers at the end of each year, and the members that joined that year
  cow            One row per state and year: COW state code, year and CICA status (1 = member, 3 = observer, 0 = none) at the end of the year
  sources        Every source the dataset cites: seed documents, official sites, news and references
  discrepancies  Facts the sources disagree on, each claim with its sources, and the value the dataset uses
  class          Per quiz question, how many learners missed it (from the learners' histories, --state FILE)

Usage errors print "Usage:" and exit 2:

  $ cica report members --x
  cica: report：未知选项“--x”（见 cica help report）
  [2]
  $ cica report members --format
  cica: report：选项“--format”需要一个值（见 cica help report）
  [2]
  $ cica report members --format pdf 2>&1 | head -n 1
  cica: report：未知格式“pdf”（可选：text、md、csv、json、html、svg）（见 cica help report）
  $ cica report members --lang fr 2>&1 | head -n 1
  cica: report：未知语言“fr”（可选：zh-Hans、zh-Hant、en）（见 cica help report）
  $ cica report members chairs 2>&1 | head -n 1
  cica: report：一次只能运行一份报告（给了“members”和“chairs”）（见 cica help report）
  $ cica report
  cica: report：运行哪份报告？（cica report --list 列出全部）（见 cica help report）
  [2]

`cow`: state-year rows in the codes of the Correlates of War IGO data (1 = member, 3 = observer,
0 = none, by the status on 31 December), keyed by the COW state code; the csv header and values are
the same in every language. Sri Lanka (780): an observer from May 2013, a member from 2018;
Palestine has no COW code and no rows; there is no chart to draw:

  $ cica report cow --format csv | head -n 3
  ccode,state,year,cica\r (esc)
  2,United States,1999,3\r (esc)
  2,United States,2000,3\r (esc)
  $ cica report cow --format csv --lang zh-Hant | tr -d '\r' | grep '^780,' | sed -n '14,15p;20,21p'
  780,Sri Lanka,2012,0
  780,Sri Lanka,2013,3
  780,Sri Lanka,2018,1
  780,Sri Lanka,2019,1
  $ cica report cow --format csv | grep -c Palestine
  0
  [1]
  $ cica report cow --format json --lang en | python3 -c 'import json, sys; d = json.load(sys.stdin); print(len(d["rows"]), sorted({r["cica"] for r in d["rows"]}), len({r["ccode"] for r in d["rows"]}))'
  1053 [0, 1, 3] 39
  $ cica report cow --format svg
  cica: 报告“cow”没有图表，不能输出为 svg（可选：text、md、csv、json、html）
  [1]

An unknown report names the ones there are (exit 2, no usage line):

  $ cica report no-such-report
  cica: report：没有“no-such-report”这份报告；可选：overview、members、observers、timeline、summits、meetings、chairs、growth、cow、sources、discrepancies、class（见 cica help report）
  [2]

Help goes to standard output:

  $ cica report --help | head -n 4
  用法：cica report 名称|文件.lua [--format text|md|csv|json|html|svg] [--lang zh-Hans|zh-Hant|en] [-o 文件]
        cica report --list
  
  对 CICA 数据集生成一份报告并输出。

A report without a chart cannot be drawn as SVG (exit 1):

  $ cica report members --format svg
  cica: 报告“members”没有图表，不能输出为 svg（可选：text、md、csv、json、html）
  [1]

Chinese text lines up in the box (every table line has one display width):

  $ cica report members | aligned
  aligned
  $ cica report growth --lang zh-Hant | aligned
  aligned

A report of your own, in a file:

  $ cat > founding.lua <<'LUA'
  > -- the founding members, as in docs/reports.md
  > return {
  >   title = { ["zh-Hans"] = "创始成员国", en = "Founding members" },
  >   columns = { "code", { key = "name", title = { ["zh-Hans"] = "名称", en = "Name" } } },
  >   rows = function()
  >     local out = {}
  >     for _, m in ipairs(cica.members) do
  >       if m.founding and m.id < "C" then out[#out + 1] = { code = m.id, name = m.name } end
  >     end
  >     return out
  >   end,
  > }
  > LUA
  $ cica report ./founding.lua --lang en --format csv | tr -d '\r'
  code,name
  AF,Afghanistan
  AZ,Azerbaijan
  $ cica report founding.lua --format md --lang en | head -n 6
  # Founding members
  
  | code | Name |
  | :--- | :--- |
  | AF | Afghanistan |
  | AZ | Azerbaijan |
  $ cica report ./founding.lua --format=json --lang en | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["title"], [r["code"] for r in d["rows"]])'
  Founding members ['AF', 'AZ']

Static rows make the formats easy to see: quoting, escaping, nil cells, alignment.

  $ cat > static.lua <<'LUA'
  > return {
  >   title = "Static",
  >   description = "rows that need quoting",
  >   columns = { "id", "text", { key = "n", title = "N" } },
  >   rows = function()
  >     return {
  >       { id = "a", text = 'comma, "quote"', n = 1 },
  >       { id = "b", text = "pipe | and <tag> & more", n = 22 },
  >       { id = "c" },
  >     }
  >   end,
  >   chart = { type = "bar", x = "id", series = { { key = "n", title = "n" } } },
  > }
  > LUA
  $ cica report ./static.lua --lang en | ascii
  Static
  rows that need quoting
  +----+-------------------------+----+
  | id |          text           | N  |
  +----+-------------------------+----+
  | a  | comma, "quote"          |  1 |
  | b  | pipe | and <tag> & more | 22 |
  | c  |                         |    |
  +----+-------------------------+----+
  3 rows
  
  n
  a |## 1
  b |######################################## 22
  c |
  
  Data as of 2025-09-25
  $ cica report ./static.lua --format csv
  id,text,n\r (esc)
  a,"comma, ""quote""",1\r (esc)
  b,pipe | and <tag> & more,22\r (esc)
  c,,\r (esc)
  $ cica report ./static.lua --format md --lang en | head -n 9
  # Static
  
  rows that need quoting
  
  | id | text | N |
  | :--- | :--- | ---: |
  | a | comma, "quote" | 1 |
  | b | pipe \| and <tag> & more | 22 |
  | c |  |  |
  $ cica report ./static.lua --format json --lang en
  {
    "name": "./static.lua",
    "title": "Static",
    "description": "rows that need quoting",
    "lang": "en",
    "as_of": "2025-09-25",
    "columns": [
      {"key":"id","title":"id"},
      {"key":"text","title":"text"},
      {"key":"n","title":"N"}
    ],
    "rows": [
      {"id":"a","text":"comma, \"quote\"","n":1},
      {"id":"b","text":"pipe | and <tag> & more","n":22},
      {"id":"c","text":null,"n":null}
    ],
    "notes": [],
    "chart": {"type":"bar","x":"id","title":null,"series":[{"key":"n","title":"n"}]},
    "sources": []
  }
  $ cica report ./static.lua --format svg | python3 -c 'import sys,xml.dom.minidom as m; d=m.parseString(sys.stdin.read()); print(d.documentElement.tagName, len(d.getElementsByTagName("rect")))'
  svg 4
  $ cica report ./static.lua --format html | python3 -c 'import sys,xml.dom.minidom as m; d=m.parseString(sys.stdin.read()); print([t.tagName for t in d.getElementsByTagName("body")[0].childNodes if t.nodeType == 1])'
  ['h1', 'p', 'div', 'figure', 'footer']
  $ cica report ./static.lua --format html | grep '<td>pipe'
  <tr><td class="nowrap">b</td><td>pipe | and &lt;tag&gt; &amp; more</td><td class="right nowrap">22</td></tr>

-o writes to a file; without --format the extension picks the format:

  $ cica report ./static.lua -o static.csv
  $ tr -d '\r' < static.csv
  id,text,n
  a,"comma, ""quote""",1
  b,pipe | and <tag> & more,22
  c,,
  $ cica report ./static.lua -o static.json && head -n 2 static.json
  {
    "name": "./static.lua",
  $ cica report ./static.lua --format csv -o no/such/dir/x.csv
  cica: 无法写入“no/such/dir/x.csv”：No such file or directory
  [1]

Reports in $XDG_CONFIG_HOME/cica/reports are listed and run by name:

  $ mkdir -p "$XDG_CONFIG_HOME/cica/reports" && cp static.lua "$XDG_CONFIG_HOME/cica/reports/"
  $ cica report --list --lang en | tail -n 3 | sed "s|$XDG_CONFIG_HOME|CONFIG|"
  
  Your reports (CONFIG/cica/reports):
  static         rows that need quoting
  $ cica report static --format csv | tr -d '\r' | head -n 2
  id,text,n
  a,"comma, ""quote""",1
  $ cica report nope 2>&1 | sed 's/.*discrepancies/…discrepancies/'
  …discrepancies、class、static（见 cica help report）

Errors in a report file name the file:

  $ echo 'return { title = "x", columns = { "a" } }' > norows.lua
  $ cica report ./norows.lua
  cica: ./norows.lua：报告没有 'rows' 函数
  [1]
  $ cica --lang zh-Hant report ./norows.lua
  cica: ./norows.lua：報告沒有 'rows' 函式
  [1]
  $ cica --lang en report ./norows.lua
  cica: ./norows.lua: report has no 'rows' function
  [1]
  $ echo 'return { title = "x", columns = { "a" }, rows = function() return { { b = 1 } } end }' > nocol.lua
  $ cica report ./nocol.lua
  cica: ./nocol.lua：每一行都缺少列“a”
  [1]
  $ echo 'return { title = "x", columns = { "a" }, rows = function() return { { a = 1 }, "two" } end }' > badrow.lua
  $ cica report ./badrow.lua
  cica: ./badrow.lua：第 2 行是 string，不是表
  [1]
  $ echo 'return { title = "x", columns = {}, rows = function() return {} end }' > nocols.lua
  $ cica report ./nocols.lua
  cica: ./nocols.lua：报告的 'columns' 应为非空数组
  [1]
  $ echo 'return { columns = { "a" }, rows = function() return {} end }' > notitle.lua
  $ cica report ./notitle.lua
  cica: ./notitle.lua：报告没有 'title' 字符串
  [1]
  $ echo 'return 42' > number.lua
  $ cica report ./number.lua
  cica: ./number.lua：报告应返回一个表（得到的是 number）
  [1]
  $ echo 'return { title = "x", columns = { "a" }, rows = function() error("no data", 0) end }' > fails.lua
  $ cica report ./fails.lua
  cica: ./fails.lua: no data
  [1]
  $ echo 'return { title = "x", columns = { "a" }, rows = function() return 5 end }' > notarray.lua
  $ cica report ./notarray.lua
  cica: ./notarray.lua：rows() 应返回表的数组（得到的是 number）
  [1]
  $ echo 'return { title = "x" columns = { "a" } }' > syntax.lua
  $ cica report ./syntax.lua
  cica: ./syntax.lua:1: '}' expected near 'columns'
  [1]
  $ cica report ./missing.lua
  cica: ./missing.lua：无法读取报告文件（No such file or directory）
  [1]

Under --safe a report file runs in the sandbox like any user code:

  $ echo 'return { title = "x", columns = { "a" }, rows = function() return { { a = io.open("f") } } end }' > evil.lua
  $ cica --safe report ./evil.lua
  cica: ./evil.lua:1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ cica --safe report ./static.lua --format csv | tr -d '\r' | head -n 2
  id,text,n
  a,"comma, ""quote""",1

The report API from Lua:

  $ cica -e 'local r = require "cica.report"; print(table.concat(r.formats, " "))'
  text md csv json html svg
  $ cica -e 'local r = require "cica.report"; io.write((r.render("./static.lua", { format = "csv" })))' | tr -d '\r'
  id,text,n
  a,"comma, ""quote""",1
  b,pipe | and <tag> & more,22
  c,,
  $ cica -e 'local r = require "cica.report"; r.run("./static.lua", { format = "md", output = "s.md" })' && head -n 1 s.md
  # Static
  $ cica -e 'print(require("cica.report").render("chairs", { format = "csv", lang = "en" }):match("^[^\r]*") .. " " .. cica.lang)'
  term,code,country,from,to,sources zh-Hans

The golden outputs of every bundled report, format and language (regenerate them with
tests/golden/update-reports.sh after an intended change to a report or the data):

  $ "$CICA_SOURCE/tests/golden/check-reports.sh" cica
  reports: 183 files ok
