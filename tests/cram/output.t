Output that fits and never silently loses data (issue 17): the format of -o FILE, CSV with a
byte-order mark, natural order of ids, tables fitted to the terminal.

  $ ascii() { sed 'y/┌┬┐├┼┤└┴┘│─/+++++++++|-/'; }

-o FILE picks the format from the extension; .markdown is Markdown as .md is:

  $ cica report members -o out.markdown --lang en && head -n 1 out.markdown
  # CICA member states

An extension cica does not write is an error naming the ones it does (exit 2, nothing written);
for a spreadsheet it says how to get one Excel opens:

  $ cica report members -o out.xlsx 2>&1 | head -n 1
  cica: report：无法从扩展名看出“out.xlsx”的格式：cica 能写 .txt .md .markdown .csv .json .html .htm .svg（或给出 --format）；要得到电子表格，请写带字节顺序标记的 CSV：-o out.csv --bom（见 cica help report）
  $ cica report members -o out.xlsx 2>/dev/null
  [2]
  $ cica report members -o out.pdf 2>&1 | head -n 1
  cica: report：无法从扩展名看出“out.pdf”的格式：cica 能写 .txt .md .markdown .csv .json .html .htm .svg（或给出 --format）（见 cica help report）
  $ ls out.xlsx out.pdf 2>&1 | sed 's/.*cannot access/cannot access/'
  cannot access 'out.xlsx': No such file or directory
  cannot access 'out.pdf': No such file or directory

--format says what to write whatever the name; a name without an extension gets text:

  $ cica report members --format csv -o members.xlsx && head -c 24 members.xlsx; echo
  order,code,name,joined,f
  $ cica report chairs -o chairs --lang en && head -n 1 chairs
  CICA chairmanships

--bom starts CSV with U+FEFF, for Excel; it is for CSV only:

  $ cica report members --format csv --bom | head -c 8 | od -An -c
   357 273 277   o   r   d   e   r
  $ cica report members -o m.csv --bom && head -c 3 m.csv | od -An -tx1
   ef bb bf
  $ cica report members --format csv | head -c 5
  order (no-eol)
  $ cica report members --bom 2>&1 | head -n 1
  cica: report：--bom 只用于 CSV（加上 --format csv 或 -o 文件.csv）（见 cica help report）
  $ cica report members --bom -o m.json 2>/dev/null
  [2]

Ids sort naturally (A1, A2, … A10), in the sources report, cica.sources and the REPL's .sources:

  $ cica report sources --format csv | cut -d, -f1 | tr -d '\r' | head -n 12 | tr '\n' ' '; echo
  id A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 
  $ cica -e 'local t = {} for _, s in ipairs(cica.sources) do if s.id:match("^C") then t[#t + 1] = s.id end end print(table.concat(t, " "))'
  C1 C2 C3 C4 C5 C6 C8 C9 C10 C12 C14 C15 C16
  $ cica -e 'local w = require "cica.width"; local t = { "C10", "seed010", "C2", "seed004", "C1" }; table.sort(t, w.natural_less); print(table.concat(t, " "))'
  C1 C2 C10 seed004 seed010

Time travel: --as-of DATE shows CICA as it stood on that day, in every report. The overview at
the 2014 Shanghai summit (its second day) says which date it describes; counts, the chair and
the secretariat's head are those of that day, and nothing after it is listed:

  $ cica report overview --as-of 2014-05-21 --lang en --format csv | python3 -c 'import csv, sys
  > for r in list(csv.reader(sys.stdin))[4:]: print(r[0] + ": " + r[1])'
  Member states: 26 (16 founding)
  Observers: 11 (7 states, 4 organisations)
  Chair: China (since 2014-05-21)
  Secretariat: Almaty (since 2006-06-17)
  Head of secretariat: Çınar Aldemir, Executive Director (since 2010-06)
  Summits held: 4
  Latest summit: No. 4, 2014-05-20, Shanghai
  Ministerial meetings held: 4
  Data as of: 2014-05-21
  Planned meetings now past their date, with no report in the data: 1 (today: 2026-12-05)
  $ cica report overview --as-of 2014-05-21 | head -n 3
  亚信概况
  亚信是什么、成员和观察员数量、现任主席国和秘书处、最近和下一次峰会
  截至 2014-05-21 时的情况（此后的事件未列入）
  $ cica report overview --as-of 2014-05-21 --lang zh-Hant --format md | sed -n 5p
  *截至 2014-05-21 時的情況（此後的事件未列入）*
  $ cica report members --as-of 2014-05-21 --format json | grep view_date
    "view_date": "2014-05-21",
  $ cica report members --format json | grep -c view_date
  0
  [1]
  $ cica report chairs --as-of 2014-05-21 --format html | grep as-of-view
  <p class="as-of-view">截至 2014-05-21 时的情况（此后的事件未列入）</p>

