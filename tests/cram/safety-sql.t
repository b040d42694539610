The SQL surface user code reaches (docs/security.md, "Audit: SQL surface and limits"): SQL
functions by an allow-list, virtual-table modules by an allow-list, full-text MATCH bounded.
`try` shows standard output, the first line of standard error and the exit status.

  $ try() { "$@" 2>err; s=$?; head -n 1 err; return $s; }

fts3_tokenizer() gave away an address (and, with an FTS4 table in a --db file, the instruction
pointer); it is refused by name, with or without --safe, and so are the other functions no
reader of the dataset needs:

  $ try cica --safe -e 'print(cica.query("select hex(fts3_tokenizer(?)) as p","simple")[1].p)'
  cica: (command line):1: cica.query: 不允许使用 SQL 函数 fts3_tokenizer()
  [1]
  $ try cica -e 'print(cica.query("select fts3_tokenizer(?, ?) as p", "simple", ("A"):rep(8)))'
  cica: (command line):1: cica.query: 不允许使用 SQL 函数 fts3_tokenizer()
  [1]
  $ for f in "load_extension('x')" "fts5(null)" "sqlite_log(1, 'x')" "rtreenode(2, x'00')" "matchinfo(1)" "optimize(1)" "changes()" "last_insert_rowid()"; do cica -e "print(select(2, pcall(cica.query, \"select $f\")))"; done
  cica.query: 不允许使用 SQL 函数 load_extension()
  cica.query: 不允许使用 SQL 函数 fts5()
  cica.query: 不允许使用 SQL 函数 sqlite_log()
  cica.query: 不允许使用 SQL 函数 rtreenode()
  cica.query: 不允许使用 SQL 函数 matchinfo()
  cica.query: 不允许使用 SQL 函数 optimize()
  cica.query: 不允许使用 SQL 函数 changes()
  cica.query: 不允许使用 SQL 函数 last_insert_rowid()

The name is matched whatever its case, and a function used inside a view or subquery is checked
the same way:

  $ try cica -e 'cica.query("select FTS3_Tokenizer(?)", "simple")'
  cica: (command line):1: cica.query: 不允许使用 SQL 函数 fts3_tokenizer()
  [1]
  $ try cica -e 'cica.query("select * from (select fts3_tokenizer(?) as p)", "simple")'
  cica: (command line):1: cica.query: 不允许使用 SQL 函数 fts3_tokenizer()
  [1]

What a reader needs works: core, math, date, JSON, window functions and FTS5's own:

  $ cat > ok.lua <<'LUA'
  > local r = cica.query([[select abs(-2) a, round(pi(), 2) b, date('2024-02-29', '+1 year') c,
  >   json_extract('{"k":[5]}', '$.k[0]') d, '{"k":3}' ->> 'k' e, sqrt(16) f, printf('%05d', 42) g,
  >   length(zeroblob(10)) h, length(randomblob(3)) i, upper(substr('cica', 1, 2)) j]])[1]
  > print(r.a, r.b, r.c, r.d, r.e, r.f, r.g, r.h, r.i, r.j)
  > print(#cica.query("select id, highlight(search, 3, '[', ']') h, bm25(search) s from search where search match ? limit 2", "上海"))
  > print(cica.query("select sum(n) over () t from (select 1 n union all select 2) limit 1")[1].t)
  > print(cica.query("select count(*) n from json_tree('[1,[2]]')")[1].n)
  > LUA
  $ cica --safe ok.lua
  2\t3.14\t2025-03-01\t5\t3\t4.0\t00042\t10\t3\tCI (esc)
  2
  3
  4

Sizes: zeroblob, randomblob and printf widths are bounded by SQLite's length limit (1e9 bytes;
a printf past it gives NULL), and under --safe by the memory cap as well:

  $ try cica --safe -e 'print(#cica.query("select zeroblob(2000000000) as z")[1].z)'
  cica: (command line):1: cica.query: string or blob too big
  [1]
  $ try cica --safe -e 'print(#cica.query("select randomblob(2000000000) as z")[1].z)'
  cica: (command line):1: cica.query: string or blob too big
  [1]
  $ try cica --safe -e 'print(cica.query("select printf(?, 1) as z", "%2000000000d")[1].z)'
  nil
  $ try cica --safe -e 'print(#cica.query("select hex(zeroblob(600000000)) as z")[1].z)'
  cica: (command line):1: cica.query: string or blob too big
  [1]

