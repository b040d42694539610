#!/bin/sh
# Renders HTML reports in headless Chromium (Debian's chromium) and checks that they really render:
# the DOM after loading holds the table with every row and the inline SVG chart, and a screenshot
# of the page is not blank.
# usage: report-html.sh PATH/TO/cica PATH/TO/chromium
set -eu
cica=$1 chromium=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" HOME="$tmp"
# As root Chromium needs --no-sandbox; the rest keeps it off the (absent) network and quiet.
browse() {
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --window-size=900,1000 "$@" 2>>"$tmp/chromium.log"
}
fail() { echo "FAIL: $*"; exit 1; }

for case in "growth zh-Hans" "growth en" "members zh-Hant"; do
  set -- $case
  report=$1 lang=$2 page="$tmp/$1.$2.html"
  "$cica" report "$report" --format html --lang "$lang" -o "$page"
  rows=$("$cica" report "$report" --format csv --lang "$lang" | python3 -c 'import csv, sys; print(len(list(csv.reader(sys.stdin))) - 1)')
  browse --dump-dom "file://$page" > "$tmp/dom.html" || fail "$report/$lang: chromium could not load the page"
  python3 - "$tmp/dom.html" "$rows" "$report" "$lang" <<'PY' || exit 1
import sys
from html.parser import HTMLParser
path, rows, report, lang = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
class Count(HTMLParser):
    def __init__(self):
        super().__init__(); self.tags = {}; self.in_tbody = 0; self.body_rows = 0
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "tbody": self.in_tbody += 1
        if tag == "tr" and self.in_tbody: self.body_rows += 1
    def handle_endtag(self, tag):
        if tag == "tbody": self.in_tbody -= 1
p = Count(); p.feed(open(path, encoding="utf-8").read())
problems = []
if p.tags.get("table", 0) < 1: problems.append("no table")
if p.body_rows < rows: problems.append("%d table rows, want at least %d" % (p.body_rows, rows))
if report == "growth" and p.tags.get("svg", 0) < 1: problems.append("no svg chart")
if report == "growth" and p.tags.get("polyline", 0) + p.tags.get("path", 0) < 2: problems.append("chart has no series lines")
if problems: print("FAIL: %s/%s: %s" % (report, lang, "; ".join(problems))); sys.exit(1)
PY
  browse --screenshot="$tmp/shot.png" "file://$page" >/dev/null || fail "$report/$lang: no screenshot"
  python3 - "$tmp/shot.png" "$report" "$lang" <<'PY' || exit 1
import struct, sys, zlib
# Decode the PNG (8-bit RGB/RGBA, as Chromium writes it) and count pixels that are not background.
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, channels = 8, b"", 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8]); body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, color = struct.unpack(">IIBB", body[:10]); channels = {2: 3, 6: 4}[color]
    elif kind == b"IDAT": idat += body
    pos += 12 + length
raw, stride, prev, inked = zlib.decompress(idat), width * channels, bytearray(width * channels), 0
for y in range(height):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b = prev[i]; c = prev[i - channels] if i >= channels else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    inked += sum(1 for x in range(0, stride, channels) if min(line[x:x + 3]) < 128)
    prev = line
if inked < 2000:
    print("FAIL: %s/%s: the screenshot is blank (%d dark pixels)" % (sys.argv[2], sys.argv[3], inked)); sys.exit(1)
PY
  echo "ok $report/$lang: $rows rows rendered"
done
