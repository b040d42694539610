// The browser test of `cica serve`: puppeteer-core (package.json; `npm ci`, no browser download)
// drives Debian's chromium through what a student does — open the overview, search in Chinese,
// open a record, switch the language and the as-of date, run a report (its chart), answer three
// quiz questions (then the history file holds them), export a table as CSV, use it on a
// phone-sized screen (nothing wider than the screen, a quiz answer by touch) — and screenshots the
// overview in both Chinese scripts, checked for characters drawn as boxes (tofu) with the same
// check as the report pages (tests/browser/glyphs.js).
// usage: node tests/browser/serve.mjs PATH/TO/cica PATH/TO/chromium
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const [cica, chromium] = process.argv.slice(2);
if (!cica || !chromium) {
  console.error("usage: node tests/browser/serve.mjs PATH/TO/cica PATH/TO/chromium");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "cica-serve-"));
const state = join(tmp, "quiz.db");
const env = { ...process.env, XDG_CONFIG_HOME: join(tmp, "config"), XDG_STATE_HOME: join(tmp, "state"),
              HOME: tmp, LANG: "C.UTF-8", CICA_TODAY: "2026-12-05" };
mkdirSync(join(tmp, "config"), { recursive: true });

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures++;
}

// Starts the server and resolves with its URL (the line it prints).
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(cica, ["serve", "--port", "0", "--state", state], { env });
    let out = "";
    const timer = setTimeout(() => reject(new Error("no URL from cica serve after 20 s")), 20000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/^(http:\/\/\S+)$/m);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
    child.stderr.on("data", (d) => process.stderr.write(d));
    child.on("exit", (code) => reject(new Error(`cica serve exited with ${code}`)));
  });
}

