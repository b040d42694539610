--timeout and --max-memory (docs/security.md): one case per way of getting round them. A stopped
run reports only why, as "cica: <reason>" with no traceback, and exits 1. The time limit counts
processor time; these cases use short limits.

The reason is in the display language (cica.lang when it is shown; the Chinese texts keep the
English words in parentheses, which scripts look for); the error value inside the run is the same
in every language:

  $ cica --lang zh-Hant --timeout 0.2 -e 'while true do end'
  cica: 超出時間限制（time limit exceeded）
  [1]
  $ cica --lang en --timeout 0.2 -e 'while true do end'
  cica: time limit exceeded
  [1]
  $ cica --timeout 0.2 -e 'cica.set_lang("en") while true do end'
  cica: time limit exceeded
  [1]
  $ cica --lang zh-Hant --max-memory 64 -e 'local t = {} for i = 1, 1e9 do t[i] = i end'
  cica: 記憶體不足（not enough memory）
  [1]
  $ cica --lang en --max-memory 64 -e 'local t = {} for i = 1, 1e9 do t[i] = i end'
  cica: not enough memory
  [1]
  $ printf 'while true do end\nt = {} for i = 1, 1e9 do t[i] = i end\n=1\n' | cica --lang en --timeout 1 --max-memory 64 -i
  time limit exceeded
  not enough memory
  1
  $ printf 'while true do end\nt = {} for i = 1, 1e9 do t[i] = i end\n=1\n' | cica --lang zh-Hant --timeout 1 --max-memory 64 -i
  超出時間限制（time limit exceeded）
  記憶體不足（not enough memory）
  1

Time: a count hook stops a runaway loop, and keeps firing until the script is gone, so pcall,
xpcall (even with a handler that loops), coroutines and error handlers cannot swallow it:

  $ cica --timeout 0.2 -e 'while true do end'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --timeout 0.2 -e 'while true do pcall(function() while true do end end) end'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --timeout 0.2 -e 'while true do pcall(error) end'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --safe --timeout 0.2 -e 'while true do xpcall(function() while true do end end, function() while true do end end) end'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --timeout 0.2 -e 'coroutine.wrap(function() while true do end end)()'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --timeout 0.2 -e 'local co = coroutine.wrap(function() while true do coroutine.yield() end end) while true do pcall(co) end'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --timeout 0.2 -e 'while true do local ok, e = pcall(function() while true do end end) print(ok, e) end'
  cica: 超出时间限制（time limit exceeded）
  [1]

A loop whose every step is one costly C call (here a 4 MB string) is stopped at its next
instruction, not 10,000 instructions later:

  $ cica --timeout 0.2 -e 'while true do pcall(string.rep, "x", 2^22) end'
  cica: 超出时间限制（time limit exceeded）
  [1]

The same with --safe, and for a subcommand's user code (a report file):

  $ cica --safe --timeout 0.2 -e 'while true do end'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ printf 'return { title = "t", columns = { "a" }, rows = function() while true do end end }\n' > slow.lua
  $ cica --timeout 0.2 report ./slow.lua
  cica: 超出时间限制（time limit exceeded）
  [1]

Long SQL: a SQLite progress handler stops the statement, also when it is retried under pcall
and when rows are streamed:

  $ cica --timeout 0.2 -e 'print(cica.query("with recursive c(x) as (select 1 union all select x + 1 from c where x < 1e12) select count(*) from c"))'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --timeout 0.2 -e 'while true do pcall(cica.query, "with recursive c(x) as (select 1 union all select x + 1 from c where x < 1e12) select count(*) from c") end'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --timeout 0.2 -e 'for r in cica.rows("with recursive c(x) as (select 1 union all select x + 1 from c) select x from c where x < 0") do end'
  cica: 超出时间限制（time limit exceeded）
  [1]

