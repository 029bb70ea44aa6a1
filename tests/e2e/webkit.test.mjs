// Journeys in WebKit (Safari's engine): WebKitGTK's MiniBrowser on a virtual
// display, driven through WebKitWebDriver's WebDriver protocol (plain HTTP,
// see webkit.mjs): real clicks and key presses, screenshots of the viewport.
// Each journey runs in a fresh browser session (fresh website data), with
// every request to another host than 127.0.0.1 refused.
//
// 1. A label survives a reload (IndexedDB in WebKit).
// 2. A span keeps the letters of its Arabic word joined: same box, same
//    glyphs (WebKit is the engine known to break joining at element
//    boundaries; a negative control wrapping a letter must be seen). Its
//    steps are span-journey.mjs's, shared with Firefox; what is WebKit's own
//    (the underline's colour from the style sheet, the drawn span) is here.
// 3. The single HTML file opens from disk, labels, and keeps the label.
// 4. After one visit, the app opens (and labels) with its server gone.
// 5. A first visit labels the first view before the app runs
//    (first-view-journey.mjs, shared with Firefox).
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
import { crop, markSpan, sameGlyphs, controlThenReload } from "./span-journey.mjs";
import { labelBeforeTheApp } from "./first-view-journey.mjs";
import { readStoredRecords } from "../../scripts/stored-records.mjs";

const SINGLE = resolve("dist-single/hamish.html");
const ENGINE = "WebKit";
const CLAIM = "ادعاء";
const OPINION = "رأي";
const QUESTION = "سؤال";
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
 * A fresh browser session, 1200×900, with the commands of webkit.mjs and
 * the helpers of the journeys: `labels(index)` is sentence `index`'s
 * `data-labels`, `waitForLabels(index, expected)` waits for it and
 * `storedRecords()` reads the app's IndexedDB.
 */
async function browser() {
  const session = await webkit.open();
  const { call, run, waitFor, inPage } = session;
  await call("POST", `/window/rect`, { width: 1200, height: 900 });
  const labels = (index) => run(`return document.querySelector('[data-sentence="${index}"]')?.dataset.labels ?? null`);
  /** Waits until sentence `index` has `data-labels` `expected`; fails with the last value seen. */
  async function waitForLabels(index, expected, timeout = 10_000) {
    const ok = await waitFor(`return document.querySelector('[data-sentence="${index}"]')?.dataset.labels === ${JSON.stringify(expected)}`, timeout);
    if (ok !== true) throw new Error(`sentence ${index}: expected data-labels ${JSON.stringify(expected)} within ${timeout} ms, saw ${JSON.stringify(await labels(index))}`);
  }
  /** Every record of the app's IndexedDB, `[key, value]` in key order. */
  const storedRecords = () => inPage(readStoredRecords, {});
  return { ...session, labels, waitForLabels, storedRecords };
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

test("WebKit: a span keeps the letters of its word joined: same box, same glyphs", JOURNEY, (t) =>
  withBrowser(async (session) => {
    const { run, inPage, errors } = session;
    const marked = await markSpan(session, t, { engine: ENGINE, address: url });
    const { word, beforePng, afterPng } = marked;
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
    await sameGlyphs(session, t, { engine: ENGINE, marked, underline });
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
    await controlThenReload(session, t, { engine: ENGINE });
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

test("WebKit: a first visit labels the first view before the app runs, and the app takes over", JOURNEY, () =>
  withBrowser((session) => labelBeforeTheApp(session, ENGINE)));
