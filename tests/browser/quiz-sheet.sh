#!/bin/sh
# The HTML study sheet (cica quiz --print --format html) in headless Chromium (Debian's chromium,
# fonts-noto-cjk installed by .ci/install-deps):
# 1. No tofu. A script added to a copy of the sheet draws every distinct character of the page's
#    text on a canvas in the sheet's own font stack and compares its pixels with those of a
#    character no font has (U+0378, unassigned: it always draws as the missing-glyph box). A
#    character drawn exactly like that box, or drawn as nothing, has no glyph: the test fails and
#    names it. The check proves it can fail: U+0378 itself must be reported missing.
# 2. Print: printed to PDF (A4), the answer key starts a page of its own, so even a one-question
#    sheet has at least two pages.
# usage: quiz-sheet.sh PATH/TO/cica PATH/TO/chromium
set -eu
cica=$1 chromium=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" HOME="$tmp"
browse() {
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --window-size=900,1000 "$@" 2>>"$tmp/chromium.log"
}
fail() { echo "FAIL: $*"; exit 1; }

cat > "$tmp/check.js" <<'JS'
<script>
(function () {
  var family = getComputedStyle(document.body).fontFamily;
  var canvas = document.createElement("canvas");
  canvas.width = 48; canvas.height = 48;
  var ctx = canvas.getContext("2d");
  function draw(c) {
    ctx.clearRect(0, 0, 48, 48);
    ctx.fillStyle = "#000";
    ctx.font = "32px " + family;
    ctx.textBaseline = "middle";
    ctx.fillText(c, 4, 24);
    var d = ctx.getImageData(0, 0, 48, 48).data, s = [], ink = 0;
    for (var i = 3; i < d.length; i += 4) { s.push(d[i]); if (d[i]) ink++; }
    return { key: s.join(","), ink: ink };
  }
  var tofu = draw("\u0378").key;
  var text = document.body.innerText + "\u0378", seen = {}, missing = [];
  for (var ch of text) {
    if (seen[ch] || /\s/.test(ch)) continue;
    seen[ch] = true;
    var r = draw(ch);
    if (r.key === tofu || r.ink === 0) missing.push(ch + " U+" + ch.codePointAt(0).toString(16).toUpperCase());
  }
  var out = document.createElement("pre");
  out.id = "glyph-check";
  out.textContent = "checked " + Object.keys(seen).length + "\nmissing " + missing.join(", ");
  document.body.appendChild(out);
})();
</script>
JS

for case in "zh-Hans 1" "zh-Hant 2" "en 3"; do
  set -- $case
  lang=$1 seed=$2 page="$tmp/sheet.$lang.html"
  "$cica" quiz --print --seed "$seed" --lang "$lang" --now 2025-01-01 -o "$page"
  sed -e '/<\/body>/e cat '"$tmp/check.js" "$page" > "$tmp/probe.html"
  browse --dump-dom "file://$tmp/probe.html" > "$tmp/dom.html" || fail "$lang: chromium could not load the sheet"
  python3 - "$tmp/dom.html" "$lang" <<'PY' || exit 1
import re, sys, html
dom, lang = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
m = re.search(r'<pre id="glyph-check">(.*?)</pre>', dom, re.S)
if not m: print("FAIL: %s: the glyph check did not run" % lang); sys.exit(1)
lines = html.unescape(m.group(1)).split("\n")
checked = int(lines[0].split()[1]); missing = lines[1][len("missing "):].split(", ")
if "\u0378 U+378" not in missing:
    print("FAIL: %s: the check cannot see a missing glyph (U+0378 was not reported)" % lang); sys.exit(1)
missing.remove("\u0378 U+378")
if missing: print("FAIL: %s: no glyph (tofu) for: %s" % (lang, ", ".join(missing))); sys.exit(1)
if checked < (300 if lang != "en" else 60):
    print("FAIL: %s: only %d distinct characters checked" % (lang, checked)); sys.exit(1)
questions = len(re.findall(r'<section>\s*<h2>', dom))
if questions < 9: print("FAIL: %s: %d topic sections, want 9" % (lang, questions)); sys.exit(1)
if '<section class="key">' not in dom: print("FAIL: %s: no answer key" % lang); sys.exit(1)
PY
done

# Print: a one-question sheet prints on two A4 pages (the key on a page of its own).
"$cica" quiz --print --count 1 --seed 1 --now 2025-01-01 -o "$tmp/one.html"
browse --print-to-pdf="$tmp/one.pdf" --no-pdf-header-footer "file://$tmp/one.html" >/dev/null 2>&1 ||
  fail "chromium could not print the sheet"
python3 - "$tmp/one.pdf" <<'PY' || exit 1
import re, sys
pdf = open(sys.argv[1], "rb").read()
pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
sizes = set(re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf))
if pages < 2: print("FAIL: the printed sheet has %d page(s): the key does not start a new page" % pages); sys.exit(1)
# A4 is 595.28 x 841.89 points
if not any(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in sizes):
    print("FAIL: the printed sheet is not A4: %r" % sizes); sys.exit(1)
PY
echo ok
