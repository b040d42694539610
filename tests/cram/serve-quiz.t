`cica serve`: the quiz in the browser (one history with the terminal quiz, CSRF tokens, answers
from two tabs and a terminal at once), the language from Accept-Language, user reports in the
--safe sandbox under the per-request limits, the command's usage errors and --export.

  $ . "$CICA_TESTS/serve/lib.sh"
  $ mkdir -p "$XDG_CONFIG_HOME/cica/reports"
  $ cat > "$XDG_CONFIG_HOME/cica/reports/loop.lua" <<'LUA'
  > return { title = "Loop", columns = { "a" }, rows = function() while true do end end }
  > LUA
  $ cat > "$XDG_CONFIG_HOME/cica/reports/greedy.lua" <<'LUA'
  > return { title = "Greedy", columns = { "a" }, rows = function() local s, t = ("x"):rep(2^16), {} while true do t[#t + 1] = s:rep(16) .. #t end end }
  > LUA
  $ cat > "$XDG_CONFIG_HOME/cica/reports/snoop.lua" <<'LUA'
  > return { title = "Snoop", columns = { "a" }, rows = function() return { { a = io.open("/etc/passwd"):read("a") } } end }
  > LUA
  $ cat > "$XDG_CONFIG_HOME/cica/reports/founders.lua" <<'LUA'
  > return { title = "Founders", columns = { "id", "name" }, rows = function(cica)
  >   local out = {} for _, m in ipairs(cica.members) do if m.founding then out[#out + 1] = m end end return out end }
  > LUA
  $ SERVE_GLOBAL="--max-memory 100" serve_start --state quiz.db --timeout 4

Without --lang, the browser's Accept-Language picks the language (else the environment's):

  $ body /members -H 'Accept-Language: zh-TW,zh;q=0.9' | grep -o '<title>[^<]*</title>'
  <title>成員國 · 亞信資料</title>
  $ body /members -H 'Accept-Language: en-GB,en;q=0.8' | grep -o '<title>[^<]*</title>'
  <title>Member states · CICA record</title>
  $ body /members -H 'Accept-Language: de-DE, zh-CN;q=0.5' | grep -o '<title>[^<]*</title>'
  <title>成员国 · 亚信数据</title>
  $ body /members -H 'Accept-Language: de-DE' | grep -o '<title>[^<]*</title>'
  <title>成员国 · 亚信数据</title>

User reports are pages too, run in the --safe sandbox, with the time and memory limits per
request; the server goes on serving after each:

  $ body '/reports?lang=en' | grep -o '<a href="/reports/[a-z]*?lang=en">[^<]*</a>' | tail -4
  <a href="/reports/founders?lang=en">Founders</a>
  <a href="/reports/greedy?lang=en">Greedy</a>
  <a href="/reports/loop?lang=en">Loop</a>
  <a href="/reports/snoop?lang=en">Snoop</a>
  $ body '/reports/founders.csv?lang=en' | head -3
  id,name\r (esc)
  AF,Afghanistan\r (esc)
  AZ,Azerbaijan\r (esc)
  $ code /reports/loop
  503
  $ body '/reports/loop.json?lang=en'; echo
  {"error":"the request took too long (time limit exceeded) and was stopped","status":503}
  
  $ body '/reports/greedy.json?lang=en'; echo
  {"error":"the request used too much memory (memory limit exceeded) and was stopped","status":503}
  
  $ body '/reports/snoop.json?lang=en' | sed "s#$XDG_CONFIG_HOME#CONFIG#"; echo
  {"error":"report 'snoop' failed: CONFIG/cica/reports/snoop.lua:1: global 'io' is not allowed in safe mode (or not defined)","status":500}
  
  $ code /members
  200
  $ cat serve.err

The quiz: a session starts with a GET (nothing is written yet); every answer is a POST with the
session's CSRF token (the topics named, so that new topics leave this session as it is):

  $ TOPICS=t_accession=1\&t_status=1\&t_founding=1\&t_summits=1\&t_ministerial=1\&t_chairs=1\&t_secretariat=1\&t_documents=1\&t_counts=1
  $ body "/quiz?start=1&mode=choice&count=3&seed=3&lang=en&$TOPICS" > q.html
  $ grep -o '<h2>[^<]*</h2>' q.html
  <h2>Is Japan a member state or an observer of CICA?</h2>
  $ S=$(sed -n 's/.*name="session" type="hidden" value="\([0-9a-f]*\)".*/\1/p' q.html)
  $ T=$(sed -n 's/.*name="token" type="hidden" value="\([0-9a-f]*\)".*/\1/p' q.html)
  $ code /quiz/answer -X POST -d "session=$S&n=1&answer=A"
  403
  $ code /quiz/answer -X POST -d "session=$S&token=0000&n=1&answer=A"
  403
  $ body /quiz/answer.json -X POST -d "session=$S&token=0000&n=1&answer=A"; echo
  {"error":"the form is stale (its CSRF token does not match): open the quiz page again","status":403}
  
  $ code /quiz/answer -X POST -d "session=$S&token=$T&n=1&answer=A" -H 'Origin: http://evil.example'
  403
  $ body /quiz/answer.json -X POST -d "session=nope&token=$T&n=1&answer=A" -H 'Accept-Language: en'; echo
  {"error":"no such quiz session (the server may have restarted): start again","status":400}
  
  $ body /quiz/answer.json -X POST -H 'Content-Type: text/plain' -d "session=$S&token=$T&n=1&answer=A" -H 'Accept-Language: en'; echo
  {"error":"malformed form: Content-Type","status":400}
  
A bad quiz form is a 400 that names what is wrong; a form field with invalid UTF-8 too:

  $ for q in 'start=1&t_nope=1' 'start=1&mode=fast' 'start=1&count=0' 'start=1&count=many'; do
  >   body "/quiz?$q&lang=en" -H 'Accept: application/json'; echo; done
  {"error":"unknown topic 'nope'","status":400}
  
  {"error":"malformed form: mode","status":400}
  
  {"error":"count needs a positive whole number, got '0'","status":400}
  
  {"error":"count needs a positive whole number, got 'many'","status":400}
  
  $ body /quiz/answer.json -X POST -d "session=$S&token=$T&n=1&answer=%ff"; echo
  {"error":"the form holds invalid UTF-8, a control character or a bad percent escape","status":400}
  
  $ body /quiz/answer.json -X POST -d "session=$S&token=$T&n=1&answer=a%0d%0ab"; echo
  {"error":"the form holds invalid UTF-8, a control character or a bad percent escape","status":400}
  
  $ body /quiz/answer.json -X POST -d "session=x&token=$T&n=1&answer=%zz" -H 'Accept-Language: zh-TW'; echo
  {"error":"表單中有無效的 UTF-8、控制字元或錯誤的百分號跳脫","status":400}
  
  $ test -e quiz.db || echo "nothing written yet"
  nothing written yet
  $ body /quiz/answer -X POST -d "session=$S&token=$T&n=1&answer=B" | grep -o '<div class="[a-z-]*"><p>[^<]*</p>'
  <div class="right-answer"><p>right.</p>
  $ body /quiz/answer -X POST -d "session=$S&token=$T&n=1&answer=B" | grep -c 'right-answer\|wrong-answer'
  0
  [1]
  $ body /quiz/answer -X POST -d "session=$S&token=$T&n=2&answer=A" > /dev/null
  $ body /quiz/answer -X POST -d "session=$S&token=$T&n=3&answer=2018" | grep -o 'Score: [0-9]* / [0-9]*'
  Score: 2 / 3
  $ cica quiz revlog --state quiz.db 2>/dev/null | wc -l
  4
  $ cica quiz stats --state quiz.db --format json | grep -o '"reviews":[0-9]*}' | head -1
  "reviews":3}

Two browser tabs (two sessions) and a terminal quiz answer at the same time, on the same history
file: every answer is kept (3 before, 5 + 5 from the tabs, 5 from the terminal):

  $ start() {
  >   body "/quiz?start=1&mode=typed&count=5&seed=$1&lang=en" > "$1.html"
  >   sed -n 's/.*name="session" type="hidden" value="\([0-9a-f]*\)".*/\1/p' "$1.html" > "$1.s"
  >   sed -n 's/.*name="token" type="hidden" value="\([0-9a-f]*\)".*/\1/p' "$1.html" > "$1.t"
  > }
  $ tab() {
  >   for n in 1 2 3 4 5; do body /quiz/answer -X POST -d "session=$(cat $1.s)&token=$(cat $1.t)&n=$n&answer=x$n" > /dev/null; done
  > }
  $ start tab1; start tab2
  $ tab tab1 & A=$!; tab tab2 & B=$!
  $ printf '1\n2\n3\n4\n5\n' | cica quiz --state quiz.db --count 5 --seed 9 --mode typed > terminal.out & C=$!
  $ wait $A $B $C
  $ tail -1 terminal.out | grep -c '^score: [0-5]/5$'
  1
  $ cica quiz revlog --state quiz.db 2>/dev/null | tail -n +2 | wc -l
  18

The statistics page shows the same history, heatmap included:

  $ body '/quiz/stats?lang=en' | grep -c '<svg'
  1
  $ body '/quiz/stats.json' | grep -o '"reviews":18}' | head -1
  "reviews":18}

  $ serve_stop
  exit 0
  cica serve 已停止（SIGTERM）

SIGINT (Ctrl-C) stops it the same way:

  $ serve_start
  $ kill -INT $PID; wait $PID; echo "exit $?"
  exit 0
  $ tail -1 serve.out
  cica serve 已停止（SIGINT）

The URL is printed only once the stop signals are caught, so a signal sent as soon as it is seen
stops the server (it was lost before, or killed it, when it came first):

  $ for i in 1 2 3 4 5; do serve_start; kill -TERM $PID; wait $PID; echo "exit $?"; done | uniq -c | sed 's/^ *//'
  5 exit 0

A request in flight when the signal comes is finished and answered first (here one stopped by
the time limit after 3 s):

  $ serve_start --timeout 3
  $ body '/reports/loop.json?lang=en' > inflight.out & C=$!
  $ sleep 1; kill -TERM $PID; wait $C; cat inflight.out
  {"error":"the request took too long (time limit exceeded) and was stopped","status":503}
  $ wait $PID; echo "exit $?"
  exit 0

The global `cica --lang L serve` forces the pages' language as `cica serve --lang L` does; a
language from the environment's locale does not (the browser's Accept-Language wins over it):

  $ SERVE_GLOBAL="--lang en" serve_start
  $ body /members -H 'Accept-Language: zh-TW,zh;q=0.9' | grep -o '<title>[^<]*</title>'
  <title>Member states · CICA record</title>
  $ body /nope.json -H 'Accept-Language: zh-TW'; echo
  {"error":"no such page: /nope.json","status":404}
  
  $ serve_stop
  exit 0
  cica serve stopped (SIGTERM)
  $ ( LANG=en_US.UTF-8; export LANG; serve_start
  >   body /members -H 'Accept-Language: zh-TW,zh;q=0.9' | grep -o '<title>[^<]*</title>'
  >   body /members | grep -o '<title>[^<]*</title>'
  >   serve_stop )
  <title>成員國 · 亞信資料</title>
  <title>Member states · CICA record</title>
  exit 0
  cica serve stopped (SIGTERM)

