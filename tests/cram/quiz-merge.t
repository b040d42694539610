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
         2         2      6  -                 Sources disagree on “Member counts over time, as reported”. What does source A4 say? = 2008-08: Jordan and the UAE admitted (20 members)
         2         2      5  -                 Sources disagree on “When Kazakhstan's first chairmanship began”. What does source B4 (Ministry of Foreign Affairs of Türkiye: "Relations between Türkiye and the Conference on Interaction and Confidence Building Measures in Asia") say? = Kazakhstan chaired until June 2010
  $ cica quiz class wang.db li.db --lang zh-Hans | head -3
  全班：2名学员；错得最多的题目在前
    答错人数  作答人数  答错次数  最常见错答  题目
           2         2         6  -           各来源对“各时期成员国数目”说法不一。来源A4怎么说？ = 2008年8月：接纳约旦和阿联酋（20个成员国）
  $ cica quiz class copy.db --format json > a.json; cica quiz class wang.db li.db --format json > b.json; cmp a.json b.json && echo same
  same
  $ python3 -c 'import json; d = json.load(open("a.json")); print(d["learners"], len(d["questions"]), sorted(d["questions"][0]))'
  2 146 ['answer', 'id', 'learners', 'missed', 'prompt', 'topic', 'wrong']

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

The class as a report, in every format a report has (`cica report class`): the same figures as
`cica quiz class`, from --state files (repeated) or files after the name:

  $ cica report class --state wang.db --state li.db --lang en --format csv | tr -d '\r' | head -3
  missed,answered,wrong,common,question,answer,id
  2,2,6,,"Sources disagree on “Member counts over time, as reported”. What does source A4 say?",2008-08: Jordan and the UAE admitted (20 members),disputes:member-counts:5:says
  2,2,5,,"Sources disagree on “When Kazakhstan's first chairmanship began”. What does source B4 (Ministry of Foreign Affairs of Türkiye: ""Relations between Türkiye and the Conference on Interaction and Confidence Building Measures in Asia"") say?",Kazakhstan chaired until June 2010,disputes:kazakhstan-chair-start:2:says
  $ cica report class class.db --format json > r.json
  $ python3 -c 'import json; r = json.load(open("r.json")); q = json.load(open("a.json")); print([(x["id"], x["missed"], x["answered"], x["wrong"]) for x in r["rows"]] == [(x["id"], x["missed"], x["learners"], x["wrong"]) for x in q["questions"]], len(r["rows"]), r["notes"][0] == "2名学员：li、wang；错得最多的题目在前")'
  True 146 True
  $ cica report class wang.db li.db --lang en --format json | python3 -c 'import json, sys; r = json.load(sys.stdin); print([x for x in r["rows"] if x["common"]], r["notes"])'
  [{'missed': 1, 'answered': 1, 'wrong': 1, 'common': '2004', 'question': 'In which year did the Republic of Korea join CICA as a member state?', 'answer': '2006', 'id': 'accession:KR:year'}] ['2 learners: li, wang; questions most missed first', 'History files: wang.db, li.db']
  $ for f in text md csv json html; do cica report class class.db --lang zh-Hant --format $f > out.$f || echo "$f failed"; done; wc -l < out.csv
  147
  $ cica report class class.db -o class.html && grep -c '<tr>' class.html
  147
  $ cica --safe report class class.db --lang en --format md | sed -n 1p
  # Class quiz summary

Without histories the report reads the learner's own default history, and says what to give
when there is none:

  $ XDG_STATE_HOME=$PWD/none cica report class --lang en --format md | tail -3
  No quiz history: give the learners' history files with --state FILE (one or more)
  
  *Data as of 2025-09-25*
  $ mkdir -p own/cica && cp li.db own/cica/quiz.db && XDG_STATE_HOME=$PWD/own cica report class --lang en --format csv | wc -l
  73

Mistakes: histories for a report that reads none, a missing file, a damaged one, no value:

  $ cica report members --state wang.db
  cica: report：报告“members”不读测验记录（--state 用于 class 报告）（见 cica help report）
  [2]
  $ cica report members wang.db
  cica: report：一次只能运行一份报告（给了“members”和“wang.db”）（见 cica help report）
  [2]
  $ cica report class nope.db --lang en
  cica: class: nope.db: no such file
  [1]
  $ cica report class notes.txt --lang en
  cica: class: notes.txt: not a cica quiz history (file is not a database)
  [1]
  $ cica report class --state
  cica: report：选项“--state”需要一个值（见 cica help report）
  [2]
  $ cica report class class.db --format svg
  cica: 报告“class”没有图表，不能输出为 svg（可选：text、md、csv、json、html）
  [1]
