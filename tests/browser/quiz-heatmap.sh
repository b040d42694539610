#!/bin/sh
# Renders the quiz statistics heatmap (cica quiz stats --format svg and html) in headless Chromium
# and checks that it really renders: after loading, the DOM holds one square per day of the 26
# weeks up to today (with the history's days coloured), the HTML page holds its tables, and a
# screenshot of each is not blank (coloured squares are drawn).
# usage: quiz-heatmap.sh PATH/TO/cica PATH/TO/chromium
set -eu
cica=$1 chromium=$2
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" HOME="$tmp" TZ=UTC
browse() {
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --window-size=900,700 "$@" 2>>"$tmp/chromium.log"
}
fail() { echo "FAIL: $*"; exit 1; }

"$cica" "$here/gen-history.lua" "$tmp/h.db" 3000 cram 2025-01-01 3
for case in "svg zh-Hans" "html zh-Hant" "html en"; do
  set -- $case
  fmt=$1 lang=$2 page="$tmp/heat.$lang.$fmt"
  "$cica" quiz stats --state "$tmp/h.db" --format "$fmt" --lang "$lang" --now 2025-07-24T08:00 > "$page"
  browse --dump-dom "file://$page" > "$tmp/dom.html" || fail "$fmt/$lang: chromium could not load the page"
  python3 - "$tmp/dom.html" "$fmt" "$lang" <<'PY' || exit 1
import sys, re
dom, fmt, lang = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], sys.argv[3]
days = re.findall(r'<rect class="day"[^>]*data-count="(\d+)"', dom)
problems = []
if len(days) != 179: problems.append("%d day squares, want 179 (25 weeks and Monday to Thursday)" % len(days))
if sum(int(n) for n in days) != 2758: problems.append("the squares count %d answers, want 2758" % sum(int(n) for n in days))
if fmt == "html" and dom.count("<table") != 3: problems.append("%d tables, want 3" % dom.count("<table"))
if problems: print("FAIL: %s/%s: %s" % (fmt, lang, "; ".join(problems))); sys.exit(1)
PY
  browse --screenshot="$tmp/shot.png" "file://$page" >/dev/null || fail "$fmt/$lang: no screenshot"
  python3 - "$tmp/shot.png" "$fmt" "$lang" <<'PY' || exit 1
import struct, sys, zlib
# Decode the PNG (8-bit RGB/RGBA, as Chromium writes it) and count green pixels (the squares).
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, channels = 8, b"", 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8]); body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, color = struct.unpack(">IIBB", body[:10]); channels = {2: 3, 6: 4}[color]
    elif kind == b"IDAT": idat += body
    pos += 12 + length
raw, stride, prev, green = zlib.decompress(idat), width * channels, bytearray(width * channels), 0
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
    green += sum(1 for x in range(0, stride, channels) if line[x + 1] > line[x] + 40 and line[x + 1] > line[x + 2] + 20)
    prev = line
if green < 3000:
    print("FAIL: %s/%s: the screenshot shows no heatmap (%d green pixels)" % (sys.argv[2], sys.argv[3], green)); sys.exit(1)
PY
  echo "ok $fmt/$lang: heatmap rendered"
done
