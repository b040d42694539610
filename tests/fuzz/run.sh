#!/bin/sh
# Runs cica's libFuzzer targets (`make fuzz`).  usage: run.sh BUILD SECONDS TARGET...
# For each target: its regression inputs (tests/fuzz/regressions/NAME/*, inputs that once failed)
# run once and must pass; then it fuzzes for SECONDS from the seeds (tests/fuzz/corpus/NAME) and
# what earlier runs kept (BUILD/fuzz/corpus/NAME). A finding leaves its input in
# BUILD/fuzz/crashes/ and the log in BUILD/fuzz/NAME.log. Prints one line per target; exits 1 if
# any target found something.
# libFuzzer's -timeout is wall-clock time: 10 s per input, but 120 s for fuzz_script, whose inputs
# are bounded by cica's own processor-time limit (1 s a run, a few runs an input) and which on a
# loaded machine (2 cores shared by many jobs) took over 10 s of wall-clock time for 1.5 s of
# processor time, a timeout that was no finding.
# ASAN_OPTIONS: unless the caller sets them, freed memory is overwritten (up to 64 KiB a block) with
# 0xbe, so a use after free inside libsqlite3.a, which is not instrumented, reads garbage and crashes
# instead of passing unseen (the B3 class of issue 13: a statement freed under its iterator).
set -u
: "${ASAN_OPTIONS=max_free_fill_size=65536:free_fill_byte=190}"
export ASAN_OPTIONS
build=$1 seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
status=0
for name in "$@"; do
  bin=$build/tests/fuzz/fuzz_$name
  work=$build/fuzz/corpus/$name
  crashes=$build/fuzz/crashes
  log=$build/fuzz/$name.log
  mkdir -p "$work" "$crashes"
  if [ -d "$here/regressions/$name" ] && [ -n "$(ls "$here/regressions/$name")" ]; then
    if ! "$bin" -close_fd_mask=3 "$here/regressions/$name"/* > "$log" 2>&1; then
      echo "fuzz_$name: FAILED on a regression input (log: $log)"
      status=1
      continue
    fi
  fi
  dict=
  [ -f "$here/$name.dict" ] && dict=-dict=$here/$name.dict
  timeout=10
  [ "$name" = script ] && timeout=120
  # shellcheck disable=SC2086
  "$bin" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=3072 -close_fd_mask=3 \
    -print_final_stats=1 -artifact_prefix="$crashes/$name-" $dict "$work" "$here/corpus/$name" \
    > "$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1)
  cov=$(printf '%s\n' "$done_line" | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/coverage \1, features \2, corpus \3/p')
  if [ "$rc" -eq 0 ]; then
    echo "fuzz_$name: ${runs:-?} runs in $seconds s, ${cov:-no stats}: nothing found"
  else
    artifact=$(sed -n "s/.*Test unit written to \(.*\)/\1/p" "$log" | tail -n 1)
    echo "fuzz_$name: FOUND a problem after ${runs:-?} runs (exit $rc): ${artifact:-see $log}"
    grep -m 3 -E 'ERROR|SUMMARY|fuzz: ' "$log" | sed 's/^/  /'
    status=1
  fi
done
exit $status