Members, observers, chairs (the term running then is open), meetings and the timeline:

  $ cica report members --as-of 2014-05-21 --lang en --format csv | tr -d '\r' | tail -n 3 | cut -d, -f1-4
  24,KH,Cambodia,2011
  25,QA,Qatar,2014-05-20
  26,BD,Bangladesh,2014-05-20
  $ cica report observers --as-of 2006 --format csv | tr -d '\r' | sed 1d | wc -l
  9
  $ cica report chairs --as-of 2016 --lang en --format csv | tr -d '\r' | cut -d, -f1-5
  term,code,country,from,to
  1,KZ,Kazakhstan,1999-09-14,2010-06-08
  2,TR,Türkiye,2010-06-08,2012-04-02
  3,TR,Türkiye,2012-04-02,2014-05-21
  4,CN,China,2014-05-21,2016-04-28
  5,CN,China,2016-04-28,
  $ cica report summits --as-of 2014-05-19 --lang en --format csv | tr -d '\r' | cut -d, -f1-4
  ordinal,date,end_date,city
  1,2002-06-04,,Almaty
  2,2006-06-17,,Almaty
  3,2010-06-08,,Istanbul
  $ cica report timeline --as-of 1999 --lang en --format csv | tr -d '\r' | tail -n 1 | cut -d, -f1-2
  1999-11,ministerial
  $ cica report growth --as-of 2014-05-21 --lang en --format csv | tr -d '\r' | tail -n 2 | cut -d, -f1-3
  2013,24,13
  2014,26,11

A date of reduced precision means its last day, as in cica.members_at; a bad date is a usage
error (exit 2):

  $ cica report members --as-of 2011 --format csv | tr -d '\r' | sed 1d | wc -l
  24
  $ cica -e 'print(#cica.members_at(2011))'
  24
  $ cica report members --as-of 'last year' 2>&1 | head -n 1
  cica: report：--as-of 的日期“last year”有误：不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）（见 cica help report）
  $ cica report members --as-of 2014-02-30 2>/dev/null
  [2]
  $ cica -e 'print(pcall(require("cica.report").render, "members", { as_of = "soon" }))'
  false\tas-of 日期“soon”有误：不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD） (esc)

