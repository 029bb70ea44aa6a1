// Journey: a reader labels a sentence of the bundled document and marks a
// span in another, exports W3C Web Annotation JSON-LD, then opens Hamish in a
// fresh profile (the same bundled document, nothing annotated) and imports
// the .jsonld: the label and the span are back on their sentences.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, watch, openApp, exportFile, waitForLabels, screenshot } from "./harness.mjs";

let server, url, files;
const profiles = [];

before(async () => {
  ({ server, url } = await startServer());
  files = mkdtempSync(join(tmpdir(), "hamish-w3c-"));
});

after(async () => {
  for (const profile of profiles) {
    await profile.context.close();
    rmSync(profile.userDataDir, { recursive: true, force: true });
  }
  server?.close();
  rmSync(files, { recursive: true, force: true });
});

/** A fresh profile with one watched page on the app. */
async function open() {
  const profile = await launch();
  profiles.push(profile);
  const page = await profile.context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  await openApp(page, url);
  return { page, problems };
}

const quotes = (page, index) => page.locator(`#chips-${index} .span-chip .span-quote`).allTextContents();

test("a W3C export imported into a fresh profile puts its sentence label and span back", async () => {
  const first = await open();
  let page = first.page;
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await waitForLabels(page, 1, "ادعاء");
  await page.locator('[data-action="edit-labels"]').click();
  await page.locator(".editor-scope").nth(1).selectOption("span");
  await page.keyboard.press("Escape");
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("s");
  await page.keyboard.press("1");
  await page.keyboard.press("Escape");
  await page.locator("#chips-2 .span-chip").first().waitFor();
  const marked = await quotes(page, 2);
  assert.equal(marked.length, 1);
  const chips = await page.locator("#chips-2 .span-chip").allTextContents();
  assert.match(chips[0], /دليل/);
  const exported = await exportFile(page, files, "w3c");
  assert.match(exported.name, /\.jsonld$/);
  const items = JSON.parse(exported.text).first.items;
  assert.deepEqual(items.map((item) => item["hamish:scope"] ?? "sentence"), ["sentence", "span"]);
  assert.deepEqual(first.problems, []);

  const second = await open();
  page = second.page;
  assert.equal(await page.locator('[data-sentence="1"]').getAttribute("data-labels"), "");
  await page.locator("#import-file").setInputFiles(exported.path);
  await page.locator(".import-summary").waitFor();
  assert.equal(await page.locator("#import-dialog .left-out").count(), 0, "nothing is left out");
  await screenshot(page, "w3c-import-plan");
  await page.locator('[data-action="merge"]').click();
  await waitForLabels(page, 1, "ادعاء");
  await page.locator("#chips-2 .span-chip").first().waitFor();
  assert.deepEqual(await quotes(page, 2), marked);
  assert.deepEqual(await page.locator("#chips-2 .span-chip").allTextContents(), chips);
  assert.deepEqual(second.problems, []);
});
