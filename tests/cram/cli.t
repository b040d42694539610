The lua5.4-compatible command line: options, scripts, arguments, exit status.

  $ cica --version | sed -E 's/[0-9]+\.[0-9]+\.[0-9]+/X.Y.Z/g; s/截至 [0-9-]+/截至 DATE/'
  cica X.Y.Z （Lua X.Y.Z，SQLite X.Y.Z，数据截至 DATE；1 场计划中的会议已过日期，数据中没有其报道）
  $ cica --lang en --version | sed -E 's/[0-9]+\.[0-9]+\.[0-9]+/X.Y.Z/g; s/as of [0-9-]+/as of DATE/'
  cica X.Y.Z (Lua X.Y.Z, SQLite X.Y.Z, dataset as of DATE; 1 planned meeting past its date, no report in the data)
  $ cica --lang zh-Hant --version | sed -E 's/[0-9]+\.[0-9]+\.[0-9]+/X.Y.Z/g; s/截至 [0-9-]+/截至 DATE/'
  cica X.Y.Z （Lua X.Y.Z，SQLite X.Y.Z，資料截至 DATE；1 場計畫中的會議已過日期，資料中沒有其報導）
  $ cica -e 'print(1+2)'
  3
  $ cica -e 'x = 1' -e 'print(x + 1)'
  2
  $ cica -e 'print(require("cica") == cica)'
  true

Scripts get `arg` (interpreter and options at negative indices) and `...`:

  $ printf 'print(select("#", ...), ...)\nfor i = -2, #arg do print(i, arg[i]) end\n' > args.lua
  $ cica -e 'y=1' args.lua a 'b c'
  2\ta\tb c (esc)
  -2\t-e (esc)
  -1\ty=1 (esc)
  0\targs.lua (esc)
  1\ta (esc)
  2\tb c (esc)
  $ printf '#!/usr/bin/env cica\nprint("shebang skipped")\n' > s.lua && cica s.lua
  shebang skipped
  $ echo 'print("from stdin", ...)' | cica - x y
  from stdin\tx\ty (esc)
  $ echo 'print("stdin without -")' | cica
  stdin without -
  $ cica -- args.lua -e
  1\t-e (esc)
  -2\tcica (esc)
  -1\t-- (esc)
  0\targs.lua (esc)
  1\t-e (esc)
  $ cica -e 'os.exit(3)'
  [3]
  $ cica -e 'os.exit(true)'

-l requires a module into a global; -l g=mod names the global:

  $ mkdir mods && printf 'return {x = 7}\n' > mods/mymod.lua
  $ LUA_PATH="$PWD/mods/?.lua;;" cica -l mymod -e 'print(mymod.x)'
  7
  $ LUA_PATH="$PWD/mods/?.lua;;" cica -l m=mymod -e 'print(m.x, mymod)'
  7\tnil (esc)
  $ cica -l nosuchmodule -e 'print(1)' 2>&1 | head -2
  cica: module 'nosuchmodule' not found:
  \tno field package.preload['nosuchmodule'] (esc)

LUA_INIT (and LUA_INIT_5_4 before it) run first; -E ignores them and LUA_PATH:

  $ LUA_INIT='print("init")' cica -e 'print("main")'
  init
  main
  $ LUA_INIT_5_4='print("init 5.4")' LUA_INIT='print("init")' cica -e 'print("main")'
  init 5.4
  main
  $ printf 'print("init file")\n' > init.lua && LUA_INIT=@init.lua cica -e ''
  init file
  $ LUA_INIT='print("init")' LUA_PATH="$PWD/mods/?.lua;;" cica -E -e 'print((pcall(require, "mymod")))'
  false
  $ LUA_INIT='error("bad init")' cica -e 'print("not reached")'
  cica: LUA_INIT:1: bad init
  stack traceback:
  \t[C]: in function 'error' (esc)
  \tLUA_INIT:1: in main chunk (esc)
  [1]

-W turns warnings on; -v prints the version and goes on:

  $ cica -W -e 'warn("careful")'
  Lua warning: careful
  $ cica -e 'warn("silent")'
  $ cica -v -e 'print("after")' | sed -E 's/^cica .*/cica VERSION/'
  cica VERSION
  after

