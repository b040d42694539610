cica quiz: questions from the dataset, answers from stdin, history in SQLite. Every session here
is fixed by --seed (and --now where the schedule matters), so the transcripts are exact.

  $ json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

The topics, with how many questions each has:

  $ cica quiz --list-topics --lang en
  accession       Accession     When members joined (16)
  status          Status        Members, observers and partners (43)
  founding        Founding      Founding (17)
  summits         Summits       Summits: cities and years (18)
  ministerial     Ministerial   Ministerial meetings (20)
  chairs          Chairs        Chairmanships (19)
  secretariat     Secretariat   The secretariat (18)
  documents       Documents     Documents adopted (33)
  counts          Counts        Counts over time (11)
  asof            As of a date  How things stood on a date (18)
  disputes        Disputes      Where sources disagree (72)
  cloze           Fill in the blank  Sentences from the sources (9)
  $ cica quiz --help | head -1
  用法：cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]

Usage errors name the problem, print the usage line and exit 2:

  $ cica quiz --count 0
  cica: quiz：--count 需要一个正整数，而不是“0”（见 cica help quiz）
  [2]
  $ cica quiz --mode oral
  cica: quiz：未知模式“oral”（可选 choice、typed、mixed）（见 cica help quiz）
  [2]
  $ cica quiz --topic astrology --lang en
  cica: quiz: unknown topic 'astrology' (accession, status, founding, summits, ministerial, chairs, secretariat, documents, counts, asof, disputes, cloze) (see 'cica help quiz')
  [2]
  $ cica quiz --format json
  cica: quiz：--format 只能与 --print、export、stats、leeches、optimize、class 或 revlog 一起用（见 cica help quiz）
  [2]
  $ cica quiz --bogus
  cica: quiz：未知选项“--bogus”（见 cica help quiz）
  [2]

--print makes a study sheet of what a session would ask: a title, the date, the topics; the
questions numbered and grouped by topic, choices where there are choices; the answer key at the
end with explanations and sources. No internal ids; it creates no history:

  $ cica quiz --print --seed 7 --count 4 --lang en --state printed.db --now 2025-01-01T12:00
  CICA study sheet
  2025-01-01 · 4 questions
  Topics: Ministerial, Documents, Disputes, Fill in the blank
  
  Ministerial
  -----------
  1. Where was the 3rd CICA ministerial meeting held?
  
  Documents
  ---------
  2. In which year was this CICA document adopted: “Shanghai Declaration of the Fourth CICA Summit”?
     A) 1997
     B) 2012
     C) 2014
     D) 2015
  
  Disputes
  --------
  3. Sources disagree on “Dates of the 1996 deputy-ministerial meeting”. What does source seed000 (Qiuzhen Baike encyclopedia article "亞信會議" (CICA), as of about 2019) say?
     A) 7 February 1996
     B) 7 and 8 February 1996
  
  Fill in the blank
  -----------------
  4. Fill in the blank: The Secretariat is funded by the Government of ____ and by voluntary contributions of member states.
     A) Bahrain
     B) Iran
     C) Kazakhstan
     D) Belarus
  
  Answer key
  ==========
  1. Almaty
     The 3rd CICA ministerial meeting was held in Almaty on 25 August 2008.
     Sources: C16 (Ministry of Foreign Affairs of the Russian Federation: page on CICA (СВМДА), document 327366); C1 (China Radio International (Big5 edition): the previous CICA ministerial meetings, before the 5th (26 April 2016)); A4 (Globescope Kazakhstan news archive: news article no. 144 on CICA (2008))
  2. C) 2014
     “Shanghai Declaration of the Fourth CICA Summit” was adopted in Shanghai on 21 May 2014 (4th CICA Summit).
     Sources: W1 (Evening-paper site wanbao.xyxww.com.cn: report on the close of the 4th CICA Summit in Shanghai and its Shanghai Declaration (23 May 2014))
  3. B) 7 and 8 February 1996
     seed000 says: 7 and 8 February 1996. The dataset adopts: 1996-02-07 to 1996-02-08.
     Sources: seed000 (Qiuzhen Baike encyclopedia article "亞信會議" (CICA), as of about 2019)
  4. C) Kazakhstan
     The Secretariat is funded by the Government of Kazakhstan and by voluntary contributions of member states.
     Sources: seed000 (Qiuzhen Baike encyclopedia article "亞信會議" (CICA), as of about 2019)
  
  Made with cica from its dataset (cica report sources lists every source).
  $ test -e printed.db || echo "no history written"
  no history written
  $ cica quiz --print --seed 7 --count 4 --format json --state printed.db | json 'len(d), sorted(d[0])'
  4 ['accepted', 'answer', 'choices', 'explain', 'id', 'mode', 'prompt', 'sources', 'topic']

