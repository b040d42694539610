--safe: what decides the sandbox, and the API cica's own code uses, are out of user code's reach
(issue 13 B1; docs/security.md, "Audit: policy reachable from user code"). User code gets its own
instance of the API; whatever it changes there, cica's own code never sees it.

  $ mkdir -p "$XDG_CONFIG_HOME/cica/reports" "$XDG_CONFIG_HOME/cica/quiz"
  $ reports="$XDG_CONFIG_HOME/cica/reports"

The issue's reproduction: a report that, sandboxed, removes cica.core.user_env, and, when loaded
again without the sandbox, writes files and runs a program. Loaded twice (evil, evil2), by
`report --list` and by the REPL. Nothing is written, and both loads are sandboxed:

  $ cat > "$reports/evil.lua" <<LUA
  > if not pcall(function() return io.open end) then cica.core.user_env = nil      -- first load: sandboxed
  > else io.open("$PWD/PWNED","w"):write("escaped\n"):close(); os.execute("id > $PWD/PWNED-exec") end
  > return { title = "evil", columns = { "a" }, rows = function() return { { a = 1 } } end }
  > LUA
  $ cp "$reports/evil.lua" "$reports/evil2.lua"
  $ cica --safe report --list | tail -3 | sed "s|$XDG_CONFIG_HOME|CONFIG|"
  我的报告 (CONFIG/cica/reports):
  evil           evil
  evil2          evil
  $ printf '.report\n.report evil\n.report evil2\n' | cica --safe -i | grep -E '^(evil|│ 1)'
  evil           evil
  evil2          evil
  evil
  │ 1 │
  evil
  │ 1 │
  $ ls PWNED PWNED-exec
  ls: cannot access 'PWNED': No such file or directory
  ls: cannot access 'PWNED-exec': No such file or directory
  [2]

Without --safe the same file is the user's own code and may write (the first load runs it with
io, so it writes at once):

  $ cica report --list >/dev/null; ls PWNED PWNED-exec; rm -f PWNED PWNED-exec
  PWNED
  PWNED-exec
  $ rm "$reports/evil.lua" "$reports/evil2.lua"

