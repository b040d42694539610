The lua5.4-compatible command line: options, scripts, arguments, exit status.

  $ cica --version | sed -E 's/[0-9]+\.[0-9]+\.[0-9]+/X.Y.Z/g; s/as of [0-9-]+/as of DATE/'
  cica X.Y.Z (Lua X.Y.Z, SQLite X.Y.Z, dataset as of DATE; 1 planned meeting past its date, no report in the data)
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
  cica: unrecognized option '--no-such-flag' (see 'cica --help')
  [2]
  $ cica -x
  cica: unrecognized option '-x' (see 'cica --help')
  [2]
  $ cica -e
  cica: '-e' needs an argument (see 'cica --help')
  [2]
  $ cica --lang
  cica: --lang needs a value (see 'cica --help')
  [2]
  $ cica --lang fr -e ''
  cica: unknown language 'fr' for --lang (expected zh-Hans, zh-Hant or en)
  [2]
  $ cica --lang "$(printf '\377\001')" -e ''
  cica: unknown language '\xFF\x01' for --lang (expected zh-Hans, zh-Hant or en)
  [2]
  $ cica --timeout 0 -e ''
  cica: --timeout needs a positive number of seconds (see 'cica --help')
  [2]
  $ cica --max-memory lots -e ''
  cica: --max-memory needs a positive number of megabytes (see 'cica --help')
  [2]

A first word that is no file but close to a command suggests it (a file of that name runs):

  $ cica reprot
  cica: no command or file 'reprot'; did you mean 'cica report'? (see 'cica help')
  [2]
  $ cica reports
  cica: no command or file 'reports'; did you mean 'cica report'? (see 'cica help')
  [2]
  $ cica qiuz --count 1
  cica: no command or file 'qiuz'; did you mean 'cica quiz'? (see 'cica help')
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
  cica 0.1.0 — the CICA (亚信会议) dataset in Lua and SQL
  $ cica help report | head -n 1
  Usage: cica report NAME|FILE.lua [--format text|md|csv|json|html|svg] [--lang zh-Hans|zh-Hant|en] [-o FILE]
  $ cica --help search | head -n 1
  Usage: cica search TEXT... [--kind KIND]... [--format text|json] [--lang zh-Hans|zh-Hant|en] [--limit N]
  $ cica help quiz | head -n 1
  Usage: cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
  $ cica help completion | head -n 1
  Usage: cica completion bash|zsh [-o FILE]
  $ cica help repl | head -n 1
  cica 0.1.0 — the CICA (亚信会议) dataset in Lua and SQL
  $ cica help --help | grep -c -- '--lang'
  1
  $ cica help reprot
  cica: help: no command 'reprot'; did you mean 'report'? (see 'cica help')
  [2]
  $ cica help xyzzy
  cica: help: no command 'xyzzy' (see 'cica help')
  [2]
  $ cica --help | grep '^  help'
    help       help on a command: cica help COMMAND (also: cica --help COMMAND)

Usage errors of the commands are one line: the problem, the nearest valid word, where the help is:

  $ cica report memebrs
  cica: report: unknown report 'memebrs'; did you mean 'members'? (see 'cica help report')
  [2]
  $ cica report members --format cvs
  cica: report: unknown format 'cvs' (text, md, csv, json, html, svg); did you mean 'csv'? (see 'cica help report')
  [2]
  $ cica report --lsit
  cica: report: unknown option '--lsit'; did you mean '--list'? (see 'cica help report')
  [2]
  $ cica search x --kind meetng
  cica: search: unknown kind 'meetng' (kinds: entity, place, meeting, document, chair, seat, head, event, cbm_area, stage, rule, discrepancy, source); did you mean 'meeting'? (see 'cica help search')
  [2]
  $ cica search x --format jsno
  cica: search: unknown format 'jsno' (text, json); did you mean 'json'? (see 'cica help search')
  [2]
  $ cica search x --fromat json
  cica: search: unknown option '--fromat'; did you mean '--format'? (see 'cica help search')
  [2]
  $ cica quiz --mode typd
  cica: quiz: unknown mode 'typd' (choice, typed, mixed); did you mean 'typed'? (see 'cica help quiz')
  [2]
  $ cica quiz --topic sumits
  cica: quiz: 没有“sumits”这个主题（可选：加入、成员身份、创立、峰会、外长会议、主席国、秘书处、文件、数量、某日情况、说法分歧、填空）；你是不是要找：峰会？ (see 'cica help quiz')
  [2]
  $ cica completion bsh
  cica: completion: unknown shell 'bsh' (bash or zsh); did you mean 'bash'? (see 'cica help completion')
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
  cica: stubs: writing files is not allowed in safe mode
  [1]
  $ test -e elsewhere || echo "nothing written"
  nothing written
  $ cica stubs a b
  cica: stubs: one DIR at a time (got 'a' and 'b') (see 'cica help stubs')
  [2]
  $ cica stubs /proc/no/such
  cica: cannot create /proc/no/such/library
  [1]
  $ cica help stubs | head -n 1
  Usage: cica stubs [DIR]

--help lists the options and the commands that work:

  $ cica --help | head -3
  cica 0.1.0 — the CICA (亚信会议) dataset in Lua and SQL
  
  Usage: cica [options] [script [args]]
  $ cica --help | grep -c -- '--lang'
  1
