# Helpers for the terminal tests: each test drives cica's REPL in a real pseudo-terminal through
# its own tmux server, and checks what the screen shows. Sourced by tests/tty/repl-*.sh, which
# take the cica binary as $1.
#   start CMD...        run CMD in a fresh 120x30 pane (environment: see below)
#   keys KEY...         tmux send-keys (literal text, or key names such as Tab, C-c, Enter, Up)
#   typein TEXT           send TEXT literally, and wait until the screen shows it
#   expect REGEX        wait (up to 10 s) until the screen matches the extended regex
#   expect_count REGEX N  wait until N lines of the screen match (for output that repeats)
#   expect_exit         wait until the program has exited (start wraps it to print "[exit N]")
#   screen [-e]         print the screen (-e: with colour escapes)
# The tests never sleep a fixed time to wait for output: they poll the screen, with a bound.
set -eu
CICA=${1:?usage: $0 PATH/TO/cica}
CICA=$(cd "$(dirname "$CICA")" && pwd)/$(basename "$CICA")
command -v tmux >/dev/null || { echo "tmux is not installed (Debian package tmux)"; exit 1; }
TTY_TMP=$(mktemp -d)
export TMUX_TMPDIR="$TTY_TMP"
unset TMUX
# Each start gets a server of its own (cica-test-PID-N): reusing a socket races with the old
# server's exit.
SERVERS=0
TM="tmux -L cica-test-$$-0 -f /dev/null"
trap '$TM kill-server 2>/dev/null || true; rm -rf "$TTY_TMP"' EXIT
# A private home, XDG folders and no start-up file unless a test writes one.
export HOME="$TTY_TMP/home" XDG_STATE_HOME="$TTY_TMP/state" XDG_CONFIG_HOME="$TTY_TMP/config" \
  XDG_DATA_HOME="$TTY_TMP/data" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color
mkdir -p "$HOME"
unset LUA_INIT LUA_INIT_5_4 CICA_LUA_DIR INPUTRC
export INPUTRC=/dev/null

fail() {
  echo "FAIL: $*"
  echo "--- screen ---"
  screen || true
  exit 1
}

# start [ENV=VALUE...] -- CMD...: the command runs under env, so NO_COLOR can be set or not.
start() {
  $TM kill-server 2>/dev/null || true
  SERVERS=$((SERVERS + 1))
  TM="tmux -L cica-test-$$-$SERVERS -f /dev/null"
  $TM new-session -d -x 120 -y 30 "env $*; echo \"[exit \$?]\"; sleep 600"
  $TM set-option -g remain-on-exit on >/dev/null
}

keys() { $TM send-keys -t 0 "$@"; }

screen() {
  if [ "${1:-}" = -e ]; then $TM capture-pane -p -e -t 0; else $TM capture-pane -p -t 0; fi
}

expect() {
  i=0
  while [ $i -lt 100 ]; do
    if screen | grep -Eq -- "$1"; then return 0; fi
    sleep 0.1
    i=$((i + 1))
  done
  fail "the screen never showed /$1/"
}

expect_count() {
  i=0
  while [ $i -lt 100 ]; do
    if [ "$(screen | grep -Ec -- "$1")" -ge "$2" ]; then return 0; fi
    sleep 0.1
    i=$((i + 1))
  done
  fail "the screen never showed /$1/ $2 times"
}

typein() {
  keys -l "$1"
  expect "$(printf '%s' "$1" | sed 's/[][\.*^$(){}+?|]/\\&/g')"
}

expect_exit() { expect '^\[exit [0-9]+\]'; }
