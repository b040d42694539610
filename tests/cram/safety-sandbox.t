--safe: user code runs in a sandbox of allow-listed globals (docs/security.md). One case per
escape attempt. `try` runs a command and shows its standard output, the first line of its
standard error and its exit status.

  $ try() { "$@" 2>err; s=$?; head -n 1 err; return $s; }

Running programs and touching files: os beyond time/date/clock, io, dofile, loadfile:

  $ try cica --safe -e 'os.execute("touch pwned")'
  cica: (command line):1: 安全模式下不能使用“os.execute”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'os.exit(0)'
  cica: (command line):1: 安全模式下不能使用“os.exit”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'os.remove("x")'
  cica: (command line):1: 安全模式下不能使用“os.remove”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(os.getenv("HOME"))'
  cica: (command line):1: 安全模式下不能使用“os.getenv”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'io.open("/etc/passwd")'
  cica: (command line):1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'io.popen("touch pwned")'
  cica: (command line):1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'dofile("/etc/passwd")'
  cica: (command line):1: 安全模式下不能使用全局变量“dofile”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'loadfile("/etc/passwd")'
  cica: (command line):1: 安全模式下不能使用全局变量“loadfile”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(type(os.time()), type(os.date("%Y")), type(os.clock()))'
  number\tstring\tnumber (esc)
  $ test -e pwned
  [1]

Every way to the same globals refuses too: _G is the sandbox, rawget sees nothing, and loaded
text runs in the sandbox:

  $ try cica --safe -e 'print(_G.io)'
  cica: (command line):1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(rawget(_G, "io"), rawget(_G, "os") ~= nil, cica.core.user_env() == _G)'
  nil\ttrue\ttrue (esc)
  $ try cica --safe -e 'load("io.open(\"x\", \"w\")")()'
  cica: [string "io.open("x", "w")"]:1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(load("return os.execute")())'
  cica: [string "return os.execute"]:1: 安全模式下不能使用“os.execute”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(no_such_global)'
  cica: (command line):1: 安全模式下不能使用全局变量“no_such_global”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'x = 1 print(x)'
  1

require loads only cica's own modules, and not those that reach files or cica's state:

  $ try cica --safe -e 'require "os"'
  cica: (command line):1: 安全模式下不能 require “os”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'require "io"'
  cica: (command line):1: 安全模式下不能 require “io”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'require "debug"'
  cica: (command line):1: 安全模式下不能 require “debug”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'require "lpeg"'
  cica: (command line):1: 安全模式下不能 require “lpeg”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'require "cica.cli.report"'
  cica: (command line):1: 安全模式下不能 require “cica.cli.report”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'require "cica.quiz.history"'
  cica: (command line):1: 安全模式下不能 require “cica.quiz.history”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'require "cica.state"'
  cica: (command line):1: 安全模式下不能 require “cica.state”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(pcall(require, "cica.repl"))'
  false\t安全模式下不能 require “cica.repl”（not allowed in safe mode） (esc)
  $ try cica --safe -e 'print(require("cica.format").csv ~= nil, require("cica.width") ~= nil, require("cica") == cica)'
  true\ttrue\ttrue (esc)

cica.report is a view of its helpers: no load, render or run (they read and write files):

  $ try cica --safe -e 'print(require("cica.report").tr({ en = "yes", ["zh-Hans"] = "是" }))'
  是
  $ try cica --safe -e 'require("cica.report").run("members", { output = "pwned" })'
  cica: (command line):1: 安全模式下不能使用“cica.report.run”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'require("cica.report").load("/etc/passwd")'
  cica: (command line):1: 安全模式下不能使用“cica.report.load”（not allowed in safe mode）
  [1]
  $ test -e pwned
  [1]

cica.core.listdir lists only cica's folder in the user's config (where user reports live):

  $ mkdir -p "$XDG_CONFIG_HOME/cica/reports" && touch "$XDG_CONFIG_HOME/cica/reports/mine.lua"
  $ try cica --safe -e 'print(cica.core.listdir("'"$XDG_CONFIG_HOME"'/cica/reports")[1])'
  mine.lua
  $ try cica --safe -e 'cica.core.listdir("/")'
  cica: (command line):1: cica.core.listdir：安全模式下不能读取“/”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'cica.core.listdir("'"$XDG_CONFIG_HOME"'/cica/../..")' | sed "s#$XDG_CONFIG_HOME#CONFIG#"
  cica: (command line):1: cica.core.listdir：安全模式下不能读取“CONFIG/cica/../..”（not allowed in safe mode）