A session read from stdin: one answer per line, echoed after "answer:", feedback after each, the
score last. A letter answers a multiple-choice question; so does the text of a choice.

  $ printf 'c\n2010\nTürkiye\n\nc\n' | cica quiz --seed 11 --count 5 --lang en --now 2025-01-01T12:00 --state h.db
  [1/5] Where sources disagree · Sources disagree on “Was Mongolia a member or an observer in 1999?”. What does source R2 say?
    A) Observer at the first ministerial meeting, 1999-09-14
    B) Founding member
    C) One of 16 states that had joined by 2001
  answer: c
  right.
  R2 says: One of 16 states that had joined by 2001. The dataset adopts: observer 1999-09-14 to 2001, member from 2001 (first attested), founding = 1.
  source: R2 (Pravda.ru (English): "Kazakhstan Calls To Put Off Asian Confidence-building Summit" (2001))
  
  [2/5] Ministerial meetings · Which CICA ministerial meeting (1st, 2nd, …) was held in Beijing in 2016?
    A) 2nd
    B) 4th
    C) 5th
    D) 6th
  answer: 2010
  wrong — the answer is 5th.
  The 5th CICA ministerial meeting was held in Beijing on 27 April 2016.
  sources: C2 (yizhil.com: Chinese-language article on the 5th CICA Ministerial Meeting (Beijing, April 2016)); also C1, C3, seed000
  
  [3/5] Founding · Which of these states is a founding member of CICA?
    A) Türkiye
    B) Ukraine
    C) Indonesia
    D) Vietnam
  answer: Türkiye
  right.
  Türkiye is one of CICA's founding members.
  sources: seed000 (Qiuzhen Baike encyclopedia article "亞信會議" (CICA), as of about 2019); also seed004, R1, D7, B4
  
  [4/5] Documents adopted · In which city was this CICA document adopted: “Memorandum of Bangladesh on obtaining CICA member state status”?
    A) Istanbul
    B) Baku
    C) Shanghai
    D) Dushanbe
  answer: 
  no answer — the answer is Shanghai.
  “Memorandum of Bangladesh on obtaining CICA member state status” was adopted in Shanghai on 20 May 2014 (4th CICA Summit).
  source: seed004 (Chinese Wikipedia article "亚洲相互协作与信任措施会议" (CICA), converted to simplified Chinese)
  
  [5/5] How things stood on a date · On 20 May 2014, which of these states was already a member of CICA?
    A) Malaysia
    B) Belarus
    C) Kuwait
    D) Vietnam
  answer: c
  wrong — the answer is Vietnam.
  You answered Kuwait. Kuwait joined only on 13 October 2022.
  Vietnam joined CICA on 8 June 2010, so on 20 May 2014 it was a member.
  sources: seed004 (Chinese Wikipedia article "亚洲相互协作与信任措施会议" (CICA), converted to simplified Chinese); also A6, seed000
  
  To review (3):
  2. Which CICA ministerial meeting (1st, 2nd, …) was held in Beijing in 2016?
     answer: 5th · sources: C2, C1, C3, seed000 · next review: 2025-01-02 12:00
  4. In which city was this CICA document adopted: “Memorandum of Bangladesh on obtaining CICA member state status”?
     answer: Shanghai · source: seed004 · next review: 2025-01-02 12:00
  5. On 20 May 2014, which of these states was already a member of CICA?
     answer: Vietnam · sources: seed004, A6, seed000 · next review: 2025-01-02 12:00
  
  score: 2/5

The same seed, options and a fresh history ask the same questions in the same order:

  $ cica quiz --print --format json --seed 11 --count 5 --lang en --state fresh.db | json '"\n".join(q["prompt"] for q in d)'
  Sources disagree on “Was Mongolia a member or an observer in 1999?”. What does source R2 say?
  Which CICA ministerial meeting (1st, 2nd, …) was held in Beijing in 2016?
  Which of these states is a founding member of CICA?
  In which city was this CICA document adopted: “Memorandum of Bangladesh on obtaining CICA member state status”?
  On 20 May 2014, which of these states was already a member of CICA?

