# Presses Tab in a real interactive zsh, for tests/cram/completion.t.
# usage: zsh -f zsh-tab.zsh DIR LINE...
#   starts `zsh -f -i` on a pseudo-terminal with DIR first in $fpath and compinit loaded, then for
#   each LINE: types it, presses Tab, and prints the command line as completion left it.
# Waits for the shell's output (up to 10 s each time), never for a fixed time.
setopt extendedglob
zmodload zsh/zpty || exit 1
buf=''

# Reads the terminal until its text, without carriage returns and escape sequences, matches $1.
wait_for() {
  local chunk i
  for i in {1..100}; do
    while zpty -r -t z chunk; do buf+=$chunk; done
    buf=${${buf//$'\r'/}//$'\e'[\[]([0-9;?])#[a-zA-Z]/}
    [[ $buf == $~1 ]] && return 0
    sleep 0.1
  done
  print -r -- "zsh-tab: no ${1//$'\n'/\\n} in: $buf"
  return 1
}

zpty z zsh -f -i
# RE"ADY" and RE"SULT:" are typed with quotes so that only the output matches, not the echo.
zpty -w z "PS1='> '; fpath=(${(q)1} \$fpath); autoload -U compinit && compinit -u -D; print RE\"ADY\""
wait_for $'*\nREADY*' || exit 1
shift
for line in "$@"; do
  buf=''
  # The line, Tab, then Ctrl-A and a print command in front of it, and Enter.
  zpty -w -n z "$line"$'\t'$'\x01print -r -- RE"SULT:" \x0d'
  wait_for $'*\nRESULT:*\n*' || exit 1
  for l in ${(f)buf}; do
    [[ $l == RESULT:* ]] && print -r -- "${${l#RESULT: }% }"
  done
done
zpty -d z
