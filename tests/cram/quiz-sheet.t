cica quiz --print: a study sheet. The fixture topic (tests/quiz-fixture.lua) keeps these bytes
independent of the dataset; --now fixes the date.

  $ sheet() { cica quiz --print --questions "$CICA_TESTS/quiz-fixture.lua" --topic fixture --seed 1 --now 2025-01-01 "$@"; }

Text, in Chinese (the default language): title, date and count, topics; questions grouped by
topic, choices where the question is asked with choices; the key with explanations and sources:

  $ sheet --mode choice
  亚信会议学习资料
  2025-01-01 · 共 2 题
  主题：样例
  
  样例
  ----
  1. 以下哪个？
     A) Yes
     B) No
  2. 哪座城市？
     A) Astana
     B) Dushanbe
     C) Almaty
  
  答案
  ====
  1. A) Yes
     A note; with a semicolon.
  2. C) Almaty
     第一行，
     第二行。
     来源：X1；Y2
  
  由 cica 根据其数据集生成（命令“cica report sources”列出全部来源）。
  $ sheet --mode typed --lang zh-Hant | head -8
  亞信會議學習資料
  2025-01-01 · 共 1 題
  主題：樣例
  
  樣例
  ----
  1. 哪座城市？
  

Markdown (-o FILE.md picks it), with markup characters escaped:

  $ sheet --lang en -o sheet.md && cat sheet.md
  # CICA study sheet
  
  2025-01-01 · 2 questions  
  Topics: Fixture
  
  ## Fixture
  
  1. Which of these?
     - A) Yes
     - B) No
  2. Which "city", \\<b\\>&\\</b\\>\tmarks? (esc)
  
  ## Answer key
  
  1. **A) Yes**
     A note; with a semicolon.
  2. **Almaty**
     Line one,  
     line two.  
     Sources: X1; Y2
  
  *Made with cica from its dataset (cica report sources lists every source).*

HTML: a whole page with print CSS (A4, the key on a new page), a phone viewport and a CJK font
stack; every text escaped. tests/browser/quiz-sheet.sh renders it in Chromium (no tofu, A4 pages):

  $ sheet --lang en --mode choice --format html | grep -v '^  \|^[a-z:.@}]' 
  <!DOCTYPE html>
  <html lang="en">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>CICA study sheet</title>
  <style>
  </style>
  </head>
  <body>
  <h1>CICA study sheet</h1>
  <p class="meta">2025-01-01 · 2 questions<br>Topics: Fixture</p>
  <section>
  <h2>Fixture</h2>
  <ol start="1">
  <li>Which of these?<ul class="choices"><li>A) Yes</li><li>B) No</li></ul></li>
  <li>Which &quot;city&quot;, &lt;b&gt;&amp;&lt;/b&gt;\tmarks?<ul class="choices"><li>A) Astana</li><li>B) Dushanbe</li><li>C) Almaty</li></ul></li> (esc)
  </ol>
  </section>
  <section class="key">
  <h2>Answer key</h2>
  <ol>
  <li value="1"><p class="answer">A) Yes</p><p>A note; with a semicolon.</p></li>
  <li value="2"><p class="answer">C) Almaty</p><p>Line one,<br>line two.</p><p class="sources">Sources: X1; Y2</p></li>
  </ol>
  </section>
  <footer>Made with cica from its dataset (cica report sources lists every source).</footer>
  </body>
  </html>
  $ sheet --format html | grep -c '@page { size: A4\|break-before: page\|name="viewport"\|Noto Sans CJK SC'
  5

Every question by default (no --count): all of a topic, even two about one fact:

  $ cica quiz --print --topic summits --format json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))'
  18
  $ cica quiz --list-topics --lang en | grep summits
  summits         Summits       Summits: cities and years (18)

Errors:

  $ cica quiz --print --format anki
  cica: quiz：未知格式“anki”（可选：text、md、html、json）（见 cica help quiz）
  [2]
  $ cica quiz --print -o sheet.pdf
  cica: quiz：无法从文件名看出“sheet.pdf”的格式：请给出 --format（text、md、html、json）（见 cica help quiz）
  [2]
  $ cica quiz --print -o no/such/dir/sheet.html
  cica: 无法写入“no/such/dir/sheet.html”：No such file or directory
  [1]
  $ cica --safe quiz --print -o sheet.html --lang zh-Hans
  cica: quiz: --output：安全模式下不允许写入文件
  [1]