Typed answers are matched leniently: traditional characters, full-width letters, ISO codes,
English names, years with 年.

  $ cica quiz --print --seed 3 --count 4 --mode typed --topic chairs,summits --state zh.db | sed -n '/^答案$/,$p' | grep '^[0-9]'
  1. 上海
  2. 第五届
  3. 2014
  4. 哈萨克斯坦
  $ printf '２０１４年\nShanghai\n哈薩克\n5th\n' | cica quiz --seed 3 --count 4 --mode typed --topic chairs,summits --state zh.db
  [1/4] 主席国 · 中国哪一年从土耳其手中接任亚信主席国？
  回答：２０１４年
  答对了。
  中国于2014年5月21日至2016年4月28日担任亚信主席国。
  来源：seed000（求真百科词条《亞信會議》（亚信），约2019年的版本）；另见 seed004, B5, D2, D1, B4, S2
  
  [2/4] 峰会：城市与年份 · 第四届亚信峰会在哪座城市举行？
  回答：Shanghai
  答对了。
  第四届亚信峰会于2014年5月20日在上海举行。
  来源：B5（中国驻新西兰大使馆：亚信第四次峰会（上海，2014年）专题页）；另见 seed004, seed000
  
  [3/4] 主席国 · 2020至2022年间，哪个国家担任亚信主席国？
  回答：哈薩克
  答对了。
  哈萨克斯坦于2020年9月24日至2022年10月13日担任亚信主席国。
  来源：D4（哈萨克国际通讯社（Kazinform）：哈萨克斯坦接任2020—2022年亚信主席国的报道（2020年9月））；另见 C5
  
  [4/4] 峰会：城市与年份 · 2019年在杜尚别举行的是第几届亚信峰会？
  回答：5th
  答对了。
  第五届亚信峰会于2019年在杜尚别举行。
  来源：B6（News.tj（塔吉克斯坦）：亚信第五次峰会通过宣言的报道（2019年6月17日））；另见 B7, seed004, seed000
  
  全部答对。
  
  score: 4/4

Lenient where students are right: a person's surname, a place with an administrative suffix
(北京市, 阿拉木图市, Almaty City), English number words:

  $ echo Sarybay | cica quiz --seed 1 --count 1 --mode typed --topic secretariat --lang en --state l.db | sed -n 2,3p
  answer: Sarybay
  right.
  $ echo 阿斯塔纳市 | cica quiz --seed 5 --count 1 --mode typed --topic secretariat --state l.db | sed -n 1,3p
  [1/1] 秘书处 · 自2014年起，亚信秘书处设在哪座城市？
  回答：阿斯塔纳市
  答对了。
  $ echo eighteen | cica quiz --seed 1 --count 1 --mode typed --topic counts --lang en --state l.db | sed -n '1p;3p'
  [1/1] Counts over time · How many member states did CICA have at the end of 2006?
  right.
  $ echo Twenty-Seven | cica quiz --seed 2 --count 1 --mode typed --topic counts --lang en --state l.db | sed -n '1p;3p'
  [1/1] Counts over time · How many member states did CICA have at the end of 2018?
  right.

In typed mode "?" shows the choices; a right answer after it counts as Hard (grade 2, not 3),
so it comes back sooner:

  $ printf '?\nb\n' | cica quiz --seed 5 --count 1 --mode typed --lang en --state hint.db --now 2025-01-01T12:00
  [1/1] Ministerial meetings · Where was the 1st CICA ministerial meeting held?
  answer: ?
    A) Dushanbe
    B) Almaty
    C) New York
    D) Astana
  answer: b
  right (after the hint: counted as hard).
  The 1st CICA ministerial meeting was held in Almaty on 14 September 1999.
  sources: seed004 (Chinese Wikipedia article "亚洲相互协作与信任措施会议" (CICA), converted to simplified Chinese); also seed000, A6, C1
  
  Nothing missed.
  
  score: 1/1
  $ python3 -c 'import sqlite3; print(sqlite3.connect("hint.db").execute("select grade, correct, given from reviews").fetchall())'
  [(2, 1, 'Almaty')]
  $ printf '？\n阿拉木圖\n' | cica quiz --seed 5 --count 1 --mode typed --lang zh-Hant --state hint2.db --now 2025-01-01T12:00 | sed -n 7,8p
  回答：阿拉木圖
  答對了（看了提示，按「困難」計）。