C modules, the package library and debug:

  $ try cica --safe -e 'package.loadlib("libc.so.6", "system")'
  cica: (command line):1: 安全模式下不能使用全局变量“package”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(package.cpath)'
  cica: (command line):1: 安全模式下不能使用全局变量“package”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'debug.getregistry()'
  cica: (command line):1: 安全模式下不能使用全局变量“debug”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'debug.sethook()'
  cica: (command line):1: 安全模式下不能使用全局变量“debug”，或它没有定义（not allowed in safe mode）
  [1]

Bytecode: string.dump is gone (also as a method), and load takes text only:

  $ try cica --safe -e 'load(string.dump(function() end))()'
  cica: (command line):1: 安全模式下不能使用“string.dump”（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(("").dump)'
  nil
  $ try cica --safe -e 'print(load("\27Lua"))'
  nil\tattempt to load a binary chunk (mode is 't') (esc)
  $ try cica --safe -e 'print(load("\27Lua", "x", "b"))'
  nil\tattempt to load a binary chunk (mode is 't') (esc)
  $ try cica --safe -e 'print(load("return 6 * 7", "x", "t", {})())'
  42

The string metatable is locked; the sandbox's string table is a copy, so changing it changes
nothing cica's own code (or the methods of strings) uses:

  $ try cica --safe -e 'print(getmetatable(""))'
  locked in safe mode
  $ try cica --safe -e 'getmetatable("").__index.upper = nil'
  cica: (command line):1: attempt to index a nil value (field '__index')
  [1]
  $ try cica --safe -e 'setmetatable("", {})'
  cica: (command line):1: bad argument #1 to 'setmetatable' (table expected, got string)
  [1]
  $ try cica --safe -e 'string.upper = function() return "tampered" end print(("x"):upper(), cica.find("kz").id)'
  X\tKZ (esc)

collectgarbage may measure and collect, not stop or tune the collector (whether a step ends a
cycle depends on the heap, so only its type is checked):

  $ try cica --safe -e 'collectgarbage("stop")'
  cica: (command line):1: 安全模式下不能调用 collectgarbage('stop')（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'collectgarbage("generational")'
  cica: (command line):1: 安全模式下不能调用 collectgarbage('generational')（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'collectgarbage("incremental", 1000, 1000)'
  cica: (command line):1: 安全模式下不能调用 collectgarbage('incremental')（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'collectgarbage("setpause", 1000)'
  cica: (command line):1: 安全模式下不能调用 collectgarbage('setpause')（not allowed in safe mode）
  [1]
  $ try cica --safe -e 'print(collectgarbage("count") > 0, collectgarbage(), type(collectgarbage("step")), collectgarbage("isrunning"))'
  true\t0\tboolean\ttrue (esc)

string.rep memory bombs: too large for Lua, or over the 1024 MB that --safe implies:

  $ try cica --safe -e 'local s = string.rep("x", 2^31)'
  cica: (command line):1: resulting string too large
  [1]
  $ try cica --safe -e 'local s = string.rep("x", 2^30)'
  cica: 内存不足（not enough memory）
  [1]
  $ try cica --safe -e 'local s = ("x"):rep(2^24) local t = {} for i = 1, 100 do t[i] = s end print(#table.concat(t))'
  cica: 内存不足（not enough memory）
  [1]

