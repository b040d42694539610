#!/bin/sh
# Runs cica under valgrind memcheck (`make memcheck`).  usage: run.sh PATH/TO/cica [full]
# A representative set of invocations (every subcommand, the sandbox, each limit, errors, bad
# --db files, the REPL), then the busted specs with cica as the interpreter; with `full`, also
# every cram test (tests/cram/*.t) with cica wrapped. Fails on any memcheck error and on any
# definite or indirect leak (the "still reachable" blocks of Lua and SQLite at exit are not
# leaks). One line per case; logs in the temporary folder are kept when something fails.
set -u
cica=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
full=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
tests=$(dirname "$here")
tmp=$(mktemp -d)
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" XDG_DATA_HOME="$tmp/data"
export HOME="$tmp/home" NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LUA_INIT LUA_INIT_5_4 LUA_PATH LUA_CPATH CICA_LUA_DIR
mkdir -p "$HOME"
# The wrapper: cica under valgrind, for busted and cram. Exit status 99 means memcheck found errors.
mkdir -p "$tmp/bin"
cat > "$tmp/bin/cica" <<WRAP
#!/bin/sh
exec valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect \
  --show-leak-kinds=definite,indirect --error-exitcode=99 --log-file="$tmp/vg.%p.log" "$cica" "\$@"
WRAP
chmod +x "$tmp/bin/cica"
failed=0 ran=0

# check NAME WANT CMD...: runs CMD (which calls the wrapper) in $tmp/work. Passes when no memcheck
# log has anything in it and the exit status is WANT ("any": anything but memcheck's 99; the
# specs' own failures are `make test`'s business).
check() {
  name=$1 want=$2
  shift 2
  ran=$((ran + 1))
  (cd "$tmp/work" && "$@") > "$tmp/out" 2>&1
  rc=$?
  clean=yes
  for log in "$tmp"/vg.*.log; do [ -s "$log" ] && clean=no; done
  if [ "$clean" = yes ] && { [ "$rc" = "$want" ] || { [ "$want" = any ] && [ "$rc" -ne 99 ]; }; }; then
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name: exit $rc (wanted $want), memcheck clean: $clean"
    sed 's/^/     /' "$tmp/out" | head -n 20
    for log in "$tmp"/vg.*.log; do [ -s "$log" ] && sed 's/^/     /' "$log" | head -n 40; done
  fi
  rm -f "$tmp"/vg.*.log
}
C="$tmp/bin/cica"
mkdir -p "$tmp/work"
cd "$tmp/work" || exit 2
printf 'local function f() error("boom") end\nf()\n' > runtime.lua
printf 'local x = = 1\n' > syntax.lua
printf 'return { title = "t", columns = { "code" }, rows = function() return { { code = cica.members[1].id } } end }\n' > mine.lua
printf 'this is not a database' > bad.db
python3 -c 'import sqlite3; c = sqlite3.connect("mini.db"); c.execute("create table meta(key, value)"); c.execute("insert into meta values (\"schema_version\", \"1\")"); c.execute("create table t(a)"); c.execute("insert into t values (42)"); c.commit()'

