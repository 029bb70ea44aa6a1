// Journeys in WebKit (Safari's engine): WebKitGTK's MiniBrowser on a virtual
// display, driven through WebKitWebDriver's WebDriver protocol (plain HTTP,
// see webkit.mjs): real clicks and key presses, screenshots of the viewport.
// Each journey runs in a fresh browser session (fresh website data), with
// every request to another host than 127.0.0.1 refused.
//
// 1. A label survives a reload (IndexedDB in WebKit).
// 2. A span keeps the letters of its Arabic word joined: same box, same
//    glyphs (WebKit is the engine known to break joining at element
//    boundaries; a negative control wrapping a letter must be seen).
// 3. The single HTML file opens from disk, labels, and keeps the label.
// 4. After one visit, the app opens (and labels) with its server gone.
//
// WebKitWebDriver has no log endpoint and MiniBrowser does not write the
// console of an automated page anywhere, so errors are recorded in the page
// from the moment it is ready (console.error, uncaught errors, unhandled
// rejections, Content Security Policy violations), and the app's own
// report of a panic (#crash-report, which also logs to the console, during
// start-up too) must not be there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startWebKit } from "./webkit.mjs";
import { startServer } from "./harness.mjs";
import { wordBox, wrapLetter, clipAround, inkDiff, savePng } from "./glyphs.mjs";
import { readStoredRecords } from "../../scripts/stored-records.mjs";

const SINGLE = resolve("dist-single/hamish.html");
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const KEYS = { Escape: "\uE00C", ArrowLeft: "\uE012" };
const CLAIM = "ادعاء";
const OPINION = "رأي";
const QUESTION = "سؤال";
const WORD = "الماضي"; // lam–meem–alef and dad–yeh are joined
const CONTROL = { word: "الرئيس", letter: 4 }; // the yeh, joined on both sides, mid-line
// A filled box with a little room on either side, as annotators that put
// elements into the text draw a span; a bare <span> is reported too.
const MARK = { backgroundColor: "rgb(255 214 0 / 0.45)", padding: "0 0.1em", borderRadius: "0.2em" };
const TOLERANCE = 0.01; // px
const MOST_MISMATCHED = 8; // anti-aliasing pixels allowed between before and after
const JOURNEY = { timeout: 60_000 };

let webkit, server, url;

before(async () => {
  ({ server, url } = await startServer());
  webkit = await startWebKit();
}, { timeout: 60_000 });

after(async () => {
  await webkit?.close();
  server?.closeAllConnections?.();
  server?.close();
});

/**
 * A fresh browser session, 1200×900, with the helpers of the journeys:
 * `open(address)` opens a page (or, with no address, reloads it) and waits
 * for the app, recording errors from then on; `errors()` is what was
 * recorded (and a crash report, if shown).
 */
async function browser() {
  const { call, run, waitFor, close } = await webkit.open();
  await call("POST", `/window/rect`, { width: 1200, height: 900 });
  /** Runs one of the in-page functions of glyphs.mjs (or any) with `options`. */
  const inPage = (fn, options) =>
    call("POST", `/execute/async`, {
      script: `const done = arguments[1]; Promise.resolve((${fn})(arguments[0])).then(done, (error) => done({ error: String(error) }));`,
      args: [options],
    });
  /** Presses each key in turn, as a person at the keyboard does. */
  const press = (...keys) =>
    call("POST", `/actions`, {
      actions: [{ type: "key", id: "keyboard", actions: keys.flatMap((key) => [{ type: "keyDown", value: KEYS[key] ?? key }, { type: "keyUp", value: KEYS[key] ?? key }]) }],
    });
  async function click(selector) {
    const element = await call("POST", `/element`, { using: "css selector", value: selector });
    await call("POST", `/element/${element[ELEMENT]}/click`, {});
  }
  /** The viewport as a PNG, base64. */
  const screenshot = () => call("GET", `/screenshot`);
  const painted = () => inPage("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))", {});
  async function open(address) {
    if (address) await call("POST", `/url`, { url: address });
    else await call("POST", `/refresh`, {});
    assert.equal(await waitFor("return document.documentElement.hasAttribute('data-ready') && !!document.querySelector('#s-1')"), true, "the app starts");
    await run(`window.hamishErrors = [];
      const report = console.error.bind(console);
      console.error = (...parts) => { window.hamishErrors.push(parts.join(" ")); report(...parts); };
      addEventListener("error", (event) => window.hamishErrors.push(event.message));
      addEventListener("unhandledrejection", (event) => window.hamishErrors.push(String(event.reason)));
      addEventListener("securitypolicyviolation", (event) => window.hamishErrors.push(\`CSP: \${event.violatedDirective} \${event.blockedURI}\`));`);
  }
  const errors = () =>
    run("return [...(window.hamishErrors ?? ['(no error recorder on this page)']), ...(document.getElementById('crash-report') ? ['crash report: ' + document.getElementById('crash-report').innerText] : [])]");
  const labels = (index) => run(`return document.querySelector('[data-sentence="${index}"]')?.dataset.labels ?? null`);
  /** Waits until sentence `index` has `data-labels` `expected`; fails with the last value seen. */
  async function waitForLabels(index, expected, timeout = 10_000) {
    const ok = await waitFor(`return document.querySelector('[data-sentence="${index}"]')?.dataset.labels === ${JSON.stringify(expected)}`, timeout);
    if (ok !== true) throw new Error(`sentence ${index}: expected data-labels ${JSON.stringify(expected)} within ${timeout} ms, saw ${JSON.stringify(await labels(index))}`);
  }
  /** Every record of the app's IndexedDB, `[key, value]` in key order. */
  const storedRecords = () => inPage(readStoredRecords, {});
  return { call, run, waitFor, close, inPage, press, click, screenshot, painted, open, errors, labels, waitForLabels, storedRecords };
}