--open starts the browser on the URL with xdg-open, in the background; without xdg-open it
says so and serves all the same:

  $ mkdir -p fakebin && printf '#!/bin/sh\necho "$@" > opened\n' > fakebin/xdg-open && chmod +x fakebin/xdg-open
  $ ( PATH="$PWD/fakebin:$PATH"; serve_start --open
  >   i=0; while [ $i -lt 50 ] && [ ! -s opened ]; do sleep 0.1; i=$((i+1)); done
  >   [ "$(cat opened)" = "$URL" ] && echo "opened the URL"; cat serve.err; serve_stop > /dev/null )
  opened the URL
  $ mkdir -p nobin && for t in cica curl sleep cat grep tail; do ln -s "$(command -v $t)" nobin/$t; done
  $ ( PATH="$PWD/nobin"; serve_start --open --lang en; code /members; cat serve.err; serve_stop > /dev/null )
  200
  cica: serve: cannot start the browser (xdg-open): no xdg-open command (Debian package xdg-utils): open the URL above yourself

Killed outright (SIGKILL) right after an answer, the server loses nothing already answered: each
answer is committed to the history file before its page is sent:

  $ serve_start --state quiz.db
  $ start kill1
  $ body /quiz/answer -X POST -d "session=$(cat kill1.s)&token=$(cat kill1.t)&n=1&answer=x" > /dev/null
  $ kill -KILL $PID; { wait $PID; } 2>/dev/null; echo "exit $?"
  exit 137
  $ cica quiz revlog --state quiz.db 2>/dev/null | tail -n +2 | wc -l
  19

