// Journey: a corpus of 5,000 rows in the navigator. One document shows its
// title in the top bar; a 5,000-row CSV of Arabic texts is imported; the
// navigator opens with only the entries in view in the page, scrolls, moves
// with the arrow keys, finds a row by its id and opens it with Enter; once
// that document is fully labeled, "done" lists it alone and the progress
// sort puts it first. Screenshots at desktop and phone width.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { session, screenshot, openNavigator, openDocument, documentTitles, openApp, waitForLabels } from "./harness.mjs";

const ROWS = 5_000;
let session_, page, problems, files, url;

before(async () => {
  session_ = await session("hamish-navigator-");
  ({ page, problems, files, url } = session_);
});

after(async () => {
  await session_?.close();
});

const sentences = readFileSync("corpora/ud-arabic-pud/sentences.txt", "utf8").trim().split("\n");
const entries = () => page.locator("#navigator [role=option]");
const position = () => page.locator(".switcher-position").innerText();

/**
 * Milliseconds, measured in the page, from an action until `selector`
 * matches: `open` clicks the top bar's button, `search` types `value` in the
 * search box, `filter` chooses `value` as the filter.
 */
async function timed(action, selector, value = "") {
  return page.evaluate(async ([action, selector, value]) => {
    const began = performance.now();
    if (action === "open") document.querySelector('[data-action="open-navigator"]').click();
    const field = document.getElementById(action === "search" ? "navigator-search" : "navigator-filter");
    if (action === "search") {
      field.value = value;
      field.dispatchEvent(new InputEvent("input", { bubbles: true }));
    }
    if (action === "filter") {
      field.value = value;
      field.dispatchEvent(new Event("change", { bubbles: true }));
    }
    while (!document.querySelector(selector)) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - began;
  }, [action, selector, value]);
}

test("with one document, the top bar shows its title and no navigator", async () => {
  assert.equal(await page.locator('[data-action="open-navigator"]').count(), 0);
  assert.equal(await page.locator(".switcher-title").innerText(), "10 سبتمبر 2025");
  assert.deepEqual(await documentTitles(page), ["10 سبتمبر 2025"]);
});

test("a 5,000-row CSV is imported, and the top bar shows the open document's place", async () => {
  const rows = Array.from({ length: ROWS }, (_, row) => `t${row + 1},"${sentences[row % sentences.length].replace(/"/g, '""')}"`);
  const csv = join(files, "tweets.csv");
  writeFileSync(csv, `id,text\n${rows.join("\n")}\n`);
  await page.locator("#import-file").setInputFiles(csv);
  await page.locator("#table-preview").waitFor({ timeout: 60_000 });
  const started = Date.now();
  await page.locator('[data-action="import-rows"]').click();
  await page.locator("#import-summary").waitFor({ timeout: 120_000 });
  console.log(`# 5,000-row CSV: Import pressed to summary in ${Date.now() - started} ms`);
  await page.keyboard.press("Escape");
  assert.match(await position(), /^[\d,]+ \/ 5,001$/);
  await screenshot(page, "navigator-topbar");
});

test("the navigator opens with fewer than 100 entries in the page, and scrolls", async () => {
  await openDocument(page, { id: "tweets#t3" });
  assert.equal(await position(), "4 / 5,001");
  const opening = await timed("open", "#navigator [role=option]");
  console.log(`# navigator over 5,001 documents: opened and listed in ${opening.toFixed(1)} ms`);
  assert.match(await page.locator(".nav-count").innerText(), /5,001/);
  const inPage = await entries().count();
  assert.ok(inPage > 0 && inPage < 100, `${inPage} entries in the page`);
  const current = page.locator('#navigator [aria-current="true"]');
  assert.equal(await current.getAttribute("data-doc"), "tweets#t3", "the open document is marked");
  assert.match(await current.innerText(), /tweets\.csv · t3/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "navigator-search");
  await screenshot(page, "navigator-desktop");
  // Scrolled to the middle: the entries there, and still only a few.
  const scrolling = await page.evaluate(async () => {
    const list = document.getElementById("navigator-list");
    const began = performance.now();
    list.scrollTop = list.scrollHeight / 2;
    const wanted = Math.floor(list.scrollTop / 72);
    while (![...list.querySelectorAll("[role=option]")].some((entry) => Number(entry.getAttribute("aria-posinset")) - 1 === wanted)) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return { ms: performance.now() - began, count: list.querySelectorAll("[role=option]").length, wanted };
  });
  console.log(`# navigator: scrolled to entry ${scrolling.wanted} and rendered it in ${scrolling.ms.toFixed(1)} ms`);
  assert.ok(scrolling.count < 100, `${scrolling.count} entries after scrolling`);
  await page.keyboard.press("Escape");
  await page.locator("#navigator").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), "open-navigator", "the focus goes back");
});

