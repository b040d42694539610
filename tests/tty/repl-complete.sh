#!/bin/sh
# Tab completion in the REPL on a real terminal: cica.* names, record fields, string methods,
# dot-commands and their arguments, help topics; and a completed call that runs.
. "$(dirname "$0")/lib.sh"

start NO_COLOR=1 "$CICA"
expect '输入 \.help 查看命令' # the banner's last line, in the display language (zh-Hans)
expect '^> ?$'

typein 'cica.members_a'
keys Tab
expect '^> cica\.members_at\($'
typein '2019)'
keys C-a '#' Enter
expect '^27$'

typein 'cica.members[1].name_e'
keys Tab
expect '^> cica\.members\[1\]\.name_en$'
keys C-u

# Two candidates: Tab completes what they share, the next Tabs list them.
typein 'cica.members'
keys Tab Tab
expect 'cica\.members +cica\.members_at\('
keys C-u
expect '^> ?$'

typein 's = "abc"'
keys Enter
typein 's:upp'
keys Tab
expect '^> s:upper\($'
keys ')' Enter
expect '^ABC$'

typein '.mo'
keys Tab
typein 'c'
keys Tab
expect '^> \.mode csv$'
keys C-u

typein '.report memb'
keys Tab
expect '^> \.report members$'
keys C-u

# A dot-command completed alone gets the space before its arguments (tmux trims the trailing
# space off the screen, so the argument typed after it shows the space).
typein '.rep'
keys Tab
typein 'memb'
keys Tab
expect '^> \.report members$'
keys C-u

# Inside a string argument of a cica function: entity names, ids and aliases (readline closes
# the quote).
typein 'cica.find("Kaz'
keys Tab
expect '^> cica\.find\("Kazakhstan"$'
typein ').id'
keys Enter
expect '^KZ$'
typein "cica.find('Kyrgyzs"
keys Tab
expect "^> cica\\.find\\('Kyrgyzstan'$"
keys C-u

typein 'help("members_'
keys Tab
expect '^> help\("members_at"?$'
keys C-u

typein 'pri'
keys Tab
expect '^> print\($'
keys C-u C-d
expect_exit
echo "PASS repl-complete"
