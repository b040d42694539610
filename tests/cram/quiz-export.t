cica quiz export: every question of the chosen topics for Anki (text import with file headers),
as CSV (RFC 4180) or JSON. The fixture topic (tests/quiz-fixture.lua) has fixed texts with what
needs escaping, so these bytes do not move with the dataset.

  $ fix() { cica quiz export --questions "$CICA_TESTS/quiz-fixture.lua" --topic fixture "$@"; }

Anki: tab-separated, HTML fields (escaped; tabs and line breaks inside a field become spaces),
GUID = "cica:" + the stable question id, one deck per topic under CICA::, tags cica and
cica::<topic>. Notes in topic order, then by id:

  $ fix --lang en
  #separator:tab
  #html:true
  #notetype:Basic
  #columns:guid\tdeck\ttags\tFront\tBack (esc)
  #guid column:1
  #deck column:2
  #tags column:3
  cica:fixture:a\tCICA::Fixture\tcica cica::fixture\tWhich of these?<br>A) No<br>B) Yes\t<b>Yes</b><br>A note; with a semicolon. (esc)
  cica:fixture:b\tCICA::Fixture\tcica cica::fixture\tWhich &quot;city&quot;, &lt;b&gt;&amp;&lt;/b&gt; marks?\t<b>Almaty</b><br>Line one, line two.<br><small>Sources: X1; Y2</small> (esc)
  $ fix --lang en | od -c | head -2
  0000000   #   s   e   p   a   r   a   t   o   r   :   t   a   b  \n   #
  0000020   h   t   m   l   :   t   r   u   e  \n   #   n   o   t   e   t

In Chinese the deck is the topic's Chinese name; the default format is anki, and -o FILE takes
the format from the extension (.txt/.tsv anki, .csv, .json):

  $ fix | sed -n 9p
  cica:fixture:b\tCICA::样例\tcica cica::fixture\t哪座城市？\t<b>Almaty</b><br>第一行， 第二行。<br><small>来源：X1；Y2</small> (esc)
  $ fix -o notes.txt && fix -o deck.tsv && fix > stdout.txt && cmp notes.txt stdout.txt && cmp deck.tsv stdout.txt && echo same
  same
  $ fix -o rows.csv && head -1 rows.csv
  id,topic,question,choices,answer,accepted,explanation,sources\r (esc)
  $ fix -o all.json && json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; } && json 'd["format"], d["version"], len(d["questions"])' < all.json
  cica-quiz-export 1 2

CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line
break; lists joined with " | ". --bom starts it with a UTF-8 byte-order mark for spreadsheets:

  $ fix --format csv --lang en
  id,topic,question,choices,answer,accepted,explanation,sources\r (esc)
  fixture:a,Fixture,Which of these?,No | Yes,Yes,Yes,A note; with a semicolon.,\r (esc)
  fixture:b,Fixture,"Which ""city"", <b>&</b>\tmarks?",Almaty | Astana | Dushanbe,Almaty,Almaty | 阿拉木图 | Alma-Ata,"Line one, (esc)
  line two.",X1 Y2\r (esc)
  $ fix --format csv --bom | head -c 3 | od -An -tx1
   ef bb bf
  $ fix --format csv --bom --lang en | python3 -c 'import csv, io, sys; rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"), newline=""))); print(len(rows), rows[0][0], repr(rows[2][6]))'
  3 id 'Line one,\nline two.'

JSON (docs/quiz.md describes the fields):

  $ fix --format json --lang en
  {"format":"cica-quiz-export","version":1,"lang":"en","questions":[
  {"accepted":["Yes"],"answer":"Yes","choice_only":true,"choices":["No","Yes"],"explanation":null,"id":"fixture:a","note":"A note; with a semicolon.","question":"Which of these?","sources":[],"topic":"fixture","topic_name":"Fixture"},
  {"accepted":["Almaty","阿拉木图","Alma-Ata"],"answer":"Almaty","choice_only":false,"choices":["Almaty","Astana","Dushanbe"],"explanation":"Line one,\\nline two.","id":"fixture:b","note":null,"question":"Which \\"city\\", <b>&</b>\\tmarks?","sources":[{"id":"X1","title":null,"url":null},{"id":"Y2","title":null,"url":null}],"topic":"fixture","topic_name":"Fixture"} (esc)
  ]}

The same export on every run (without --seed the choices come from the seed "export"):

  $ cica quiz export --topic summits > a.txt && cica quiz export --topic 峰會 > b.txt && cmp a.txt b.txt && grep -c '^cica:summits:' a.txt
  18
  $ test "$(cica quiz export | grep -vc '^#')" = "$(cica quiz --print --format json | json 'len(d)')" && echo every question
  every question

Errors:

  $ cica quiz export --format html
  cica: quiz：未知格式“html”（可选：anki、csv、json）（见 cica help quiz）
  [2]
  $ cica quiz export --bom
  cica: quiz：--bom 只能与 export --format csv 一起用（见 cica help quiz）
  [2]
  $ cica quiz export --format json --bom
  cica: quiz：--bom 只能与 export --format csv 一起用（见 cica help quiz）
  [2]
  $ cica quiz export --count 3
  cica: quiz：export 只接受 --format、--output、--bom、--topic、--seed、--questions 和 --lang（见 cica help quiz）
  [2]
  $ cica quiz --output x.txt
  cica: quiz：--output 只能与 --print、export 或 merge 一起用（见 cica help quiz）
  [2]
  $ cica quiz export -o no/such/dir/x.txt
  cica: 无法写入“no/such/dir/x.txt”：No such file or directory
  [1]
  $ cica --safe quiz export -o x.txt --lang en
  cica: quiz: --output: writing files is not allowed in safe mode
  [1]
  $ test -e x.txt || echo "not written"
  not written
