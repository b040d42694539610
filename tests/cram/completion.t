Shell completion: `cica completion bash|zsh` prints a script made from cica's own tables.

  $ cica completion
  cica: completion：哪种 shell？（bash 或 zsh）（见 cica help completion）
  [2]
  $ cica completion fish
  cica: completion：未知的 shell“fish”（可选 bash 或 zsh）（见 cica help completion）
  [2]
  $ cica completion bash zsh
  cica: completion：一次只能给一种 shell（给了“bash”和“zsh”）（见 cica help completion）
  [2]
  $ cica completion bash --colour
  cica: completion：未知选项“--colour”（见 cica help completion）
  [2]
  $ cica completion bash -o
  cica: completion：选项“-o”需要一个文件名（见 cica help completion）
  [2]
  $ cica completion bash -o no/such/dir/cica
  cica: no/such/dir/cica: No such file or directory
  [1]
  $ cica completion --help | head -n 1
  用法：cica completion bash|zsh [-o 文件]

-o writes what standard output would get; the script is valid bash and registers _cica:

  $ cica completion bash > cica.bash
  $ cica completion bash -o written.bash
  $ cmp cica.bash written.bash
  $ bash -n cica.bash
  $ bash -c 'source ./cica.bash && complete -p cica'
  complete -F _cica cica

`tab LINE` does what bash does on Tab: COMP_WORDS and COMP_CWORD from the line (the last word is
the one completed, empty after a space), then the completion function; it prints COMPREPLY.

  $ cat > tab <<'EOF'
  > #!/bin/bash
  > source "$(dirname "$0")/cica.bash"
  > read -ra COMP_WORDS <<<"$1"
  > case $1 in *' ') COMP_WORDS+=('');; esac
  > COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  > _cica
  > echo "${COMPREPLY[*]}"
  > EOF
  $ chmod +x tab

Commands, and the same ones as --help lists (both come from the table in src/main.c):

  $ ./tab 'cica rep'
  report repl
  $ ./tab 'cica comp'
  completion
  $ ./tab 'cica ' | tr ' ' '\n' > from-completion
  $ cica --lang en --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 { print $1 }' > from-help
  $ diff from-help from-completion

Options, and for cica and each command exactly the options its --help shows:

  $ ./tab 'cica --v'
  --version
  $ ./tab 'cica report --o'
  --output
  $ ./tab 'cica quiz --list'
  --list-topics
  $ options() { awk '/^ +-/ { for (i = 1; i <= NF && $i ~ /^-/; i++) {
  >   sub(/,$/, "", $i); if ($i != "-" && $i != "--") print $i } }' | sort; }
  $ cica --help | options > help.txt
  $ ./tab 'cica -' | tr ' ' '\n' | sort | diff help.txt -
  $ for c in $(cat from-help); do
  >   case $c in repl|help) continue;; esac   # both show cica's own --help
  >   cica "$c" --help | options > help.txt
  >   ./tab "cica $c -" | tr ' ' '\n' | sort | diff -u help.txt - || echo "^ $c"
  > done

Report names, the same as report --list; your own reports from $XDG_CONFIG_HOME/cica/reports
(read at each Tab, so a new one completes at once); files when the word is a path:

  $ ./tab 'cica report ov'
  overview
  $ ./tab 'cica report ' | tr ' ' '\n' > from-completion
  $ cica report --list | awk '{ print $1 }' | diff - from-completion
  $ mkdir -p "$XDG_CONFIG_HOME/cica/reports" r
  $ printf 'return {}\n' > "$XDG_CONFIG_HOME/cica/reports/my_hosts.lua"
  $ touch r/mine.lua
  $ ./tab 'cica report my'
  my_hosts
  $ ./tab 'cica report r/'
  r/mine.lua
  $ ./tab 'cica --lang en report ./r/m'
  ./r/mine.lua
  $ ./tab 'cica report members '
  

Where a script or a report file may stand (the first word, a report's name), *.lua files and
directories complete beside the commands and report names; other files do not:

  $ touch region_decade.lua notes.txt
  $ ./tab 'cica reg'
  region_decade.lua
  $ ./tab 'cica re'
  report repl region_decade.lua
  $ ./tab 'cica report reg'
  region_decade.lua
  $ ./tab 'cica r'
  report repl region_decade.lua r
  $ ./tab 'cica n'
  
  $ rm region_decade.lua notes.txt

`cica help COMMAND` completes the commands:

  $ ./tab 'cica help re'
  report repl
  $ ./tab 'cica help '
  report quiz search serve repl completion stubs help

Values of options: formats, languages, quiz topics and modes, search kinds, files:

  $ ./tab 'cica report overview --format '
  text md csv json html svg
  $ ./tab 'cica report overview -f j'
  json
  $ ./tab 'cica --lang '
  zh-Hans zh-Hant en
  $ ./tab 'cica --lang = zh-Han'
  zh-Hans zh-Hant
  $ ./tab 'cica --lang=e'
  --lang=en
  $ ./tab 'cica report --lang = e'
  en
  $ ./tab 'cica --db r/'
  r/mine.lua
  $ ./tab 'cica --timeout '
  
  $ ./tab 'cica quiz --topic ' | tr ' ' '\n' > from-completion
  $ cica quiz --list-topics | awk '{ print $1 }' | diff - from-completion
  $ ./tab 'cica quiz --mode '
  choice typed mixed
  $ ./tab 'cica quiz -t acc'
  accession
  $ ./tab 'cica search --kind me'
  meeting
  $ ./tab 'cica search --format '
  text json
  $ ./tab 'cica search '
  
  $ ./tab 'cica completion '
  bash zsh

quiz stats is a command inside quiz, with options of its own:

  $ ./tab 'cica quiz st'
  stats
  $ ./tab 'cica quiz stats --'
  --state --format --retention --lang --now --help
  $ ./tab 'cica quiz --seed 7 stats --f'
  --format

Options with values are skipped when finding the command; after a script, only files:

  $ ./tab 'cica --lang en --db x.db report ov'
  overview
  $ ./tab 'cica --lang=en report ov'
  overview
  $ touch s.lua
  $ ./tab 'cica s.lua s'
  s.lua
  $ ./tab 'cica -- s'
  s.lua

zsh: the same functions through bashcompinit, in a real interactive zsh on a pseudo-terminal
(tests/zsh-tab.zsh types each line and presses Tab), from $fpath as Debian installs it:

  $ mkdir zfunc
  $ cica completion zsh -o zfunc/_cica
  $ head -n 1 zfunc/_cica
  #compdef cica
  $ zsh -n zfunc/_cica
  $ zsh -f "$CICA_TESTS/zsh-tab.zsh" "$PWD/zfunc" 'cica repo' 'cica report ov' \
  >   'cica report --form' 'cica --lang=zh-Han' 'cica quiz --topic acc' 'cica quiz stats --for' \
  >   'cica report --format=cs' 'cica report my' 'cica completion z' 'cica s.l' 'cica help sea'
  cica report
  cica report overview
  cica report --format
  cica --lang=zh-Han
  cica quiz --topic accession
  cica quiz stats --format
  cica report --format=csv
  cica report my_hosts
  cica completion zsh
  cica s.lua
  cica help search
