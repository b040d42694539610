SQL over the dataset: cica.query, cica.rows, cica.each.

  $ cica -e 'print(cica.query("select 1+2 as n")[1].n)'
  3
  $ cica -e 'local r = cica.query("select ? + ? as n, ?3 as third", 2, 3, "x")[1] print(r.n, math.type(r.n), r.third)'
  5\tinteger\tx (esc)
  $ cica -e 'local r = cica.query("select :a + :b as s, @c as c, $d as d", {a = 1, b = 2, c = "C", d = 4.5})[1] print(r.s, r.c, r.d)'
  3\tC\t4.5 (esc)
  $ cica -e 'local r = cica.query("select null as n, 1.5 as f, x\x2741\x27 as b, ? as t", true)[1] print(r.n, r.f, r.b, r.t)'
  nil\t1.5\tA\t1 (esc)
  $ cica -e 'print(#cica.query("select * from entities where 0"))'
  0
  $ cica -e 'for a, b in cica.each("select 1, ? union all select 2, ?", "x", "y") do print(a, b) end'
  1\tx (esc)
  2\ty (esc)
  $ cica -e 'local n = 0 for r in cica.rows("with recursive c(i) as (select 1 union all select i + 1 from c where i < 10) select i from c") do n = n + r.i end print(n)'
  55

Breaking out of a loop closes the statement at once (the loop variable is to-be-closed):

  $ cica -e 'for r in cica.rows("select id from entities") do break end print(#cica.query("select 1 as x"))'
  1

Parameters: NUL bytes and very long strings are data, not SQL:

  $ cica -e 'print(#cica.query("select ? as s", "a\0b")[1].s)'
  3
  $ cica -e 'print(#cica.query("select ? as s", string.rep("字", 100000))[1].s)'
  300000

Errors carry SQLite's message, exit 1:

  $ cica -e 'cica.query("selec nothing")' 2>&1 | head -1
  cica: (command line):1: cica.query: near "selec": syntax error
  $ cica -e 'cica.query("select * from no_such_table")' 2>&1 | head -1
  cica: (command line):1: cica.query: no such table: no_such_table
  $ cica -e 'cica.query("select 1; select 2")' 2>&1 | head -1
  cica: (command line):1: cica.query: 一次只能执行一条 SQL 语句
  $ cica -e 'cica.query("")' 2>&1 | head -1
  cica: (command line):1: cica.query: SQL 语句是空的
  $ cica --lang zh-Hant -e 'cica.query("select 1; select 2")' 2>&1 | head -1
  cica: (command line):1: cica.query: 一次只能執行一條 SQL 陳述式
  $ cica --lang en -e 'cica.query("select 1; select 2")' 2>&1 | head -1
  cica: (command line):1: cica.query: only one SQL statement at a time
  $ cica --lang en -e 'cica.query("")' 2>&1 | head -1
  cica: (command line):1: cica.query: empty SQL statement
  $ cica --lang en -e 'cica.query("create table x(a)")' 2>&1 | head -1
  cica: (command line):1: cica.query: the dataset is read-only
  $ cica --lang en -e 'cica.query("attach \"x.db\" as x")' 2>&1 | head -1
  cica: (command line):1: cica.query: ATTACH is not allowed: the dataset is read-only
  $ cica --lang en -e 'cica.query("pragma journal_mode = wal")' 2>&1 | head -1
  cica: (command line):1: cica.query: this PRAGMA is not allowed: the dataset is read-only
  $ cica --lang en -e 'cica.query("select 1\0")' 2>&1 | head -1
  cica: (command line):1: cica.query: SQL text contains a NUL byte
  $ cica -e 'cica.query("select ?", print)' 2>&1 | head -1
  cica: (command line):1: cica.query：无法把 function 绑定到 SQL 参数 1
  $ cica -e 'cica.query("select ?", 1, 2)' 2>&1 | head -1
  cica: (command line):1: cica.query：给了 2 个值，但 SQL 只有 1 个参数
  $ cica --lang en -e 'cica.query("select ?", print)' 2>&1 | head -1
  cica: (command line):1: cica.query: cannot bind a function to SQL parameter 1
  $ cica --lang en -e 'cica.query("select ?", 1, 2)' 2>&1 | head -1
  cica: (command line):1: cica.query: 2 values given for 1 SQL parameter
  $ cica --lang en -e 'cica.query("select ?, ?", 1, 2, 3)' 2>&1 | head -1
  cica: (command line):1: cica.query: 3 values given for 2 SQL parameters
  $ cica --lang zh-Hant -e 'cica.query("select ?", 1, 2)' 2>&1 | head -1
  cica: (command line):1: cica.query：給了 2 個值，但 SQL 只有 1 個參數
  $ cica -e 'cica.query(42)' 2>&1 | head -1
  cica: (command line):1: cica.query: near "42": syntax error
  $ cica -e 'cica.query("select 1 as x\0 drop table entities")' 2>&1 | head -1
  cica: (command line):1: cica.query: SQL 文本含有 NUL 字节

