The REPL's dot-commands, piped. A wrong use prints "Usage: …" on stderr and the session goes on.

  $ printf '.help\n' | cica -i | grep -v search
  .help [COMMAND]                   列出点命令，或说明其中一个
  .lang zh-Hans|zh-Hant|en          名称和标题的显示语言
  .mode box|table|md|csv|json|line  表格的输出方式（.sql 结果和记录数组）
  .once FILE                        把下一条命令的输出写入文件
  .quit                             退出 REPL（Ctrl-D 也可以）
  .quiz [OPTIONS]                   关于数据集的测验（同 cica quiz）
  .report [NAME]                    运行报告（不给名称时列出全部报告）
  .schema [TABLE]                   显示 SQL 表结构，或其中一个表的
  .sources [ID]                     列出来源，或显示其中一个（或某条记录的来源）
  .sql SELECT …                     对数据集执行查询，按当前 .mode 输出
  .tables                           列出数据集的 SQL 表和 Lua 集合
  
  Lua：表达式会输出它的值（=表达式 亦可）；help(名称) 查看接口文档。
  Tab 补全名称、字段和命令；Ctrl-C 中止语句；Ctrl-D 退出。

  $ printf '.help sql\n' | cica -i
  用法：.sql SELECT …
  对数据集执行查询，按当前 .mode 输出
  
  数据集是只读的。例如：
    .sql SELECT id, name_en FROM entities WHERE founding = 1
  在 Lua 中：cica.query(sql, ...) 以表的形式返回各行。

Any unique prefix works; an ambiguous or unknown one says so:

  $ printf '.sc meta\n.s\n.nosuch\n=1\n' | cica -i
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  命令“.s”不明确：.schema, .search, .sources, .sql
  没有“.nosuch”这个命令（.help 列出全部命令）
  1

A misspelt command suggests the nearest one:

  $ printf '.serach Almaty\n.tabels\n' | cica -i
  没有“.serach”这个命令；你是不是要找“.search”？（.help 列出全部命令）
  没有“.tabels”这个命令；你是不是要找“.tables”？（.help 列出全部命令）

So does a misspelt value of .mode or .lang, or a report name:

  $ printf '.mode cvs\n.lang zh-hanz\n.report memebrs\n=1\n' | cica -i
  .mode 没有“cvs”这个值；你是不是要找“csv”？（.help mode）
  .lang 没有“zh-hanz”这个值；你是不是要找“zh-Hans”？（.help lang）
  没有名为“memebrs”的报告；你是不是要找“members”？
  1

  $ printf '.mode bogus\n.lang xx\n.once\n.sql\n.quit now\n=1\n' | cica -i
  用法：.mode box|table|md|csv|json|line
  用法：.lang zh-Hans|zh-Hant|en
  用法：.once FILE
  用法：.sql SELECT …
  用法：.quit
  1

.tables lists the SQL tables and the Lua collections:

  $ printf '.tables\n' | cica -i | grep -c 'entities\|members'
  2

.sql prints a query in the current mode, columns in the SELECT's order, Chinese aligned:

  $ printf ".sql SELECT id, name_hans, founding FROM entities WHERE id IN ('KZ', 'CN', 'KR') ORDER BY id\n" | cica -i
  ┌────┬────────────┬──────────┐
  │ id │ name_hans  │ founding │
  ├────┼────────────┼──────────┤
  │ CN │ 中国       │        1 │
  │ KR │ 韩国       │        0 │
  │ KZ │ 哈萨克斯坦 │        1 │
  └────┴────────────┴──────────┘

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
  cica.query: 数据集是只读的（read-only）
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
  哈薩克斯坦

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
  $ printf '.report nosuch\n' | cica -i 2>&1 | sed 's/：.*//'
  没有名为“nosuch”的报告（可选

.once sends the next command's output to a file, then output comes back:

  $ printf '.mode csv\n.once out.csv\n.sql SELECT 1 AS n\n=2\n' | cica -i
  2
  $ cat out.csv
  n\r (esc)
  1\r (esc)

  $ printf '.once no/such/dir/x\n=1\n' | cica -i
  .once: 无法写入“no/such/dir/x”：No such file or directory
  1

  $ printf '.once x.txt\n=1\n' | cica --safe -i
  .once：安全模式下不允许写入文件
  1

.sources lists the sources; .sources ID shows one, or a record's:

  $ printf '.mode csv\n.sources\n' | cica -i | head -1
  id,kind,lang,title,url\r (esc)
  $ printf '.sources NOPE\n' | cica -i
  没有编号为“NOPE”的来源或记录（.sources 列出全部来源）

.quiz runs `cica quiz` with its options:

  $ printf '.quiz --help\n' | cica -i > repl-quiz.txt 2>&1
  $ cica quiz --help > cli-quiz.txt 2>&1
  $ cmp repl-quiz.txt cli-quiz.txt && echo same
  same
