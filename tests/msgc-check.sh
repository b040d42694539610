#!/bin/sh
# The build tool cica-msgc (src/build/msgc.c): a catalogue area becomes a C table, and a bad area
# fails the build with cica.lang's own message.
# usage: msgc-check.sh PATH/TO/cica-msgc SOURCE_DIR
set -eu
msgc=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/cica/messages"
cp "$src/lua/cica/lang.lua" "$src/lua/cica/lang_check.lua" "$tmp/cica/"
fail() { echo "FAIL: $*"; exit 1; }

# a good area: every key, sorted, its texts in cica.lang.codes order, then the language codes
cat > "$tmp/cica/messages/good.lua" <<'LUA'
return {
  zz = { ["zh-Hans"] = "乙 %s", ["zh-Hant"] = "乙 %s", en = "b \"%s\"?" },
  aa = { ["zh-Hans"] = "甲", ["zh-Hant"] = "甲", en = "a\n" },
}
LUA
"$msgc" "$tmp/good.c" "$tmp" good || fail "good area: exit $?"
grep -q 'const struct cica_message cica_messages_good\[\] = {' "$tmp/good.c" || fail "no table"
[ "$(grep -c '^  {"' "$tmp/good.c")" = 2 ] || fail "not two rows"
grep -n '^  {"' "$tmp/good.c" | head -1 | grep -q '"aa"' || fail "rows not sorted"
grep -q '"a\\n"}},' "$tmp/good.c" || fail "newline not escaped"
grep -q '"b \\"%s\\"\\077"}},' "$tmp/good.c" || fail "quote or ? not escaped"
grep -q 'cica_lang_codes_good\[\] = {"zh-Hans", "zh-Hant", "en", NULL};' "$tmp/good.c" || fail "no codes"

# a key without one of the languages, and languages that disagree on placeholders: exit 1
printf 'return { x = { ["zh-Hans"] = "甲", ["zh-Hant"] = "甲" } }\n' > "$tmp/cica/messages/bad.lua"
if out=$("$msgc" "$tmp/bad.c" "$tmp" bad 2>&1); then fail "bad area accepted"; fi
[ "$out" = "cica-msgc: cica.messages.bad: x has no en text" ] || fail "message: $out"
printf 'return { x = { ["zh-Hans"] = "%%s", ["zh-Hant"] = "%%s", en = "%%d" } }\n' > "$tmp/cica/messages/bad.lua"
if out=$("$msgc" "$tmp/bad.c" "$tmp" bad 2>&1); then fail "placeholders accepted"; fi
[ "$out" = "cica-msgc: cica.messages.bad: x: the en text has placeholders d, zh-Hans has s" ] || fail "message: $out"

# no such area; wrong arguments (exit 2)
if out=$("$msgc" "$tmp/none.c" "$tmp" none 2>&1); then fail "missing area accepted"; fi
[ "$out" = "cica-msgc: cannot open $tmp/cica/messages/none.lua: No such file or directory" ] || fail "message: $out"
set +e
"$msgc" only-one 2>"$tmp/err"; status=$?
set -e
[ $status = 2 ] || fail "usage: exit $status"
[ "$(cat "$tmp/err")" = "usage: cica-msgc OUT.c LUA_DIR AREA" ] || fail "usage: $(cat "$tmp/err")"
echo ok