Virtual tables: only FTS5 (the search table) and json_each/json_tree; every other module is gone
from the connection, and a pragma table-valued function obeys the PRAGMA rules:

  $ for t in dbstat sqlite_stmt sqlite_dbpage pragma_journal_mode; do cica -e "print(select(2, pcall(cica.query, 'select count(*) n from $t')))"; done
  cica.query: no such table: dbstat
  cica.query: no such table: sqlite_stmt
  cica.query: no such table: sqlite_dbpage
  cica.query: this PRAGMA is not allowed: the dataset is read-only
  $ python3 - <<'PY'
  > import sqlite3
  > c = sqlite3.connect("fts4.db")
  > c.execute("create table meta(key, value)")
  > c.execute("insert into meta values ('schema_version', '1')")
  > c.execute("create virtual table f using fts4(a)")
  > c.execute("insert into f values ('hello')")
  > c.execute("create virtual table r using rtree(id, x0, x1)")
  > c.commit()
  > PY
  $ try cica --db fts4.db -e 'print(#cica.query("select * from f where f match ?", "hello"))'
  cica: (command line):1: cica.query: no such module: fts4
  [1]
  $ try cica --db fts4.db -e 'print(#cica.query("select * from r"))'
  cica: (command line):1: cica.query: no such module: rtree
  [1]

A full-text MATCH holds at most 10,000 phrases in one statement: a NOT chain of 90,000 overflowed
the C stack inside SQLite 3.40.1 (exit 139). The bound holds wherever the expression comes from
(a parameter, a literal, a computed value, the table-valued form, `=`), and the error can be
caught:

  $ cica --safe -e "print(pcall(cica.query,'select count(*) from search where search match ?',('a NOT '):rep(90000)..'b'))"
  false\tcica.query: full-text MATCH expression too large (more than 10000 phrases in one statement) (esc)
  $ cat > notchain.lua <<'LUA'
  > local e = ('a NOT '):rep(90000) .. 'b'
  > for _, q in ipairs{
  >   "select count(*) n from search where search match ?1",
  >   "select count(*) n from search where search = ?1",
  >   "select count(*) n from search(?1)",
  >   "select count(*) n from search where name_en match ?1",
  >   "select count(*) n from search where search match replace(?1, 'x', 'x')",
  >   "select count(*) n from search where search match (select ?1)",
  >   "select count(*) n from search where search match '" .. e .. "'",
  > } do
  >   if q:find("?1", 1, true) then print(select(2, pcall(cica.query, q, e)))
  >   else print(select(2, pcall(cica.query, q))) end
  > end
  > print(select(2, pcall(cica.query, "select count(*) n from search where search match ?", ('"" NOT '):rep(90000) .. 'b')))
  > print(cica.query("select count(*) n from search where search match ?", ('a NOT '):rep(9000) .. '上海')[1].n)
  > print(cica.query("select count(*) n from search where search match ?", "上海")[1].n)
  > LUA
  $ cica --safe notchain.lua
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  0
  15

cica's own tokenizing (cica_tokens) is not a MATCH and is not counted, over any number of rows:

  $ cica -e 'print(#cica.query("with recursive c(x) as (select 1 union all select x + 1 from c where x < 20000) select cica_tokens(\"上海 abc \" || x) t from c"))'
  20000

The same through an FTS5 table of a --db file with SQLite's own tokenizer:

  $ python3 - <<'PY'
  > import sqlite3
  > c = sqlite3.connect("fts5.db")
  > c.execute("create table meta(key, value)")
  > c.execute("insert into meta values ('schema_version', '1')")
  > c.execute("create virtual table g using fts5(a, tokenize = 'porter unicode61')")
  > c.execute("insert into g values ('hello world')")
  > c.commit()
  > PY
  $ cica --db fts5.db -e "print(select(2, pcall(cica.query, 'select count(*) n from g where g match ?', ('a NOT '):rep(90000) .. 'b'))) print(cica.query('select count(*) n from g where g match ?', 'hello')[1].n)"
  cica.query: full-text MATCH expression too large (more than 10000 phrases in one statement)
  1

Other depths reachable from SQL stop with SQLite's own limits, not the C stack:

  $ cica -e "print(select(2, pcall(cica.query, 'select ' .. ('('):rep(5000) .. '1' .. (')'):rep(5000))))"
  cica.query: parser stack overflow
  $ cica -e "print(select(2, pcall(cica.query, 'select ' .. ('1+'):rep(5000) .. '1')))"
  cica.query: Expression tree is too large (maximum depth 1000)
  $ cica -e "print(cica.query('select json_valid(?) v', ('['):rep(100000) .. (']'):rep(100000))[1].v)"
  0
  $ cica -e "print(select(2, pcall(cica.query, 'select json(?) v', ('['):rep(100000) .. (']'):rep(100000))))"
  cica.query: malformed JSON
  $ cica -e "print(select(2, pcall(cica.query, 'select count(*) n from search where search match ?', ('('):rep(5000) .. 'a' .. (')'):rep(5000))))"
  cica.query: fts5: parser stack overflow
  $ cica -e "print(select(2, pcall(cica.query, 'select ? like ? v', ('a'):rep(10), ('%'):rep(60000))))"
  cica.query: LIKE or GLOB pattern too complex
