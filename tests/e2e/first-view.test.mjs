// Journeys: on a first visit the first view (the bundled document, painted
// before any code) is labeled by the small first program while the app
// itself is still on its way: click, keys, palette, undo, each stored as the
// app stores it. What the first program does not know waits for the app, in
// order; the app takes over with the labels and the selection where they
// were. A browser killed right after a label on the first view keeps it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, watch, appReady, screenshot, storedRecords, waitForLabels } from "./harness.mjs";
import { running, startChromium, killGroup, appPage } from "./killable.mjs";

const CLAIM = "ادعاء";
const EVIDENCE = "دليل";

let server, url, origin;
before(async () => {
  ({ server, url } = await startServer());
  origin = url.replace(/\/$/, "");
});

after(async () => {
  for (const handle of [...running]) await killGroup(handle, "SIGKILL");
  server?.close();
});

/** `page` on the app with the app's own wasm held back until `release()`. */
async function appHeldBack(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route("**/hamish_bg.wasm", async (route) => { await released; await route.continue(); });
  await page.goto(url);
  return release;
}

/** A page of `context` on a first visit, the first program labeling the first view, the app held back. */
async function firstVisit(context) {
  const page = await context.newPage();
  const problems = watch(page, origin);
  const release = await appHeldBack(page);
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-first-labels"));
  return { page, problems, release };
}

const preview = (page, index) => page.locator(`#prerendered [data-preview="${index}"]`);
const previewLabels = (page, index) => preview(page, index).getAttribute("data-labels");
/** The chunk records the store holds, as `{ key: sentence → labels }`. */
const storedChunks = async (page) =>
  (await storedRecords(page)).filter(([key]) => key.startsWith("hamish/v1/doc/")).map(([, value]) => value).join("\n");

