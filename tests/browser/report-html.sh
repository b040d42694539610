#!/bin/sh
# Renders HTML reports in headless Chromium (Debian's chromium) and checks that they really render:
# the DOM after loading holds the table with every row and the inline SVG chart, a screenshot of
# the page is not blank, no character is drawn as a box ("tofu": a font is missing; glyphs.js
# compares each character's pixels with those of characters no font has), and on a phone-wide
# window (390 px) the chart fits and its tick labels are at least 8 px.
# The glyph check is checked itself first: a character no font has (U+30000) must be reported,
# and so must the Chinese of a page when Chromium sees only the DejaVu fonts (FONTCONFIG_FILE);
# so a machine without fonts-noto-cjk fails here, as it shows boxes.
# usage: report-html.sh PATH/TO/cica PATH/TO/chromium
set -eu
cica=$1 chromium=$2
here=$(cd "$(dirname "$0")" && pwd)
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

# glyphs PAGE [WIDTH]: the findings of glyphs.js on a copy of PAGE (in a window WIDTH px wide).
glyphs() {
  cp "$here/glyphs.js" "$tmp/glyphs.js"
  sed 's|</body>|<script src="glyphs.js"></script></body>|' "$1" > "$tmp/checked.html"
  browse --allow-file-access-from-files --window-size="${2:-900},1000" --dump-dom "file://$tmp/checked.html" \
    | python3 -c 'import sys, html, re
m = re.search(r"<pre id=\"glyph-check\">(.*?)</pre>", sys.stdin.read(), re.S)
print(html.unescape(m.group(1)) if m else "glyphs: the check did not run")'
}

command -v fc-list >/dev/null || fail "fc-list (fontconfig) is missing"
[ -n "$(fc-list :lang=zh-cn family)" ] || fail "no font for Chinese: install fonts-noto-cjk (.ci/install-deps does)"

# The glyph check finds boxes: a character no font has, and Chinese with only Latin fonts.
printf '<!DOCTYPE html><html><head><meta charset="utf-8"/></head><body><p>\344\272\232\344\277\241 \360\260\200\200 CICA</p></body></html>' > "$tmp/box.html"
result=$(glyphs "$tmp/box.html")
[ "$result" = "glyphs: missing: $(printf '\360\260\200\200') U+30000" ] || fail "the glyph check missed U+30000: $result"
"$cica" report members --format html -o "$tmp/latin.html"
mkdir -p "$tmp/fc"
printf '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>%s</cachedir></fontconfig>\n' \
  "$tmp/fc/cache" > "$tmp/fc/fonts.conf"
result=$(FONTCONFIG_FILE="$tmp/fc/fonts.conf" glyphs "$tmp/latin.html")
case "$result" in
  "glyphs: missing: "*"U+4E9A"*) ;;     # 亚, among the others
  *) fail "with only DejaVu fonts the glyph check saw no boxes: $result" ;;
esac
echo "ok the glyph check reports boxes (U+30000; Chinese without a CJK font)"

for case in "growth zh-Hans" "growth en" "members zh-Hant" "discrepancies zh-Hans" "growth zh-Hant"; do
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
  result=$(glyphs "$page")
  case "$result" in
    "glyphs: ok: "*) ;;
    *) fail "$report/$lang: characters drawn as boxes: $(echo "$result" | head -n 1)" ;;
  esac
  if [ "$report" = growth ]; then
    chart=$(glyphs "$page" 390 | sed -n 's/^chart: //p')
    python3 -c 'import re, sys
w, room, px = map(float, re.match(r"(\d+) px of (\d+), tick labels ([\d.]+) px", sys.argv[1]).groups())
sys.exit(0 if w <= room and px >= 8 else 1)' "$chart" || fail "$report/$lang on a phone: $chart"
    echo "ok $report/$lang on a phone: $chart"
  fi
  echo "ok $report/$lang: $rows rows rendered, $(echo "$result" | head -n 1)"
done
