The quiz history on a read-only and on a full file system. These need a private mount namespace
(root, as in CI, or user namespaces): without one the whole file is skipped. Root ignores file
permissions, so "read-only" is a read-only bind mount, and "full" is a small tmpfs: a real
ENOSPC from the kernel, which SQLite reports as SQLITE_FULL ("database or disk is full"), the
path a full disk takes (PRAGMA max_page_count would fail in SQLite's pager, before any write).

  $ unshare -m true 2>/dev/null || exit 80
  $ readonly_dir() { unshare -m sh -c 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && cd "$1" && shift && "$@"' sh "$@"; }
  $ mkdir ro && echo x | cica quiz --count 1 --seed 1 --mode typed --state ro/q.db --lang en | grep '^score'
  score: 0/1
  $ readonly_dir ro touch x
  touch: cannot touch 'x': Read-only file system
  [1]

stats and --print only read, so they work in a read-only folder (the file is copied into memory,
read-only, opened immutable when SQLite cannot make its WAL index there):

  $ readonly_dir ro cica quiz stats --state q.db --lang en | sed -n 2p
  Answers: 1, right: 0 (0%)
  $ readonly_dir ro cica quiz --print --wrong --seed 1 --mode typed --state q.db --lang en | sed -n 7p
  1. Which country does Dulat Bakishev, head of the CICA secretariat from 2008, come from?

A quiz that cannot save its answers stops before the first question: here SQLite cannot even
make the WAL index it writes through, and when the index is there (another session left it, or
it is being used) the write check finds the file read-only:

  $ echo x | readonly_dir ro cica quiz --count 1 --seed 1 --state q.db --lang en
  cica: q.db: cannot save answers: unable to open database file
  [1]
  $ echo x | readonly_dir ro cica quiz --count 1 --seed 1 --state q.db --lang zh-Hans
  cica: q.db：无法保存答题记录：unable to open database file
  [1]
  $ python3 -c 'import sqlite3; c = sqlite3.connect("ro/q.db"); c.execute("select 1 from reviews").fetchall(); import shutil, os; shutil.copy("ro/q.db-shm", "ro/shm"); shutil.copy("ro/q.db-wal", "ro/wal")'
  $ mv ro/shm ro/q.db-shm; mv ro/wal ro/q.db-wal
  $ echo x | readonly_dir ro cica quiz --count 1 --seed 1 --state q.db --lang en
  cica: q.db: cannot save answers: attempt to write a readonly database
  [1]

An old-layout history in a read-only folder is read (migrated in the in-memory copy only):

  $ mkdir old && python3 -c 'import sqlite3; c = sqlite3.connect("old/old.db"); c.executescript("PRAGMA application_id = 1128874817; CREATE TABLE reviews (card TEXT, time INTEGER, grade INTEGER); INSERT INTO reviews VALUES (\"summits:4:city\", 1700000000, 3);"); c.commit()'
  $ readonly_dir old cica quiz stats --state old.db --lang en --now 2023-11-14 | sed -n 2p
  Answers: 1, right: 1 (100%)
  $ python3 -c 'import sqlite3; print(sqlite3.connect("old/old.db").execute("pragma user_version").fetchone())'
  (0,)

A full disk: a 256 KB tmpfs holding a history and a file that fills it, less 40 KB. SQLite's WAL
index (32 KB) still fits; the write check's pages do not. Without the check the quiz would ask its
first question and fail when saving the answer:

  $ full() { unshare -m sh -c 'mount -t tmpfs -o size=256k tmpfs "$1" && cd "$1" && echo x | cica quiz --count 1 --seed 1 --mode typed --state q.db --lang en > /dev/null && { dd if=/dev/zero of=fill bs=4k 2> /dev/null; truncate -s -"$2"k fill && echo x | cica quiz --count 1 --seed 1 --state q.db --lang en; }' sh "$@"; }
  $ mkdir disk && full disk 40
  cica: q.db: cannot save answers: database or disk is full
  [1]
  $ full disk 64 | grep '^score'
  score: 0/1