/** Runs `journey` with a fresh browser, which is closed whatever happens. */
async function withBrowser(journey) {
  const session = await browser();
  try {
    return await journey(session);
  } finally {
    await session.close();
  }
}

/** Sentence annotations stored in IndexedDB: `[start, end, hash, labels]` of every chunk of every document. */
const storedAnnotations = async (session) => {
  const records = await session.storedRecords();
  assert.ok(Array.isArray(records), `IndexedDB reads: ${JSON.stringify(records)}`);
  return records.filter(([key]) => key.startsWith("hamish/v1/doc/")).flatMap(([, value]) => JSON.parse(value).a ?? []);
};

/** Waits up to 10 s for one sentence annotation with one label in IndexedDB; returns what is stored. */
async function waitForStored(session) {
  let stored = [];
  for (const until = Date.now() + 10_000; stored.length === 0 && Date.now() < until; ) {
    stored = await storedAnnotations(session);
    if (stored.length === 0) await new Promise((done) => setTimeout(done, 100));
  }
  assert.equal(stored.length, 1, `one sentence annotation in IndexedDB: ${JSON.stringify(stored)}`);
  assert.equal(stored[0][3].length, 1, `with one label: ${JSON.stringify(stored)}`);
  return stored;
}

test("WebKit: a label survives a reload (IndexedDB)", JOURNEY, () =>
  withBrowser(async (session) => {
    const { open, click, press, waitFor, labels, waitForLabels, errors } = session;
    await open(url);
    assert.equal(await labels(1), "", "sentence 1 starts without a label");
    await click('[data-sentence="1"]');
    assert.equal(await waitFor(`return document.querySelector('[data-sentence="1"]').getAttribute('aria-selected') === 'true'`), true, "the click selects sentence 1");
    await press("1");
    await waitForLabels(1, CLAIM);
    // Stored in IndexedDB itself (not only in the pagehide fallback to
    // localStorage) before the page goes.
    const stored = await waitForStored(session);
    assert.deepEqual(await errors(), [], "no errors while labelling");
    await open();
    await waitForLabels(1, CLAIM);
    assert.equal(await labels(2), "", "only sentence 1 is labelled");
    assert.deepEqual(await storedAnnotations(session), stored, "IndexedDB holds the same after the reload");
    assert.deepEqual(await errors(), [], "no errors after the reload");
  }));

/**
 * In the page: two PNG screenshots (base64) cropped to `crop` (image
 * pixels): how many pixels differ between them (by more than 24 in a
 * channel), and how many of the second are within 40 of `colour` (rgb()).
 */
