// Journeys: exports read back. A reader labels a sentence of the bundled
// document and marks a span in another, exports W3C Web Annotation JSON-LD,
// then opens Hamish in a fresh profile (the same bundled document, nothing
// annotated) and imports the .jsonld: the label and the span are back on
// their sentences. A researcher does the same with a note, through the
// tool formats (Hamish CSV and JSONL, Label Studio, spaCy): each file goes
// back onto the same document through the import dialog (no new document),
// with the label, the span and (where the format carries it) the note.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, freshProfiles, appReady, exportFile, waitForLabels, documentTitles, screenshot, markSpan } from "./harness.mjs";

let server, url, files, profiles;

before(async () => {
  ({ server, url } = await startServer());
  profiles = freshProfiles(url);
  files = mkdtempSync(join(tmpdir(), "hamish-round-trips-"));
});

after(async () => {
  await profiles?.close();
  server?.close();
  rmSync(files, { recursive: true, force: true });
});

/** A fresh profile with one watched page on the app. */
const open = () => profiles.open();

const quotes = (page, index) => page.locator(`#chips-${index} .span-chip .span-quote`).allTextContents();

test("a W3C export imported into a fresh profile puts its sentence label and span back", async () => {
  const first = await open();
  let page = first.page;
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await waitForLabels(page, 1, "ادعاء");
  await markSpan(page);
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

const chips = (page, index) => page.locator(`#chips-${index} .span-chip`).allTextContents();

test("exports for other tools go back onto the same document, with labels, spans and notes", async () => {
  const first = await open();
  let page = first.page;
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await waitForLabels(page, 1, "ادعاء");
  await page.keyboard.press("n");
  await page.locator("#note-field").fill("راجع المصدر");
  await page.locator("#note-field").press("Control+Enter");
  await page.locator("#note-dialog").waitFor({ state: "detached" });
  await markSpan(page);
  const marked = await chips(page, 2);
  const exports = {};
  for (const format of ["csv", "jsonl", "label-studio", "spacy"]) {
    exports[format] = await exportFile(page, files, format);
  }
  assert.deepEqual(first.problems, []);

  for (const [format, exported] of Object.entries(exports)) {
    const second = await open();
    page = second.page;
    const titles = await documentTitles(page);
    await page.locator("#import-file").setInputFiles(exported.path);
    await page.locator(".import-summary").waitFor();
    if (format === "csv") {
      await screenshot(page, "way-back-import-plan");
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, "way-back-import-plan-phone");
      await page.setViewportSize({ width: 1200, height: 900 });
    }
    await page.locator('[data-action="merge"]').click();
    await waitForLabels(page, 1, "ادعاء");
    await page.locator("#chips-2 .span-chip").first().waitFor();
    assert.deepEqual(await chips(page, 2), marked, `${format}: the span is back`);
    assert.deepEqual(await documentTitles(page), titles, `${format}: no new document`);
    if (format !== "spacy") {
      const notes = await page.locator(".note-chip").allTextContents();
      assert.deepEqual(notes, ["✎ راجع المصدر"], `${format}: the note is back`);
    }
    await page.reload();
    await appReady(page);
    await waitForLabels(page, 1, "ادعاء");
    assert.deepEqual(second.problems, [], format);
  }
});
