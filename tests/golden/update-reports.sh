#!/usr/bin/env bash
# Regenerates the golden output of every bundled report, in every format it supports and in all
# three languages: tests/golden/reports/NAME.LANG.EXT. Run it after an intended change to a report,
# the formatters or the data, and review the diff before committing.
# Usage: update-reports.sh [CICA [OUTDIR]]   (CICA defaults to $CICA, then `cica` on PATH)
set -euo pipefail
CICA=${1:-${CICA:-cica}}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${2:-$HERE/reports}

# A fixed environment: no user reports, no colour, no LUA_INIT. CICA_LUA_DIR is kept, so a
# developer can check working copies of the Lua files without rebuilding.
EMPTY=$(mktemp -d)
trap 'rm -rf "$EMPTY"' EXIT
# CICA_TODAY fixes the day against which planned meetings are past their date (cica.today).
export XDG_CONFIG_HOME=$EMPTY XDG_STATE_HOME=$EMPTY XDG_DATA_HOME=$EMPTY NO_COLOR=1 CICA_TODAY=2026-12-05
unset LUA_INIT LUA_INIT_5_4

mkdir -p "$OUT"
rm -f "$OUT"/*.*.*

# Report names: the first word of each line of --list, up to the first blank line.
names=$("$CICA" report --list | awk 'NF == 0 { exit } { print $1 }')
count=0
for name in $names; do
  # The formats the report can be rendered in, each with its file extension ("text txt", …):
  # cica's own list of formats (cica.discover), so a new format gets golden files with no edit
  # here; a format that needs a chart (svg) only for reports that have one.
  formats=$("$CICA" -e "local F = require 'cica.format'
    local r = require('cica.report').load('$name')
    for _, f in ipairs(F.available({ chart = r.chart })) do print(f, (F.module(f).extensions or { f })[1]) end")
  for lang in zh-Hans zh-Hant en; do
    while read -r fmt ext; do
      "$CICA" report "$name" --lang "$lang" --format "$fmt" > "$OUT/$name.$lang.$ext"
      count=$((count + 1))
    done <<< "$formats"
  done
done
echo "wrote $count files to $OUT"