Code that runs no Lua instructions for long (one C function, or a finalizer: Lua runs those with
hooks off) is stopped by a watchdog: one second after the limit, cica exits:

  $ cica --timeout 0.2 -e 'print(("a"):rep(3000):find(".-.-.-.-b"))'
  cica: 超出时间限制（time limit exceeded），且卡在无法中断之处（C 函数或终结器中），退出
  [1]
  $ cica --lang zh-Hant --timeout 0.2 -e 'print(("a"):rep(3000):find(".-.-.-.-b"))'
  cica: 超出時間限制（time limit exceeded），且卡在無法中斷之處（C 函式或終結器中），結束
  [1]
  $ cica --lang en --timeout 0.2 -e 'print(("a"):rep(3000):find(".-.-.-.-b"))'
  cica: time limit exceeded (stuck where it cannot be interrupted: in a C function or a finalizer; exiting)
  [1]
  $ cica --timeout 0.2 -e 'setmetatable({}, { __gc = function() while true do end end }) collectgarbage()'
  cica: 超出时间限制（time limit exceeded），且卡在无法中断之处（C 函数或终结器中），退出
  [1]
  $ cica --timeout 0.2 -e 'setmetatable({}, { __gc = function() while true do end end }) print("done")'
  done
  cica: 超出时间限制（time limit exceeded），且卡在无法中断之处（C 函数或终结器中），退出
  [1]

A stopped run starts no query: finalizers that query (each of 20,000 running a search, run with
hooks off by one collection) fail at once after the limit instead of going on until the watchdog
has to exit (found by fuzz_script):

  $ cat > storm.lua <<'LUA'
  > local mt = { __gc = function() pcall(cica.find, "KR"); pcall(cica.search, "almaty") end }
  > for i = 1, 20000 do setmetatable({}, mt) end
  > collectgarbage()
  > print("not reached")
  > LUA
  $ timeout 60 cica --safe --timeout 0.3 storm.lua
  cica: 超出时间限制（time limit exceeded）
  [1]

The limit covers everything after the arguments are read, start-up included: a --db file whose
`meta` is a view that never ends is stopped while cica checks it (`timeout 20` makes a
regression fail instead of hanging):

  $ python3 - <<'PY'
  > import sqlite3
  > c = sqlite3.connect("slow.db")
  > c.execute("create view meta(key, value) as with recursive c(x) as (select 1 union all select x + 1 from c) select 'schema_version', x from c where x < 0")
  > c.commit()
  > PY
  $ timeout 20 cica --safe --timeout 1 --db slow.db -e 'print(1)'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ timeout 20 cica --timeout 0.5 --db slow.db report overview
  cica: 超出时间限制（time limit exceeded）
  [1]

A limit too small to be told from zero is the smallest interval, never "no limit" (a zero timer
value would disarm the watchdog). From the command line start-up alone uses it up; a REPL
statement gets the whole (tiny) budget, and is stopped by the hook or, when the C function is
already running, by the watchdog (which of the two depends on timing):

  $ timeout 20 cica --timeout 0.0000000001 -e 'print(("a"):rep(3e5):find(".-.-.-.-b"))'
  cica: .*time limit exceeded.* (re)
  [1]
  $ printf 'print(("a"):rep(3e5):find(".-.-.-.-b"))\n' | timeout 20 cica --timeout 0.0000000001 -i 2>err; grep -o 'time limit exceeded' err
  time limit exceeded
  $ timeout 20 cica --timeout 1e-300 -e 'while true do end'
  cica: 超出时间限制（time limit exceeded）
  [1]

In the REPL the limit stops the statement, not the session; the next statement gets the whole
budget again:

  $ printf '=1\nwhile true do end\n=2\nwhile true do pcall(function() while true do end end) end\n=3\n' | cica --timeout 0.2 -i 2>&1
  1
  超出时间限制（time limit exceeded）
  2
  超出时间限制（time limit exceeded）
  3

Without --timeout there is no limit (a finite loop of any length finishes):

  $ cica -e 'local n = 0 for i = 1, 3e7 do n = n + 1 end print(n)'
  30000000

Memory: a capped allocator makes allocation fail cleanly; pcall can catch it and the script
goes on with its memory back:

  $ cica --max-memory 64 -e 'local t = {} for i = 1, 1e9 do t[i] = i end'
  cica: 内存不足（not enough memory）
  [1]
  $ cica --max-memory 64 -e 'local t = {} for i = 1, 1e9 do t[i] = tostring(i) end'
  cica: 内存不足（not enough memory）
  [1]
  $ cica --max-memory 64 -e 'local s = string.rep("x", 2^30)'
  cica: 内存不足（not enough memory）
  [1]
  $ cica --max-memory 64 -e 'local s = ("x"):rep(2^20) local t = {} for i = 1, 100 do t[i] = s end print(#table.concat(t))'
  cica: 内存不足（not enough memory）
  [1]
  $ cica --max-memory 64 -e 'print(pcall(string.rep, "x", 2^27)) print(#string.rep("x", 2^20))'
  false\tnot enough memory (esc)
  1048576
  $ cica --max-memory 64 -e 'local s = "x" while true do s = s .. s end'
  cica: 内存不足（not enough memory）
  [1]
  $ cica --safe --max-memory 64 -e 'local t = {} while true do t[#t + 1] = {} end'
  cica: 内存不足（not enough memory）
  [1]

