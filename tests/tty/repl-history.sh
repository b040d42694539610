#!/bin/sh
# History on a real terminal: kept across sessions in $XDG_STATE_HOME/cica/history, a
# multi-line statement is one entry (recalled whole with one Up), blank lines and immediate
# repeats are not kept.
. "$(dirname "$0")/lib.sh"
HIST="$XDG_STATE_HOME/cica/history"

start NO_COLOR=1 "$CICA"
expect '^> ?$'
typein 'first_entry = 41'
keys Enter
typein 'first_entry = 41'
keys Enter
keys Enter
typein 'for i = 1, 2 do'
keys Enter
expect '^>> ?$'
typein '  second_entry = i'
keys Enter
typein 'end'
keys Enter
expect '^> ?$'
keys C-d
expect_exit

[ -f "$HIST" ] || fail "no history file at $HIST"
want=$(printf '%s\n' 'first_entry = 41' 'for i = 1, 2 do\n  second_entry = i\nend')
[ "$(cat "$HIST")" = "$want" ] || fail "history file holds:
$(cat "$HIST")"

# A new session recalls both: the loop whole with one Up, then the assignment.
start NO_COLOR=1 "$CICA"
expect '^> ?$'
keys Up
expect '^> for i = 1, 2 do$'
expect '^  second_entry = i$'
expect '^end$'
keys Enter
expect '^> ?$'
keys Up Up
expect '^> first_entry = 41$'
keys Enter
typein '=second_entry + first_entry'
keys Enter
expect '^43$'
keys C-d
expect_exit
# The loop ran again but repeated the last entry; first_entry and the sum are new.
[ "$(wc -l < "$HIST")" -eq 4 ] || fail "expected 4 entries, the file holds:
$(cat "$HIST")"
echo "PASS repl-history"