test("the first view is labeled before the app runs, and the app takes over with every label and the selection", async () => {
  const { context, userDataDir } = await launch();
  try {
    const { page, problems, release } = await firstVisit(context);
    assert.equal(await page.locator("[data-sentence]").count(), 0, "the app has not run");
    assert.match(await page.locator("#prerendered .notice").textContent(), /التصنيف يعمل الآن/);

    // A click and a key: the label shows at once, and is stored.
    await preview(page, 1).click({ force: true });
    await page.keyboard.press("1");
    assert.equal(await previewLabels(page, 1), CLAIM);
    assert.equal(await page.locator("#prerendered .chips .chip").first().textContent(), CLAIM, "its chip beside it");
    assert.equal(await page.locator("#prerendered .palette-item").first().locator(".palette-count").textContent(), "1");
    await page.waitForFunction(() => document.querySelector("#prerendered .save-status")?.dataset.saving === "false");
    assert.match(await storedChunks(page), /ادعاء|"1"|\[1\]/, "the label is in the store while the app is still loading");
    await screenshot(page, "first-view-labeled");

    assert.equal(await page.locator("#prerendered .notice.visible").count(), 0,
      "once something is labeled the status line, with nothing to say, stays out of the text's way");
    assert.equal(await page.locator("#first-view-said").textContent(), await page.locator("#prerendered .notice").textContent(),
      "what the first view says is read out (the first view itself is hidden from screen readers)");

    // The next sentence by key (the page does not scroll for it), a key the
    // app does nothing with, a label from the palette, then undone.
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press("ArrowDown");
    assert.equal(await preview(page, 2).getAttribute("aria-selected"), "true", "the arrow moves the selection");
    assert.equal(await page.evaluate(() => scrollY), scrolled, "the arrow moves the selection, not the page");
    await page.keyboard.press("Control+c");
    await page.locator("#prerendered .palette-list .palette-label").nth(1).click({ force: true });
    assert.equal(await previewLabels(page, 2), EVIDENCE);
    await page.keyboard.press("Control+z");
    assert.equal(await previewLabels(page, 2), "");
    assert.match(await page.locator("#prerendered .notice").textContent(), /تم التراجع/);

    // A control of the app says it works once the app has loaded.
    await page.locator('#prerendered [data-action="import"]').click({ force: true });
    assert.match(await page.locator("#prerendered .notice").textContent(), /يعمل هذا حين يكتمل تحميل هامش/);

    // A key the first view does not know (span mode) waits for the app, and
    // so does the label key after it.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("s");
    await page.keyboard.press("Escape");
    await page.keyboard.press("3");
    assert.equal(await previewLabels(page, 3), "", "after a key it does not know, the first view takes nothing");
    assert.match(await page.locator("#prerendered .notice").textContent(), /يبدأ هامش/);

    release();
    await appReady(page);
    await waitForLabels(page, 1, CLAIM);
    await waitForLabels(page, 3, "رأي");
    assert.equal(await page.locator('[data-sentence="2"]').getAttribute("data-labels"), "");
    assert.equal(await page.locator('[data-sentence="3"]').getAttribute("aria-selected"), "true");
    assert.equal(await page.locator("html").getAttribute("data-first-labels"), null);
    assert.equal(await page.locator("#first-view-said").count(), 0, "the app's own live regions speak now");

    // Reloaded: everything stays.
    await page.reload();
    await appReady(page);
    await waitForLabels(page, 1, CLAIM);
    await waitForLabels(page, 3, "رأي");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test("full storage on the first view loses nothing: the label is kept for the app, which stores it", async () => {
  const { context, userDataDir } = await launch();
  try {
    const { page, problems, release } = await firstVisit(context);
    // The store refuses every write, as a full disk does.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
      window.__storeAgain = () => { IDBObjectStore.prototype.put = put; };
    });
    await preview(page, 6).click({ force: true });
    await page.keyboard.press("4");
    assert.equal(await previewLabels(page, 6), "سؤال");
    await page.waitForFunction(() => /لم يُخزَّن/.test(document.querySelector("#prerendered .notice").textContent));
    assert.equal(await storedChunks(page), "", "nothing reached the store");
    await page.evaluate(() => window.__storeAgain());
    release();
    await appReady(page);
    await waitForLabels(page, 6, "سؤال");
    await page.waitForFunction(() => document.querySelector(".save-status")?.dataset.saving === "false");
    await page.reload();
    await appReady(page);
    await waitForLabels(page, 6, "سؤال");
    assert.match(await storedChunks(page), /سؤال|"a"/, "the app stored it");
    assert.deepEqual(problems.filter((problem) => !/quota/i.test(problem)), []);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test("a returning visitor's page never runs the first program over stored work", async () => {
  const { context, userDataDir } = await launch();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await appReady(page);
    await page.locator('[data-sentence="4"]').click();
    await page.keyboard.press("2");
    await waitForLabels(page, 4, EVIDENCE);
    await page.waitForTimeout(200);
    const release = await appHeldBack(page);
    await page.waitForTimeout(500);
    assert.equal(await page.locator("html").getAttribute("data-first-labels"), null);
    release();
    await appReady(page);
    await waitForLabels(page, 4, EVIDENCE);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test("a browser killed right after a label on the first view keeps it", async () => {
  const profile = mkdtempSync(join(tmpdir(), "hamish-first-kill-"));
  try {
    const first = await startChromium(profile);
    const page = await appPage(first.browser);
    await appHeldBack(page);
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-first-labels"));
    await preview(page, 5).click({ force: true });
    await page.keyboard.press("1");
    assert.equal(await previewLabels(page, 5), CLAIM);
    // Killed the moment the write has committed (the quiet "saving…" gone).
    await page.waitForFunction(() => document.querySelector("#prerendered .save-status")?.dataset.saving === "false", null, { polling: 1 });
    const disconnected = new Promise((resolve) => first.browser.once("disconnected", resolve));
    await killGroup(first, "SIGKILL");
    await disconnected;

    const second = await startChromium(profile);
    const again = await appPage(second.browser);
    const problems = watch(again, origin);
    await again.goto(url);
    await appReady(again);
    await waitForLabels(again, 5, CLAIM);
    assert.equal(await again.locator("#prerendered").count(), 0);
    assert.deepEqual(problems, []);
    await killGroup(second, "SIGKILL");
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
