The REPL with standard input piped: no banner, no prompts, only results (so sessions can be
scripted and tested). `cica -i`, `cica repl` and `cica` on a terminal all enter it.

An expression prints its value; `=expr` too; a statement prints nothing:

  $ printf '1 + 1\n=2 + 3\nx = 10\nx * 2\n' | cica -i
  2
  5
  20

  $ printf '1 + 1\n' | cica repl
  2

Strings print as they are, several values separated by tabs, nil as nil:

  $ printf '"韩国"\n1, "a", nil, true\n=nil\n' | cica -i
  韩国
  1\ta\tnil\ttrue (esc)
  nil

A statement continues over lines until it is complete:

  $ printf 'for i = 1, 3 do\n  print(i)\nend\nlocal t = {\n  1,\n  2 }\n=#{\n1, 2, 3 }\n' | cica -i
  1
  2
  3
  3

An error prints its message (with a traceback only when it goes through the user's own functions)
and the session goes on:

  $ printf 'error("boom")\n=1\nlocal function f() error("deep") end f()\n=2\nx = = 1\n=3\n' | cica -i
  stdin:1: boom
  1
  stdin:1: deep
  stack traceback:
  \tstdin:1: in local 'f' (esc)
  2
  stdin:1: unexpected symbol near '='
  3

cica's own functions refuse a bad argument in the display language, without frames of cica's
own modules (lua/cica.lua included):

  $ printf 'cica.members_at("soon")\ncica.find(1)\n' | cica -i
  cica.members_at：日期“soon”有误：不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）
  cica.find：应为字符串，得到的是 number
  $ printf 'cica.members_at("soon")\n' | cica --lang en -i
  cica.members_at: bad date 'soon': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)

Tables: keys in a stable order (array part, id, name, then A-Z), cycles marked, nesting cut:

  $ printf '{ 3, 1, b = 2, a = { x = true }, name = "n", id = "i" }\nt = { name = "x" } t.self = t\nt\n' | cica -i
  { 3, 1, id = "i", name = "n", a = { x = true }, b = 2 }
  { name = "x", self = <cycle> }

A table too wide for one line prints one key per line; id and name share the first line:

  $ printf 'cica.find("KR")\n' | cica -i | sed -n '1p;$p'
  { id = "KR", name = "韩国",
  }

Long tables are cut with a count of what was left out:

  $ printf 't = {} for i = 1, 200 do t[i] = i * 1000 end\nt\n' | cica -i | tail -2
    … 另有 150 项
  }

What was left out is counted in the display language (cica.lang, changed by --lang or .lang):

  $ printf 't = {} for i = 1, 200 do t[i] = i * 1000 end\nt\n' | cica --lang zh-Hant -i | tail -2
    … 另有 150 項
  }
  $ printf 't = {} for i = 1, 200 do t[i] = i * 1000 end\nt\n' | cica --lang en -i | tail -2
    … 150 more
  }

An array of records prints as a table, aligned by display width:

  $ printf '{ { id = "KZ", name = "哈萨克斯坦", n = 1 }, { id = "KR", name = "韩国", n = 18 } }\n' | cica -i
  ┌────┬────────────┬────┐
  │ id │    name    │ n  │
  ├────┼────────────┼────┤
  │ KZ │ 哈萨克斯坦 │  1 │
  │ KR │ 韩国       │ 18 │
  └────┴────────────┴────┘

The dataset's collections show their chosen columns, and long ones are cut:

  $ printf 'cica.members_at("1999-12-31")\n' | cica -i | head -5
  ┌────┬──────────────┬────────────┬──────────┬────────────┐
  │ id │     name     │   joined   │ founding │ confidence │
  ├────┼──────────────┼────────────┼──────────┼────────────┤
  │ AF │ 阿富汗       │ 1999-09-14 │ true     │ confirmed  │
  │ AZ │ 阿塞拜疆     │ 1999-09-14 │ true     │ confirmed  │

  $ printf 't = {} for i = 1, 45 do t[i] = { id = i } end\nt\n' | cica -i | tail -3
  │ 40 │
  └────┘
  … 另有 5 行（共 45 行）
  $ printf 't = {} for i = 1, 45 do t[i] = { id = i } end\nt\n' | cica --lang zh-Hant -i | tail -1
  … 另有 5 列（共 45 列）
  $ printf 't = {} for i = 1, 45 do t[i] = { id = i } end\nt\n' | cica --lang en -i | tail -1
  … 5 more rows (45 in all)

