#!/bin/sh
# Ctrl-C in the REPL on a real terminal: it stops a running statement (a Lua loop, a long SQL
# query) and the session goes on; at the prompt it abandons the line (or the unfinished
# statement); Ctrl-D at an empty prompt leaves with status 0.
. "$(dirname "$0")/lib.sh"

start NO_COLOR=1 "$CICA"
expect '^> ?$'

typein 'while true do end'
keys Enter
expect '^> while true do end$'
keys C-c
expect_count '已中断$' 1
typein '=1 + 1'
keys Enter
expect '^2$'

# SQLite stops too (its progress handler sees the interrupt).
typein 'cica.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")'
keys Enter
expect 'SELECT count\(\*\) FROM c"\)$'
keys C-c
expect_count '已中断$' 2

# A loop that catches errors is stopped all the same.
typein 'while true do pcall(function() while true do end end) end'
keys Enter
expect 'end\) end$'
keys C-c
expect_count '已中断$' 3
typein '=3'
keys Enter
expect '^3$'

# At the prompt: the typed text is dropped and a new prompt comes.
typein 'abandoned'
keys C-c
expect '^> abandoned\^C$'
typein '=4'
keys Enter
expect '^4$'

# In an unfinished statement: the statement is dropped.
typein 'for i = 1, 2 do'
keys Enter
expect '^>> ?$'
keys C-c
expect '^>> \^C$'
typein '=5'
keys Enter
expect '^5$'

keys C-d
expect_exit
screen | grep -q '^\[exit 0\]' || fail "Ctrl-D did not exit with status 0"
echo "PASS repl-interrupt"