Usage errors:

  $ cica serve --port abc
  cica: serve：--port 需要 0 到 65535 之间的端口号，收到“abc”（见 cica help serve）
  [2]
  $ cica --lang en serve --port abc
  cica: serve: --port needs a port number 0-65535, got 'abc' (see 'cica help serve')
  [2]
  $ cica serve --port 70000
  cica: serve：--port 需要 0 到 65535 之间的端口号，收到“70000”（见 cica help serve）
  [2]
  $ cica serve --lang xx
  cica: serve：未知的语言“xx”（可用：zh-Hans、zh-Hant、en）（见 cica help serve）
  [2]
  $ cica --lang en serve --lang xx
  cica: serve: unknown language 'xx' (expected zh-Hans, zh-Hant, en) (see 'cica help serve')
  [2]
  $ cica serve --timeout 0
  cica: serve：--timeout 需要正数秒数，收到“0”（见 cica help serve）
  [2]
  $ cica serve --colour
  cica: serve：未知选项“--colour”（见 cica help serve）
  [2]
  $ cica serve --export out --port 1
  cica: serve：--export 只写文件，不能与 --port、--host 或 --open 同用（见 cica help serve）
  [2]
  $ cica serve --host not-an-address --port 0
  cica: serve: 无法监听 not-an-address: 不是数字形式的 IPv4 或 IPv6 地址
  [1]
  $ cica serve --lang en --host not-an-address --port 0
  cica: serve: cannot listen on not-an-address: not a numeric IPv4 or IPv6 address
  [1]

