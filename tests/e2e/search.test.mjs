// Journeys: moving through a corpus by keyboard and finding sentences by
// Arabic search. `/` searches every document, ignoring diacritics and
// spelling variants; Enter jumps to a match; every match gets a label at
// once and keeps it after a reload; `]`, `[` and Alt+↓ open documents; with
// "label and advance" on, a label key moves to the next unlabeled sentence.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { session, screenshot, waitForLabels, openApp, labelsOf } from "./harness.mjs";

let session_, page, problems, url;

before(async () => {
  session_ = await session("hamish-search-");
  ({ page, problems, url } = session_);
  const texts = {
    "مقال أ.txt": "مقال أول\nتحدث الكاتب عن الإسلامَ والعلم. ثم انتقل إلى التاريخ.",
    "مقال ب.txt": "مقال ثان\nالاسلام دين. والمدرسة قريبة.",
    "مقال ج.txt": "مقال ثالث\nلا شيء هنا. جملة أخرى.",
  };
  await page.evaluate((texts) => {
    const transfer = new DataTransfer();
    for (const [name, text] of Object.entries(texts)) transfer.items.add(new File([text], name, { type: "text/plain" }));
    document.querySelector(".app").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, texts);
  await page.locator("#import-summary").waitFor();
  await page.keyboard.press("Escape");
});

after(async () => {
  await session_?.close();
});

const title = () => page.locator(".document-title").textContent();

test("slash searches every document, ignoring diacritics and spelling variants, and Enter jumps", async () => {
  await page.locator('[data-sentence="0"]').click();
  await page.keyboard.press("/");
  await page.locator("#search-query").fill("الاسلام");
  await page.locator(".search-hit").first().waitFor();
  assert.equal(await page.locator(".search-hit").count(), 2);
  assert.deepEqual(await page.locator(".search-hit mark").allTextContents(), ["الإسلامَ", "الاسلام"]);
  await screenshot(page, "search-results");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.locator("#search-dialog").waitFor({ state: "detached" });
  assert.equal(await title(), "مقال ب");
  assert.equal(await page.locator('[data-sentence="1"]').getAttribute("aria-selected"), "true");
  // Exact matching finds only the unvowelled spelling.
  await page.keyboard.press("/");
  await page.locator("#search-query").fill("الاسلام");
  await page.locator("#search-arabic").uncheck();
  await page.waitForFunction(() => document.querySelectorAll(".search-hit").length === 1);
  await page.keyboard.press("Escape");
});

test("every match gets a label at once, undone in one step, and kept after a reload", async () => {
  await page.keyboard.press("/");
  await page.locator("#search-query").fill("الاسلام");
  await page.locator(".search-hit").nth(1).waitFor();
  await page.locator('[data-label-all="سؤال"]').click();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+z");
  await waitForLabels(page, 1, "");
  await page.keyboard.press("Control+Shift+z");
  await waitForLabels(page, 1, "سؤال");
  await openApp(page, url);
  await page.keyboard.press("/");
  await page.locator("#search-query").fill("الاسلام");
  await page.locator(".search-hit").first().click();
  assert.equal(await title(), "مقال أ");
  await waitForLabels(page, 1, "سؤال");
});

test("brackets and Alt+arrows open the next and previous documents", async () => {
  const start = await title();
  await page.locator('[data-sentence="0"]').click();
  await page.keyboard.press("]");
  await page.waitForFunction((start) => document.querySelector(".document-title")?.textContent !== start, start);
  const second = await title();
  await page.keyboard.press("[");
  await page.waitForFunction((start) => document.querySelector(".document-title")?.textContent === start, start);
  await page.keyboard.press("Alt+ArrowDown");
  await page.waitForFunction((second) => document.querySelector(".document-title")?.textContent === second, second);
});

test("label and advance: a label key moves to the next unlabeled sentence", async () => {
  await page.locator('[data-action="settings"]').click();
  await page.locator("#setting-advance").check();
  await page.keyboard.press("Escape");
  // The third document has no labels yet.
  await page.keyboard.press("/");
  await page.locator("#search-query").fill("لا شيء");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".document-title")?.textContent === "مقال ج");
  await page.locator('[data-sentence="0"]').click();
  await page.keyboard.press("1");
  await waitForLabels(page, 0, "ادعاء");
  await page.waitForFunction(() => document.querySelector('[data-sentence="1"]')?.getAttribute("aria-selected") === "true");
  await page.keyboard.press("2");
  await waitForLabels(page, 1, "دليل");
  assert.equal(await labelsOf(page, 2), "");
  await page.keyboard.press("Shift+U");
  await page.waitForFunction(() => document.querySelector('[aria-selected="true"]') !== null);
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