History is kept across runs:

  $ cica quiz stats --state h.db --lang en --now 2100-01-01
  Quiz statistics, 2100-01-01
  Answers: 5, right: 2 (40%)
  
  Retention (target 90%) · answers about questions already answered on an earlier day
    period    answers  right  retention  vs target
    today           0      0          -          -
    7 days          0      0          -          -
    30 days         0      0          -          -
    all time        0      0          -          -
  
  Reviews per day, 2099-07-06 to 2100-01-01
    Mo ··························
    Tu ··························
    We ··························
    Th ··························
    Fr ··························
    Sa ·························
    Su ·························
       less ·░▒▓█ more (most in a day: 0)
  Days in a row: 0 now, longest 1
  
  Due for review (next 7 days: 5; next 30 days: 5)
    today  Fr  5  ██████████████████████████████
    01-02  Sa  0
    01-03  Su  0
    01-04  Mo  0
    01-05  Tu  0
    01-06  We  0
    01-07  Th  0
  Workload at 90% retention: about 1.2 reviews a day over the next 30 days (35 in all, by simulation)
  
  Topics, weakest first
    topic              seen  answers  right  retention
    As of a date       1/18        1     0%          -
    Documents          1/33        1     0%          -
    Ministerial        1/20        1     0%          -
    Disputes           1/72        1   100%          -
    Founding           1/17        1   100%          -
    Accession          0/16        0      -          -
    Chairs             0/19        0      -          -
    Fill in the blank   0/9        0      -          -
    Counts             0/11        0      -          -
    Secretariat        0/18        0      -          -
    Status             0/43        0      -          -
    Summits            0/18        0      -          -
  Coverage: 5 of 294 questions seen (2%); due now: 5
  $ cica quiz stats --state h.db --format json | json 'd["reviews"], d["correct"], sorted(t["topic"] for t in d["topics"] if t["reviews"])'
  5 2 ['asof', 'disputes', 'documents', 'founding', 'ministerial']

--wrong asks again what was last answered wrongly; --due what FSRS has scheduled by now (a wrong
answer is due the next day, a right one after S0(good) = 2.3 days, rounded to 2):

  $ printf 'x\nx\nx\n' | cica quiz --seed 5 --count 3 --mode typed --lang en --state d.db --now 2025-01-01T12:00 | grep '^score'
  score: 0/3
  $ cica quiz --wrong --print --format json --state d.db --lang en | json 'len(d)'
  3
  $ cica quiz --due --print --state d.db --now 2025-01-01T18:00 --lang en
  Nothing to ask: no question is due for review. Next review: 2025-01-02 12:00.
  $ cica quiz --due --print --format json --state d.db --now 2025-01-02T12:00 --lang en | json 'len(d)'
  3
  $ echo x | cica quiz --due --state d.db --now 2025-01-01T18:00 --lang en
  Nothing to ask: no question is due for review. Next review: 2025-01-02 12:00.
  score: 0/0

Two sessions writing one history at the same time both keep every answer:

  $ (yes x | head -6 | cica quiz --seed 1 --count 6 --mode typed --state both.db > a.out) &
  > (yes y | head -6 | cica quiz --seed 2 --count 6 --mode typed --state both.db > b.out) &
  > wait
  $ grep -h '^score' a.out b.out
  score: 0/6
  score: 0/6
  $ cica quiz stats --state both.db --format json | json 'd["reviews"]'
  12

A session killed while it waits for an answer loses only that question: every answer given
before is in the file, and the file is sound.

  $ sh "$CICA_TESTS/quiz-kill.sh" INT int.db
  exit status: 130
  To review (2):
  1. How many member states did CICA have at the end of 2014?
     answer: 26 · sources: seed004, seed000, A6, R1, R2, A1, A3, A4, A13, A7, V8, V9 · next review: 2025-01-02 12:00
  2. Which country chaired CICA from 2022 to 2024?
     answer: Kazakhstan · sources: D5, D6, C10 · next review: 2025-01-02 12:00
  
  score: 0/2
  answers kept: 2
  integrity: ok
  $ sh "$CICA_TESTS/quiz-kill.sh" KILL kill.db
  exit status: 137
  answers kept: 2
  integrity: ok

