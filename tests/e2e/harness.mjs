// Shared set-up for the end-to-end journeys: serves the release build from
// dist/ on 127.0.0.1, drives Debian's Chromium with playwright-core, and
// records console errors and any request that leaves the page's origin.
import { after } from "node:test";
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { readStoredRecords } from "../../scripts/stored-records.mjs";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const SCREENSHOTS = "target/screenshots";

/**
 * Serves dist/ on a free port; resolves to `{ server, url }`. `hold`: paths
 * that wait for `server.release()` (see scripts/serve.mjs).
 */
export async function startServer(dir = "dist", { hold } = {}) {
  const server = await serve(dir, 0, { hold });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Browsers still open; a test that fails before closing its own leaves one. */
const launched = new Set();

// Close what failed tests left open, so that the run ends (an open browser
// keeps the test process alive) and its profile can be removed.
after(async () => {
  await Promise.all([...launched].map((context) => context.close().catch(() => {})));
});

/**
 * A persistent Chromium profile in a fresh directory (or `userDataDir`);
 * `deviceScaleFactor` 2 with half the viewport is the page at 200 % zoom.
 */
export async function launch({ userDataDir, viewport = { width: 1200, height: 900 }, deviceScaleFactor } = {}) {
  const dir = userDataDir || mkdtempSync(join(tmpdir(), "hamish-e2e-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    ...(deviceScaleFactor ? { deviceScaleFactor } : {}),
    acceptDownloads: true,
  });
  launched.add(context);
  context.on("close", () => launched.delete(context));
  return { context, userDataDir: dir };
}

/**
 * Watches `page`: console errors, page errors, and requests to any origin but
 * `origin` are collected in the returned `problems` array.
 */
export function watch(page, origin) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.push(`request left ${origin}: ${url}`);
    }
  });
  return problems;
}

/**
 * Fresh profiles on the app at `url`: `open(options)` launches one (with
 * `launch`'s options) with a watched page on the app (`{ page, problems }`);
 * `close()` closes every one and removes their directories.
 */
