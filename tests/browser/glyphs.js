// Injected into a copy of a report page by tests/browser/report-html.sh (never into cica's
// output). Writes its findings into <pre id="glyph-check"> for --dump-dom to show:
//   glyphs: "ok: N characters" or "missing: 亞 U+4E9E, …" — characters the page shows as boxes
//     ("tofu"): each distinct character of the page's text (tables, notes, the SVG chart) is drawn
//     on a canvas in the page's own fonts and compared with characters no font has (U+0378 and
//     U+0379, unassigned): the same pixels mean the browser drew the .notdef box;
//   chart: the width the first chart takes in CSS px and the size its tick labels are drawn at.
(function () {
  var family = getComputedStyle(document.body).fontFamily;
  var canvas = document.createElement("canvas");
  canvas.width = 64; canvas.height = 64;
  var ctx = canvas.getContext("2d", { willReadFrequently: true });
  function draw(ch) {
    ctx.clearRect(0, 0, 64, 64);
    ctx.fillStyle = "#000";
    ctx.font = "40px " + family;
    ctx.textBaseline = "middle";
    ctx.fillText(ch, 8, 32);
    return Array.prototype.join.call(ctx.getImageData(0, 0, 64, 64).data, ",");
  }
  var tofu = [draw("\u0378"), draw("\u0379")];
  var seen = {}, chars = [];
  var walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    var parent = walker.currentNode.parentNode;
    var tag = parent ? parent.nodeName.toLowerCase() : "";
    if (tag === "style" || tag === "script") continue;
    for (var c of walker.currentNode.nodeValue) {
      if (c.trim() === "" || seen[c]) continue;
      seen[c] = true;
      chars.push(c);
    }
  }
  var missing = [];
  for (var ch of chars) {
    var px = draw(ch);
    if (px === tofu[0] || px === tofu[1]) missing.push(ch + " U+" + ch.codePointAt(0).toString(16).toUpperCase());
  }
  var lines = [];
  if (tofu[0] === draw("A")) lines.push("glyphs: broken: A is drawn as a box");
  else if (missing.length) lines.push("glyphs: missing: " + missing.join(", "));
  else lines.push("glyphs: ok: " + chars.length + " characters");
  var svg = document.querySelector("figure svg");
  if (svg) {
    var width = svg.getBoundingClientRect().width;
    var box = svg.viewBox.baseVal;
    var tick = svg.querySelector("g.x-axis");
    var size = tick ? parseFloat(tick.getAttribute("font-size")) * width / box.width : 0;
    lines.push("chart: " + Math.round(width) + " px of " + document.documentElement.clientWidth
      + ", tick labels " + size.toFixed(1) + " px");
  }
  var out = document.createElement("pre");
  out.id = "glyph-check";
  out.textContent = lines.join("\n");
  document.body.appendChild(out);
})();
