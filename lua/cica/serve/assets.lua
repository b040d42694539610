-- cica.serve.assets: the style sheet and the little script of `cica serve`'s pages, carried in
-- the binary (no CDN, no network). Browsing works without the script: it only submits the
-- language and as-of controls when they change, instead of waiting for their button. On a
-- phone-sized screen nothing is wider than the screen: a wide table scrolls inside its box (the
-- grid's minmax(0, 1fr) lets the column shrink below the table's width), the facets go above it
-- and an SVG (a chart, the heatmap) scales down (tests/browser/serve.mjs checks it at 375 px).
local M = {}

M.css = [[
:root{--fg:#1d1d1f;--muted:#5a5a60;--line:#d6d6db;--bg:#fff;--head:#f3f3f5;--accent:#0b5cad;--ok:#1a7f37;--bad:#b42318}
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Noto Sans CJK TC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;
  margin:0;color:var(--fg);background:var(--bg);line-height:1.55}
html[lang=zh-Hant] body{font-family:"Noto Sans CJK TC","Noto Sans TC","Source Han Sans TC","PingFang TC","Microsoft JhengHei","Noto Sans CJK SC",system-ui,sans-serif}
html[lang=en] body{font-family:system-ui,"Noto Sans","Noto Sans CJK SC",sans-serif}
a{color:var(--accent)}
header.top{background:#12355b;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
header.top a{color:#fff;text-decoration:none}
header.top a.brand{font-weight:700;font-size:1.1rem}
header.top nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header.top form{display:flex;gap:.35rem;align-items:center;margin:0}
header.top input,header.top select,header.top button{font:inherit;font-size:.9rem;padding:.15rem .35rem}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
p.muted,span.muted{color:var(--muted)}
div.table{overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid var(--line);padding:.3rem .6rem;vertical-align:top;text-align:left}
th{background:var(--head)}
th.nowrap,td.nowrap{white-space:nowrap}
td.right{text-align:right;font-variant-numeric:tabular-nums}
td.center{text-align:center}
tbody tr:nth-child(even){background:#fafafb}
figure{margin:1rem 0}
figure svg,main svg{max-width:100%;height:auto}
main{overflow-wrap:break-word}
main>table{display:block;overflow-x:auto}
.layout{display:grid;grid-template-columns:14rem minmax(0,1fr);gap:1.5rem}
aside.facets h3{font-size:.95rem;margin:1rem 0 .25rem}
aside.facets ul{list-style:none;margin:0;padding:0}
aside.facets li{font-size:.9rem}
aside.facets li.on{font-weight:700}
.count{color:var(--muted);font-variant-numeric:tabular-nums}
nav.pages{display:flex;gap:1rem;margin:.5rem 0}
ul.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.75rem}
ul.cards li{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem}
ul.cards strong{display:block;font-size:1.5rem}
ol.history{border-left:3px solid var(--accent);margin:.5rem 0;padding-left:1.25rem}
ol.history li{margin:.4rem 0}
.result{margin:.75rem 0}
.result .kind{font-size:.8rem;color:var(--muted);border:1px solid var(--line);border-radius:.3rem;padding:0 .3rem;margin-right:.4rem}
mark{background:#fff1a8}
.error{border-left:4px solid var(--bad);padding:.5rem 1rem;background:#fff5f4}
.right-answer{border-left:4px solid var(--ok);padding:.5rem 1rem;background:#f2fbf4}
.wrong-answer{border-left:4px solid var(--bad);padding:.5rem 1rem;background:#fff5f4}
form.quiz label.choice{display:block;margin:.35rem 0;padding:.45rem .6rem;border:1px solid var(--line);border-radius:.35rem}
form.quiz input[type=text]{font:inherit;padding:.4rem;width:100%;max-width:30rem}
button,input[type=submit]{font:inherit;padding:.35rem .9rem;cursor:pointer}
textarea{width:100%;font-family:ui-monospace,monospace;font-size:.95rem}
pre{white-space:pre-wrap}
footer.page{border-top:1px solid var(--line);margin-top:2rem;padding-top:.5rem;font-size:.85rem;color:var(--muted)}
footer li{word-break:break-all}
svg.heatmap rect{stroke:#fff}
@media (max-width:40rem){.layout{grid-template-columns:minmax(0,1fr)}header.top{font-size:.95rem}main{padding:.6rem}}
]]

M.js = [[
"use strict";
document.querySelectorAll("form.auto select, form.auto input[type=date]").forEach(function (el) {
  el.addEventListener("change", function () { el.form.submit(); });
});
]]

return M
