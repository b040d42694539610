#!/bin/sh
# Kills a quiz session while it waits for its third answer, then checks the history file.
# usage: quiz-kill.sh SIGNAL STATE-FILE   (cica on PATH)
# Prints the signal's exit status, the score and review the session printed, how many answers the history kept and SQLite's integrity check.
set -eu
sig=$1 state=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkfifo "$tmp/in"
: >"$tmp/out" # before the first grep: the background job may not have opened it yet
# A non-interactive shell starts background jobs with SIGINT ignored: restore the default, as
# a terminal's Ctrl-C would find it.
env --default-signal=INT cica quiz --seed 4 --count 5 --mode typed --lang en --now 2025-01-01T12:00 --state "$state" < "$tmp/in" > "$tmp/out" 2>&1 &
pid=$!
exec 3>"$tmp/in"
printf 'first\nsecond\n' >&3
i=0
until grep -q '^\[3/5\]' "$tmp/out"; do
  i=$((i + 1))
  [ $i -lt 200 ] || { echo "the third question never came"; cat "$tmp/out"; exit 1; }
  sleep 0.05
done
kill -s "$sig" "$pid"
i=0
while kill -0 "$pid" 2>/dev/null; do
  i=$((i + 1))
  [ $i -lt 100 ] || { echo "still running after SIG$sig"; kill -s KILL "$pid"; break; }
  sleep 0.05
done
status=0
wait "$pid" || status=$?
exec 3>&-
echo "exit status: $status"
# What the session printed after its last question (a Ctrl-C still gets the review and the score).
sed -n '/^To review\|^Nothing missed\|^score:/,$p' "$tmp/out"
cica quiz stats --state "$state" --format json |
  python3 -c 'import json, sys; print("answers kept:", json.load(sys.stdin)["reviews"])'
python3 -c 'import sqlite3, sys; print("integrity:", sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$state"
