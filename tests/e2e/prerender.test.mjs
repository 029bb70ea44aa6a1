// Journey: the bundled document is painted before the app's code runs (the
// build puts the app's first view into the page, inert, saying it is
// starting), and the app takes it over with every sentence where it was.
// Also: the view in the page is still what the app shows first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, session, screenshot, watch, appReady } from "./harness.mjs";
import { inertCopy } from "../../scripts/prerender-shape.mjs";

let session_, page, problems, url;

before(async () => {
  session_ = await session("hamish-prerender-");
  ({ page, problems, url } = session_);
});

after(async () => {
  await session_?.close();
});

const rects = (selector) =>
  page.evaluate((selector) => [...document.querySelectorAll(selector)].slice(0, 8).map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), text: element.textContent };
  }), selector);

/**
 * A browser that has never seen the app (no service worker yet) on the
 * app, its wasm (and the first program's) held back until `release()`.
 */
async function heldBack() {
  const first = await launch();
  const fresh = await first.context.newPage();
  const seen = watch(fresh, url.replace(/\/$/, ""));
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  // The app's wasm and the first program's (which labels the first view
  // itself, first-view.test.mjs): what the page does before either runs.
  await fresh.route(/hamish(-first)?_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  await fresh.goto(url);
  return { first, fresh, seen, release };
}

test("the seed is painted right to left before the wasm runs, and the app takes over without moving a sentence", async () => {
  // The wasm held back until the first view has been looked at.
  const { first, fresh, seen, release } = await heldBack();
  const previews = fresh.locator("#prerendered [data-preview]");
  await previews.first().waitFor();
  assert.ok((await previews.count()) >= 30, "every sentence of the seed is in the page");
  assert.equal(await fresh.locator("[data-sentence]").count(), 0, "the app has not run yet");
  assert.equal(await fresh.evaluate(() => getComputedStyle(document.querySelector("#prerendered .document")).direction), "rtl");
  assert.match(await fresh.locator("#prerendered .notice").textContent(), /يبدأ هامش/);
  await screenshot(fresh, "before-wasm");
  const desktop = fresh.viewportSize();
  await fresh.setViewportSize({ width: 390, height: 844 });
  await screenshot(fresh, "before-wasm-phone");
  const notice = await fresh.locator("#prerendered .notice").boundingBox();
  const palette = await fresh.locator("#prerendered .palette").boundingBox();
  assert.ok(notice.y + notice.height <= palette.y, "on a phone the notice stands clear of the palette at the bottom");
  await fresh.setViewportSize(desktop);
  page = fresh;
  const before = await rects("#prerendered [data-preview]");
  release();
  await appReady(fresh);
  await fresh.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
  assert.equal(await fresh.locator("#prerendered").count(), 0, "the first view is gone");
  assert.deepEqual(await rects("[data-sentence]"), before, "every sentence stays where it was painted");
  assert.deepEqual(seen, [], "no console error (the Content-Security-Policy allows the first view)");
  await first.context.close();
  rmSync(first.userDataDir, { recursive: true, force: true });
});

// Records, in the first frame drawn with the first view in the page, how
// many of the app's own sentences were there: none, when the app waits for
// that frame before it runs.
const FIRST_FRAME = () => {
  window.__firstFrame = null;
  const observer = new MutationObserver(() => {
    if (!document.querySelector("[data-preview]")) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstFrame = document.querySelectorAll("[data-sentence]").length; });
  });
  observer.observe(document, { childList: true, subtree: true });
};

async function firstFrameOf(target) {
  const fresh = await session_.context.newPage();
  await fresh.addInitScript(FIRST_FRAME);
  await fresh.goto(target);
  await appReady(fresh);
  await fresh.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
  const result = {
    sentencesInFirstFrame: await fresh.evaluate(() => window.__firstFrame),
    firstViews: await fresh.locator("#prerendered").count(),
    apps: await fresh.locator(".app").count(),
  };
  await fresh.close();
  return result;
}

test("a sentence clicked and a label key pressed before the app is ready are applied once it is", async () => {
  const { first, fresh, seen, release } = await heldBack();
  await fresh.locator('#prerendered [data-preview="3"]').waitFor();
  await fresh.locator('#prerendered [data-preview="3"]').click({ force: true });
  await fresh.keyboard.press("2");
  assert.match(await fresh.locator("#prerendered .notice").textContent(), /ما تضغطه يُطبَّق حين يجهز/);
  await screenshot(fresh, "pressed-before-ready");
  release();
  await appReady(fresh);
  await fresh.waitForFunction(() => document.querySelector('[data-sentence="3"]')?.dataset.labels === "دليل");
  assert.equal(await fresh.locator('[data-sentence="3"]').getAttribute("aria-selected"), "true");
  assert.equal(await fresh.locator("#starting-note").count(), 0);
  assert.deepEqual(seen, []);
  await first.context.close();
  rmSync(first.userDataDir, { recursive: true, force: true });
});

test("the app runs only after the first view is painted, served and as one file from disk", async () => {
  for (const target of [url, pathToFileURL(resolve("dist-single/hamish.html")).href]) {
    const result = await firstFrameOf(target);
    assert.deepEqual(result, { sentencesInFirstFrame: 0, firstViews: 0, apps: 1 },
      `${target}: the first frame shows the first view only, and the app then replaces it`);
  }
});

test("a server that sends the wasm with another type still gets the app started", async () => {
  // A browser that has never seen the app: no service worker answers.
  const first = await launch();
  const fresh = await first.context.newPage();
  const warnings = [];
  fresh.on("console", (message) => warnings.push(message.text()));
  let served = 0;
  await fresh.route("**/hamish_bg.wasm", async (route) => {
    served += 1;
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
  });
  await fresh.goto(url);
  await appReady(fresh);
  await fresh.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
  assert.ok(served >= 1, "the wasm came from the server, with the other type");
  assert.equal(await fresh.locator("#prerendered").count(), 0);
  assert.deepEqual(warnings.filter((text) => /error/i.test(text)), []);
  await first.context.close();
  rmSync(first.userDataDir, { recursive: true, force: true });
});

test("the first view in the page is what the app shows first (else: make prerender)", async () => {
  const fresh = await session_.context.newPage();
  await fresh.goto(url);
  await appReady(fresh);
  await fresh.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
  const now = await fresh.evaluate(inertCopy);
  assert.equal(now, readFileSync("static/prerendered.html", "utf8").trim(), "static/prerendered.html is out of date: run make prerender");
  await fresh.close();
});

test("the first view is kept out of sight when stored work would change it", async () => {
  const firstView = () => page.evaluate(() => document.documentElement.getAttribute("data-first-view"));
  page = session_.page;
  await page.goto(url);
  await appReady(page);
  assert.equal(await firstView(), null, "nothing stored changes the first view");
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await page.waitForFunction(() => localStorage.getItem("hamish/v1/first-view") === "0");
  await page.reload();
  await appReady(page);
  assert.equal(await firstView(), "off", "a labeled sentence: the app paints first");
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await page.waitForFunction(() => localStorage.getItem("hamish/v1/first-view") === "1");
  await page.reload();
  await appReady(page);
  assert.equal(await firstView(), null, "the label taken off: the first view again");
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
