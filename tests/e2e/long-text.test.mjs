// Journey: a 150 MB text of six million sentences. It imports, End and
// Home jump to either end, a search jumps to a sentence in the middle,
// the mouse wheel scrolls on, every key still works afterwards, and a label
// put at the very end is there after a reload. Only the part in view is in
// the page (a few hundred sentences at most), so none of this waits for the
// text to be rendered. How fast End paints is measured by `make bench`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { session, appReady, waitForLabels } from "./harness.mjs";

const SENTENCES = 6_000_000;
const LAST = SENTENCES; // the title line is sentence 0
let session_, page, problems, path;

before(async () => {
  session_ = await session("hamish-long-");
  ({ page, problems } = session_);
  path = join(session_.files, "six-million.txt");
  // Five sentences a paragraph, written in pieces.
  const out = createWriteStream(path);
  out.write("ستة ملايين جملة\n");
  for (let first = 0; first < SENTENCES; first += 50_000) {
    const lines = [];
    for (let i = first; i < first + 50_000; i++) lines.push(i % 5 === 4 ? `جملة رقم ${i}.\n` : `جملة رقم ${i}.`);
    if (!out.write(lines.join("\n"))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
});

after(() => session_?.close());

const inPage = () => page.locator("[data-sentence]").count();
const focused = () => page.locator(".document").getAttribute("aria-activedescendant");

test("six million sentences import and open with only the part in view in the page", async () => {
  await page.locator("#import-file").setInputFiles(path);
  await page.locator(".document-title", { hasText: "six-million" }).waitFor({ timeout: 300_000 });
  assert.match(await page.locator(".document-count").textContent(), /6[,٬]?000[,٬]?001/);
  assert.ok((await inPage()) < 500, `${await inPage()} sentences in the page`);
});

test("End, Home and a search jump across the text; the wheel scrolls on; keys keep working", async () => {
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("End");
  await page.locator(`[data-sentence="${LAST}"]`).waitFor();
  assert.ok(await page.locator(`[data-sentence="${LAST}"]`).isVisible(), "the last sentence is in view");
  assert.equal(await focused(), `s-${LAST}`);
  await page.keyboard.press("1");
  await waitForLabels(page, LAST, "ادعاء");
  await page.keyboard.press("k");
  assert.equal(await focused(), `s-${LAST - 1}`);
  await page.keyboard.press("Home");
  await page.locator('[data-sentence="0"]').waitFor();
  assert.ok(await page.locator('[data-sentence="0"]').isVisible());
  // A search for a sentence in the middle jumps to it.
  await page.keyboard.press("/");
  await page.locator("#search-query").fill("جملة رقم 3000000.");
  await page.locator(".search-hit").first().waitFor({ timeout: 120_000 });
  assert.equal(await page.locator(".search-hit").count(), 1);
  await page.locator(".search-hit").first().click();
  await page.locator("#search-dialog").waitFor({ state: "detached" });
  await page.locator('[data-sentence="3000001"]').waitFor();
  assert.ok(await page.locator('[data-sentence="3000001"]').isVisible());
  assert.equal(await focused(), "s-3000001");
  await page.keyboard.press("2");
  await waitForLabels(page, 3_000_001, "دليل");
  // The wheel moves through the text: other sentences come into the page.
  const first = await page.locator("[data-sentence]").first().getAttribute("data-sentence");
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 3000);
  await page.waitForFunction((first) => document.querySelector("[data-sentence]")?.dataset.sentence !== first, first);
  assert.ok((await inPage()) < 500);
  await page.keyboard.press("End");
  await page.locator(`[data-sentence="${LAST}"]`).waitFor();
  assert.equal(await page.locator(`[data-sentence="${LAST}"]`).getAttribute("data-labels"), "ادعاء");
  assert.deepEqual(problems, []);
});

test("the labels at the end and in the middle are there after a reload", async () => {
  await page.reload();
  await appReady(page);
  await page.locator(".document-title", { hasText: "six-million" }).waitFor({ timeout: 300_000 });
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("End");
  await waitForLabels(page, LAST, "ادعاء", 60_000);
  assert.match(await page.locator(".progress-document .progress-figure").textContent(), /^2 من /);
  assert.deepEqual(problems, []);
});
