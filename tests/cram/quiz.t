cica quiz: questions from the dataset, answers from stdin, history in SQLite. Every session here
is fixed by --seed (and --now where the schedule matters), so the transcripts are exact.

  $ json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

The topics, with how many questions each has:

  $ cica quiz --list-topics --lang en
  accession       When members joined (16)
  status          Members, observers and partners (41)
  founding        Founding (17)
  summits         Summits: cities and years (18)
  ministerial     Ministerial meetings (20)
  chairs          Chairmanships (19)
  secretariat     The secretariat (18)
  documents       Documents adopted (24)
  counts          Counts over time (11)
  $ cica quiz --help | head -1
  Usage: cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]

Usage errors name the problem, print the usage line and exit 2:

  $ cica quiz --count 0
  cica: quiz: --count needs a positive whole number, got '0'
  Usage: cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
                   [--due] [--wrong] [--state FILE] [--questions FILE]... [--print [--format text|json]]
         cica quiz stats [--state FILE] [--format text|json|svg|html] [--retention R]
         cica quiz leeches [--state FILE] [--format text|json] [--leech-threshold N]
         cica quiz export [--state FILE] > revlog.csv
         cica quiz optimize [--state FILE] [--reset] [--format text|json]
         cica quiz merge FILE... -o OUT.db
         cica quiz class FILE... [--format text|json]
         cica quiz --list-topics
  [2]
  $ cica quiz --mode oral
  cica: quiz: unknown mode 'oral' (choice, typed, mixed)
  Usage: cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
                   [--due] [--wrong] [--state FILE] [--questions FILE]... [--print [--format text|json]]
         cica quiz stats [--state FILE] [--format text|json|svg|html] [--retention R]
         cica quiz leeches [--state FILE] [--format text|json] [--leech-threshold N]
         cica quiz export [--state FILE] > revlog.csv
         cica quiz optimize [--state FILE] [--reset] [--format text|json]
         cica quiz merge FILE... -o OUT.db
         cica quiz class FILE... [--format text|json]
         cica quiz --list-topics
  [2]
  $ cica quiz --topic astrology --lang en
  cica: quiz: unknown topic 'astrology' (accession, status, founding, summits, ministerial, chairs, secretariat, documents, counts)
  Usage: cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
                   [--due] [--wrong] [--state FILE] [--questions FILE]... [--print [--format text|json]]
         cica quiz stats [--state FILE] [--format text|json|svg|html] [--retention R]
         cica quiz leeches [--state FILE] [--format text|json] [--leech-threshold N]
         cica quiz export [--state FILE] > revlog.csv
         cica quiz optimize [--state FILE] [--reset] [--format text|json]
         cica quiz merge FILE... -o OUT.db
         cica quiz class FILE... [--format text|json]
         cica quiz --list-topics
  [2]
  $ cica quiz --format json
  cica: quiz: --format goes with --print, stats, leeches, optimize or class
  Usage: cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
                   [--due] [--wrong] [--state FILE] [--questions FILE]... [--print [--format text|json]]
         cica quiz stats [--state FILE] [--format text|json|svg|html] [--retention R]
         cica quiz leeches [--state FILE] [--format text|json] [--leech-threshold N]
         cica quiz export [--state FILE] > revlog.csv
         cica quiz optimize [--state FILE] [--reset] [--format text|json]
         cica quiz merge FILE... -o OUT.db
         cica quiz class FILE... [--format text|json]
         cica quiz --list-topics
  [2]
  $ cica quiz --bogus
  cica: quiz: unknown option '--bogus'
  Usage: cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
                   [--due] [--wrong] [--state FILE] [--questions FILE]... [--print [--format text|json]]
         cica quiz stats [--state FILE] [--format text|json|svg|html] [--retention R]
         cica quiz leeches [--state FILE] [--format text|json] [--leech-threshold N]
         cica quiz export [--state FILE] > revlog.csv
         cica quiz optimize [--state FILE] [--reset] [--format text|json]
         cica quiz merge FILE... -o OUT.db
         cica quiz class FILE... [--format text|json]
         cica quiz --list-topics
  [2]

--print shows what a session would ask, with the answers, and creates no history:

  $ cica quiz --print --seed 7 --count 4 --lang en --state printed.db
  1. founding:IN:member (choice)
     Which of these states is a founding member of CICA?
     A) Philippines  B) India  C) Belarus  D) Ukraine
     = India
     sources: seed000, seed004, R1
  2. status:IL (typed)
     Is Israel a member state or an observer of CICA?
     = member
     sources: seed004, seed000, A6, R1
  3. secretariat:head:asanov:who (choice)
     Who headed the CICA secretariat from 2006 to 2008?
     A) Dulat Bakishev  B) Gong Jianwei  C) Khabibullo Mirzozoda  D) Jandos Asanov
     = Jandos Asanov
     source: E1
  4. documents:doc-2019-dushanbe-declaration:year (choice)
     In which year was this CICA document adopted: “Dushanbe Declaration of the Fifth CICA Summit”?
     A) 1999  B) 2004  C) 2017  D) 2019
     = 2019
     source: B6
  $ test -e printed.db || echo "no history written"
  no history written
  $ cica quiz --print --seed 7 --count 4 --format json --state printed.db | json 'len(d), sorted(d[0])'
  4 ['accepted', 'answer', 'choices', 'explain', 'id', 'mode', 'prompt', 'sources', 'topic']

