Hostile input (docs/security.md): each is handled as data or refused with a clear error and
exit status 1 (2 for a bad option value), never a crash. `try` shows standard output, the first
line of standard error and the exit status.

  $ try() { "$@" 2>err; s=$?; head -n 1 err; return $s; }

Invalid UTF-8 in scripts: bytes inside strings are data; outside them, a syntax error naming the
place:

  $ printf 'print(#"caf\351")\n' > latin1.lua
  $ try cica latin1.lua
  4
  $ printf 'x\377 = 1\n' > badname.lua
  $ try cica badname.lua
  cica: badname.lua:1: syntax error near '<\255>'
  [1]
  $ try cica -e "$(printf 'print(#"\377\376")')"
  2
  $ try cica --safe -e "$(printf 'x\377 = 1')"
  cica: (command line):1: syntax error near '<\255>'
  [1]

Invalid UTF-8 in queries, API arguments, answers, report names and --lang:

  $ try cica -e "$(printf 'print(#cica.query("select ? as v", "\377")[1].v)')"
  1
  $ try cica -e "$(printf 'print(#cica.query("select \\"\377\\" as v")[1].v)')"
  1
  $ try cica -e "$(printf 'print(#cica.query("select * from entities where name_en = \\"\377\\""))')"
  0
  $ try cica -e "$(printf 'print(cica.find("\377"))')"
  nil
  $ try cica -e "$(printf 'print(cica.members_at("20\37711"))')" 2>/dev/null
  cica: (command line):1: cica.members_at\xef\xbc\x9a\xe6\x97\xa5\xe6\x9c\x9f\xe2\x80\x9c20\xff11\xe2\x80\x9d\xe6\x9c\x89\xe8\xaf\xaf\xef\xbc\x9a\xe4\xb8\x8d\xe6\x98\xaf\xe6\x97\xa5\xe6\x9c\x9f\xef\xbc\x88\xe5\xba\x94\xe4\xb8\xba YYYY\xe3\x80\x81YYYY-MM \xe6\x88\x96 YYYY-MM-DD\xef\xbc\x89 (esc)
  [1]
  $ try cica report "$(printf '\377')" > out; echo $?; cut -c1-34 out
  2
  cica: report：没有“\\xFF”这 (esc)
  $ try cica --lang "$(printf 'e\377n')" -e 'print(1)'
  cica: --lang 不支持语言“e\\xFFn”（可选 zh-Hans、zh-Hant 或 en） (esc)
  [2]
  $ printf '\377\376\n\300\n' | try cica quiz --seed 7 --count 2 --mode typed --state q.db | grep '^score'
  score: 0/2

NUL bytes: in SQL text refused, in parameters data, in scripts a syntax error outside strings:

  $ try cica -e 'cica.query("select 1\0; drop table meta")'
  cica: (command line):1: cica.query: SQL 文本含有 NUL 字节
  [1]
  $ try cica -e 'for r in cica.rows("select 1\0") do end'
  cica: (command line):1: cica.rows: SQL 文本含有 NUL 字节
  [1]
  $ try cica -e 'print(#cica.query("select ? as v", "a\0b")[1].v)'
  3
  $ try cica -e 'print(#cica.query("select * from entities where name_en = ?", ("\0"):rep(1e5)))'
  0
  $ try cica -e 'print(cica.find("K\0Z"))'
  nil
  $ printf 'print(("a\0b"):byte(2))\n' > nul-in-string.lua
  $ try cica nul-in-string.lua
  0
  $ printf 'print(1)\0print(2)\n' > nul-outside.lua
  $ try cica nul-outside.lua
  cica: nul-outside.lua:1: unexpected symbol
  [1]

Enormous arguments: long code, long values, many script arguments, long file names:

  $ try cica -e "x = $(printf '%0100000d' 1)" -e 'print(x)'
  1
  $ try cica -e "print(#\"$(printf '%0120000d' 0)\")"
  120000
  $ printf 'print(select("#", ...), #arg)\n' > count.lua
  $ try cica count.lua $(seq 1 20000)
  20000\t20000 (esc)
  $ long=$(printf '%05000d' 0)
  $ try cica --lang "$long$long" -e 'print(1)' > out; echo $?; sed "s/0\{20,\}/0…/" out
  2
  cica: --lang 不支持语言“0…”（可选 zh-Hans、zh-Hant 或 en）
  $ name=$(printf '%0300d' 0)
  $ try cica --db "$name.db" -e 'print(1)' > out; echo $?; sed "s/$name/NAME/" out
  1
  cica: NAME.db: File name too long
  $ try cica "$long.lua" > out; echo $?; sed "s/$long/LONG/" out
  1
  cica: cannot open LONG.lua: File name too long
  $ try cica -e 'print(cica.find(string.rep("x", 1e7)))'
  nil
  $ try cica -e 'print(#cica.query("select ? as v", string.rep("x", 1e7))[1].v)'
  10000000