--timeout and --max-memory stop the statement, not the session:

  $ printf 'while true do end\n=1\n' | cica --timeout 1 -i
  超出时间限制（time limit exceeded）
  1

  $ printf 'local t = {} for i = 1, 1e9 do t[i] = i end\n=2\n' | cica --max-memory 64 -i
  内存不足（not enough memory）
  2

The session ends at end of input or with .quit:

  $ printf '=1\n.quit\n=2\n' | cica -i
  1

A start-up file $XDG_CONFIG_HOME/cica/init.lua runs first, through the same protected path:

  $ mkdir -p "$XDG_CONFIG_HOME/cica"
  $ echo 'greeting = "hello from init.lua"' > "$XDG_CONFIG_HOME/cica/init.lua"
  $ printf '=greeting\n' | cica -i
  hello from init.lua

  $ echo 'error("broken init")' > "$XDG_CONFIG_HOME/cica/init.lua"
  $ printf '=4\n' | cica -i
  */config/cica/init.lua:1: broken init (glob)
  4
  $ printf 'local function f() error("deeper") end\nf()\n' > "$XDG_CONFIG_HOME/cica/init.lua"
  $ printf '=5\n' | cica -i
  */config/cica/init.lua:1: deeper (glob)
  stack traceback:
  \t*/config/cica/init.lua:1: in local 'f' (esc) (glob)
  5
  $ rm "$XDG_CONFIG_HOME/cica/init.lua"

help(...) documents the API in the display language (see also tests/spec/help_spec.lua and
help_lang_spec.lua):

  $ printf 'help(cica.find)\n' | cica -i | head -3
  cica.find(text) -> cica.Entity?
    编号、名称（任何语言或字形）或别名为 `text` 的国家或组织；没有则为 nil。
    编号不区分大小写，前后的空格会被忽略。可找到成员国、观察员、前观察员和伙伴。

  $ printf 'help("members_at")\n' | cica -i | head -1
  cica.members_at(when) -> cica.Member[]

  $ printf 'help(cica.members)\n' | cica -i | head -4
  cica.members: cica.Member[]
    现有成员国，按加入顺序排列（创始成员国在前）。
  
  每条记录（cica.Member）：成员国：`status` 为 "member" 的国家。

  $ printf 'help(cica.find("KZ"))\n' | cica -i | head -3
  KZ 哈萨克斯坦：cica.entities 的一条记录（cica.Entity）
    现在或曾经是亚信成员国、观察员或伙伴的国家或组织。
    身份：成员国（自 1999-09-14 起）

  $ printf 'help("nothing")\n' | cica -i
  没有“nothing”的帮助。help() 列出全部接口。

In English, and in traditional Chinese:

  $ printf 'help(cica.members)\n' | cica -i --lang en | head -4
  cica.members: cica.Member[]
    The current member states, in accession order (founding members first).
  
  Each record (cica.Member): A member state: an entity whose `status` is "member".

  $ printf 'help(cica.find("KZ"))\n' | cica -i --lang en | head -3
  KZ Kazakhstan: a record of cica.entities (cica.Entity)
    A state or organization that is or was a member, observer or partner of CICA.
    Status: member (from 1999-09-14)

  $ printf 'help("nothing")\n' | cica -i --lang en
  no help for 'nothing'. help() lists the API.

  $ printf 'help(cica.members)\n' | cica -i --lang zh-Hant | head -4
  cica.members: cica.Member[]
    現有成員國，按加入順序排列（創始成員國在前）。
  
  每筆記錄（cica.Member）：成員國：`status` 為 "member" 的國家。

Under --safe, help still works and the sandbox still holds:

  $ printf 'help("find")\nos.exit()\n' | cica --safe -i 2>&1 | sed -n '1p;$p'
  cica.find(text) -> cica.Entity?
  stdin:1: 安全模式下不能使用“os.exit”（not allowed in safe mode）

`cica repl` takes the global options after it; `.q` quits as in the sqlite3 shell:

  $ printf '=cica.lang\n.q\n=1\n' | cica repl --lang en
  en
  $ printf '=1\n' | cica repl --no-such-option
  cica: 无法识别的选项（unrecognized option）“--no-such-option”（见 cica --help）
  [2]
