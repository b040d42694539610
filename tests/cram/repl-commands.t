The REPL's dot-commands, piped. A wrong use prints "Usage: …" on stderr and the session goes on.

  $ printf '.help\n' | cica -i | grep -v search
  .help [COMMAND]                   list the dot-commands, or explain one
  .lang zh-Hans|zh-Hant|en          the display language of names and titles
  .mode box|table|md|csv|json|line  how tables print (.sql results and arrays of records)
  .once FILE                        send the next command's output to FILE
  .quit                             leave the REPL (Ctrl-D does too)
  .quiz [OPTIONS]                   a quiz on the dataset (as `cica quiz`)
  .report [NAME]                    run a report (without NAME: list them)
  .schema [TABLE]                   show the SQL schema, or one table's
  .sources [ID]                     list the sources, or show one (or a record's)
  .sql SELECT …                     run a query over the dataset, print it in the current .mode (esc)
  .tables                           list the dataset's SQL tables and the Lua collections
  
  Lua: an expression prints its value (=expr too); help(name) documents the API.
  Tab completes names, fields and commands; Ctrl-C stops a statement; Ctrl-D leaves.

  $ printf '.help sql\n' | cica -i
  Usage: .sql SELECT … (esc)
  run a query over the dataset, print it in the current .mode
  
  The dataset is read-only. Example:
    .sql SELECT id, name_en FROM entities WHERE founding = 1
  From Lua: cica.query(sql, ...) returns the rows as tables.

Any unique prefix works; an ambiguous or unknown one says so:

  $ printf '.sc meta\n.s\n.nosuch\n=1\n' | cica -i
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  ambiguous command '.s': .schema, .search, .sources, .sql
  unknown command '.nosuch' (.help lists the commands)
  1

A misspelt command suggests the nearest one:

  $ printf '.serach Almaty\n.tabels\n' | cica -i
  unknown command '.serach'; did you mean '.search'? (.help lists the commands)
  unknown command '.tabels'; did you mean '.tables'? (.help lists the commands)

So does a misspelt value of .mode or .lang, or a report name:

  $ printf '.mode cvs\n.lang zh-hanz\n.report memebrs\n=1\n' | cica -i
  unknown value 'cvs' for .mode; did you mean 'csv'? (.help mode)
  unknown value 'zh-hanz' for .lang; did you mean 'zh-Hans'? (.help lang)
  no report named 'memebrs'; did you mean 'members'?
  1

  $ printf '.mode bogus\n.lang xx\n.once\n.sql\n.quit now\n=1\n' | cica -i
  Usage: .mode box|table|md|csv|json|line
  Usage: .lang zh-Hans|zh-Hant|en
  Usage: .once FILE
  Usage: .sql SELECT … (esc)
  Usage: .quit
  1

.tables lists the SQL tables and the Lua collections:

  $ printf '.tables\n' | cica -i | grep -c 'entities\|members'
  2

.sql prints a query in the current mode, columns in the SELECT's order, Chinese aligned:

  $ printf ".sql SELECT id, name_hans, founding FROM entities WHERE id IN ('KZ', 'CN', 'KR') ORDER BY id\n" | cica -i
  ┌────┬────────────┬──────────┐ (esc)
  │ id │ name_hans  │ founding │ (esc)
  ├────┼────────────┼──────────┤ (esc)
  │ CN │ 中国       │        1 │ (esc)
  │ KR │ 韩国       │        0 │ (esc)
  │ KZ │ 哈萨克斯坦 │        1 │ (esc)
  └────┴────────────┴──────────┘ (esc)

  $ for m in table md csv json line; do printf ".mode $m\n.sql SELECT 'b' AS z, 1 AS a, NULL AS n\n" | cica -i; done
  +---+---+---+
  | z | a | n |
  +---+---+---+
  | b | 1 |   |
  +---+---+---+
  | z | a | n |
  | :--- | ---: | :--- |
  | b | 1 |  |
  z,a,n\r (esc)
  b,1,\r (esc)
  [{"z":"b","a":1,"n":null}]
  z = b
  a = 1
  n = 

  $ printf '.mode\n.mode md\n.mode\n' | cica -i
  box
  md

  $ printf '.sql SELECT * FROM nosuch\n.sql DELETE FROM entities\n=1\n' | cica -i
  cica.query: no such table: nosuch
  cica.query: the dataset is read-only
  1

The mode applies to arrays of records printed by expressions too:

  $ printf '.mode csv\n{ { id = "KZ", name = "哈萨克斯坦" }, { id = "KR", name = "韩国" } }\n' | cica -i
  id,name\r (esc)
  KZ,哈萨克斯坦\r (esc)
  KR,韩国\r (esc)

.lang sets the display language:

  $ printf '.lang\n.lang en\n.lang\ncica.find("KZ").name\n.lang zh-Hant\ncica.find("KZ").name\n' | cica -i
  zh-Hans
  en
  Kazakhstan
  哈薩克斯坦 (esc)

.report runs a report in the format of the mode; its output is `cica report`'s:

  $ printf '.mode csv\n.report members\n' | cica -i > repl.csv
  $ cica report members --format csv > cli.csv
  $ cmp repl.csv cli.csv && echo same
  same
  $ printf '.report members\n' | cica -i > repl.txt
  $ cica report members > cli.txt
  $ cmp repl.txt cli.txt && echo same
  same
  $ printf '.report\n' | cica -i | cut -d' ' -f1 | head -3
  overview
  members
  observers
  $ printf '.report nosuch\n' | cica -i 2>&1 | cut -c1-40
  no report named 'nosuch' (reports: overv

.once sends the next command's output to a file, then output comes back:

  $ printf '.mode csv\n.once out.csv\n.sql SELECT 1 AS n\n=2\n' | cica -i
  2
  $ cat out.csv
  n\r (esc)
  1\r (esc)

  $ printf '.once no/such/dir/x\n=1\n' | cica -i
  .once: cannot write 'no/such/dir/x': No such file or directory
  1

  $ printf '.once x.txt\n=1\n' | cica --safe -i
  .once: writing files is not allowed in safe mode
  1

.sources lists the sources; .sources ID shows one, or a record's:

  $ printf '.mode csv\n.sources\n' | cica -i | head -1
  id,kind,lang,title,url\r (esc)
  $ printf '.sources NOPE\n' | cica -i
  no source or record with id 'NOPE' (.sources lists the sources)

.quiz runs `cica quiz` with its options:

  $ printf '.quiz --help\n' | cica -i > repl-quiz.txt 2>&1
  $ cica quiz --help > cli-quiz.txt 2>&1
  $ cmp repl-quiz.txt cli-quiz.txt && echo same
  same
