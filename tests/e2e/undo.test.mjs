// Journeys: undoing an import takes back everything it brought (the new
// document, the new label, the annotations and the orphans) and returns the
// user to where they were; undo and redo from another document reopen the
// document they change with its selection.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { session, labelsOf, waitForLabels, openDocument, documentTitles, appReady } from "./harness.mjs";

let session_, page, problems, files, context, url;

before(async () => {
  session_ = await session("hamish-undo-");
  ({ page, problems, files, context, url } = session_);
});

after(async () => {
  await session_?.close();
});

const openTitle = () => page.locator(".document-title").first().textContent();
const selected = () =>
  page.locator('[data-sentence][aria-selected="true"]').evaluateAll((nodes) => nodes.map((n) => Number(n.dataset.sentence)));

async function exportJson() {
  await page.locator('[data-action="export"]').click();
  await page.locator('input[name="export-format"][value="json"]').check();
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="download"]').click()]);
  const path = join(files, file.suggestedFilename());
  await file.saveAs(path);
  await page.keyboard.press("Escape");
  return JSON.parse(readFileSync(path, "utf8"));
}

test("undoing an import removes its document, label, annotations and orphans; redo brings them back", async () => {
  const file = await exportJson();
  const seed = file.documents[0];
  // A new document, first, labeled with a label the app does not have.
  const text = "نص مستورد جديد. جملة ثانية فيه.";
  file.label_set.labels.push({ id: 99, name: "مستورد", name_en: "imported", color: "teal" });
  file.documents.unshift({
    id: "imported-doc",
    title: "نص مستورد",
    text,
    sentences: [{ index: 0, start: 0, end: 15, text: text.slice(0, 15), labels: ["مستورد"], note: "" }],
  });
  // The seed as the file knows it has one more sentence, labeled: the app's
  // copy lacks it, so that annotation becomes an orphan.
  const extra = " جملة لا يعرفها التطبيق.";
  const start = [...seed.text].length + 1;
  seed.text += extra;
  seed.sentences = [{ index: 99, start, end: start + [...extra].length - 1, text: extra.trim(), labels: ["ادعاء"], note: "" }];
  const path = join(files, "with-new-document.json");
  writeFileSync(path, JSON.stringify(file));

  await page.locator('[data-sentence="3"]').click();
  await page.locator("#import-file").setInputFiles(path);
  await page.locator('[data-action="accept-labels"]').check();
  await page.locator('[data-action="merge"]').click();
  await page.locator(".document-title", { hasText: "نص مستورد" }).waitFor();
  await waitForLabels(page, 0, "مستورد");
  assert.equal(await page.locator(".orphan").count(), 1, "the unplaced annotation is kept as an orphan");
  assert.equal(await page.locator('.palette-label[data-label="مستورد"]').count(), 1);

  await page.keyboard.press("Control+z");
  await page.locator(".document-title", { hasText: "10 سبتمبر 2025" }).waitFor();
  assert.deepEqual(await selected(), [3], "back on the sentence the user had selected");
  assert.deepEqual(await documentTitles(page), ["10 سبتمبر 2025"], "the imported document is gone");
  assert.equal(await page.locator(".orphan").count(), 0, "its orphan is gone");
  assert.equal(await page.locator('.palette-label[data-label="مستورد"]').count(), 0, "its label is gone");

  await page.keyboard.press("Control+Shift+z");
  await page.locator(".document-title", { hasText: "نص مستورد" }).waitFor();
  await waitForLabels(page, 0, "مستورد");
  assert.equal(await page.locator(".orphan").count(), 1);
  await page.reload();
  await appReady(page);
  const kept = await documentTitles(page);
  assert.equal(kept.length, 2, "the redone import is stored");
  assert.ok(kept.some((title) => title.startsWith("نص مستورد")), JSON.stringify(kept));
});