libmicrohttpd is loaded when serve starts (src/mhd.c), not at every run; without it serve says so:

  $ CICA_MHD_LIBRARY="$PWD/none.so" cica serve --port 0 2>&1 | sed "s|$PWD|PWD|"
  cica: serve: 无法监听 127.0.0.1: 无法加载 libmicrohttpd（PWD/none.so: cannot open shared object file: No such file or directory）
  $ CICA_MHD_LIBRARY="$PWD/none.so" cica serve --lang en --port 0 2>&1 | sed "s|$PWD|PWD|"
  cica: serve: cannot listen on 127.0.0.1: cannot load libmicrohttpd (PWD/none.so: cannot open shared object file: No such file or directory)
  $ CICA_MHD_LIBRARY=libc.so.6 cica serve --port 0 2>&1 | sed 's|（/.*/libc|（LIBDIR/libc|'
  cica: serve: 无法监听 127.0.0.1: 无法加载 libmicrohttpd（LIBDIR/libc.so.6: undefined symbol: MHD_start_daemon）
  $ CICA_MHD_LIBRARY=libc.so.6 cica -e 'print(#cica.members)'
  28
  $ cica serve --help | head -2
  用法：cica serve [--port N] [--host 地址] [--open] [--lang L] [--state 文件]
                    [--timeout 秒] [--export 目录]
  $ cica --lang zh-Hant serve --help | sed -n '1p;$p'
  用法：cica serve [--port N] [--host 位址] [--open] [--lang L] [--state 檔案]
  使用者程式碼（~/.config/cica/reports 中你的報告、/sql 上的 SQL）在 --safe 沙箱中執行。
  $ cica serve --lang en --help | head -2
  usage: cica serve [--port N] [--host ADDRESS] [--open] [--lang L] [--state FILE]
                    [--timeout S] [--export DIR]