Every way user code comes in gets the sandbox: a script file, standard input, LUA_INIT (text or
@file), -l (only cica's modules), report files:

  $ printf 'print(arg[1], ...)\nio.write("x")\n' > script.lua
  $ try cica --safe script.lua a b
  a\ta\tb (esc)
  cica: script.lua:2: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ printf 'os.execute("touch pwned")\n' | try cica --safe -
  cica: stdin:1: 安全模式下不能使用“os.execute”（not allowed in safe mode）
  [1]
  $ LUA_INIT='io.write("x")' try cica --safe -e 'print(1)'
  cica: LUA_INIT:1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ printf 'io.write("x")\n' > init.lua
  $ LUA_INIT=@init.lua try cica --safe -e 'print(1)'
  cica: init.lua:1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ try cica --safe -l os -e 'print(1)'
  cica: 安全模式下不能 require “os”（not allowed in safe mode）
  [1]
  $ try cica --safe -l w=cica.width -e 'print(w.width("字"))'
  2
  $ cat > evil_report.lua <<'LUA'
  > return { title = "x", columns = { "a" }, rows = function() io.open("pwned", "w") return {} end }
  > LUA
  $ try cica --safe report ./evil_report.lua
  cica: ./evil_report.lua:1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ test -e pwned
  [1]

The REPL runs each statement in the sandbox, and its .once cannot write files:

  $ printf 'io.write(1)\n=os.execute\nx = 5\n=x\n=load("return io")()\n.once out.txt\n' | cica --safe -i > out 2> err
  $ cat out err
  5
  stdin:1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  stdin:1: 安全模式下不能使用“os.execute”（not allowed in safe mode）
  [string "return io"]:1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  .once：安全模式下不允许写入文件
  $ test -e out.txt
  [1]

The API, bundled reports and user reports work unchanged inside the sandbox:

  $ try cica --safe -e 'print(cica.find("Kazakhstan").id, #cica.query("select 1 as x union all select 2"))'
  KZ\t2 (esc)
  $ try cica --safe report members --format csv --lang en | head -2
  order,code,name,joined,founding,region,sources\r (esc)
  1,AF,Afghanistan,1999-09-14,true,Southern Asia,"seed000, seed004, R1, A6"\r (esc)
  $ cat > user_report.lua <<'LUA'
  > return { title = "t", columns = { "code" }, rows = function() return { { code = cica.members[1].id } } end }
  > LUA
  $ try cica --safe report ./user_report.lua --format csv
  code\r (esc)
  AF\r (esc)

Quiz packs are user code too: under --safe they run in the sandbox, when loaded and when asked
(attack: a question file that writes a file or runs a program):

  $ printf 'local f = io.open("escaped.txt", "w") f:write("x") f:close()\nreturn { topic = "evil", generate = function() return {} end }\n' > evil-load.lua
  $ cica --safe quiz --questions evil-load.lua --print --count 1
  cica: evil-load.lua:1: 安全模式下不能使用全局变量“io”，或它没有定义（not allowed in safe mode）
  [1]
  $ printf 'return { topic = "evil", generate = function() os.execute("touch escaped.txt") return {} end }\n' > evil-call.lua
  $ cica --safe quiz --questions evil-call.lua --print --count 1
  cica: evil-call.lua: evil-call.lua:1: 安全模式下不能使用“os.execute”（not allowed in safe mode）
  [1]
  $ test -e escaped.txt; echo $?
  1
  $ cica --safe quiz --questions "$CICA_SOURCE/examples/quiz/my_questions.lua" --topic hosts --print --count 1 --lang en --seed 1 --now 2025-01-01 | sed -n 7p
  1. Which country hosted the 3rd CICA summit?

cica's own code runs the same under --safe: a whole study sheet with a user's topic among the
bundled ones (every message area, the precomputed questions, the sources) and a report:

  $ cica quiz --questions "$CICA_SOURCE/examples/quiz/my_questions.lua" --print --count 40 --seed 2 --now 2025-01-01 > sheet.txt
  $ cica --safe quiz --questions "$CICA_SOURCE/examples/quiz/my_questions.lua" --print --count 40 --seed 2 --now 2025-01-01 | cmp - sheet.txt
  $ cica report members --format md > members.md
  $ cica --safe report members --format md | cmp - members.md

The sandbox's refusals are in the display language; the Chinese ones keep "not allowed in safe
mode" in parentheses, which scripts and checks look for:

  $ cica --lang en --safe -e 'os.execute("true")' 2>&1 | head -1
  cica: (command line):1: 'os.execute' is not allowed in safe mode
  $ cica --lang zh-Hant --safe -e 'require("cica.host")' 2>&1 | head -1
  cica: (command line):1: 安全模式下不能 require 「cica.host」（not allowed in safe mode）
  $ cica --lang en --safe -e 'print(io)' 2>&1 | head -1
  cica: (command line):1: global 'io' is not allowed in safe mode (or not defined)
  $ cica --lang en -e 'cica.query("select load_extension(1)")' 2>&1 | head -1
  cica: (command line):1: cica.query: the SQL function load_extension() is not allowed
  $ cica --lang zh-Hant -e 'cica.query("select load_extension(1)")' 2>&1 | head -1
  cica: (command line):1: cica.query: 不允許使用 SQL 函數 load_extension()