check api 0 "$C" -e 'print(#cica.members, cica.find("KZ").name, #cica.members_at(2010), #cica.summits)'
check query 0 "$C" -e 'print(cica.query("select ? + ? as n", 1, 2)[1].n)'
check rows-break 0 "$C" -e 'for r in cica.rows("select id from entities") do break end'
check each 0 "$C" -e 'local n = 0 for id in cica.each("select id from entities") do n = n + 1 end print(n)'
check collections 0 "$C" -e 'for _, k in ipairs({"members","observers","summits","meetings","chairs","secretariat","documents","sources","discrepancies","timeline"}) do local _ = cica[k] end'
check lang 0 "$C" --lang zh-Hant -e 'cica.set_lang("en") print(cica.find("KZ").name)'
check query-error 1 "$C" -e 'cica.query("selec")'
check read-only 1 "$C" -e 'cica.query("delete from meta")'
check runtime-error 1 "$C" runtime.lua
check syntax-error 1 "$C" syntax.lua
check missing-script 1 "$C" nope.lua
check stack-overflow 1 "$C" -e 'local function f() return 1 + f() end f()'
check c-stack-overflow 1 "$C" -e 'local function f(s) return (s:gsub(".", f)) end f("x")'
check usage-error 2 "$C" --no-such-flag
check help 0 "$C" --help
check version 0 "$C" --version
check stdin 0 sh -c "echo 'print(1)' | '$C' -"
check safe-escape 1 "$C" --safe -e 'io.open("x")'
check safe-require 1 "$C" --safe -e 'require "cica.quiz.history"'
check safe-api 0 "$C" --safe -l w=cica.width -e 'print(cica.find("KZ").id, w.width("字"), require("cica.report").tr({ en = "x" }))'
check timeout 1 "$C" --timeout 0.3 -e 'while true do pcall(function() while true do end end) end'
check timeout-sql 1 "$C" --timeout 0.3 -e 'cica.query("with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c")'
check memory-cap 1 "$C" --max-memory 32 -e 'local t = {} for i = 1, 1e9 do t[i] = i end'
check memory-pcall 0 "$C" --max-memory 32 -e 'print(pcall(string.rep, "x", 2^26))'
check db-bad 1 "$C" --db bad.db -e 'print(1)'
check db-mini 0 "$C" --db mini.db -e 'print(cica.query("select a from t")[1].a)'
check db-wrong-schema 1 "$C" --db mini.db -e 'print(#cica.members)'
# every format (growth has a chart, so all apply) and every bundled report, as cica lists them
for format in $("$C" -e 'print(table.concat(require("cica.format").names, " "))'); do
  check "report-growth-$format" 0 "$C" report growth --format "$format" --lang en
done
check report-list 0 "$C" report --list
check report-all 0 sh -c "for r in \$('$C' -e 'print(table.concat(require(\"cica.report\").bundled(), \" \"))'); do '$C' report \$r > /dev/null || exit 1; done"
check report-user-safe 0 "$C" --safe report ./mine.lua --format csv
check report-output 0 "$C" report chairs --format csv -o chairs.csv
check quiz-print 0 "$C" quiz --seed 7 --count 5 --print --format json --state q.db
check quiz-answer 0 sh -c "printf 'x\n\377\nKazakhstan\n' | '$C' quiz --seed 7 --count 3 --mode typed --state q.db"
check quiz-stats 0 "$C" quiz stats --state q.db
check quiz-bad-state 1 "$C" quiz stats --state bad.db
check search 0 "$C" search Kazakhstan
check completion 0 "$C" completion bash
check repl 0 sh -c "printf '1+1\n.tables\n.schema meta\nerror(\"x\")\nfor i = 1, 2 do\nprint(i)\nend\n=cica.find(\"KZ\")\n' | '$C' -i"
check repl-limits 0 sh -c "printf 'while true do end\nlocal s = string.rep(\"x\", 2^26)\n=1\n' | '$C' --timeout 0.3 --max-memory 32 -i"

# The specs, in one process under valgrind.
check specs any sh -c "cd '$tests/..' && PATH='$tmp/bin':\$PATH CICA_SOURCE='$tests/..' CICA_TESTS='$tests' busted --lua='$C' -o TAP --pattern=_spec '$tests/spec' > '$tmp/busted.out' 2>&1; rc=\$?; grep -E '^not ok' '$tmp/busted.out' | head; exit \$rc"

if [ "$full" = full ]; then
  for t in "$tests"/cram/*.t; do
    check "cram-$(basename "$t" .t)" 0 env PATH="$tmp/bin:$PATH" CICA_SOURCE="$tests/.." CICA_TESTS="$tests" \
      "$tests/run-cram.sh" cram3 "$t"
  done
fi

echo "memcheck: $ran cases, $failed failed"
[ "$failed" -eq 0 ] && rm -rf "$tmp"
[ "$failed" -eq 0 ]