Standard input that cannot be read (a folder) stops the session with the reason and status 1:

  $ cica quiz --count 1 --mode typed --state dir.db --lang en < / > /dev/null
  cica: stdin: Is a directory
  [1]

A file that is not a history is refused, named, and left as it was:

  $ printf 'this is not a database' > bad.db
  $ cica quiz stats --state bad.db --lang en
  cica: bad.db: not a cica quiz history (file is not a database)
  [1]
  $ echo x | cica quiz --state bad.db --count 1 --lang en
  cica: bad.db: not a cica quiz history (file is not a database)
  [1]
  $ cat bad.db; echo
  this is not a database
  $ python3 -c 'import sqlite3; c = sqlite3.connect("notes.db"); c.execute("create table notes(x)"); c.commit()'
  $ cica quiz stats --state notes.db --lang en
  cica: notes.db: not a cica quiz history (it belongs to another program)
  [1]
  $ python3 -c 'import sqlite3; print(sqlite3.connect("notes.db").execute("select name from sqlite_master").fetchall())'
  [('notes',)]

A history in the pre-release layout (one table of card, time and grade; user_version 0) is
migrated the first time it is written, keeping its answers:

  $ cica -e '
  > local db = require("cica.state").open("old.db")
  > db:exec("CREATE TABLE reviews (card TEXT, time INTEGER, grade INTEGER)")
  > db:exec("INSERT INTO reviews VALUES (?, ?, ?)", "summits:4:city", 1700000000, 3)
  > db:exec("INSERT INTO reviews VALUES (?, ?, ?)", "accession:KR:year", 1700000100, 1)
  > db:close()'
  $ cica quiz stats --state old.db --lang en --now 2023-11-14 | sed -n '2p;$p'
  Answers: 2, right: 1 (50%)
  Coverage: 2 of 294 questions seen (1%); due now: 0
  $ python3 -c 'import sqlite3; print(sqlite3.connect("old.db").execute("pragma user_version").fetchone())'
  (0,)
  $ echo 2006 | cica quiz --wrong --state old.db --lang en | grep '^score'
  score: 1/1
  $ python3 -c 'import sqlite3; c = sqlite3.connect("old.db"); print(c.execute("pragma user_version").fetchone(), c.execute("select count(*) from reviews").fetchone())'
  (2,) (3,)

Your own generators: a file in $XDG_CONFIG_HOME/cica/quiz/, or --questions FILE.

  $ mkdir -p "$XDG_CONFIG_HOME/cica/quiz" && cp "$CICA_SOURCE/examples/quiz/my_questions.lua" "$XDG_CONFIG_HOME/cica/quiz/"
  $ cica quiz --list-topics --lang en | grep hosts | sed 's#  /.*#  (file)#'
  hosts           Hosts         Summit hosts (6)  (file)
  $ printf 'c\nChina\n' | cica quiz --topic hosts --seed 1 --count 2 --mode choice --lang en --now 2025-01-01T12:00 --state u.db
  [1/2] Summit hosts · Which country hosted the 3rd CICA summit?
    A) China
    B) Tajikistan
    C) Türkiye
    D) Kazakhstan
  answer: c
  right.
  It was held in 2010.
  sources: B3 (Voltaire Network: text of the declaration of the Third CICA Summit (Istanbul, 8 June 2010)); also seed004, seed000, B4
  
  [2/2] Summit hosts · Which country hosted the 2nd CICA summit?
    A) Kazakhstan
    B) China
    C) Türkiye
    D) Tajikistan
  answer: China
  wrong — the answer is Kazakhstan.
  You answered China. China hosted the 4th summit.
  It was held in 2006.
  sources: A3 (Embassy of Kazakhstan in the USA: News Bulletin of 20 June 2006, special edition on the Second CICA Summit); also seed004
  
  To review (1):
  2. Which country hosted the 2nd CICA summit?
     answer: Kazakhstan · sources: A3, seed004 · next review: 2025-01-02 12:00
  
  score: 1/2
  $ printf 'return { topic = "broken" }\n' > broken.lua
  $ cica quiz --questions broken.lua --print
  cica: broken.lua: quiz topic 'broken' needs a generate(g) function
  [1]
  $ printf 'return { topic = "bad", generate = function(g) return { { id = "bad:1", prompt = "?" } } end }\n' > bad.lua
  $ cica quiz --questions bad.lua --print
  cica: quiz topic 'bad': question 'bad:1': has no answer
  [1]