Enormous SQL: SQLite's limits, each a clear error:

  $ try cica -e 'cica.query("select 1 " .. string.rep("+ 1 ", 1e5))'
  cica: (command line):1: cica.query: Expression tree is too large (maximum depth 1000)
  [1]
  $ try cica -e 'cica.query("select " .. string.rep("?,", 40000) .. "?")'
  cica: (command line):1: cica.query: too many columns in result set
  [1]
  $ try cica -e 'cica.query("select " .. string.rep("1,", 40000) .. "1")'
  cica: (command line):1: cica.query: too many columns in result set
  [1]
  $ try cica -e 'cica.query(string.rep(" ", 1e6) .. "selec")'
  cica: (command line):1: cica.query: near "selec": syntax error
  [1]
  $ try cica -e 'cica.query("select randomblob(2000000000)")'
  cica: (command line):1: cica.query: string or blob too big
  [1]

Parameters that are not values:

  $ try cica -e 'cica.query("select ?", print)'
  cica: (command line):1: cica.query：无法把 function 绑定到 SQL 参数 1
  [1]
  $ try cica -e 'cica.query("select :x", { x = {} })'
  cica: (command line):1: cica.query：无法把 table 绑定到 SQL 参数 1
  [1]
  $ try cica -e 'cica.query("select ?", 1, 2)'
  cica: (command line):1: cica.query：给了 2 个值，但 SQL 只有 1 个参数
  [1]
  $ try cica -e 'print(cica.query("select ? as a, ? as b, ? as c", 2^63, math.mininteger, 0/0)[1].b)'
  -9223372036854775808

Deep nesting in code is Lua's own limit, a clean error:

  $ try cica -e "local x = $(printf '%0300d' 0 | tr 0 '{')"
  cica: C stack overflow
  [1]
  $ try cica -e 'local f, e = load(string.rep("(", 1e5)) print(f, (e:match("[^\n]*")))'
  nil\tC stack overflow (esc)

Messages that quote what the user typed show invalid UTF-8 and control characters (C0, DEL, C1)
as \xHH, never raw: an escape sequence in an argument cannot reach the terminal through an
error. Valid UTF-8 is shown as it is:

  $ try cica report "$(printf 'x\033[31m\377')"
  cica: report：没有“x\\x1B[31m\\xFF”这份报告；可选：overview、members、observers、timeline、summits、meetings、chairs、growth、cow、sources、discrepancies、class（见 cica help report） (esc)
  [2]
  $ try cica quiz --mode "$(printf '\302\233\355\240\200')"
  cica: quiz\xef\xbc\x9a\xe6\x9c\xaa\xe7\x9f\xa5\xe6\xa8\xa1\xe5\xbc\x8f\xe2\x80\x9c\\xC2\\x9B\\xED\\xA0\\x80\xe2\x80\x9d\xef\xbc\x88\xe5\x8f\xaf\xe9\x80\x89 choice\xe3\x80\x81typed\xe3\x80\x81mixed\xef\xbc\x89\xef\xbc\x88\xe8\xa7\x81 cica help quiz\xef\xbc\x89 (esc)
  [2]
  $ try cica search --format "$(printf 'x\177')" 上海
  cica: search：未知格式“x\\x7F”（可选：text、json）（见 cica help search） (esc)
  [2]
  $ try cica search --kind "$(printf '\001')" 上海
  cica: search：未知类型“\\x01”（可选：entity、place、meeting、document、chair、seat、head、event、cbm_area、stage、rule、discrepancy、source）（见 cica help search） (esc)
  [2]
  $ try cica completion "$(printf '\303')"
  cica: completion：未知的 shell“\\xC3”（可选 bash 或 zsh）（见 cica help completion） (esc)
  [2]
  $ try cica report --lang 中文
  cica: report：未知语言“中文”（可选：zh-Hans、zh-Hant、en）（见 cica help report）
  [2]
  $ try cica "$(printf -- '--x\033')"
  cica: 无法识别的选项（unrecognized option）“--x\\x1B”（见 cica --help） (esc)
  [2]
  $ try cica --lang "$(printf '中\377')" -e ''
  cica: --lang 不支持语言“中\\xFF”（可选 zh-Hans、zh-Hant 或 en） (esc)
  [2]
  $ try cica completion bash --output "$(printf '/nonexistent/\033')"
  cica: /nonexistent/\x1B: No such file or directory
  [1]