async function pixels({ beforePng, afterPng, crop, colour }) {
  const decode = async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = crop.width;
    canvas.height = crop.height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    context.drawImage(image, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height);
    return context.getImageData(0, 0, crop.width, crop.height).data;
  };
  const [before, after] = [await decode(beforePng), await decode(afterPng)];
  const [r, g, b] = colour.match(/\d+(\.\d+)?/g).map(Number);
  let changed = 0, near = 0;
  for (let p = 0; p < before.length; p += 4) {
    if (Math.max(...[0, 1, 2].map((c) => Math.abs(before[p + c] - after[p + c]))) > 24) changed++;
    if (Math.hypot(after[p] - r, after[p + 1] - g, after[p + 2] - b) < 40) near++;
  }
  return { total: before.length / 4, changed, near };
}

const close = (a, b) => Math.abs(a - b) <= TOLERANCE;
const sameRect = (a, b) => close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height);
const px = (value) => value.toFixed(3);
/** `clip` (CSS px) in the pixels of a viewport screenshot. */
const crop = (clip, dpr) => ({ x: Math.round(clip.x * dpr), y: Math.round(clip.y * dpr), width: Math.round(clip.width * dpr), height: Math.round(clip.height * dpr) });

test("WebKit: a span keeps the letters of its word joined: same box, same glyphs", JOURNEY, (t) =>
  withBrowser(async ({ run, waitFor, inPage, press, click, screenshot, painted, open, errors }) => {
    const highlights = () =>
      run("return Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())]))");
    await open(url);
    assert.equal(await run("return typeof CSS.highlights?.set"), "function", "WebKit has the Custom Highlight API");
    // The first label (blue) becomes a span label in the label editor.
    await click('[data-action="edit-labels"]');
    assert.equal(await waitFor("return !!document.querySelector('#labels-dialog')"), true);
    await run(`const scope = document.querySelector(".editor-scope");
      scope.value = "span";
      scope.dispatchEvent(new Event("change", { bubbles: true }));`);
    await press("Escape");
    assert.equal(await waitFor("return !document.querySelector('#labels-dialog')"), true);
    // The sentence is selected before and after, so only the span differs.
    await click("#s-1");
    assert.equal(await waitFor("return document.querySelector('#s-1').classList.contains('selected')"), true);
    await painted();

    const word = await inPage(wordBox, { index: 1, word: WORD });
    assert.ok(!word.error, word.error);
    const top = await run("return document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0");
    assert.ok(word.rect.y > top + 4, "the word is in view below the top bar");
    const clip = clipAround(word.rect);
    const beforePng = await screenshot();

    await press("s");
    const cursor = `${word.start}-${word.end}`;
    for (let step = 0; (await run("return document.querySelector('#s-1').dataset.cursor")) !== cursor; step++) {
      assert.ok(step < 40, `the span cursor never reached ${cursor}`);
      await press("ArrowLeft");
    }
    await press("1");
    assert.equal(await waitFor("return document.querySelector('#s-1').dataset.spans === '1'"), true);
    await press("Escape");
    assert.equal(await waitFor("return !document.querySelector('#s-1').hasAttribute('data-cursor')"), true);
    await painted();
    const span = await inPage(wordBox, { index: 1, word: WORD });
    const afterPng = await screenshot();
    t.diagnostic(`WebKit: «${WORD}» (code points ${word.start}-${word.end}) at dpr ${word.dpr}: width ${px(word.rect.width)} → ${px(span.rect.width)} px, height ${px(word.rect.height)} → ${px(span.rect.height)} px, boxes ${word.rects} → ${span.rects}`);
    assert.ok(!span.error, `the sentence is still one text node: ${span.error}`);
    assert.ok(close(span.rect.width, word.rect.width), `width ${word.rect.width} → ${span.rect.width}`);
    assert.ok(sameRect(span.rect, word.rect), `rect ${JSON.stringify(word.rect)} → ${JSON.stringify(span.rect)}`);
    assert.equal(span.rects, word.rects);

    const painting = await highlights();
    assert.ok(painting["hamish-blue"]?.includes(WORD), `hamish-blue holds «${WORD}»: ${JSON.stringify(painting)}`);
    assert.deepEqual(painting["hamish-cursor"] ?? [], [], "no cursor is painted after span mode");
    assert.equal(await run(`return !!document.querySelector('.span-chip.label-blue[data-span="${cursor}"]')`), true);

    // WebKit's getComputedStyle does not resolve ::highlight() (it answers
    // the sentence's own text colour, which would leave the glyphs' own rows
    // out): the underline's colour is read from the style sheet's rule, as
    // WebKit parsed it; none when WebKit dropped the declaration (then no
    // underline is drawn, and no row is left out for it).
    const declared = await run(`const rule = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
        .find((rule) => rule.selectorText === "::highlight(hamish-blue)");
      if (!rule) return null;
      const probe = document.createElement("i");
      document.body.append(probe);
      probe.style.color = rule.style.textDecorationColor || "transparent";
      const colour = rule.style.textDecorationColor && getComputedStyle(probe).color;
      probe.remove();
      return { css: rule.cssText, line: rule.style.textDecorationLine, colour: colour || null };`);
    assert.ok(declared, "the style sheet has a rule for ::highlight(hamish-blue)");
    const underline = declared.colour;
    const area = crop(clip, word.dpr);
    const box = { x: word.rect.x * word.dpr - area.x, y: word.rect.y * word.dpr - area.y, width: word.rect.width * word.dpr, height: word.rect.height * word.dpr };
    const ink = await inPage(inkDiff, { beforePng, afterPng, crop: area, radius: 4 * word.dpr, box, underline });
    assert.ok(!ink.error, ink.error);
    savePng("joining-webkit-before", ink.before);
    savePng("joining-webkit-after", ink.after);
    savePng("joining-webkit-diff", ink.diff);
    t.diagnostic(`WebKit: glyphs of «${WORD}» in ${ink.width}×${ink.height} px: ink ${ink.inkBefore} → ${ink.inkAfter} px, mismatched ${ink.mismatched} (${ink.onlyBefore} only before, ${ink.onlyAfter} only after); left out: rows ${ink.rows} (underline ${underline} and the fill's top and bottom edge), columns ${ink.columns} (its sides), ${ink.skipped} px`);
    assert.ok(ink.inkBefore > 50 * word.dpr ** 2, `the word has ink: ${ink.inkBefore} px`);
    assert.ok(ink.mismatched <= MOST_MISMATCHED * word.dpr ** 2, `glyph pixels changed: ${ink.mismatched}`);
    // The span is drawn: its fill changes the word's background.
    const wordArea = crop(word.rect, word.dpr);
    const drawn = await inPage(pixels, { beforePng, afterPng, crop: wordArea, colour: underline ?? "rgb(61, 123, 209)" });
    t.diagnostic(`WebKit: the span's box ${wordArea.width}×${wordArea.height} px: ${drawn.changed} px changed, ${drawn.near} px in the underline colour; the rule as WebKit read it: ${declared.css}`);
    assert.ok(drawn.changed > drawn.total / 2, `the span's fill is painted: ${drawn.changed} of ${drawn.total} px changed`);
    // The span is underlined in its label's colour (the style sheet writes
    // the longhands: WebKit drops the shorthand with a thickness and a colour).
    assert.equal(declared.line, "underline", `::highlight(hamish-blue) declares an underline: ${declared.css}`);
    assert.ok(drawn.near >= wordArea.width / 2, `the underline is drawn: ${drawn.near} px in ${underline}`);
    assert.deepEqual(await errors(), [], "no errors while marking the span");

    // Negative control: the same measurement sees a letter cut out of its
    // word. Each wrapping starts from the app's own page (a reload).
    const cut = {};
    for (const [name, style] of [["bare", {}], ["mark", MARK]]) {
      await open();
      await painted();
      const whole = await inPage(wordBox, { index: 1, word: CONTROL.word });
      assert.ok(!whole.error, whole.error);
      const controlArea = crop(clipAround(whole.rect), whole.dpr);
      const wholePng = await screenshot();
      const wrapped = await inPage(wrapLetter, { index: 1, ...CONTROL, style });
      assert.equal(wrapped.wrapped, [...CONTROL.word][CONTROL.letter]);
      assert.equal(wrapped.word, CONTROL.word);
      assert.ok(close(wrapped.rect.height, whole.rect.height), "the control word stays on its line");
      await painted();
      const damage = await inPage(inkDiff, { beforePng: wholePng, afterPng: await screenshot(), crop: controlArea, radius: 4 * whole.dpr });
      assert.ok(!damage.error, damage.error);
      savePng(`joining-webkit-control-${name}-before`, damage.before);
      savePng(`joining-webkit-control-${name}`, damage.after);
      savePng(`joining-webkit-control-${name}-diff`, damage.diff);
      t.diagnostic(`WebKit: control «${CONTROL.word}» with «${wrapped.wrapped}» in a ${name} <span>: width ${px(whole.rect.width)} → ${px(wrapped.rect.width)} px, boxes ${whole.rects} → ${wrapped.rects}, glyph pixels mismatched ${damage.mismatched} of ${damage.inkBefore}`);
      cut[name] = { whole, ...wrapped, damage };
    }
    assert.ok(!close(cut.mark.rect.width, cut.mark.whole.rect.width), `the marked word's width moves: ${cut.mark.rect.width}`);
    assert.ok(cut.mark.damage.mismatched > cut.mark.damage.inkBefore / 4, `the marked word's glyphs change: ${cut.mark.damage.mismatched} px`);

    // Undo the control: a reload shows the app's own page, span kept.
    await open();
    assert.equal(await waitFor("return document.querySelector('#s-1').dataset.spans === '1'"), true);
    await painted();
    assert.ok((await highlights())["hamish-blue"]?.includes(WORD), "the span is painted again after the reload");
    const restored = await inPage(wordBox, { index: 1, word: CONTROL.word });
    assert.ok(!restored.error && close(restored.rect.width, cut.mark.whole.rect.width), `the control word is whole again: ${restored.rect?.width}`);
    assert.deepEqual(await errors(), []);
  }));

