The quiz history file: what the quiz refuses to use, before it asks anything, and what it never
writes. (Cases that need a read-only or full file system are in quiz-history-mounts.t.)

  $ sql() { python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); r = c.executescript(sys.argv[2]); c.commit()" "$@"; }
  $ ask() { python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall())" "$@"; }

Under --safe, no file named by the user is written: not the quiz's --state (from the command line
or the REPL's .quiz), not .once, not report -o, not completion -o. Nothing is created, not even a folder:

  $ touch victim.conf
  $ printf '.quiz --state victim.conf --count 1 --lang en\n.quiz --state new/dir/x.db --count 1 --lang zh-Hans\n' | cica --safe -i
  --state: writing files is not allowed in safe mode (without --state the quiz uses its default history file)
  --state：安全模式下不允许写入文件（不加 --state 时使用默认的测验记录文件）
  $ echo b | cica --safe quiz --state victim.conf --count 1 --lang zh-Hant
  cica: --state：安全模式下不允許寫入檔案（不加 --state 時使用預設的測驗記錄檔）
  [1]
  $ cica --safe report members -o members.txt
  cica: report: --output：安全模式下不允许写入文件
  [1]
  $ cica --safe completion bash -o cica.bash
  cica: completion: --output：安全模式下不允许写入文件
  [1]
  $ printf '.once out.txt\n=1\n' | cica --safe -i
  .once：安全模式下不允许写入文件
  1
  $ wc -c < victim.conf; test -e new || test -e members.txt || test -e out.txt || test -e cica.bash || echo nothing written
  0
  nothing written

Without --state the safe quiz uses its default history file; stats and --print may name a file,
which they only read:

  $ echo x | cica --safe quiz --count 1 --seed 1 --mode typed --lang en | grep '^score'
  score: 0/1
  $ test -f "$XDG_STATE_HOME/cica/quiz.db" && echo default history
  default history
  $ cica --safe quiz stats --state "$XDG_STATE_HOME/cica/quiz.db" --lang en | sed -n 2p
  Answers: 1, right: 0 (0%)
  $ cica --safe quiz stats --state victim.conf --lang en | head -1
  no reviews yet: try cica quiz
  $ wc -c < victim.conf
  0

The names SQLite does not take as a file (an empty name: a temporary database; ":memory:"; a URI)
would save nothing; they are refused before any question:

  $ echo x | cica quiz --count 1 --state '' --lang en
  cica: --state: the history file name is empty
  [1]
  $ echo x | cica quiz --count 1 --state :memory: --lang en
  cica: :memory:: not a history file name: SQLite would keep the history in memory or in a temporary file and save nothing (name a file, e.g. ./:memory:)
  [1]
  $ echo x | cica quiz --count 1 --state 'file:x?mode=memory' --lang en
  cica: file:x?mode=memory: not a history file name: SQLite would keep the history in memory or in a temporary file and save nothing (name a file, e.g. ./file:x?mode=memory)
  [1]
  $ echo x | cica quiz --count 1 --state :memory:
  cica: :memory:：不能用作测验记录文件名：SQLite 会把记录放在内存或临时文件里，什么也不保存（请指定文件，例如 ./:memory:）
  [1]
  $ ls
  victim.conf

A history whose tables do not have cica's columns is refused before the first question:

  $ sql cols.db 'PRAGMA application_id = 1128874817; PRAGMA user_version = 1;
  > CREATE TABLE sessions (id INTEGER PRIMARY KEY, started INTEGER NOT NULL, seed TEXT, mode TEXT, lang TEXT);
  > CREATE TABLE cards (id TEXT PRIMARY KEY, topic TEXT) WITHOUT ROWID;
  > CREATE TABLE reviews (id INTEGER PRIMARY KEY, card TEXT, time INTEGER, grade INTEGER);'
  $ echo x | cica quiz --count 1 --seed 1 --state cols.db --lang en
  cica: cols.db: not a cica quiz history (table cards is not as cica created it; table reviews is not as cica created it; table sessions is not as cica created it)
  [1]