Errors: one message naming the problem (file:line where there is one), exit 1.

  $ printf 'local x = 1\nlocal y = = 2\n' > syntax.lua
  $ cica syntax.lua
  cica: syntax.lua:2: unexpected symbol near '='
  [1]
  $ printf 'local function f() error("boom") end\nf()\n' > runtime.lua
  $ cica runtime.lua
  cica: runtime.lua:1: boom
  stack traceback:
  \t[C]: in function 'error' (esc)
  \truntime.lua:1: in local 'f' (esc)
  \truntime.lua:2: in main chunk (esc)
  [1]

A bad argument to cica's API is reported from the caller's line, and the traceback starts there
(cica's own frames are not shown):

  $ printf 'local function when()\n  local m = cica.members_at("last year")\n  return m\nend\nprint(#when())\n' > badarg.lua
  $ cica badarg.lua
  cica: badarg.lua:2: cica.members_at：日期“last year”有误：不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）
  stack traceback:
  \tbadarg.lua:2: in local 'when' (esc)
  \tbadarg.lua:5: in main chunk (esc)
  [1]
  $ cica nope.lua
  cica: cannot open nope.lua: No such file or directory
  [1]
  $ cica -e 'error({})' 2>&1 | head -1
  cica: (error object is a table value)
  $ cica -e 'error(setmetatable({}, {__tostring = function() return "custom" end}))'
  cica: custom
  [1]

Usage errors: exit 2 and one line saying where the help is.

  $ cica --no-such-flag
  cica: 无法识别的选项（unrecognized option）“--no-such-flag”（见 cica --help）
  [2]
  $ cica -x
  cica: 无法识别的选项（unrecognized option）“-x”（见 cica --help）
  [2]
  $ cica -e
  cica: “-e”需要一个参数（见 cica --help）
  [2]
  $ cica --lang
  cica: --lang 需要一个值（见 cica --help）
  [2]
  $ cica --lang fr -e ''
  cica: --lang 不支持语言“fr”（可选 zh-Hans、zh-Hant 或 en）
  [2]
  $ cica --lang "$(printf '\377\001')" -e ''
  cica: --lang 不支持语言“\\xFF\\x01”（可选 zh-Hans、zh-Hant 或 en） (esc)
  [2]
  $ cica --timeout 0 -e ''
  cica: --timeout 需要一个正数（秒数）（见 cica --help）
  [2]
  $ cica --max-memory lots -e ''
  cica: --max-memory 需要一个正数（兆字节数）（见 cica --help）
  [2]

A first word that is no file but close to a command suggests it (a file of that name runs):

  $ cica reprot
  cica: 没有“reprot”这个命令或文件；你是不是要找“cica report”？（见 cica help）
  [2]
  $ cica reports
  cica: 没有“reports”这个命令或文件；你是不是要找“cica report”？（见 cica help）
  [2]
  $ cica qiuz --count 1
  cica: 没有“qiuz”这个命令或文件；你是不是要找“cica quiz”？（见 cica help）
  [2]
  $ cica xyzzy
  cica: cannot open xyzzy: No such file or directory
  [1]
  $ cica reprot.lua
  cica: cannot open reprot.lua: No such file or directory
  [1]
  $ printf 'print("a script named reprot")\n' > reprot
  $ cica reprot
  a script named reprot
  $ rm reprot

`cica help [COMMAND]` and `cica --help COMMAND` show a command's help; an unknown one is a
usage error with the nearest command:

  $ cica help | head -n 1
  cica 0.1.0 — 亚信会议（CICA）数据集，可用 Lua 和 SQL 查询
  $ cica help report | head -n 1
  用法：cica report 名称|文件.lua [--format text|md|csv|json|html|svg] [--lang zh-Hans|zh-Hant|en] [-o 文件]
  $ cica --help search | head -n 1
  用法：cica search 文本... [--kind 类型]... [--format text|json] [--lang zh-Hans|zh-Hant|en] [--limit N]
  $ cica help quiz | head -n 1
  用法：cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
  $ cica help completion | head -n 1
  用法：cica completion bash|zsh [-o 文件]
  $ cica help repl | head -n 1
  cica 0.1.0 — 亚信会议（CICA）数据集，可用 Lua 和 SQL 查询
  $ cica help --help | grep -c -- '--lang'
  1
  $ cica help reprot
  cica: help: 没有“reprot”这个命令；你是不是要找“report”？（见 cica help）
  [2]
  $ cica help xyzzy
  cica: help: 没有“xyzzy”这个命令（见 cica help）
  [2]

A name of the Lua API that is not a command gets its help(), in the display language:

  $ cica help find | head -2
  cica.find(text) -> cica.Entity?
    编号、名称（任何语言或字形）或别名为 `text` 的国家或组织；没有则为 nil。
  $ cica --lang en help cica.members_at | head -1
  cica.members_at(when) -> cica.Member[]
  $ cica --lang zh-Hant help cica.Chair | head -1
  cica.Chair：一屆主席國任期；連任算作新的一屆。
  $ cica --help | grep '^  help'
    help       命令的帮助：cica help 命令（也可 cica --help 命令）；cica help 接口名 显示 Lua 接口的说明

Usage errors of the commands are one line: the problem, the nearest valid word, where the help is:

  $ cica report memebrs
  cica: report：没有“memebrs”这份报告；你是不是要找“members”？（见 cica help report）
  [2]
  $ cica report members --format cvs
  cica: report：未知格式“cvs”（可选：text、md、csv、json、html、svg）；你是不是要找“csv”？（见 cica help report）
  [2]
  $ cica report --lsit
  cica: report：未知选项“--lsit”；你是不是要找“--list”？（见 cica help report）
  [2]
  $ cica search x --kind meetng
  cica: search：未知类型“meetng”（可选：entity、place、meeting、document、chair、seat、head、event、cbm_area、stage、rule、discrepancy、source）；你是不是要找“meeting”？（见 cica help search）
  [2]
  $ cica search x --format jsno
  cica: search：未知格式“jsno”（可选：text、json）；你是不是要找“json”？（见 cica help search）
  [2]
  $ cica search x --fromat json
  cica: search：未知选项“--fromat”；你是不是要找“--format”？（见 cica help search）
  [2]
  $ cica quiz --mode typd
  cica: quiz：未知模式“typd”（可选 choice、typed、mixed）；你是不是要找“typed”？（见 cica help quiz）
  [2]
  $ cica quiz --topic sumits
  cica: quiz：没有“sumits”这个主题（可选：加入、成员身份、创立、峰会、外长会议、主席国、秘书处、文件、数量、某日情况、说法分歧、填空）；你是不是要找：峰会？（见 cica help quiz）
  [2]
  $ cica completion bsh
  cica: completion：未知的 shell“bsh”（可选 bash 或 zsh）；你是不是要找“bash”？（见 cica help completion）
  [2]

`cica stubs [DIR]` writes the API's LuaCATS stubs as a lua-language-server addon for a project
(the same stubs as docs/cica.lua); under --safe it writes nothing:

  $ cica stubs
  cica-luals/library/cica.lua
  cica-luals/config.json
  $ cmp cica-luals/library/cica.lua "$CICA_SOURCE/docs/cica.lua"
  $ grep words cica-luals/config.json
    "words": ["cica%."],
  $ cica stubs "it's here" > /dev/null && ls "it's here" "it's here/library"
  it's here:
  config.json
  library
  
  it's here/library:
  cica.lua
  $ cica --safe stubs elsewhere
  cica: stubs：安全模式下不允许写入文件
  [1]
  $ test -e elsewhere || echo "nothing written"
  nothing written
  $ cica stubs a b
  cica: stubs：一次只能给一个目录（给了“a”和“b”）（见 cica help stubs）
  [2]
  $ cica stubs /proc/no/such
  cica: cannot create /proc/no/such/library
  [1]
  $ cica help stubs | head -n 1
  用法：cica stubs [目录]

--help lists the options and the commands that work:

  $ cica --help | head -3
  cica 0.1.0 — 亚信会议（CICA）数据集，可用 Lua 和 SQL 查询
  
  用法：cica [选项] [脚本 [参数]]
  $ cica --help | grep -c -- '--lang'
  1
