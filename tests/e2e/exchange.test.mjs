// Journeys: export downloads a file whose labels match the screen, and the
// training-ready formats and each format's companion file read back in their
// own tools; a malformed import is explained and changes nothing; a .txt
// import becomes a document that can be labeled, survives a reload and can be
// removed; a Hamish JSON import with a conflict is merged as chosen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { session, screenshot, labelsOf, waitForLabels, documentTitles, exportFile, appReady, storedRecords } from "./harness.mjs";

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

const LABELS = ["ادعاء", "دليل", "رأي", "سؤال", "خلفية"];

test("JSONL, CSV and W3C exports download with the labels", async () => {
  const jsonl = (await download("jsonl")).text.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(jsonl[2].label, ["دليل", "سؤال"]);
  const csv = await download("csv");
  assert.ok(csv.text.startsWith(`\ufeffdocument,title,source_file,source_id,sentence,start,end,text,label,note,spans,reviewed,${LABELS.join(",")}\r\n`));
  assert.match(csv.text, /,true,0,1,0,1,0\r\n/, "one 0/1 column per label");
  const w3c = JSON.parse((await download("w3c")).text);
  assert.equal(w3c.type, "AnnotationCollection");
  assert.equal(w3c.total, 2);
  assert.match(w3c.id, /^urn:hamish:export:document:[A-Za-z0-9._~%-]+:[0-9T%A-Z.-]+$/);
  assert.equal(w3c.first.id, `${w3c.id}:page:1`);
  assert.ok(w3c.first.items.every((item) => item["@context"][0] === "http://www.w3.org/ns/anno.jsonld"));
  assert.ok(!JSON.stringify(w3c).includes("null"), "no null value");
});

test("the documents' texts come with JSONL and CSV, and every offset checks out", async () => {
  const documents = await exportFile(page, files, "jsonl", { companion: true });
  assert.match(documents.name, /\.documents\.jsonl$/);
  const texts = Object.fromEntries(documents.text.trim().split("\n").map((line) => JSON.parse(line)).map((d) => [d.document, d]));
  const rows = (await download("jsonl")).text.trim().split("\n").map((line) => JSON.parse(line));
  for (const row of rows) {
    const text = texts[row.document].text;
    assert.equal([...text].slice(row.start, row.end).join(""), row.text, `sentence ${row.sentence}`);
    assert.equal(row.title, texts[row.document].title);
  }
});

test("spaCy, Label Studio and Hugging Face files download and read back in their tools", async () => {
  const spacy = (await download("spacy")).text.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(Object.keys(spacy[2].cats).sort(), [...LABELS].sort());
  assert.deepEqual(Object.entries(spacy[2].cats).filter(([, value]) => value === 1).map(([name]) => name).sort(), ["دليل", "سؤال"].sort());
  const tasks = await download("label-studio");
  assert.match(tasks.name, /\.label-studio\.json$/);
  const parsed = JSON.parse(tasks.text);
  assert.deepEqual(parsed[2].annotations[0].result[0].value.choices, ["دليل", "سؤال"]);
  assert.equal(parsed[0].annotations, undefined, "an unlabeled sentence is a task to annotate");
  const config = await exportFile(page, files, "label-studio", { companion: true });
  assert.match(config.name, /\.label-studio\.xml$/);
  const hf = await download("huggingface");
  const rows = hf.text.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(rows[2].labels, [0, 1, 0, 1, 0]);
  assert.deepEqual(rows[0].labels, [0, 0, 0, 0, 0]);
  const card = await exportFile(page, files, "huggingface", { companion: true });
  assert.match(card.name, /\.README\.md$/);
  assert.match(card.text, /^---\nlanguage:\n- ar\n/);
  const dataset = join(files, "dataset");
  mkdirSync(dataset, { recursive: true });
  copyFileSync(card.path, join(dataset, "README.md"));
  copyFileSync(hf.path, join(dataset, hf.name));
  const script = `
import json, sys
import datasets
from label_studio_sdk.label_interface import LabelInterface
from spacy.lang.ar import Arabic
from spacy.training import Example
datasets.disable_progress_bars()
tasks_path, config_path, spacy_path, dataset = sys.argv[1:5]
interface = LabelInterface(open(config_path, encoding="utf-8").read())
interface.validate()
for task in json.load(open(tasks_path, encoding="utf-8")):
    for entry in task.get("annotations", []) + task.get("predictions", []):
        assert not interface.validate_prediction(entry, return_errors=True), entry
nlp = Arabic()
for line in open(spacy_path, encoding="utf-8"):
    row = json.loads(line)
    Example.from_dict(nlp.make_doc(row["text"]), {"cats": row["cats"]})
loaded = datasets.load_dataset(dataset, split="train")
assert str(loaded.features["labels"].feature.dtype) == "int64", loaded.features
print("tools ok", len(loaded))
`;
  const spacyFile = (await download("spacy")).path;
  const out = execFileSync(".venv/bin/python", ["-c", script, tasks.path, config.path, spacyFile, dataset], { encoding: "utf8" });
  assert.match(out, /^tools ok \d+/);
});

test("a malformed import says what is wrong and where, and changes nothing", async () => {
  await page.locator('.save-status[data-saving="false"]').waitFor({ state: "attached" });
  const before = await storedRecords(page);
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
  assert.match(await page.locator(".error-detail").textContent(), /ينتهي الملف قبل أن يكتمل/, "a file cut short says so");
  await page.keyboard.press("Escape");
  const malformed = join(files, "malformed.json");
  writeFileSync(malformed, '{"format": "hamish", "version": ]');
  await page.locator("#import-file").setInputFiles(malformed);
  await page.locator("#import-dialog [role=alert]").waitFor();
  assert.match(await page.locator(".error-detail").textContent(), /JSON غير سليم في السطر 1/);
  await page.keyboard.press("Escape");
  assert.deepEqual(await storedRecords(page), before);
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
  await appReady(page);
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
  assert.match(await page.locator(".import-summary").textContent(), /تعارض واحد/);
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
