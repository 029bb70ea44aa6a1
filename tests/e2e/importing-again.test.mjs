// Journeys: files met again. A researcher's doccano span export, replacing,
// replaces spans only: the sentence labels and the label set stay. Two
// Hamish files picked at once each get their own import dialog, in turn:
// neither is dropped. A corpus table imported twice makes no copies, and a
// row repeating an earlier row's id is kept as its own document, said in
// the summary. On a phone a very long word wraps instead of widening the
// page, the palette has its own Undo, the word being marked stays clear
// of the palette, and a student starting an exercise sees its
// instructions first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, freshProfiles, exportFile, waitForLabels, labelsOf, screenshot, markSpan } from "./harness.mjs";

let server, url, files, profiles;

before(async () => {
  ({ server, url } = await startServer());
  profiles = freshProfiles(url);
  files = mkdtempSync(join(tmpdir(), "hamish-again-"));
});

after(async () => {
  await profiles?.close();
  server?.close();
  rmSync(files, { recursive: true, force: true });
});

function file(name, content) {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

/** How many documents the top bar says there are (1 when it shows no place). */
async function documentCount(page) {
  const place = page.locator(".switcher-position");
  if (!(await place.count())) return 1;
  return Number((await place.innerText()).split("/")[1].trim());
}

test("a spans file replacing keeps the sentence labels, and Hamish files picked together each get a dialog", async () => {
  const { page, problems } = await profiles.open();
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await waitForLabels(page, 1, "ادعاء");
  await markSpan(page);
  const labelsBefore = await page.locator(".palette-label").count();
  const spans = await exportFile(page, files, "doccano-spans");
  const first = await exportFile(page, files, "json");

  await page.locator("#import-file").setInputFiles(spans.path);
  await page.locator(".import-summary").waitFor();
  assert.equal(await page.locator(".conflict").count(), 0, "a spans file does not contradict a sentence label");
  await page.locator('[data-action="replace"]').click();
  await page.locator("#import-dialog").waitFor({ state: "detached" });
  assert.equal(await labelsOf(page, 1), "ادعاء", "the sentence label stays");
  assert.equal(await page.locator("#chips-2 .span-chip").count(), 1, "the span is the file's");
  await page.locator('[data-action="edit-labels"]').waitFor();
  assert.equal(await page.locator(".palette-label").count(), labelsBefore, "no label left the set");

  await page.locator('[data-sentence="3"]').click();
  await page.keyboard.press("3");
  await waitForLabels(page, 3, "رأي");
  const second = await exportFile(page, files, "json");
  assert.deepEqual(problems, []);

  const fresh = await profiles.open();
  await fresh.page.locator("#import-file").setInputFiles([first.path, second.path]);
  await fresh.page.locator("#import-dialog .waiting-files").waitFor();
  await screenshot(fresh.page, "import-two-files");
  await fresh.page.locator('[data-action="merge"]').click();
  await waitForLabels(fresh.page, 1, "ادعاء");
  await fresh.page.locator("#import-dialog .import-summary").waitFor();
  assert.equal(await fresh.page.locator("#import-dialog .waiting-files").count(), 0, "the last file waits for nothing");
  await fresh.page.locator('[data-action="merge"]').click();
  await waitForLabels(fresh.page, 3, "رأي");
  assert.deepEqual(fresh.problems, []);
});

test("a corpus table imported twice makes no copies, and a repeated id is its own document", async () => {
  const { page, problems } = await profiles.open();
  const rows = ["id,text,label"];
  for (let row = 0; row < 60; row++) rows.push(`r${row},جملة رقم ${row} هنا.,رأي`);
  rows.push('r60,"أولى في الصف. ثانية في الصف! ثالثة بعدهما.",خبر');
  rows.push("r5,نص آخر بالمعرف نفسه.,");
  const csv = file("corpus.csv", rows.join("\n") + "\n");
  const before = await documentCount(page);

  await page.locator("#import-file").setInputFiles(csv);
  await page.locator("#table-preview").waitFor();
  await page.locator('[data-action="import-rows"]').click();
  await page.locator("#import-summary").waitFor();
  const summary = await page.locator("#import-summary").innerText();
  assert.match(summary, /repeats an earlier row's id|يكرر معرّف صف قبله/, summary);
  await screenshot(page, "import-repeated-id");
  await page.keyboard.press("Escape");
  const after = await documentCount(page);
  assert.equal(after, before + 62, "every row with text is a document");

  await page.locator("#import-file").setInputFiles(csv);
  await page.locator("#import-dialog .import-summary").waitFor();
  assert.equal(await page.locator(".conflict").count(), 0);
  await page.locator('[data-action="merge"]').click();
  await page.locator("#import-dialog").waitFor({ state: "detached" });
  assert.equal(await documentCount(page), after, "no copies");
  assert.deepEqual(problems, []);
});

test("on a phone a very long word wraps, and the palette undoes", async () => {
  const { page, problems } = await profiles.open({ viewport: { width: 390, height: 844 } });
  await page.locator('[data-action="paste"]').click();
  const word = "كلمة".repeat(40);
  await page.locator("#paste-text").fill(`جملة فيها كلمة طويلة ${word} وبعدها رابط https://example.com/${"a".repeat(120)} ثم كلام.`);
  await page.locator("#paste-dialog button[type=submit]").click();
  await page.locator(`[data-sentence="0"]`).filter({ hasText: "example.com" }).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "the page is no wider than the phone");
  await screenshot(page, "long-word-phone");
  await page.locator('[data-sentence="0"]').click();
  await page.locator(".palette-label").first().click();
  await waitForLabels(page, 0, "ادعاء");
  await page.locator('[data-action="palette-undo"]').click();
  await waitForLabels(page, 0, "");
  assert.deepEqual(problems, []);
});

test("on a phone the word being marked stays clear of the palette", async () => {
  const { page, problems } = await profiles.open({ viewport: { width: 390, height: 844 } });
  await page.locator('[data-sentence="4"]').click();
  await page.keyboard.press("s");
  for (let step = 0; step < 40; step++) await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => [...(CSS.highlights.get("hamish-cursor") ?? [])][0]?.toString() === "الرسمية");
  const { bottom, paletteTop } = await page.evaluate(() => ({
    bottom: [...CSS.highlights.get("hamish-cursor")][0].getBoundingClientRect().bottom,
    paletteTop: document.querySelector(".palette").getBoundingClientRect().top,
  }));
  assert.ok(bottom <= paletteTop, `the last word (bottom ${bottom}) is above the palette (top ${paletteTop})`);
  await screenshot(page, "span-cursor-phone");
  assert.deepEqual(problems, []);
});

test("on a phone a student starting an exercise sees its instructions first", async () => {
  const teacher = await profiles.open();
  await teacher.page.locator('[data-action="make-exercise"]').click();
  await teacher.page.locator("#exercise-title").fill("تمرين");
  const [download] = await Promise.all([
    teacher.page.waitForEvent("download"),
    teacher.page.locator('[data-action="save-exercise"]').click(),
  ]);
  const exercise = join(files, "exercise.json");
  await download.saveAs(exercise);
  const { page, problems } = await profiles.open({ viewport: { width: 390, height: 844 } });
  await page.locator("#import-file").setInputFiles(exercise);
  await page.locator("#student-name").fill("سارة");
  await page.locator('[data-action="start-exercise"]').click();
  await page.locator(".exercise-panel").waitFor();
  await page.locator("#student-picker").waitFor({ state: "detached" });
  const top = await page.evaluate(() => document.querySelector(".exercise-panel").getBoundingClientRect().top);
  assert.ok(top >= 0, `the instructions are in view (top ${top}), not scrolled past`);
  await screenshot(page, "exercise-started-phone");
  assert.deepEqual(teacher.problems, []);
  assert.deepEqual(problems, []);
});