A huge result set: cica.query collects every row (memory runs out), cica.rows streams them:

  $ cica --max-memory 64 -e 'print(#cica.query("with recursive c(x) as (select 1 union all select x + 1 from c where x < 1e7) select x from c"))'
  cica: 内存不足（not enough memory）
  [1]
  $ cica --max-memory 16 -e 'local n = 0 for r in cica.rows("with recursive c(x) as (select 1 union all select x + 1 from c where x < 1e6) select x from c") do n = n + 1 end print(n)'
  1000000

--max-memory values: a number of megabytes that leaves at least a byte; a cap too small for
cica itself is a clean error too:

  $ cica --max-memory 0 -e 'print(1)' 2>&1 | head -1
  cica: --max-memory 需要一个正数（兆字节数）（见 cica --help）
  $ cica --max-memory 0.0000001 -e 'print(1)' 2>&1 | head -1
  cica: --max-memory 需要一个正数（兆字节数）（见 cica --help）
  $ cica --max-memory 0.01 -e 'print(1)'
  cica: 内存不足（not enough memory）
  [1]
  $ cica --timeout 0 -e 'print(1)' 2>&1 | head -1
  cica: --timeout 需要一个正数（秒数）（见 cica --help）

Ctrl-C in script mode is lua5.4's: the running code gets one "interrupted!" error, which pcall
can catch; uncaught, it ends the script with status 1; a query it interrupts fails with an error
that can be caught too (`timeout -s INT` sends it):

  $ cat > catch.lua <<'LUA'
  > local ok, err = pcall(function() while true do end end)
  > print("caught", ok, err)
  > LUA
  $ interrupt() { cica "$@" > out 2>&1 & pid=$!
  >   # wait until the script is in its loop (half a second of its CPU time), then Ctrl-C it
  >   while [ "$(awk '{ print $14 }' /proc/$pid/stat 2>/dev/null || echo 999)" -lt 50 ]; do sleep 0.05; done
  >   kill -INT $pid; wait $pid; echo "exit $?"; cat out; }
  $ interrupt catch.lua
  exit 0
  caught	false	interrupted!
  $ interrupt --safe catch.lua
  exit 0
  caught	false	interrupted!
  $ interrupt -e 'while true do end' | head -2
  exit 1
  cica: interrupted!
  $ interrupt -e 'print(pcall(cica.query, "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c")) print("after")'
  exit 0
  false	cica.query: interrupted
  after

Deep recursion: Lua's own limits, each a clean error naming the place, exit 1:

  $ cica -e 'local function f() return 1 + f() end f()' 2>&1 | head -1
  cica: (command line):1: stack overflow
  $ cica -e 'local function f() return 1 + f() end f()' > /dev/null 2>&1
  [1]
  $ cica -e 'coroutine.wrap(function() local function f() return 1 + f() end f() end)()' 2>&1 | head -1
  cica: (command line):1: (command line):1: stack overflow
  $ cica -e 'local function f(n) return coroutine.wrap(function() return f(n + 1) end)() end f(1)' 2>&1 | grep -o 'C stack overflow'
  C stack overflow
  $ cica -e 'local function f(s) return (s:gsub(".", f)) end f("x")' 2>&1 | head -1
  cica: C stack overflow
  $ cica -e 'local t = setmetatable({}, {}) getmetatable(t).__tostring = function(x) return tostring(x) end print(t)' 2>&1 | head -1
  cica: C stack overflow
  $ cica -e 'local t = setmetatable({}, { __index = function(t, k) return t[k] end }) print(t.x)' 2>&1 | head -1
  cica: (command line):1: C stack overflow
  $ cica -e 'local function g() return pcall(g) end print((g()))'
  true
  $ cica -e 'print(load(string.rep("(", 1e6)))' 2>&1 | head -1
  nil\tC stack overflow (esc)

Deep recursion in a finalizer is a warning (Lua runs finalizers protected), and the run goes on:

  $ cica -W -e 'setmetatable({}, { __gc = function() local function f() return 1 + f() end f() end }) collectgarbage() print("after")'
  Lua warning: error in __gc ((command line):1: stack overflow)
  after
