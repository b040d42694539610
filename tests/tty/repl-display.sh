#!/bin/sh
# What the REPL shows on a real terminal: the banner and prompts, colours unless NO_COLOR is set,
# prompts from _PROMPT/_PROMPT2 set in the start-up file, tables cut to the terminal's width.
. "$(dirname "$0")/lib.sh"
ESC=$(printf '\033')

# Colours on a terminal: strings green, numbers yellow.
start "$CICA"
expect '^cica [0-9]+\.[0-9]+\.[0-9]+ （Lua 5\.4.*数据截至 [0-9-]+' # then '）' or, past a planned meeting's date, '；1 场…' (may wrap)
expect '输入 \.help 查看命令' # the banner's last line, in the display language (zh-Hans)
typein '{ s = "x", n = 1 }'
keys Enter
expect '^\{ n = 1, s = "x" \}$'
screen -e | grep -q "${ESC}\[32m\"x\"" || fail "no colour on the string"
screen -e | grep -q "${ESC}\[33m1" || fail "no colour on the number"
keys C-d
expect_exit

# NO_COLOR: the same without any colour.
start NO_COLOR=1 "$CICA"
expect '^> ?$'
typein '{ s = "x", n = 1 }'
keys Enter
expect '^\{ n = 1, s = "x" \}$'
if screen -e | grep -q "${ESC}\[3[0-9]m"; then fail "colours despite NO_COLOR"; fi
keys C-d
expect_exit

# Prompts from the start-up file, as lua5.4's _PROMPT and _PROMPT2.
mkdir -p "$XDG_CONFIG_HOME/cica"
printf '_PROMPT = "cica> "\n_PROMPT2 = "...> "\n' > "$XDG_CONFIG_HOME/cica/init.lua"
start NO_COLOR=1 "$CICA"
expect '^cica> ?$'
typein 'for i = 1, 1 do'
keys Enter
expect '^\.\.\.> ?$'
typein 'end'
keys Enter C-d
expect_exit
rm "$XDG_CONFIG_HOME/cica/init.lua"

# A narrow terminal: the table of records keeps to its width and says what it left out.
start NO_COLOR=1 "$CICA"
expect '^> ?$'
$TM resize-window -t 0 -x 40 -y 30
typein 'cica.members'
keys Enter
expect '^… 未显示的列：'
screen | while IFS= read -r line; do
  [ "$(printf '%s' "$line" | wc -m)" -le 40 ] || fail "a line wider than the terminal: $line"
done
keys C-d
expect_exit
echo "PASS repl-display"
