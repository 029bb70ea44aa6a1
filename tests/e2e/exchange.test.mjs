// Journeys: export downloads a file whose labels match the screen; a
// malformed import is explained and changes nothing; a .txt import becomes a
// document that can be labeled, survives a reload and can be removed; a
// Hamish JSON import with a conflict is merged as chosen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { session, screenshot, labelsOf, waitForLabels, documentTitles, exportFile } from "./harness.mjs";

let session_, page, problems, files;

before(async () => {
  session_ = await session("hamish-files-");
  ({ page, problems, files } = session_);
});

after(async () => {
  await session_?.close();
});

const download = (format) => exportFile(page, files, format);

test("export downloads Hamish JSON whose labels match the screen", async () => {
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await page.keyboard.press("j");
  await page.keyboard.press("2");
  await page.keyboard.press("4");
  await page.locator('[data-action="export"]').click();
  await page.locator("#annotator-name").fill("سارة");
  await page.locator("#annotator-name").press("Tab");
  await page.keyboard.press("Escape");
  const { name, text } = await download("json");
  assert.match(name, /^hamish-000_b3b0a9f3aba3c7df-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(text);
  assert.equal(file.format, "hamish");
  assert.equal(file.annotator, "سارة");
  const sentences = file.documents[0].sentences;
  const onScreen = await page.locator("[data-sentence]").evaluateAll((nodes) => nodes.map((n) => n.dataset.labels));
  assert.equal(sentences.length, onScreen.length);
  sentences.forEach((sentence, index) => assert.equal(sentence.labels.join(" "), onScreen[index], `sentence ${index}`));
  const text0 = file.documents[0].text;
  for (const sentence of sentences) {
    assert.equal([...text0].slice(sentence.start, sentence.end).join(""), sentence.text);
  }
});

test("JSONL, CSV and W3C exports download with the labels", async () => {
  const jsonl = (await download("jsonl")).text.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(jsonl[2].label, ["دليل", "سؤال"]);
  const csv = await download("csv");
  assert.ok(csv.text.startsWith("\ufeffdocument,title,source_file,source_id,sentence,start,end,text,labels,note"));
  assert.ok(csv.text.includes("دليل|سؤال"));
  const w3c = JSON.parse((await download("w3c")).text);
  assert.equal(w3c.type, "AnnotationCollection");
  assert.equal(w3c.total, 2);
});

test("a malformed import says what is wrong and where, and changes nothing", async () => {
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const bad = join(files, "bad.json");
  writeFileSync(bad, JSON.stringify({
    format: "hamish", version: 1, label_set: { labels: [] },
    documents: [{ id: "x", text: "abc", sentences: [{ start: 0, end: 2, text: "ab" }, { start: "1", end: 2, text: "b" }] }],
  }));
  await page.locator("#import-file").setInputFiles(bad);
  await page.locator("#import-dialog [role=alert]").waitFor();
  assert.equal(await page.locator(".error-detail").textContent(), "documents[0].sentences[1].start: يُتوقع عدد");
  await screenshot(page, "import-error");
  await page.keyboard.press("Escape");
  const broken = join(files, "broken.json");
  writeFileSync(broken, '{"format": "hamish", "version": ');
  await page.locator("#import-file").setInputFiles(broken);
  await page.locator("#import-dialog [role=alert]").waitFor();
  assert.match(await page.locator(".error-detail").textContent(), /JSON غير سليم في السطر 1/);
  await page.keyboard.press("Escape");
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  assert.equal(after, before);
  assert.equal(await labelsOf(page, 2), "دليل سؤال");
  assert.deepEqual(await documentTitles(page), ["10 سبتمبر 2025"], "no document was added");
});

test("a .txt import becomes a document that can be labeled, kept and removed", async () => {
  const essay = join(files, "essay.txt");
  writeFileSync(essay, "\ufeffمقال الطالب\r\nهذه جملة أولى. وهذه ثانية؟\r\nسطر أخير.");
  await page.locator("#import-file").setInputFiles(essay);
  await page.locator(".document-title", { hasText: "essay" }).waitFor();
  assert.equal(await page.locator("[data-sentence]").count(), 4);
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("3");
  assert.equal(await labelsOf(page, 2), "رأي");
  await page.reload();
  await page.locator(".document-title", { hasText: "essay" }).waitFor();
  await waitForLabels(page, 2, "رأي");
  assert.deepEqual(await documentTitles(page), ["10 سبتمبر 2025", "essay"]);
  await page.locator('[data-action="remove-document"]').click();
  await page.locator('[data-action="confirm-remove"]').click();
  await page.locator(".document-title", { hasText: "10 سبتمبر 2025" }).waitFor();
  await page.reload();
  await page.locator("[data-sentence]").first().waitFor();
  assert.deepEqual(await documentTitles(page), ["10 سبتمبر 2025"], "the removed document stays removed");
});

test("a Hamish JSON import with a conflict merges as chosen, and undo takes it back", async () => {
  const exported = await download("json");
  const theirs = join(files, "theirs.json");
  const file = JSON.parse(exported.text);
  file.documents[0].sentences[1].labels = ["خلفية"];
  file.documents[0].sentences[5].labels = ["رأي"];
  writeFileSync(theirs, JSON.stringify(file));
  await page.locator("#import-file").setInputFiles(theirs);
  await page.locator(".import-summary").waitFor();
  assert.match(await page.locator(".import-summary").textContent(), /1 تعارض/);
  await screenshot(page, "import-plan");
  await page.locator(".conflict input[type=radio]").nth(1).check();
  await page.locator('[data-action="merge"]').click();
  assert.equal(await labelsOf(page, 1), "خلفية");
  assert.equal(await labelsOf(page, 5), "رأي");
  assert.equal(await labelsOf(page, 2), "دليل سؤال");
  await page.keyboard.press("Control+z");
  assert.equal(await labelsOf(page, 1), "ادعاء");
  assert.equal(await labelsOf(page, 5), "");
});

test("a file dropped on the page is imported", async () => {
  const dropped = "نص مسحوب\nجملة واحدة.";
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped.txt", { type: "text/plain" }));
    document.querySelector(".app").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, dropped);
  await page.locator(".document-title", { hasText: "dropped" }).waitFor();
  assert.equal(await page.locator('[data-sentence="0"]').textContent(), "نص مسحوب");
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
