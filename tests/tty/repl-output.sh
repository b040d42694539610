#!/bin/sh
# Output that fits (issue 17): on a 60-column terminal `cica report chairs`, `cica search 上海`
# and the REPL's .report draw tables no wider than the window, cells wrapped (dates and numbers
# kept whole), every box line as wide as the others; help() is paged through $PAGER.
. "$(dirname "$0")/lib.sh"

# start_sized W H CMD...: as start, in a W x H pane.
start_sized() {
  w=$1 h=$2
  shift 2
  $TM kill-server 2>/dev/null || true
  SERVERS=$((SERVERS + 1))
  TM="tmux -L cica-test-$$-$SERVERS -f /dev/null"
  $TM new-session -d -x "$w" -y "$h" "env $*; echo \"[exit \$?]\"; sleep 600"
  $TM set-option -g remain-on-exit on >/dev/null
}

# The whole pane, with what scrolled off the top.
all_lines() { $TM capture-pane -p -S - -t 0; }

# The box lines on the screen all have the same display width, at most $1 columns.
boxes_fit() {
  all_lines | python3 -c '
import sys, unicodedata
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
rows = [l.rstrip() for l in sys.stdin.read().splitlines() if l[:1] and l[:1] in "┌├└│"]
widths = {w(l) for l in rows}
if len(rows) < 4 or len(widths) != 1 or max(widths) > int(sys.argv[1]):
    print("box lines:", sorted(widths)); sys.exit(1)' "$1" || fail "the table does not fit $1 columns"
}

start_sized 60 60 NO_COLOR=1 "$CICA" report chairs --lang en
expect '^\[exit 0\]'
all_lines | grep -q '^│    1 │ KZ   │ Kazakh │ 1999-09-14 │ 2010-06-08 │ B4,     │$' || fail "chairs at 60 columns"
all_lines | grep -q '^│      │      │ stan   │            │            │ seed000 │$' || fail "the wrapped name"
boxes_fit 60

# Only the text table follows the terminal: an SVG written to it keeps its 640-unit canvas.
start_sized 60 60 NO_COLOR=1 "$CICA" report growth --format svg
expect '^\[exit 0\]'
all_lines | tr -d '\n' | grep -q 'viewBox="0 0 640 ' || fail "svg on a terminal: not the 640-unit canvas"

start_sized 60 40 NO_COLOR=1 "$CICA" search 上海
expect '^\[exit 0\]'
boxes_fit 60

# In the REPL, .report fits the window too; in a pipe nothing is fitted (tests/cram/output.t).
start_sized 70 60 NO_COLOR=1 "$CICA"
expect '^> ?$'
typein '.report chairs'
keys Enter
expect '^数据截至'
boxes_fit 70
keys C-d
expect_exit
# help() is longer than a screen: on a terminal it goes through less -FRX (the default pager),
# which waits at its ':' prompt; q returns to the REPL. A short help prints at once.
start NO_COLOR=1 "$CICA"
expect '^> ?$'
typein 'help()'
keys Enter
expect '^:$'
keys q
expect '^> ?$'
typein 'help(cica.find)'
keys Enter
expect '^  cica.find\("Kazakhstan"\).joined'
keys C-d
expect_exit

# $PAGER is honoured; PAGER=cat (or empty) writes the text as it is.
start NO_COLOR=1 PAGER="'sed s/^/PAGED:/'" "$CICA" -e "'help()'"
expect '^\[exit 0\]'
all_lines | grep -q '^PAGED:cica 接口' || fail "help() not through \$PAGER"
start NO_COLOR=1 PAGER=cat "$CICA" -e "'help()'"
expect '^\[exit 0\]'
if all_lines | grep -q PAGED; then fail "paged with PAGER=cat"; fi
all_lines | grep -q '^cica 接口' || fail "help() without a pager"
echo "ok: tables fit the terminal; help() is paged"
