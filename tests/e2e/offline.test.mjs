// Journeys: after one visit the app works with the network off (service
// worker), and the single HTML file works from disk with every network
// request blocked; labels survive reloads in both.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startServer, launch, watch, openApp, screenshot, labelsOf, waitForLabels, appReady } from "./harness.mjs";

const SINGLE = resolve("dist-single/hamish.html");
let server, url;

before(async () => {
  ({ server, url } = await startServer());
});

after(() => server?.close());

test("after one visit, the app loads and labels with the network off", async () => {
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  await openApp(page, url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  const sources = await page.evaluate(() => [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")]
    .filter((entry) => /\/(|style\.css|start\.js|hamish\.js|hamish_bg\.wasm)$/.test(new URL(entry.name).pathname))
    .map((entry) => [new URL(entry.name).pathname, entry.workerMatchedSourceType]));
  assert.ok(sources.length >= 4, JSON.stringify(sources));
  for (const [path, source] of sources) {
    assert.equal(source, "cache", `${path}: answered from the cache by the browser, without starting the worker`);
  }
  // A query in the address still opens the app, through the worker.
  await page.goto(`${url}?from=bookmark`);
  await appReady(page);
  await page.locator('[data-sentence="6"]').click();
  await page.keyboard.press("4");
  await page.reload();
  await appReady(page);
  await waitForLabels(page, 6, "سؤال");
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  const offlineProblems = problems.filter((problem) => !problem.includes("net::ERR_INTERNET_DISCONNECTED"));
  assert.deepEqual(offlineProblems, []);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test("a new build takes over on the next load and keeps the labels", async () => {
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  await openApp(page, url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("1");
  // A different service worker script stands for a new release.
  await page.route("**/sw.js", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/hamish-[0-9a-f]{16}/, "hamish-0000000000000000");
    await route.fulfill({ response, body, headers: { ...response.headers(), "cache-control": "no-cache" } });
  });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
  });
  await page.waitForFunction(async () => (await caches.keys()).includes("hamish-0000000000000000"), null, { timeout: 10_000 });
  await page.waitForFunction(async () => (await caches.keys()).length === 1, null, { timeout: 10_000 });
  await page.reload();
  await appReady(page);
  await waitForLabels(page, 2, "ادعاء");
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test("the single file opens from disk with every request blocked, and keeps labels", async () => {
  assert.ok(existsSync(SINGLE), "make single writes dist-single/hamish.html");
  const { context, userDataDir } = await launch();
  const blocked = [];
  await context.route("**/*", (route) => {
    const requestUrl = route.request().url();
    if (requestUrl.startsWith("file:") || requestUrl.startsWith("data:") || requestUrl.startsWith("blob:")) return route.continue();
    blocked.push(requestUrl);
    return route.abort();
  });
  const page = await context.newPage();
  const fileUrl = pathToFileURL(SINGLE).href;
  const problems = watch(page, fileUrl);
  await page.goto(fileUrl);
  await appReady(page);
  assert.ok((await page.locator("[data-sentence]").count()) >= 30);
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("2");
  await page.keyboard.press("5");
  await screenshot(page, "single-file");
  await page.reload();
  await appReady(page);
  await waitForLabels(page, 1, "دليل خلفية");
  assert.deepEqual(blocked, [], "the single file asked for nothing");
  assert.deepEqual(problems, []);
  assert.equal(await labelsOf(page, 0), "");
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});