export function freshProfiles(url) {
  const profiles = [];
  return {
    async open(options) {
      const profile = await launch(options);
      profiles.push(profile);
      const page = await profile.context.newPage();
      const problems = watch(page, url.replace(/\/$/, ""));
      await openApp(page, url);
      return { page, problems };
    },
    async close() {
      for (const profile of profiles) {
        await profile.context.close();
        rmSync(profile.userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Opens the app and waits until its sentences are shown. */
export async function openApp(page, url) {
  await page.goto(url);
  await appReady(page);
}

/**
 * Waits until the app itself runs on `page` (`<html data-ready>`) and shows
 * sentences: the build's first view has sentences before any code runs, so
 * sentences alone do not mean the app listens yet.
 */
export async function appReady(page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-ready") && document.querySelector("[data-sentence]"));
}

/** Saves a screenshot under target/screenshots/ for a person to look at. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** The `data-labels` of sentence `index` on `page` ("" when it has none). */
export function labelsOf(page, index) {
  return page.locator(`[data-sentence="${index}"]`).getAttribute("data-labels");
}

/**
 * Waits up to `timeout` ms until sentence `index` on `page` has `data-labels`
 * equal to `labels`; fails with the last value seen otherwise.
 */
export async function waitForLabels(page, index, labels, timeout = 3000) {
  try {
    await page.waitForFunction(
      ([index, labels]) => document.querySelector(`[data-sentence="${index}"]`)?.dataset.labels === labels,
      [String(index), labels],
      { timeout, polling: 50 },
    );
  } catch {
    const seen = await labelsOf(page, index).catch((error) => `(unreadable: ${error.message})`);
    throw new Error(`sentence ${index}: expected data-labels ${JSON.stringify(labels)} within ${timeout} ms, saw ${JSON.stringify(seen)}`);
  }
}

/**
 * A served build, a fresh profile with one watched page on the app, and a
 * temporary folder for files; `close()` ends them all.
 */
export async function session(prefix = "hamish-files-") {
  const { server, url } = await startServer();
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  const files = mkdtempSync(join(tmpdir(), prefix));
  await openApp(page, url);
  const close = async () => {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  };
  return { url, context, page, problems, files, close };
}

/** Opens the corpus navigator from the top bar (when not already open). */
export async function openNavigator(page) {
  if (!(await page.locator("#navigator").count())) await page.locator('[data-action="open-navigator"]').click();
  await page.locator("#navigator").waitFor();
}

/**
 * Opens a document through the corpus navigator: types its id (`{ id }`)
 * or title (`{ title }`) in the search, then clicks the entry with that
 * `data-doc`, or the first whose title is exactly `title`. Waits up to
 * `timeout` ms for the entry (a document may still be on its way from
 * storage or another tab), then for the navigator to close.
 */
export async function openDocument(page, { id, title }, { timeout = 10000 } = {}) {
  await openNavigator(page);
  await page.locator("#navigator-search").fill(id ?? title);
  const exactly = new RegExp(`^${(title ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const entry = id !== undefined
    ? page.locator(`#navigator [role=option][data-doc=${JSON.stringify(id)}]`)
    : page.locator("#navigator [role=option]").filter({ has: page.locator(".nav-title", { hasText: exactly }) }).first();
  await entry.waitFor({ timeout });
  await entry.click();
  await page.locator("#navigator").waitFor({ state: "detached" });
}

/**
 * The titles of every document, in document order: read from the navigator
 * (search cleared, every document shown, scrolled from top to bottom, since
 * only the entries in view are in the page), which is closed again. With a
 * single document, its title in the top bar; with none, none.
 */
export async function documentTitles(page) {
  if (!(await page.locator('[data-action="open-navigator"]').count())) {
    const title = page.locator(".switcher-title");
    return (await title.count()) && (await title.innerText()) ? [await title.innerText()] : [];
  }
  await openNavigator(page);
  await page.locator("#navigator-search").fill("");
  await page.locator("#navigator-filter").selectOption("all");
  await page.locator("#navigator-sort").selectOption("document");
  const titles = await page.evaluate(async () => {
    const list = document.getElementById("navigator-list");
    const seen = new Map();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    list.scrollTop = 0;
    for (;;) {
      await frame();
      for (const entry of list.querySelectorAll("[role=option]")) {
        seen.set(Number(entry.getAttribute("aria-posinset")), entry.querySelector(".nav-title").textContent);
      }
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break;
      list.scrollTop += list.clientHeight;
    }
    return [...seen.entries()].sort(([a], [b]) => a - b).map(([, title]) => title);
  });
  await page.keyboard.press("Escape");
  await page.locator("#navigator").waitFor({ state: "detached" });
  return titles;
}

/**
 * Exports in `format` (the open document, or every one with `all`) and
 * saves the file in `dir` (with `companion`, the file that goes with that
 * format): its name, path and text.
 */
export async function exportFile(page, dir, format, { all = false, companion = false } = {}) {
  await page.locator('[data-action="export"]').click();
  await page.locator(`input[name="export-format"][value="${format}"]`).check();
  if (all) await page.locator('input[name="export-scope"][value="all"]').check();
  const button = companion ? '[data-action="download-companion"]' : '[data-action="download"]';
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(button).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await page.keyboard.press("Escape");
  return { name: file.suggestedFilename(), path, text: readFileSync(path, "utf8") };
}

/** The value of the stored record `key` in the app's IndexedDB on `page` (`null` when none). */
export function storedRecord(page, key) {
  return page.evaluate((key) => new Promise((resolve, reject) => {
    const open = indexedDB.open("hamish");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction("journal").objectStore("journal").get(key);
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result?.value ?? null);
      };
      request.onerror = () => reject(request.error);
    };
  }), key);
}

/** Every stored record of the app's IndexedDB on `page`, as `[key, value]` pairs in key order. */
export function storedRecords(page) {
  return page.evaluate(readStoredRecords);
}

/** Makes the second label one for spans, and marks a word of sentence 2 with it. */
export async function markSpan(page) {
  await page.locator('[data-action="edit-labels"]').click();
  await page.locator(".editor-scope").nth(1).selectOption("span");
  await page.keyboard.press("Escape");
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("s");
  await page.keyboard.press("2");
  await page.keyboard.press("Escape");
  await page.locator("#chips-2 .span-chip").first().waitFor();
}