Anything in the file that cica did not create (a trigger, a view, an index, a table) is refused,
so it never runs; the answers stay as they were:

  $ echo x | cica quiz --count 1 --seed 1 --mode typed --state h.db --lang en | grep '^score'
  score: 0/1
  $ cp h.db trigger.db && sql trigger.db 'CREATE TRIGGER wipe AFTER INSERT ON reviews BEGIN DELETE FROM reviews; END;'
  $ echo x | cica quiz --count 1 --seed 1 --state trigger.db --lang en
  cica: trigger.db: not a cica quiz history (it holds what cica did not create: trigger wipe)
  [1]
  $ cica quiz stats --state trigger.db --lang zh-Hant
  cica: trigger.db：不是 cica 測驗記錄檔（其中有不是 cica 建立的內容：trigger wipe）
  [1]
  $ ask trigger.db 'SELECT count(*) FROM reviews'
  [(1,)]
  $ cp h.db more.db && sql more.db 'CREATE VIEW v AS SELECT 1; CREATE INDEX i ON cards(due); CREATE TABLE notes (x);'
  $ echo x | cica quiz --count 1 --seed 1 --state more.db --lang en
  cica: more.db: not a cica quiz history (it holds what cica did not create: index i, table notes, view v)
  [1]

A truncated or overwritten file is damaged, not another program's:

  $ head -c 50 h.db > cut.db
  $ echo x | cica quiz --count 1 --state cut.db --lang en
  cica: cut.db: the quiz history is damaged (database disk image is malformed); move it away to start a new one
  [1]
  $ cica quiz stats --state cut.db --lang en
  cica: cut.db: the quiz history is damaged (database disk image is malformed); move it away to start a new one
  [1]
  $ cica quiz stats --state cut.db --lang zh-Hans
  cica: cut.db：测验记录文件已损坏（database disk image is malformed）；把它移走即可重新开始
  [1]
  $ wc -c < cut.db
  50

Migrating the pre-release layout carries over what it can and keeps the old table, renamed
reviews_v0, with every row; it says how many rows could not be carried over (no card, no time,
a grade outside 1-4):

  $ sql old.db 'PRAGMA application_id = 1128874817; CREATE TABLE reviews (card TEXT, time INTEGER, grade INTEGER);
  > INSERT INTO reviews VALUES ("summits:4:city", 1700000000, 3), ("accession:KR:year", 1700000100, 1),
  >   ("summits:4:city", NULL, 3), ("summits:4:city", 1700000200, 0), ("summits:4:city", 1700000300, 5),
  >   (NULL, 1700000400, 3);'
  $ echo 2006 | cica quiz --wrong --state old.db --lang en --now 2023-11-15 | grep '^score'
  cica: old.db: 4 of 6 old answers could not be carried over (no card, no time, or a grade outside 1-4); they are kept in its table reviews_v0
  score: 1/1
  $ ask old.db 'SELECT (SELECT count(*) FROM reviews_v0), (SELECT count(*) FROM reviews), (SELECT user_version FROM pragma_user_version)'
  [(6, 3, 2)]
  $ echo x | cica quiz --count 1 --seed 1 --state old.db --lang en | grep '^score'
  score: 0/1

--now must be a real moment, not one os.time would roll over into another:

  $ cica quiz --print --now 9999-99-99
  cica: quiz：--now 需要一个真实的日期时间，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒数，而不是“9999-99-99”（见 cica help quiz）
  [2]
  $ for t in 2025-02-29 2024-13-01 2024-02-29T24:00 2024-01-01T10:60 2024-01-01T10:00:5 2024-01-01X; do cica quiz --print --now $t 2>&1 | head -1; done
  cica: quiz：--now 需要一个真实的日期时间，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒数，而不是“2025-02-29”（见 cica help quiz）
  cica: quiz：--now 需要一个真实的日期时间，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒数，而不是“2024-13-01”（见 cica help quiz）
  cica: quiz：--now 需要一个真实的日期时间，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒数，而不是“2024-02-29T24:00”（见 cica help quiz）
  cica: quiz：--now 需要一个真实的日期时间，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒数，而不是“2024-01-01T10:60”（见 cica help quiz）
  cica: quiz：--now 需要一个真实的日期时间，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒数，而不是“2024-01-01T10:00:5”（见 cica help quiz）
  cica: quiz：--now 需要一个真实的日期时间，YYYY-MM-DD[THH:MM[:SS]] 或 Unix 秒数，而不是“2024-01-01X”（见 cica help quiz）
  $ cica quiz --print --count 1 --now 2024-02-29T23:59:59 --seed 1 --lang en | head -1
  CICA study sheet

An answer longer than 1000 bytes is not read: it counts as wrong, at once, and the transcript and
the history keep only its beginning:

  $ python3 -c 'print("x" * 5000000)' > long.txt
  $ timeout 10 cica quiz --count 1 --seed 1 --mode typed --state long.db --lang en < long.txt | sed -n '2,4p' | cut -c 1-80
  answer: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  wrong — the answer is Kazakhstan.
  (Your answer is longer than 1000 bytes and was not read: it counts as wrong.)
  $ ask long.db 'SELECT length(given), correct FROM reviews'
  [(1001, 0)]
