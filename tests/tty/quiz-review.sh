#!/bin/sh
# The end-of-session review on a real terminal: after the score, what was missed, with the right
# answer, its sources and the next review, whether the session ends by itself, on Ctrl-D or on
# Ctrl-C (exit status 130, as a shell reports a Ctrl-C). Chinese output has no English line.
. "$(dirname "$0")/lib.sh"

quiz="$CICA quiz --seed 5 --count 3 --mode typed --now 2025-01-01T12:00"

# Ctrl-C while the second question waits: the first answer is reviewed.
start NO_COLOR=1 TZ=UTC $quiz --lang en --state "$TTY_TMP/a.db"
expect '^\[1/3\]'
typein 'x'
keys Enter
expect '^\[2/3\]'
keys C-c
expect_exit
screen | grep -Eq '^score: 0/1$' || fail "no score after Ctrl-C"
screen | grep -Eq '^To review \(1\):$' || fail "no review after Ctrl-C"
screen | grep -Eq '^   answer: Almaty · sources: seed004, seed000, A6, C1 · next review: 2025-01-02 12:00$' ||
  fail "no answer line after Ctrl-C"
screen | grep -Eq '^\[exit 130\]$' || fail "Ctrl-C should end with status 130"

# Ctrl-D, in Chinese: the same review, in Chinese.
start NO_COLOR=1 TZ=UTC $quiz --lang zh-Hans --state "$TTY_TMP/b.db"
expect '^\[1/3\]'
typein 'x'
keys Enter
expect '^\[2/3\]'
keys C-d
expect_exit
screen | grep -Eq '^需要复习（1 题）：$' || fail "no review after Ctrl-D"
screen | grep -Eq '^   正确答案：阿拉木图 · 来源：seed004, seed000, A6, C1 · 下次复习：2025-01-02 12:00$' ||
  fail "no answer line after Ctrl-D"
screen | grep -Eq '^\[exit 0\]$' || fail "Ctrl-D should end with status 0"
if screen | grep -E 'review|answer:' >/dev/null; then fail "English in the Chinese review"; fi

# A session that runs to its end, every answer right: the review says so.
start NO_COLOR=1 TZ=UTC $quiz --count 1 --lang zh-Hant --state "$TTY_TMP/c.db"
expect '^\[1/1\]'
typein '阿拉木圖'
keys Enter
expect_exit
screen | grep -Eq '^全部答對。$' || fail "no 'nothing missed' line"
echo "ok"