A session read from stdin: one answer per line, echoed after "answer:", feedback after each, the
score last. A letter answers a multiple-choice question; so does the text of a choice.

  $ printf 'b\n2010\nKazakhstan\n\nc\n' | cica quiz --seed 11 --count 5 --lang en --state h.db
  [1/5] secretariat · Who headed the CICA secretariat from 2020 to 2022?
    A) Jandos Asanov
    B) Kairat Sarybay
    C) Çınar Aldemir
    D) Khabibullo Mirzozoda
  answer: b
  right.
  Kairat Sarybay (Kazakhstan) headed the secretariat as Executive Director from 24 September 2020 to 13 October 2022.
  sources: C5 (UzDaily: "A delegation of Uzbekistan takes part in a special meeting of the Ministers of Foreign Affairs of the CICA member states" (September 2020)); also E4
  
  [2/5] chairs · Which country took over the CICA chairmanship from Kazakhstan in 2024?
    A) Tajikistan
    B) Kyrgyzstan
    C) India
    D) Azerbaijan
  answer: 2010
  wrong — the answer is Azerbaijan.
  Azerbaijan has chaired CICA since 17 December 2024.
  sources: C9 (Vestnik Kavkaza (English): article 167175 on Azerbaijan's CICA chairmanship); also C10, D6, B13, D5
  
  [3/5] status · Is Jordan a member state or an observer of CICA?
  answer: Kazakhstan
  wrong — the answer is member.
  Jordan has been a member state since 25 August 2008.
  sources: A4 (Globescope Kazakhstan news archive: news article no. 144 on CICA (2008)); also seed000
  
  [4/5] summits · Where was the 3rd CICA summit held?
    A) Beijing
    B) Shanghai
    C) Istanbul
    D) New York
  answer: 
  no answer — the answer is Istanbul.
  The 3rd CICA summit was held in Istanbul in 2010.
  sources: B3 (Voltaire Network: text of the declaration of the Third CICA Summit (Istanbul, 8 June 2010)); also seed004, seed000, B4
  
  [5/5] founding · Which of these states is a founding member of CICA?
    A) Sri Lanka
    B) United States
    C) Palestine
    D) Bangladesh
  answer: c
  right.
  Palestine is one of CICA's founding members.
  sources: seed000 (Qiuzhen Baike (求真百科) encyclopedia article 亞信會議 (CICA), as of about 2019); also seed004, R1
  
  score: 2/5

The same seed, options and a fresh history ask the same questions in the same order:

  $ cica quiz --print --seed 11 --count 5 --lang en --state fresh.db | grep '^[0-9]'
  1. secretariat:head:sarybay-ed:who (choice)
  2. chairs:9:successor (choice)
  3. status:JO (typed)
  4. summits:3:city (choice)
  5. founding:PS:member (choice)

