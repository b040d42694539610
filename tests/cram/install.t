Installing: the rules `make install` runs (cmake --install of the build under test), the
installed cica run from another folder, the man page, and `make uninstall`. Installing the
default component by name keeps the file list in install_manifest_Unspecified.txt, so the
build's install_manifest.txt (what your own `make install` wrote) is left alone.

  $ build=$(dirname "$(command -v cica)")
  $ manifest=$build/install_manifest_Unspecified.txt
  $ make() { command make --no-print-directory -s -C "$CICA_SOURCE" BUILD="$build" MANIFEST="$manifest" "$@"; }
  $ install_to() { cmake --install "$build" --component Unspecified "$@" > install.log; }
  $ install_to --prefix "$PWD/x"

The program, the man page and the completion in their conventional places:

  $ (cd x && find bin share/man share/bash-completion -type f | sort)
  bin/cica
  share/bash-completion/completions/cica
  share/man/man1/cica.1.gz
  $ find x/share/zsh -type f -name _cica | wc -l
  1

The lua-language-server addon: the stubs (the same as docs/cica.lua) and its config.json, whose
"words" make the editor offer it where a file uses cica.*:

  $ (cd x && find share/cica -type f | sort)
  share/cica/luals/config.json
  share/cica/luals/library/cica.lua
  $ cmp x/share/cica/luals/library/cica.lua "$CICA_SOURCE/docs/cica.lua"
  $ python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); print(c["words"], c["settings"]["Lua.runtime.version"])' x/share/cica/luals/config.json
  ['cica%.'] Lua 5.4

The docs (all of docs/ but the man page's source) and the examples, under share/doc/cica:

  $ (cd "$CICA_SOURCE/docs" && find . -type f ! -name cica.1 | sort) > want
  $ (cd x/share/doc/cica && find . -type f ! -name README.md ! -name LICENSE ! -name copyright ! -path './examples/*' | sort) | diff want -
  $ (cd "$CICA_SOURCE" && find examples -type f | sort) > want
  $ (cd x/share/doc/cica && find examples -type f | sort) | diff want -
  $ test -f x/share/doc/cica/README.md
  $ cmp "$CICA_SOURCE/LICENSE" x/share/doc/cica/LICENSE
  $ head -1 x/share/doc/cica/copyright
  Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/

The installed cica works from any folder: it carries its Lua modules and the dataset.

  $ mkdir elsewhere && cd elsewhere
  $ test "$(../x/bin/cica --version)" = "$(cica --version)"
  $ ../x/bin/cica report overview --lang en > overview.txt
  $ head -n 1 overview.txt
  CICA at a glance
  $ cica report overview --lang en | cmp - overview.txt
  $ cd ..

The installed completion is the one `cica completion` prints:

  $ cica completion bash | cmp - x/share/bash-completion/completions/cica
  $ cica completion zsh | cmp - x/share/zsh/*/_cica

The man page renders with no warnings (the source and the installed copy, UTF-8 or ASCII), and
the installed copy carries the version cica --version prints:

  $ MANWIDTH=80 man --warnings -l "$CICA_SOURCE/docs/cica.1" > /dev/null
  $ MANWIDTH=80 man --warnings -l x/share/man/man1/cica.1.gz > /dev/null
  $ LC_ALL=C MANWIDTH=80 man --warnings -l x/share/man/man1/cica.1.gz > /dev/null
  $ MANWIDTH=80 man -l x/share/man/man1/cica.1.gz > page.txt
  $ head -n 1 page.txt
  CICA(1)                          User Commands                         CICA(1)
  $ tail -n 1 page.txt | grep -c "^cica $(cica --version | cut -d' ' -f2) "
  1

It covers every option, command and command option cica --help shows, and the environment:

  $ options() { awk '/^ +-/ { for (i = 1; i <= NF && $i ~ /^-/; i++) {
  >   sub(/,$/, "", $i); if ($i != "-" && $i != "--") print $i } }'; }
  $ cica --help | options | while read -r o; do grep -q -e "$o" page.txt || echo "no $o"; done
  $ for c in $(cica --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 { print $1 }'); do
  >   grep -q "^   $c — " page.txt || echo "no section for $c"
  >   case $c in repl|help) continue;; esac   # both show cica's own --help
  >   cica "$c" --help | options | while read -r o; do
  >     sed -n "/^   $c — /,/^   [a-z]* — /p" page.txt | grep -q -e "$o" || echo "no $c $o"
  >   done
  > done
  $ for v in LANG LC_ALL LUA_PATH LUA_CPATH LUA_INIT LUA_INIT_5_4 NO_COLOR XDG_CONFIG_HOME \
  >          XDG_STATE_HOME CICA_LUA_DIR; do
  >   sed -n '/^ENVIRONMENT/,/^FILES/p' page.txt | grep -q "$v" || echo "no $v"
  > done
  $ sed -n '/^EXIT STATUS/,/^EXAMPLES/p' page.txt | grep -oE '^       [0-9] ' | tr -d ' \n'; echo
  012

make uninstall removes exactly the installed files (as listed in the manifest) and cica's doc
folder; folders other programs share stay:

  $ make uninstall > uninstall.log
  $ test "$(grep -c '^removed ' uninstall.log)" = "$(grep -c . "$manifest")"
  $ find x -type f
  $ find x -type d ! -path 'x/share/zsh/*' | sort
  x
  x/bin
  x/share
  x/share/bash-completion
  x/share/bash-completion/completions
  x/share/doc
  x/share/man
  x/share/man/man1
  x/share/zsh

DESTDIR stages an install under another root; uninstall takes the same DESTDIR:

  $ DESTDIR="$PWD/stage" install_to --prefix /usr
  $ test -x stage/usr/bin/cica && test -f stage/usr/share/man/man1/cica.1.gz
  $ make uninstall DESTDIR="$PWD/stage" > uninstall.log
  $ find stage -type f

With nothing installed from the build, uninstall says so:

  $ make uninstall BUILD="$PWD/nowhere" MANIFEST="$PWD/nowhere/install_manifest.txt"
  make uninstall: no /.*/nowhere/install_manifest.txt: nothing was installed from /.*/nowhere (re)
  make(\[[0-9]+\])?: \*\*\* \[Makefile:[0-9]+: uninstall\] Error 1 (re)
  [2]
