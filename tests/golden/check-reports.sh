#!/usr/bin/env bash
# Checks the bundled reports against their golden output: regenerates every report x format x
# language into a temporary directory, diffs it with tests/golden/reports/, then parses every
# file back (CSV and JSON with Python's parsers, SVG and HTML as XML, text tables for alignment).
# Usage: check-reports.sh [CICA]   Prints "reports: N files ok" and exits 0, or shows what differs.
set -euo pipefail
CICA=${1:-${CICA:-cica}}
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

"$HERE/update-reports.sh" "$CICA" "$TMP/reports" > /dev/null
if ! diff -r -u "$HERE/reports" "$TMP/reports" > "$TMP/diff"; then
  head -n 80 "$TMP/diff"
  echo "reports differ from tests/golden/reports (if intended: tests/golden/update-reports.sh)"
  exit 1
fi

python3 - "$TMP/reports" <<'PY'
import csv, json, sys, os, unicodedata, io
import xml.dom.minidom as minidom
from html.parser import HTMLParser

def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)

def check_text(path, text):
    # every run of box-drawn lines must have one display width
    run = []
    for line in text.splitlines() + [""]:
        if line[:1] in ("┌", "├", "└", "│"):
            run.append(line)
        elif run:
            if len({width(l) for l in run}) != 1:
                raise AssertionError("table lines differ in display width")
            run = []

def check_csv(path, text):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows, "empty"
    assert all(len(r) == len(rows[0]) for r in rows), "rows of different lengths"
    with open(path[:-4] + ".json", encoding="utf-8") as f:
        doc = json.load(f)
    assert len(rows) == len(doc["rows"]) + 1, "csv and json row counts differ"
    assert rows[0] == [c["key"] for c in doc["columns"]], "csv header is not the column keys"

def check_json(path, text):
    doc = json.loads(text)
    for key in ("title", "columns", "rows", "sources"):
        assert key in doc, "no " + key
    keys = [c["key"] for c in doc["columns"]]
    assert all(list(r.keys()) == keys for r in doc["rows"]), "row keys are not the columns"

def check_svg(path, text):
    assert minidom.parseString(text.encode()).documentElement.tagName == "svg"

def check_html(path, text):
    minidom.parseString(text.encode())          # well-formed
    HTMLParser().feed(text)

checks = {".txt": check_text, ".csv": check_csv, ".json": check_json, ".svg": check_svg,
          ".html": check_html, ".md": lambda p, t: None}
bad = 0
files = sorted(os.listdir(sys.argv[1]))
for name in files:
    path = os.path.join(sys.argv[1], name)
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    try:
        # a format without a parser here (a new one) is checked by the diff above alone
        checks.get(os.path.splitext(name)[1], lambda p, t: None)(path, text)
    except Exception as e:
        bad += 1
        print("%s: %s" % (name, e))
if bad:
    sys.exit(1)
print("reports: %d files ok" % len(files))
PY