test("undo and redo from another document reopen the labeled one with its selection", async () => {
  const essay = join(files, "مقال قصير.txt");
  writeFileSync(essay, "مقال قصير\nجملة أولى. جملة ثانية.");
  await page.locator("#import-file").setInputFiles(essay);
  await page.locator(".document-title", { hasText: "مقال قصير" }).waitFor();
  await openDocument(page, { title: "10 سبتمبر 2025" });
  await page.locator(".document-title", { hasText: "10 سبتمبر 2025" }).waitFor();
  await page.locator('[data-sentence="4"]').click();
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("2");
  assert.equal(await labelsOf(page, 5), "دليل");

  await openDocument(page, { title: "مقال قصير" });
  await page.locator(".document-title", { hasText: "مقال قصير" }).waitFor();
  await page.locator(".document[role=listbox]").focus();
  await page.keyboard.press("Control+z");
  await page.locator(".document-title", { hasText: "10 سبتمبر 2025" }).waitFor();
  assert.deepEqual(await selected(), [4, 5], "the selection of the change is back");
  await waitForLabels(page, 4, "");
  await waitForLabels(page, 5, "");

  await openDocument(page, { title: "مقال قصير" });
  await page.locator(".document-title", { hasText: "مقال قصير" }).waitFor();
  await page.locator(".document[role=listbox]").focus();
  await page.keyboard.press("Control+Shift+z");
  await page.locator(".document-title", { hasText: "10 سبتمبر 2025" }).waitFor();
  assert.deepEqual(await selected(), [4, 5]);
  await waitForLabels(page, 5, "دليل");
  assert.match(await openTitle(), /10 سبتمبر 2025/);
});

test("a label undone and redone is still there after a reload", async () => {
  await openDocument(page, { title: "10 سبتمبر 2025" });
  await page.locator(".document-title", { hasText: "10 سبتمبر 2025" }).waitFor();
  await page.locator('[data-sentence="6"]').click();
  await page.keyboard.press("4");
  await waitForLabels(page, 6, "سؤال");
  await page.keyboard.press("Control+z");
  await waitForLabels(page, 6, "");
  await page.keyboard.press("Control+Shift+z");
  await waitForLabels(page, 6, "سؤال");
  await page.waitForTimeout(300);
  await page.reload();
  await appReady(page);
  await waitForLabels(page, 6, "سؤال");
});

test("label, undo and redo in quick succession, then an immediate reload, keep the label", async () => {
  // The undo's write to the journal may finish after the redo's save: it
  // must not put the emptied chunk back over the redo. A slowed processor
  // widens that window as a busy machine would.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
  for (const sentence of [7, 8, 9, 10, 11]) {
    await page.locator(`[data-sentence="${sentence}"]`).click();
    await page.keyboard.press("4");
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+Shift+z");
    await waitForLabels(page, sentence, "سؤال");
    await page.reload();
    await appReady(page);
    await waitForLabels(page, sentence, "سؤال");
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.detach();
});

test("a label whose write is held up is there after a reload at that instant", async () => {
  // Another page of the app holds a write transaction on the store, so the
  // label's transaction waits; the reload aborts it. What had not reached
  // the store is kept in localStorage as the page goes, and the next start
  // moves it in.
  const holder = await context.newPage();
  await holder.goto(`${url.replace(/\/$/, "")}/missing-page-for-the-lock`);
  await holder.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open("hamish");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction("journal", "readwrite").objectStore("journal");
      window.releaseLock = false;
      const spin = () => { if (!window.releaseLock) store.get("spin").onsuccess = spin; };
      spin();
      resolve();
    };
  }));
  await page.locator('[data-sentence="12"]').click();
  await page.keyboard.press("4");
  await waitForLabels(page, 12, "سؤال");
  assert.equal(await page.locator(".save-status").getAttribute("data-saving"), "true", "the write is held up");
  const reloaded = page.reload();
  await page.waitForTimeout(300);
  await holder.evaluate(() => { window.releaseLock = true; });
  await reloaded;
  await appReady(page);
  await waitForLabels(page, 12, "سؤال");
  await holder.close();
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
