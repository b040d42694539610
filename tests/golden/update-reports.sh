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
rm -f "$OUT"/*.txt "$OUT"/*.md "$OUT"/*.csv "$OUT"/*.json "$OUT"/*.html "$OUT"/*.svg

# Report names: the first word of each line of --list, up to the first blank line.
names=$("$CICA" report --list | awk 'NF == 0 { exit } { print $1 }')
count=0
for name in $names; do
  for lang in zh-Hans zh-Hant en; do
    formats="text md csv json html"
    # only reports with a chart can produce svg
    json=$("$CICA" report "$name" --lang "$lang" --format json)
    case "$json" in *'"chart": null'*) ;; *) formats="$formats svg" ;; esac
    for fmt in $formats; do
      ext=$fmt; [ "$fmt" = text ] && ext=txt
      "$CICA" report "$name" --lang "$lang" --format "$fmt" > "$OUT/$name.$lang.$ext"
      count=$((count + 1))
    done
  done
done
echo "wrote $count files to $OUT"