test("WebKit opens the single file from disk, labels, and keeps the label after a reload", JOURNEY, () =>
  withBrowser(async (session) => {
    const { run, click, press, open, labels, waitForLabels, errors } = session;
    assert.ok(existsSync(SINGLE), "make single writes dist-single/hamish.html");
    const fileUrl = pathToFileURL(SINGLE).href;
    await open(fileUrl);
    const count = await run("return document.querySelectorAll('[data-sentence]').length");
    assert.ok(count >= 30, `sentences shown: ${count}`);
    assert.equal(await run("return document.documentElement.dir"), "rtl");
    await click('[data-sentence="1"]');
    await press("3");
    await waitForLabels(1, OPINION);
    const stored = await waitForStored(session); // IndexedDB works on a file:// page too
    assert.deepEqual(await errors(), [], "no errors while labelling");
    await open();
    await waitForLabels(1, OPINION);
    assert.deepEqual(await storedAnnotations(session), stored, "IndexedDB holds the same after the reload");
    assert.equal(await labels(0), "");
    // The page asked for nothing but itself (and what it made: data:, blob:).
    const asked = await run("return [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]");
    assert.deepEqual(asked.filter((address) => !/^(file|data|blob):/.test(address)), [], "the single file asked for nothing");
    assert.equal(asked[0], fileUrl);
    assert.deepEqual(await errors(), [], "no errors after the reload");
  }));