A non-loopback address needs --host and gets a warning:

  $ : > public.out; cica serve --host 0.0.0.0 --port 0 > public.out 2> public.err & P=$!
  $ i=0; while [ $i -lt 100 ] && ! grep -q '^http' public.out; do sleep 0.1; i=$((i+1)); done
  $ cat public.err
  cica: serve: 警告：0.0.0.0 不是本机回环地址，同一网络上的其他人也能访问本服务

Bound to a wildcard address, it accepts a Host that is an address with its port (the machine
may be reached by any of its addresses) or localhost, never another name:

  $ PU=$(grep -m1 '^http' public.out); PP=$(echo "$PU" | sed 's#.*:\([0-9]*\)/$#\1#')
  $ curl -s -o /dev/null -w '%{http_code}\n' -H "Host: 192.0.2.7:$PP" "$PU"
  200
  $ curl -s -o /dev/null -w '%{http_code}\n' -H "Host: localhost:$PP" "$PU"
  200
  $ curl -s -o /dev/null -w '%{http_code}\n' -H "Host: evil.example:$PP" "$PU"
  421
  $ curl -s -o /dev/null -w '%{http_code}\n' -H "Host: 192.0.2.7:1$PP" "$PU"
  421
  $ kill $P; wait $P; echo "exit $?"
  exit 0

--export writes every browsing page with relative links, none of them dangling:

  $ rm "$XDG_CONFIG_HOME"/cica/reports/loop.lua "$XDG_CONFIG_HOME"/cica/reports/greedy.lua
  $ cica serve --export site --lang en 2>&1 | sed "s#$XDG_CONFIG_HOME#CONFIG#"
  cica: serve: /reports/snoop: report 'snoop' failed: CONFIG/cica/reports/snoop.lua:1: global 'io' is not allowed in safe mode (or not defined)
  cica: serve: /reports/snoop: report 'snoop' failed: CONFIG/cica/reports/snoop.lua:1: global 'io' is not allowed in safe mode (or not defined)
  cica: serve: /reports/snoop: report 'snoop' failed: CONFIG/cica/reports/snoop.lua:1: global 'io' is not allowed in safe mode (or not defined)
  exported 406 pages to site
  $ ls site | head -5
  cbm_areas
  cbm_areas.csv
  cbm_areas.html
  cbm_areas.json
  chairs
  $ grep -o '<a href="[^"]*">Kazakhstan</a>' site/members.html
  <a href="members/KZ.html">Kazakhstan</a>
  $ grep -c 'href="/' site/index.html site/members/KZ.html site/reports/growth.html
  site/index.html:0
  site/members/KZ.html:0
  site/reports/growth.html:0
  [1]
  $ python3 - site <<'PY'
  > import os, re, sys, urllib.parse
  > root = sys.argv[1]; bad = 0; links = 0
  > for d, _, files in os.walk(root):
  >     for f in files:
  >         if not f.endswith(".html"): continue
  >         path = os.path.join(d, f)
  >         for h in re.findall(r'(?:href|src)="([^"#]+)', open(path, encoding="utf-8").read()):
  >             if h.startswith(("http://", "https://")): continue
  >             links += 1
  >             if not os.path.exists(os.path.normpath(os.path.join(d, urllib.parse.unquote(h)))): bad += 1; print(path, h)
  > print("dangling:", bad, "links checked:", links > 5000)
  > PY
  dangling: 0 links checked: True
  $ cica serve --export /proc/nope
  cica: 无法写入“/proc/nope”：No such file or directory
  [1]