The dataset is read-only through every path:

  $ cica -e 'cica.query("create table x(a)")' 2>&1 | head -1
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  $ cica -e 'cica.query("create temp table x(a)")' 2>&1 | head -1
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  $ cica -e 'cica.query("insert into meta values (\x27k\x27, \x27v\x27)")' 2>&1 | head -1
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  $ cica -e 'cica.query("delete from entities")' 2>&1 | head -1
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  $ cica -e 'for r in cica.rows("update entities set name_en = \x27x\x27") do end' 2>&1 | head -1
  cica: (command line):1: cica.rows: 数据集是只读的（read-only）
  $ cica -e 'cica.query("attach database \x27/tmp/cica-attach.db\x27 as x")' 2>&1 | head -1
  cica: (command line):1: cica.query: 不允许 ATTACH：数据集是只读的（read-only）
  $ test -e /tmp/cica-attach.db; echo $?
  1
  $ cica -e 'cica.query("pragma user_version = 3")' 2>&1 | head -1
  cica: (command line):1: cica.query: 不允许这条 PRAGMA：数据集是只读的（read-only）
  $ cica -e 'cica.query("pragma journal_mode = delete")' 2>&1 | head -1
  cica: (command line):1: cica.query: 不允许这条 PRAGMA：数据集是只读的（read-only）
  $ cica -e 'print(cica.query("pragma user_version")[1].user_version)'
  0
  $ cica -e 'print(#cica.query("pragma table_info(entities)") > 5)'
  true
  $ cica -e 'cica.query("select load_extension(\x27/tmp/x\x27)")' 2>&1 | head -1
  cica: (command line):1: cica.query: 不允许使用 SQL 函数 load_extension()
  $ cica -e 'cica.query("vacuum")' 2>&1 | head -1
  cica: (command line):1: cica.query: 数据集是只读的（read-only）

--db FILE: another dataset with the same schema, also read-only; a bad file is refused at start:

  $ cica -e 'print(#cica.query("select * from entities") > 40)'
  true
  $ cica --db nope.db -e 'print(1)'
  cica: nope.db: No such file or directory
  [1]
  $ printf 'this is not a database' > bad.db && cica --db bad.db -e 'print(1)'
  cica: bad.db: file is not a database
  [1]
  $ cat bad.db
  this is not a database (no-eol)
  $ python3 -c 'import sqlite3; c = sqlite3.connect("other.db"); c.execute("create table t(a)"); c.commit()'
  $ cica --db other.db -e 'print(1)'
  cica: other.db: not a cica dataset (it has no meta table)
  [1]
  $ python3 -c 'import sqlite3; c = sqlite3.connect("old.db"); c.execute("create table meta(key, value)"); c.execute("insert into meta values (\"schema_version\", \"0\")"); c.commit()'
  $ cica --db old.db -e 'print(1)'
  cica: old.db: dataset schema version 0, this cica reads version 1
  [1]
The built-in dataset's collections come precomputed at build time (src/build/images.lua); a --db
file's are built from its own tables:

  $ cp "$CICA_DB" copy.db && chmod u+w copy.db
  $ python3 -c 'import sqlite3; c = sqlite3.connect("copy.db"); c.execute("update entities set name_en = \"Changed\" where id = \"AF\""); c.commit()'
  $ cica -e 'cica.set_lang("en") print(cica.find("AF").name .. " " .. #cica.members)'
  Afghanistan 28
  $ cica --db copy.db -e 'cica.set_lang("en") print(cica.find("AF").name .. " " .. #cica.members)'
  Changed 28
  $ cica --db copy.db -e 'print(require("cica.core").image("members@en"))'
  nil
  $ cica -e 'print(type(require("cica.core").image("members@en")) .. " " .. tostring(require("cica.core").image("nope")))'
  function nil
  $ CICA_LUA_DIR="$CICA_SOURCE/lua" cica -e 'print(require("cica.core").image("members@en"))'
  nil

  $ python3 -c 'import sqlite3; c = sqlite3.connect("mini.db"); c.execute("create table meta(key, value)"); c.execute("insert into meta values (\"schema_version\", \"1\")"); c.execute("create table t(a)"); c.execute("insert into t values (42)"); c.commit()'
  $ cica --db mini.db -e 'print(cica.query("select a from t")[1].a)'
  42
  $ cica --db mini.db -e 'cica.query("insert into t values (1)")' 2>&1 | head -1
  cica: (command line):1: cica.query: 数据集是只读的（read-only）
  $ cica --db mini.db -e 'print(cica.query("select count(*) as n from t")[1].n)'
  1
  $ python3 -c 'import shutil; shutil.copy("mini.db", "trunc.db"); open("trunc.db", "r+b").truncate(1000)'
  $ cica --db trunc.db -e 'print(1)'
  cica: trunc.db: database disk image is malformed
  [1]

Table-valued functions work over the dataset (their setup writes nothing); the schema stays
read-only:

  $ cica -e 'for r in cica.rows("select e.id, j.value from entities e, json_each(e.sources) j where e.id = ? order by 2", "KR") do print(r.id, r.value) end'
  KR\tA3 (esc)
  KR\tseed000 (esc)
  KR\tseed004 (esc)
  $ cica -e 'print(#cica.query("select name from pragma_table_info(\x27entities\x27)") > 5)'
  true
  $ cica -e 'cica.query("update sqlite_master set sql = \x27x\x27")' 2>&1 | head -1
  cica: (command line):1: cica.query: table sqlite_master may not be modified

A --db file is opened immutable: no -wal or -shm file appears beside it, even for a WAL-mode
file, and a path with URI characters is just a path; a directory is refused by name:

  $ python3 -c 'import sqlite3; c = sqlite3.connect("wal ?#%.db"); c.execute("pragma journal_mode=wal"); c.execute("create table meta(key, value)"); c.execute("insert into meta values (\"schema_version\", \"1\")"); c.commit(); c.close()'
  $ cica --db 'wal ?#%.db' -e 'print(cica.query("select value from meta")[1].value)'
  1
  $ ls wal*
  wal ?#%.db
  $ mkdir adir && cica --db adir -e 'print(1)'
  cica: adir: is a directory, not a dataset file
  [1]
