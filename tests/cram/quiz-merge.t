cica quiz merge: histories into one (lossless; merging again adds nothing), keeping whose answers
are whose; cica quiz class: per question, how many learners missed it.

  $ export TZ=UTC
  $ gen() { cica "$CICA_TESTS/gen-history.lua" "$@"; }
  $ count() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(*(c.execute(q).fetchone()[0] for q in ("select count(*) from reviews", "select count(*) from sessions", "select count(distinct learner) from origins")))' "$1"; }
  $ gen wang.db 300 wang 2025-01-01 4
  $ gen li.db 200 li 2025-01-01 4
  $ echo 2004 | cica quiz --state li.db --count 1 --seed 1 --mode typed --topic accession --now 2025-04-01 --lang en | tail -1
  score: 0/1
  $ cica quiz merge wang.db li.db -o class.db --lang en
  wang.db: 300 answers added, 0 already there
  li.db: 201 answers added, 0 already there
  $ count class.db
  501 3 2
  $ cica quiz merge wang.db li.db -o class.db --lang zh-Hans
  wang.db：新增0条作答记录，300条已存在
  li.db：新增0条作答记录，201条已存在
  $ count class.db
  501 3 2
  $ cica quiz merge class.db -o copy.db --lang zh-Hant
  class.db：新增501筆作答記錄，0筆已存在
  $ count copy.db
  501 3 2
  $ cica quiz merge class.db wang.db -o copy.db --lang en
  class.db: 0 answers added, 501 already there
  wang.db: 0 answers added, 300 already there
  $ cica quiz stats --state class.db --lang en --now 2025-04-02 | sed -n 2p
  Answers: 501, right: 398 (79%)

The class view, from the merged file or from the learners' own files (the same):

  $ cica quiz class class.db --lang en | head -4
  Class: 2 learners; questions most missed first
    missed  answered  wrong  most given wrong  question
         2         2      4  -                 Is Iraq a member state or an observer of CICA? = member
         2         2      3  -                 Which state joined CICA as a member in 2018? = Sri Lanka
  $ cica quiz class wang.db li.db --lang zh-Hans | head -3
  全班：2名学员；错得最多的题目在前
    答错人数  作答人数  答错次数  最常见错答  题目
           2         2         4  -           伊拉克是亚信成员国还是观察员？ = 成员国
  $ cica quiz class copy.db --format json > a.json; cica quiz class wang.db li.db --format json > b.json; cmp a.json b.json && echo same
  same
  $ python3 -c 'import json; d = json.load(open("a.json")); print(d["learners"], len(d["questions"]), sorted(d["questions"][0]))'
  2 130 ['answer', 'id', 'learners', 'missed', 'prompt', 'topic', 'wrong']

Mistakes:

  $ cica quiz merge -o x.db
  cica: quiz：merge 需要要合并的记录文件和 -o OUT.db（见 cica help quiz）
  [2]
  $ cica quiz merge wang.db
  cica: quiz：merge 需要要合并的记录文件和 -o OUT.db（见 cica help quiz）
  [2]
  $ cica quiz merge nope.db -o z.db --lang en
  cica: nope.db: no such file
  [1]
  $ test -e z.db || echo 'not created'
  not created
  $ cica quiz class
  cica: quiz：class 需要一个或多个记录文件（见 cica help quiz）
  [2]
  $ cica quiz class wang.db --state li.db
  cica: quiz：class 以参数给出记录文件，不用 --state（见 cica help quiz）
  [2]
  $ cica quiz stats -o x.db
  cica: quiz：--output 只能与 --print、export 或 merge 一起用（见 cica help quiz）
  [2]
  $ cica --safe quiz merge wang.db -o y.db --lang en
  cica: quiz: --output: writing files is not allowed in safe mode
  [1]
  $ printf "not a database" > notes.txt; cica quiz merge notes.txt -o z.db --lang en
  cica: notes.txt: not a cica quiz history (file is not a database)
  [1]