const { child, url } = await startServer();
const browser = await puppeteer.launch({
  executablePath: chromium, headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  // a browser set to Chinese (headless chromium would ask for en-US)
  await page.setExtraHTTPHeaders({ "Accept-Language": "zh-CN,zh;q=0.9" });
  const text = (sel) => page.$eval(sel, (e) => e.textContent.trim());

  // 1. the overview (Simplified Chinese by default)
  await page.goto(url, { waitUntil: "load" });
  check((await text("h1")) === "亚信会议概览", "overview: its heading is in 简体");
  check((await page.$$("ul.cards li")).length >= 5, "overview: the count cards");

  // 2. search in Chinese from the header's search box
  await page.type('header form[role=search] input[name=q]', "哈萨克斯坦");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  const results = await page.$$("div.result");
  check(results.length > 0, `search 哈萨克斯坦: ${results.length} results`);

  // 3. open the record of the first result (an entity)
  await Promise.all([page.waitForNavigation(), page.click('div.result a[href^="/entities/KZ"]')]);
  check((await text("h1")) === "哈萨克斯坦", "record page of Kazakhstan");
  check((await page.$$("ol.history li")).length >= 1, "record: its history");

  // 4. switch the language with the header's select (the little script submits the form)
  await Promise.all([page.waitForNavigation(), page.select('header form.auto select[name=lang]', "en")]);
  check((await text("h1")) === "Kazakhstan", "language switched to English");
  await Promise.all([page.waitForNavigation(), page.select('header form.auto select[name=lang]', "zh-Hant")]);
  check((await text("h1")) === "哈薩克斯坦", "language switched to 繁體");

  // 5. the as-of date: the members at the end of 2006 (18)
  await page.goto(url + "members?lang=en", { waitUntil: "load" });
  await page.$eval('header form.auto input[name=as_of]', (e) => { e.value = "2006-12-31"; });
  await Promise.all([page.waitForNavigation(), page.click('header form.auto button[type=submit]')]);
  const paging = await text("nav.pages span");
  check(/18 rows/.test(paging), `as of 2006-12-31: ${paging}`);
  check(page.url().includes("as_of=2006-12-31"), "the as-of date is in the URL");

  // 6. run a report from the list: its chart is drawn
  await page.goto(url + "reports?lang=en", { waitUntil: "load" });
  await Promise.all([page.waitForNavigation(), page.click('a[href^="/reports/growth"]')]);
  const chart = await page.$("figure svg");
  check(chart !== null, "report growth: the chart is on the page");
  if (chart) {
    const box = await chart.boundingBox();
    check(box && box.width > 300, `report growth: the chart is ${box && Math.round(box.width)} px wide`);
  }

  // 7. three quiz questions, multiple choice; the history file gets all three
  await page.goto(url + "quiz?lang=en", { waitUntil: "load" });
  await page.select("select[name=mode]", "choice");
  await page.$eval("input[name=count]", (e) => { e.value = "3"; });
  await Promise.all([page.waitForNavigation(), page.click("form.quiz button[type=submit]")]);
  for (let i = 1; i <= 3; i++) {
    await page.click('form.quiz input[type=radio]');
    await Promise.all([page.waitForNavigation(), page.click("form.quiz button[type=submit]")]);
    const feedback = await page.$("div.right-answer, div.wrong-answer");
    check(feedback !== null, `quiz question ${i}: feedback shown`);
  }
  check(/Score: \d \/ 3/.test(await page.$eval("main", (e) => e.textContent)), "quiz: the score after three");
  const revlog = execFileSync(cica, ["quiz", "revlog", "--state", state], { env, stdio: ["ignore", "pipe", "ignore"] })
    .toString().trim().split("\n");
  check(revlog.length === 4, `history file: ${revlog.length - 1} answers recorded`);

  // 8. a table as CSV, from the link on its page
  await page.goto(url + "members?lang=en", { waitUntil: "load" });
  const csvHref = await page.$eval('a[href^="/members.csv"]', (e) => e.href);
  // (the page's Content-Security-Policy forbids scripts to fetch: the test fetches the link itself)
  const response = await fetch(csvHref);
  check(/^text\/csv/.test(response.headers.get("content-type")), "members as CSV: text/csv");
  const csv = await response.text();
  check(csv.startsWith("id,name,joined,region,founding,sources"), "members as CSV: its header row");
  check(csv.trim().split("\n").length === 29, "members as CSV: 28 rows");

  // 9. a phone-sized screen (375 × 740, touch): no page is wider than the screen (a wide table
  // scrolls inside its box), the facets stack above the table, and a quiz question is answered
  // by touch
  await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  for (const p of ["?lang=en", "members?lang=en", "entities/KZ?lang=en", "meetings?lang=zh-Hans",
                   "reports/growth?lang=en", "search?q=Almaty&lang=en", "sql?q=select+*+from+entities&lang=en",
                   "quiz?lang=en", "quiz/stats?lang=en"]) {
    await page.goto(url + p, { waitUntil: "load" });
    const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    check(iw === 375 && sw <= iw, `phone: /${p} fits the screen (${sw} px wide, screen ${iw} px)`);
  }
  await page.goto(url + "members?lang=en", { waitUntil: "load" });
  const [facetsBottom, tableTop] = await page.evaluate(() => [
    document.querySelector("aside.facets").getBoundingClientRect().bottom,
    document.querySelector("div.table").getBoundingClientRect().top]);
  check(facetsBottom <= tableTop, "phone: the facets stack above the table");
  await page.goto(url + "quiz?start=1&mode=choice&count=1&seed=5&lang=en", { waitUntil: "load" });
  const submit = await page.$("form.quiz button[type=submit]");
  const submitBox = submit && await submit.boundingBox();
  check(submitBox && submitBox.x >= 0 && submitBox.x + submitBox.width <= 375, "phone: the quiz's button is on the screen");
  await page.tap("form.quiz input[type=radio]");
  await Promise.all([page.waitForNavigation(), page.tap("form.quiz button[type=submit]")]);
  check((await page.$("div.right-answer, div.wrong-answer")) !== null, "phone: a quiz answer by touch gets its feedback");
  await page.setViewport({ width: 1000, height: 900 });

  // 10. screenshots of the overview in both scripts, with no character drawn as a box
  const glyphs = readFileSync(join(here, "glyphs.js"), "utf8");
  for (const lang of ["zh-Hans", "zh-Hant", "en"]) {
    await page.goto(url + "?lang=" + lang, { waitUntil: "load" });
    // CICA_SCREENSHOTS=DIR keeps them (else they go with the temporary folder)
    await page.screenshot({ path: join(process.env.CICA_SCREENSHOTS || tmp, `overview-${lang}.png`) });
    await page.evaluate(glyphs);
    const found = await text("#glyph-check");
    const line = found.split("\n")[0];
    check(line.startsWith("glyphs: ok"), `overview ${lang}: ${line}`);
  }
  // the check can fail: a character no font has is reported
  await page.evaluate(() => { const p = document.createElement("p"); p.textContent = "\u0378"; document.body.appendChild(p); });
  await page.evaluate(glyphs);
  const selfTest = (await page.$$eval("#glyph-check", (els) => els[els.length - 1].textContent)).split("\n")[0];
  check(selfTest.includes("U+378"), "the glyph check reports U+0378 (it can fail)");
} finally {
  await browser.close();
  child.kill("SIGTERM");
  rmSync(tmp, { recursive: true, force: true });
}
console.log(failures === 0 ? "all passed" : `${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
