The dataset is read-only through every path (docs/security.md): cica.query, cica.rows and
cica.each refuse every statement that would write, attach, set a PRAGMA or load code, whether
the dataset is the built-in one or a --db FILE; the file is left byte for byte as it was.
`try` shows standard output, the first line of standard error and the exit status.

  $ try() { "$@" 2>err; s=$?; head -n 1 err; return $s; }

Writes, one statement kind per case:

  $ try cica -e 'cica.query("insert into meta values (\"k\", \"v\")")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("replace into meta values (\"k\", \"v\")")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("update meta set value = \"x\"")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("update meta set value = \"x\" returning *")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("delete from meta")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("with x(a) as (select 1) insert into meta select a, a from x")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("create table t(a)")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("create temp table t(a)")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("create temp view v as select 1")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("create index i on meta(value)")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("create trigger tr after insert on meta begin select 1; end")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("create virtual table v using fts5(a)")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("drop table meta")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("alter table meta add column x")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("analyze")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("reindex")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("vacuum")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("vacuum into \"copy.db\"")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("begin immediate")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]

The same through cica.rows and cica.each, and hidden behind a first statement:

  $ try cica -e 'for r in cica.rows("delete from meta") do end'
  cica: (command line):1: cica.rows: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'for a in cica.each("drop table meta") do end'
  cica: (command line):1: cica.each: 数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("select 1; drop table meta")'
  cica: (command line):1: cica.query: 一次只能执行一条 SQL 语句
  [1]
  $ try cica -e 'cica.query("select 1 /* */ ; -- \n delete from meta")'
  cica: (command line):1: cica.query: 一次只能执行一条 SQL 语句
  [1]

ATTACH, PRAGMA writes, load_extension:

  $ try cica -e 'cica.query("attach database \"attached.db\" as x")'
  cica: (command line):1: cica.query: 不允许 ATTACH：数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("attach database \":memory:\" as x")'
  cica: (command line):1: cica.query: 不允许 ATTACH：数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("detach main")'
  cica: (command line):1: cica.query: 不允许 ATTACH：数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("pragma user_version = 7")'
  cica: (command line):1: cica.query: 不允许这条 PRAGMA：数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("pragma writable_schema = 1")'
  cica: (command line):1: cica.query: 不允许这条 PRAGMA：数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("pragma journal_mode = wal")'
  cica: (command line):1: cica.query: 不允许这条 PRAGMA：数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("pragma temp_store_directory = \".\"")'
  cica: (command line):1: cica.query: 不允许这条 PRAGMA：数据集是只读的（read-only）
  [1]
  $ try cica -e 'cica.query("select load_extension(\"./evil\")")'
  cica: (command line):1: cica.query: 不允许使用 SQL 函数 load_extension()
  [1]
  $ try cica -e 'cica.query("select load_extension(?)", "./evil")'
  cica: (command line):1: cica.query: 不允许使用 SQL 函数 load_extension()
  [1]
  $ try cica -e 'print(cica.query("pragma user_version")[1].user_version)'
  0
  $ ls
  err

The same under --safe, and nothing of it changed the dataset:

  $ try cica --safe -e 'cica.query("delete from meta")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica --safe -e 'cica.query("attach database \"attached.db\" as x")'
  cica: (command line):1: cica.query: 不允许 ATTACH：数据集是只读的（read-only）
  [1]
  $ try cica -e 'print(#cica.query("select * from meta") > 0, cica.query("select value from meta where key = \"schema_version\"")[1].value)'
  true\t1 (esc)

--db FILE: the file is opened read-only and guarded the same way; attempts leave it unchanged
and create no file beside it:

  $ python3 - <<'PY'
  > import sqlite3
  > c = sqlite3.connect("mini.db")
  > c.execute("create table meta(key, value)")
  > c.execute("insert into meta values ('schema_version', '1')")
  > c.execute("create table t(a)")
  > c.executemany("insert into t values (?)", [(i,) for i in range(1000)])
  > c.commit()
  > PY
  $ cksum mini.db > before
  $ try cica --db mini.db -e 'cica.query("delete from t")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica --db mini.db -e 'cica.query("drop table t")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica --db mini.db -e 'cica.query("pragma journal_mode = delete")'
  cica: (command line):1: cica.query: 不允许这条 PRAGMA：数据集是只读的（read-only）
  [1]
  $ try cica --db mini.db -e 'cica.query("pragma user_version = 1")'
  cica: (command line):1: cica.query: 不允许这条 PRAGMA：数据集是只读的（read-only）
  [1]
  $ try cica --db mini.db -e 'cica.query("attach database \"mini.db\" as again")'
  cica: (command line):1: cica.query: 不允许 ATTACH：数据集是只读的（read-only）
  [1]
  $ try cica --db mini.db -e 'cica.query("vacuum into \"copy.db\"")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica --db mini.db -e 'cica.query("create temp table x(a)")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica --safe --db mini.db -e 'cica.query("insert into t values (1)")'
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  [1]
  $ try cica --db mini.db -e 'print(cica.query("select count(*) as n from t")[1].n)'
  1000
  $ cksum mini.db | cmp - before && ls
  before
  err
  mini.db

A --db file that is not SQLite, is truncated, is empty, is not a file, or has the wrong schema:
a clear error naming the file, exit 1, and the file unchanged:

  $ printf 'SQLite format 3\000 but not really' > fake.db
  $ try cica --db fake.db -e 'print(1)'
  cica: fake.db: file is not a database
  [1]
  $ python3 -c 'import shutil; shutil.copy("mini.db", "half.db"); f = open("half.db", "r+b"); f.truncate(4096 * 2); f.close()'
  $ cksum half.db > before
  $ try cica --db half.db -e 'print(cica.query("select count(*) as n from t")[1].n)'
  cica: half.db: database disk image is malformed
  [1]
  $ python3 -c 'f = open("head.db", "wb"); f.write(open("mini.db", "rb").read(100)); f.close()'
  $ try cica --db head.db -e 'print(1)'
  cica: head.db: database disk image is malformed
  [1]
  $ : > empty.db
  $ try cica --db empty.db -e 'print(1)'
  cica: empty.db: not a cica dataset (it has no meta table)
  [1]
  $ try cica --db /dev/null -e 'print(1)'
  cica: /dev/null: is a device, not a dataset file
  [1]
  $ mkdir folder.db
  $ try cica --db folder.db -e 'print(1)'
  cica: folder.db: is a directory, not a dataset file
  [1]

A FIFO is refused from its type, without being opened (opening it for reading would wait for a
writer for ever; `timeout` makes a regression fail instead of hanging):

  $ mkfifo pipe.db
  $ try timeout 20 cica --db pipe.db -e 'print(1)'
  cica: pipe.db: is a named pipe (FIFO), not a dataset file
  [1]
  $ try timeout 20 cica --safe --db pipe.db report overview
  cica: pipe.db: is a named pipe (FIFO), not a dataset file
  [1]
  $ try cica --db mini.db -e 'print(#cica.members)'
  cica: lua/cica/model/entities.lua:67: cica.rows: no such table: aliases
  [1]
  $ try cica --db mini.db report members
  cica: members: lua/cica/model/entities.lua:67: cica.rows: no such table: aliases
  [1]
  $ cksum half.db | cmp - before && ls
  before
  empty.db
  err
  fake.db
  folder.db
  half.db
  head.db
  mini.db
  pipe.db