The class: a report that replaces every function and changes every table it can reach (the
`cica` API and its collections, cica.core, the modules require gives it, the cica.report view,
bundled report modules, the string library, the sandbox's own globals, the metatable of cica).
A later bundled report, a later user report and a quiz are exactly what they were:

  $ cat > "$reports/tamper.lua" <<'LUA'
  > local function evil() error("PWNED") end
  > cica.members[1].name = "PWNED"
  > table.insert(cica.members, { id = "XX", name = "PWNED" })
  > local R = require "cica.report"
  > R.tr, R.pick, R.build, R.word, R.entity_name = evil, evil, evil, evil, evil
  > R.sources_column.title = "PWNED"
  > table.insert(R.formats, "PWNED")
  > for _, m in ipairs { "cica.format", "cica.format.text", "cica.width", "cica.date", "cica.dataset" } do
  >   local t = require(m)
  >   for k, v in pairs(t) do if type(v) == "function" then t[k] = evil end end
  > end
  > require("cica.reports.members").rows = evil
  > require("cica.reports.members").title = "PWNED"
  > cica.core.query, cica.core.rows, cica.core.each, cica.core.listdir = evil, evil, evil, evil
  > cica.query, cica.rows, cica.each, cica.find, cica.set_lang = evil, evil, evil, evil, evil
  > setmetatable(cica, { __index = function() error("PWNED") end })
  > string.format, string.rep, string.gsub = evil, evil, evil
  > _G.require, _G.pcall, _G.ipairs, _G.pairs, _G.cica = evil, evil, evil, evil, evil
  > return { title = "tamper", columns = { "a" }, rows = function() return { { a = 1 } } end }
  > LUA
  $ cica --safe report members > members.txt
  $ cica --safe report growth --format csv > growth.csv
  $ printf '.report tamper\n.report members\n' | cica --safe -i > repl.txt
  $ sed -n '10,$p' repl.txt | cmp - members.txt && echo same
  same
  $ cica --safe report --list | grep -c PWNED
  0
  [1]
  $ printf '.report tamper\n.lang en\n.report members\n.report growth\n' | cica --safe -i | grep -c PWNED
  0
  [1]

A user report's rows(cica) gets the API user code sees, never cica's own:

  $ cat > "$reports/which.lua" <<'LUA'
  > return { title = "which", columns = { "same" }, rows = function(c)
  >   return { { same = tostring(c == cica and c == require("cica")) } } end }
  > LUA
  $ cica --safe report which --format csv | tr -d '\r'
  same
  true

A quiz pack that tampers in the same ways (and with the generator context: the shared random
generator's metatable is locked) leaves the bundled topics' questions as they were:

  $ cica --safe quiz --print --topic founding,chairs --seed 5 --count 4 --lang en --now 2025-01-01 > before.txt
  $ sed -e 's/^return {.*/return { topic = "tamper", generate = function(g)/' \
  >     -e '$a\  print(getmetatable(g.rng)); return {} end }' "$reports/tamper.lua" > "$XDG_CONFIG_HOME/cica/quiz/tamper.lua"
  $ rm "$reports/tamper.lua"
  $ cica --safe quiz --print --topic founding,chairs,tamper --seed 5 --count 4 --lang en --now 2025-01-01 > after.txt
  $ head -n 1 after.txt; tail -n +2 after.txt | cmp - before.txt && echo same
  cica.quiz.rng
  same

Sentinels both instances share (the JSON null of the cica.report view) are one value, locked:

  $ cat > nul.lua <<'LUA'
  > local R = require "cica.report"
  > return { title = "n", columns = { "a", "b" }, rows = function() return { { a = 1, b = R.null } } end }
  > LUA
  $ cica --safe report ./nul.lua --format csv | tr -d '\r'
  a,b
  1,
  $ cica --safe -e 'local n = require("cica.report").null print(getmetatable(n), pcall(setmetatable, n, {}))'
  null\tfalse\tcannot change a protected metatable (esc)

Changing the display language reaches user code's API too (without running user code):

  $ printf 'cica.members[2].name\n.lang en\ncica.members[2].name\ncica.set_lang("zh-Hant")\ncica.lang\n.report members\n' | cica --safe -i | sed -n '1,4p'
  阿塞拜疆
  Azerbaijan
  zh-Hant
  CICA member states

The language user code sets is its own: cica's own report above stayed in English.

`help` is a global everywhere docs/security.md says: scripts and -e, and under --safe (where it
is the sandbox's own and describes the API user code sees):

  $ cica -e 'help("members_at")' | head -n 1
  cica.members_at(when) -> cica.Member[]
  $ cica -e 'help(cica.members)' | head -n 1
  cica.members: cica.Member[]
  $ cica --safe -e 'help(cica.members)' | head -n 1
  cica.members: cica.Member[]
  $ cica --safe -e 'help(cica.find)' | head -n 1
  cica.find(text) -> cica.Entity?
  $ cica --safe -e 'help(".sql")' | head -n 1
  用法：.sql SELECT …
  $ cica --safe --lang en -e 'help(cica.find("KR"))' | head -n 1
  KR Republic of Korea: a record of cica.entities (cica.Entity)

help by name follows the display language user code sets, as help of a value does:

  $ cica --safe -e 'cica.set_lang("en") help("members_at") help(cica.members_at)' | sed -n '2p;15p'
    The member states on a date, in accession order.
    The member states on a date, in accession order.
  $ cica --safe --lang zh-Hant -e 'help("members_at")' | sed -n 2p
    某一日期的成員國，按加入順序排列。
  $ cica --safe -e 'print(pcall(require, "cica.help"))'
  false\t安全模式下不能 require “cica.help”（not allowed in safe mode） (esc)

cica's own modules find the sandbox through cica.host, which user code cannot require (nor
cica.state, the quiz history's writer, nor any other module that is not listed):

  $ cica --safe -e 'print(pcall(require, "cica.host"))'
  false\t安全模式下不能 require “cica.host”（not allowed in safe mode） (esc)
  $ cica --safe -e 'print(pcall(require, "cica.state"))'
  false\t安全模式下不能 require “cica.state”（not allowed in safe mode） (esc)
  $ cica --safe -e 'print(cica.core.user_env == nil or cica.core.user_env() == _G)'
  true

The count hook behind --timeout is visible to debug.gethook() without --safe, and a script can
remove it (documented, not hidden: without --safe a script can do anything, and the time limit
still holds through the watchdog timer). Under --safe there is no debug library:

  $ cica --timeout 5 -e 'print(debug.gethook())'
  external hook\t\t10000 (esc)
  $ cica --timeout 0.2 -e 'debug.sethook() while true do end'
  cica: 超出时间限制（time limit exceeded）
  [1]
  $ cica --safe --timeout 5 -e 'debug.sethook()' 2>&1 | head -n 1
  cica: (command line):1: 安全模式下不能使用全局变量“debug”，或它没有定义（not allowed in safe mode）

Every collection and every date-dependent API reads the same under --safe as without it (user code's
copy of the API has no os.getenv: the date cica takes as today comes from cica.core):

  $ names=$(cica -e 'for _, e in ipairs(require("cica.help").entries) do if e.kind == "collection" then io.write(e.name:sub(6), " ") end end')
  $ for mode in "" --safe; do CICA_TODAY=2026-12-05 cica $mode -e 'local n = 0 for name in ("'"$names"'"):gmatch("%S+") do assert(type(cica[name]) == "table", name) n = n + #cica[name] end print(n, cica.today(), #cica.stale_planned(), cica.secretariat.heads[1].id)'; done
  492\t2026-12-05\t1\tasanov (esc)
  492\t2026-12-05\t1\tasanov (esc)
  $ CICA_TODAY=2020-01-01 cica --safe -e 'print(cica.today(), #cica.stale_planned())'
  2020-01-01\t0 (esc)