test("WebKit: after one visit, the app opens and labels with its server gone", JOURNEY, async () => {
  // A server of its own, so that stopping it leaves the others' be.
  const own = await startServer();
  try {
    await withBrowser(async ({ run, inPage, click, press, open, waitForLabels, errors }) => {
      await open(own.url);
      const controlled = await inPage(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
        }
        return (await caches.keys()).filter((key) => key.startsWith("hamish-"));
      }, {});
      assert.equal(controlled.length, 1, `the service worker controls the page with its cache: ${JSON.stringify(controlled)}`);
      assert.deepEqual(await errors(), [], "no errors on the first visit");

      // Offline: the server stops and its port refuses connections.
      own.server.closeAllConnections();
      await new Promise((done) => own.server.close(done));
      await assert.rejects(fetch(own.url, { signal: AbortSignal.timeout(5000) }), "nothing answers at the app's address any more");

      await open();
      const count = await run("return document.querySelectorAll('[data-sentence]').length");
      assert.ok(count >= 30, `sentences shown offline: ${count}`);
      assert.equal(await run("return !!navigator.serviceWorker.controller"), true, "the reloaded page is answered by the service worker");
      // A query in the address still opens the app, through the worker.
      await open(`${own.url}?from=bookmark`);
      await click('[data-sentence="6"]');
      await press("4");
      await waitForLabels(6, QUESTION);
      await open();
      await waitForLabels(6, QUESTION);
      assert.equal(await run("return location.search"), "?from=bookmark");
      assert.deepEqual(await errors(), [], "no errors offline");
    });
  } finally {
    own.server.closeAllConnections();
    own.server.close();
  }
});