test("arrow keys move the active entry and Enter opens it", async () => {
  await openNavigator(page);
  const search = page.locator("#navigator-search");
  const active = async () => {
    const id = await search.getAttribute("aria-activedescendant");
    const entry = page.locator(`#${id}`);
    assert.equal(await entry.getAttribute("aria-selected"), "true");
    return entry.getAttribute("data-doc");
  };
  assert.equal(await active(), "tweets#t3");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await active(), "tweets#t5");
  await page.keyboard.press("ArrowUp");
  assert.equal(await active(), "tweets#t4");
  await page.keyboard.press("Enter");
  await page.locator("#navigator").waitFor({ state: "detached" });
  assert.equal(await position(), "5 / 5,001");
});

test("a row id is found by search and opened with Enter", async () => {
  await openNavigator(page);
  const searching = await timed("search", '#navigator [role=option][aria-setsize="1"]', "t4321");
  console.log(`# navigator: search for a row id over 5,001 documents in ${searching.toFixed(1)} ms`);
  assert.equal(await entries().count(), 1);
  assert.equal(await entries().first().getAttribute("data-doc"), "tweets#t4321");
  await page.keyboard.press("Enter");
  await page.locator("#navigator").waitFor({ state: "detached" });
  assert.equal(await position(), "4,322 / 5,001");
});

test("a fully labeled document is listed as done, and first by progress", async () => {
  await page.locator('[data-sentence="0"]').click();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("1");
  await page.waitForFunction(() => document.querySelectorAll('[data-sentence][data-labels=""]').length === 0);
  await openNavigator(page);
  assert.equal(await page.locator("#navigator-search").inputValue(), "", "each opening starts with an empty search");
  const filtering = await timed("filter", '#navigator [role=option][aria-setsize="1"]', "done");
  console.log(`# navigator: filter "done" over 5,001 documents in ${filtering.toFixed(1)} ms`);
  assert.equal(await entries().count(), 1);
  const done = entries().first();
  assert.equal(await done.getAttribute("data-doc"), "tweets#t4321");
  assert.equal(await done.getAttribute("data-status"), "done");
  assert.match(await page.locator(".nav-count").innerText(), /1 .*5,001/);
  await page.locator("#navigator-filter").selectOption("not-started");
  assert.match(await page.locator(".nav-count").innerText(), /5,000 .*5,001/);
  await page.locator("#navigator-filter").selectOption("all");
  await page.locator("#navigator-sort").selectOption("progress-descending");
  assert.equal(await entries().first().getAttribute("data-doc"), "tweets#t4321");
  await page.keyboard.press("Escape");
  // The filter and sort are kept for the next opening.
  await openNavigator(page);
  assert.equal(await page.locator("#navigator-sort").inputValue(), "progress-descending");
  await page.locator("#navigator-sort").selectOption("document");
  await page.keyboard.press("Escape");
});

test("across 5,000 documents, الاسلام finds الإسلام, every match is labeled at once, and a reload keeps it", async () => {
  await page.keyboard.press("/");
  const began = Date.now();
  await page.locator("#search-query").fill("الاسلام");
  await page.locator(".search-hit").first().waitFor();
  console.log(`# search over 5,000 documents: ${Date.now() - began} ms to the first results`);
  const marks = await page.locator(".search-hit mark").allTextContents();
  assert.ok(marks.length >= 20, `${marks.length} matches`);
  assert.ok(marks.some((mark) => mark.startsWith("الإسلام")), marks.join(" "));
  await page.locator('[data-label-all="سؤال"]').click();
  await page.keyboard.press("Escape");
  await openApp(page, url);
  await page.keyboard.press("/");
  await page.locator("#search-query").fill("الاسلام");
  await page.locator(".search-hit").nth(5).click();
  const selected = page.locator('[data-sentence][aria-selected="true"]');
  await selected.waitFor();
  const index = await selected.getAttribute("data-sentence");
  await waitForLabels(page, index, "سؤال");
});

test("the navigator reads right to left and fits a phone", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "navigator-topbar-phone");
  await openNavigator(page);
  await screenshot(page, "navigator-phone");
  const widths = await page.evaluate(() => ({
    page: document.documentElement.clientWidth,
    dialog: document.getElementById("navigator").getBoundingClientRect().width,
    scroll: document.documentElement.scrollWidth,
    dir: getComputedStyle(document.getElementById("navigator-list")).direction,
  }));
  assert.ok(widths.dialog <= widths.page && widths.scroll <= widths.page, JSON.stringify(widths));
  assert.equal(widths.dir, "rtl");
  await page.keyboard.press("Escape");
  await page.locator('[data-action="settings"]').click();
  await page.locator('#settings-dialog input[name="language"][value="en"]').check();
  await page.keyboard.press("Escape");
  await openNavigator(page);
  await screenshot(page, "navigator-phone-en");
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1200, height: 900 });
  await openNavigator(page);
  await screenshot(page, "navigator-desktop-en");
  await page.keyboard.press("Escape");
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