Typed answers are matched leniently: traditional characters, full-width letters, ISO codes,
English names, years with 年.

  $ cica quiz --print --seed 3 --count 4 --mode typed --topic chairs,summits --state zh.db | grep '^   ='
     = 2014
     = 上海
     = 哈萨克斯坦
     = 第五届
  $ printf '２０１４年\nShanghai\n哈薩克\n5th\n' | cica quiz --seed 3 --count 4 --mode typed --topic chairs,summits --state zh.db
  [1/4] chairs · 中国哪一年从土耳其手中接任亚信主席国？
  回答：２０１４年
  答对了。
  中国于2014年5月21日至2016年4月28日担任亚信主席国。
  来源：seed000 (Qiuzhen Baike (求真百科) encyclopedia article 亞信會議 (CICA), as of about 2019)；另见 seed004, B5, D2, D1, B4, S2
  
  [2/4] summits · 第四届亚信峰会在哪座城市举行？
  回答：Shanghai
  答对了。
  第四届亚信峰会于2014年5月20日在上海举行。
  来源：B5 (Embassy of the People's Republic of China in New Zealand: special page on the 4th CICA Summit (Shanghai, 2014))；另见 seed004, seed000
  
  [3/4] chairs · 2020至2022年间，哪个国家担任亚信主席国？
  回答：哈薩克
  答对了。
  哈萨克斯坦于2020年9月24日至2022年10月13日担任亚信主席国。
  来源：D4 (Kazinform: "Kazakhstan takes over CICA chairmanship for 2020-2022" (September 2020))；另见 C5
  
  [4/4] summits · 2019年在杜尚别举行的是第几届亚信峰会？
  回答：5th
  答对了。
  第五届亚信峰会于2019年在杜尚别举行。
  来源：B6 (News.tj (Tajikistan): "5th CICA summit adopts declaration" (17 June 2019))；另见 B7, seed004, seed000
  
  score: 4/4

History is kept across runs:

  $ cica quiz stats --state h.db --lang en --now 2100-01-01 | sed -n '2p;/^Topics/,$p'
  Answers: 5, right: 2 (40%)
  Topics, weakest first
    topic                            seen  answers  right  retention
    Chairmanships                    1/19        1     0%          -
    Members, observers and partners  1/41        1     0%          -
    Summits: cities and years        1/18        1     0%          -
    Founding                         1/17        1   100%          -
    The secretariat                  1/18        1   100%          -
    When members joined              0/16        0      -          -
    Counts over time                 0/11        0      -          -
    Documents adopted                0/24        0      -          -
    Ministerial meetings             0/20        0      -          -
  Coverage: 5 of 184 questions seen (3%); due now: 5
  $ cica quiz stats --state h.db --format json | json 'd["reviews"], d["correct"], sorted(t["topic"] for t in d["topics"] if t["reviews"])'
  5 2 ['chairs', 'founding', 'secretariat', 'status', 'summits']

--wrong asks again what was last answered wrongly; --due what FSRS has scheduled by now (a wrong
answer is due the next day, a right one after S0(good) = 2.3 days, rounded to 2):

  $ printf 'x\nx\nx\n' | cica quiz --seed 5 --count 3 --mode typed --lang en --state d.db --now 2025-01-01T12:00 | tail -1
  score: 0/3
  $ cica quiz --wrong --print --state d.db --lang en | grep -c '^[0-9]'
  3
  $ cica quiz --due --print --state d.db --now 2025-01-01T18:00 --lang en
  Nothing to ask: no question is due for review. Next review: 2025-01-02 12:00.
  $ cica quiz --due --print --state d.db --now 2025-01-02T12:00 --lang en | grep -c '^[0-9]'
  3
  $ echo x | cica quiz --due --state d.db --now 2025-01-01T18:00 --lang en
  Nothing to ask: no question is due for review. Next review: 2025-01-02 12:00.
  score: 0/0

Two sessions writing one history at the same time both keep every answer:

  $ (yes x | head -6 | cica quiz --seed 1 --count 6 --mode typed --state both.db > a.out) &
  > (yes y | head -6 | cica quiz --seed 2 --count 6 --mode typed --state both.db > b.out) &
  > wait
  $ tail -qn1 a.out b.out
  score: 0/6
  score: 0/6
  $ cica quiz stats --state both.db --format json | json 'd["reviews"]'
  12

A session killed while it waits for an answer loses only that question: every answer given
before is in the file, and the file is sound.

  $ sh "$CICA_TESTS/quiz-kill.sh" INT int.db
  exit status: 130
  answers kept: 2
  integrity: ok
  $ sh "$CICA_TESTS/quiz-kill.sh" KILL kill.db
  exit status: 137
  answers kept: 2
  integrity: ok

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
  Coverage: 2 of 184 questions seen (1%); due now: 0
  $ python3 -c 'import sqlite3; print(sqlite3.connect("old.db").execute("pragma user_version").fetchone())'
  (0,)
  $ echo 2006 | cica quiz --wrong --state old.db --lang en | tail -1
  score: 1/1
  $ python3 -c 'import sqlite3; c = sqlite3.connect("old.db"); print(c.execute("pragma user_version").fetchone(), c.execute("select count(*) from reviews").fetchone())'
  (2,) (3,)

Your own generators: a file in $XDG_CONFIG_HOME/cica/quiz/, or --questions FILE.

  $ mkdir -p "$XDG_CONFIG_HOME/cica/quiz" && cp "$CICA_SOURCE/examples/quiz/my_questions.lua" "$XDG_CONFIG_HOME/cica/quiz/"
  $ cica quiz --list-topics --lang en | grep hosts | sed 's#  /.*#  (file)#'
  hosts           Summit hosts (6)  (file)
  $ printf 'a\nChina\n' | cica quiz --topic hosts --seed 1 --count 2 --mode choice --lang en --state u.db
  [1/2] hosts · Which country hosted the 3rd CICA summit?
    A) Turkey
    B) Kazakhstan
    C) China
    D) Tajikistan
  answer: a
  right.
  It was held in 2010.
  sources: B3 (Voltaire Network: text of the declaration of the Third CICA Summit (Istanbul, 8 June 2010)); also seed004, seed000, B4
  
  [2/2] hosts · Which country hosted the 2nd CICA summit?
    A) China
    B) Kazakhstan
    C) Turkey
    D) Tajikistan
  answer: China
  wrong — the answer is Kazakhstan.
  You answered China. China hosted the 4th summit.
  It was held in 2006.
  sources: A3 (Embassy of Kazakhstan in the USA: News Bulletin of 20 June 2006, special edition on the Second CICA Summit); also seed004
  
  score: 1/2
  $ printf 'return { topic = "broken" }\n' > broken.lua
  $ cica quiz --questions broken.lua --print
  cica: broken.lua: quiz topic 'broken' needs a generate(g) function
  [1]
  $ printf 'return { topic = "bad", generate = function(g) return { { id = "bad:1", prompt = "?" } } end }\n' > bad.lua
  $ cica quiz --questions bad.lua --print
  cica: quiz topic 'bad': question 'bad:1': has no answer
  [1]