A report of your own gets the same view as its `cica`, and so do the dataset's builders:

  $ cat > count.lua <<'LUA'
  > return { title = "Count", columns = { "members", "chair" },
  >   rows = function(cica) return { { members = #cica.members, chair = cica.chairs[#cica.chairs].country } } end }
  > LUA
  $ cica report ./count.lua --as-of 2002 --format csv | tr -d '\r'
  members,chair
  16,KZ
  $ cica --safe report ./count.lua --as-of 2019-06-15 --format csv | tr -d '\r'
  members,chair
  27,TJ
  $ cica -e 'local v = require("cica.dataset").as_of(cica, "2010-06-08"); print(#v.members, v.chairs[#v.chairs].country, v.meta.as_of, #v.summits)'
  22\tTR\t2010-06-08\t3 (esc)

The REPL's .once FILE takes the format from the extension, as -o does, whatever the .mode; in a
file no cell is cut and no row or column left out (the screen shows 40 rows, cells cut at 30):

  $ printf '.mode box\n.once x.csv\ncica.sources\n.once x.md\n.sql SELECT id, title_en FROM sources ORDER BY id LIMIT 2\n.once x.txt\n.sql SELECT id, title_en FROM sources ORDER BY id LIMIT 1\n.once x.svg\n.report growth\n.once x.json\n.report members\n.mode\n' | cica -i
  box
  $ tr -d '\r' < x.csv | sed -n '1p;$p' | cut -d, -f1-3
  id,kind,lang
  seed004,seed,zh-Hans
  $ tr -d '\r' < x.csv | sed 1d | wc -l
  85
  $ cat x.md
  | id | title_en |
  | :--- | :--- |
  | A1 | CICA Secretariat (s-cica.org): page on the Second CICA Ministerial Meeting (Almaty, 2004) |
  | A10 | The Astana Times: "Saudi Arabia becomes observer state in CICA" (28 December 2023) |
  $ cat x.txt | ascii
  +----+--------------------------------+
  | id |            title_en            |
  +----+--------------------------------+
  | A1 | CICA Secretariat (s-cica.org): |
  |    | page on the Second CICA        |
  |    | Ministerial Meeting (Almaty,   |
  |    | 2004)                          |
  +----+--------------------------------+
  $ head -c 38 x.svg; echo
  <?xml version="1.0" encoding="UTF-8"?>
  $ python3 -c 'import json; d = json.load(open("x.json")); print(d["name"], len(d["rows"]))'
  members 28

  $ printf '.once x.html\n.sql SELECT id FROM sources ORDER BY id LIMIT 2\n' | cica -i
  $ grep -c '<tr>' x.html; grep -o '<td[^>]*>[^<]*</td>' x.html
  3
  <td class="nowrap">A1</td>
  <td class="nowrap">A10</td>

An extension cica does not write is refused before anything runs:

  $ printf '.once x.xlsx\n.once x.pdf\n' | cica -i
  .once: 无法从扩展名看出“x.xlsx”的格式：cica 能写 .txt .md .markdown .csv .json .html .htm .svg；要得到电子表格，请用 .once 文件.csv
  .once: 无法从扩展名看出“x.pdf”的格式：cica 能写 .txt .md .markdown .csv .json .html .htm .svg
  $ ls x.xlsx x.pdf 2>&1 | wc -l
  2

.asof DATE: .report and .search show CICA as it stood then; `.asof off` goes back to today:

  $ printf '.asof\n.asof 2014-05-19\n.asof\n.mode csv\n.report summits\n.asof soon\n.asof 1 2\n.asof off\n.asof\n' | cica -i 2>&1 | tr -d '\r'
  off（今天：数据集截至 2025-09-25）
  2014-05-19
  ordinal,date,end_date,city,country,status,sources
  1,2002-06-04,,阿拉木图,KZ,held,"A2, seed004, seed000"
  2,2006-06-17,,阿拉木图,KZ,held,"A3, seed004"
  3,2010-06-08,,伊斯坦布尔,TR,held,"B3, seed004, seed000, B4"
  .asof：日期“soon”有误：不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）
  用法：.asof [DATE|off]
  off（今天：数据集截至 2025-09-25）
  $ ids() { python3 -c 'import json, sys; print(" ".join(r["id"] for r in json.load(sys.stdin)))'; }
  $ printf '.asof 2014-05-19\n.search 上海 --format json\n' | cica -i | ids
  shanghai V3 W1 B5 C15 A7 bangladesh-signatory V8 QA BD qatar-joined
  $ printf '.search 上海 --format json\n' | cica -i | ids
  shanghai summit-4 doc-2014-shanghai-declaration rename-proposal-2014 V3 4 W1 B5 C15 A7 bangladesh-signatory V8 QA BD qatar-joined
  $ cica search 上海 --as-of 2014-05-20 --format json | ids
  shanghai summit-4 V3 W1 B5 C15 A7 bangladesh-signatory V8 QA BD qatar-joined
  $ cica search 上海 --as-of 2014-13 2>&1 | head -n 1
  cica: search：--as-of 的日期“2014-13”有误：不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）（见 cica help search）

Charts scale with their container and name their sources and date; every category label is
drawn, turned 45 degrees when the labels would overlap (here: 7 sub-regions, long English names):

  $ cat > regions.lua <<'LUA'
  > return { title = "Members by sub-region", columns = { "region", "members" },
  >   chart = { type = "bar", x = "region", series = { "members" } },
  >   rows = function(cica)
  >     local R, n, order = require "cica.report", {}, {}
  >     for _, m in ipairs(cica.members) do
  >       local r = R.region_name(m.subregion or m.region)
  >       if not n[r] then n[r] = 0; order[#order + 1] = r end
  >       n[r] = n[r] + 1
  >     end
  >     local rows = {}
  >     for i, r in ipairs(order) do rows[i] = { region = r, members = n[r] } end
  >     return rows
  >   end }
  > LUA
  $ cica report ./regions.lua --lang en --format svg > r.svg
  $ grep -o '<svg [^>]*' r.svg | grep -o 'width="[^"]*" viewBox="[^"]*"'
  width="100%" viewBox="0 0 640 517"
  $ grep -c 'rotate(-45' r.svg
  7
  $ python3 -c 'import re, sys; print(", ".join(re.findall(r"rotate\(-45[^>]*>([^<]*)<", open("r.svg").read())))'
  Southern Asia, Western Asia, Eastern Asia, Northern Africa, Central Asia, Eastern Europe, South-eastern Asia
  $ grep -A2 'class="credit"' r.svg | sed 's/<[^>]*>//g'
  
  Data as of 2025-09-25
  
  $ cica report ./regions.lua --format svg | grep -c 'rotate(-45'
  0
  [1]
  $ cica report growth --format svg | sed -n '/class="credit"/,/<\/g>/p' | sed 's/<[^>]*>//g'
  
  来源：seed000, seed004, R1, A6, D7, A2, R2, B4, A1, A3, V1, A4, A13, A7, V3,
  V4, V8, V2, V9, A8, V5, S1, D2, S3, A9, D5, V14, A12, A17, V10, V16, S5, A18,
  V6, E7, E3, A10, A11
  数据截至 2025-09-25
  
  $ cica report growth --format svg --as-of 2014 --lang en | grep -o 'As it stood[^<]*'
  As it stood on 2014 (later events left out)
  $ cica report growth --format svg | grep -o 'font-size="[0-9]*"' | sort | uniq -c
        1 font-size="13"
        3 font-size="15"
        1 font-size="20"

Pages: a CJK font stack in the page's script (traditional first for zh-Hant); dates, numbers,
codes and short headers never wrap; long text gets room; a wide table scrolls on a phone:

  $ cica report members --format html --lang zh-Hant | grep -o "font-family:[^;]*"
  font-family:'Noto Sans CJK TC','Source Han Sans TC','PingFang TC','Microsoft JhengHei','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif
  $ cica report members --format html | grep -o "font-family:'[^',]*'"
  font-family:'Noto Sans CJK SC'
  $ cica report members --format html | grep '<th ' | sed 's/data-key=//'
  <th scope="col" "order" class="nowrap">序号</th>
  <th scope="col" "code" class="nowrap">代码</th>
  <th scope="col" "name" class="nowrap">名称</th>
  <th scope="col" "joined" class="nowrap">加入时间</th>
  <th scope="col" "founding" class="nowrap">创始成员</th>
  <th scope="col" "region" class="nowrap">地区</th>
  <th scope="col" "sources" class="nowrap" style="min-width:12em">来源</th>
  $ cica report members --format html | grep -m1 '<tr><td' | grep -o '<td[^>]*>' | tr '\n' ' '; echo
  <td class="right nowrap"> <td class="nowrap"> <td> <td class="nowrap"> <td class="center nowrap"> <td class="nowrap"> <td> 
  $ cica report discrepancies --format html | grep '<th ' | grep -o 'data-key="[a-z]*"\( class="nowrap"\)\?\( style="[^"]*"\)\?'
  data-key="id" class="nowrap" style="min-width:7em"
  data-key="title" class="nowrap" style="min-width:9em"
  data-key="claims" class="nowrap" style="min-width:16em"
  data-key="preferred" class="nowrap" style="min-width:16em"
  data-key="reason" class="nowrap" style="min-width:16em"
