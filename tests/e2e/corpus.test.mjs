// Journeys: bringing a corpus in. Three text files in one drop; a batch with
// files refused for a stated reason; a 1,000-row CSV with an id column
// previewed, imported, labeled, exported and joined back by id with pandas;
// a Windows-1256 file read after a preview; a UTF-16 file; a web page; a
// pasted text; and the imported rows still carrying their ids after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { session, screenshot, waitForLabels, openApp, openDocument, documentTitles, exportFile } from "./harness.mjs";

let session_, page, problems, files, url;

before(async () => {
  session_ = await session("hamish-corpus-");
  ({ page, problems, files, url } = session_);
});

after(async () => {
  await session_?.close();
});

const sentences = readFileSync("corpora/ud-arabic-pud/sentences.txt", "utf8").trim().split("\n");

function file(name, content) {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

const download = async (format) => (await exportFile(page, files, format, { all: true })).path;

async function closeSummary(shot) {
  await page.locator("#import-summary").waitFor();
  if (shot) await screenshot(page, shot);
  const text = await page.locator("#import-summary").innerText();
  await page.keyboard.press("Escape");
  return text;
}

test("three text files dropped at once become three documents titled by their names", async () => {
  await page.evaluate((texts) => {
    const transfer = new DataTransfer();
    texts.forEach((text, index) => transfer.items.add(new File([text], `مقال ${index + 1}.txt`, { type: "text/plain" })));
    document.querySelector(".app").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, sentences.slice(0, 3));
  const summary = await closeSummary();
  assert.match(summary, /3 documents added|أُضيف 3 مستندات/);
  const titles = await documentTitles(page);
  for (const name of ["مقال 1", "مقال 2", "مقال 3"]) assert.ok(titles.includes(name), `${name} in ${titles}`);
});

test("a dropped folder brings every text file in it, hidden files left out and images refused", async () => {
  // The browser's file-system entries for a dropped folder, as Chromium gives them
  // for a real drop (a synthetic drop has none, so they are stood in for here).
  await page.evaluate(() => {
    const file = (name, text) => ({ name, isFile: true, isDirectory: false,
      file: (done) => done(new File([text], name)) });
    const folder = (name, children) => ({ name, isFile: false, isDirectory: true,
      createReader: () => { let given = false; return { readEntries: (done) => { done(given ? [] : children); given = true; } }; } });
    const tree = folder("corpus", [
      file("ب.txt", "النص الثاني في المجلد."), file("أ.txt", "النص الأول في المجلد."), file(".DS_Store", "\u0000\u0000"),
      folder("فرعي", [file("ج.txt", "نص في مجلد فرعي."), file("صورة.png", new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0]))]),
    ]);
    const original = DataTransferItem.prototype.webkitGetAsEntry;
    DataTransferItem.prototype.webkitGetAsEntry = function () { return tree; };
    const transfer = new DataTransfer();
    transfer.items.add(new File([""], "corpus"));
    document.querySelector(".app").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    DataTransferItem.prototype.webkitGetAsEntry = original;
  });
  const summary = await closeSummary();
  const order = ["أ.txt", "ب.txt", "ج.txt", "صورة.png"].map((name) => summary.indexOf(name));
  assert.ok(order.every((at, index) => at >= 0 && (index === 0 || at > order[index - 1])), `in name order: ${order}`);
  assert.doesNotMatch(summary, /DS_Store/);
  assert.match(summary, /(ليس هذا ملفًا نصيًا|not a text file)/);
  assert.match(summary, /3 (documents added|مستندًا)|أُضيف 3/);
});

test("refused files are listed with their reason and the rest still come in", async () => {
  const word = file("essay.docx", Buffer.from("PK\u0003\u0004word", "latin1"));
  const empty = file("empty.txt", "   \n");
  const fine = file("fine.txt", sentences[10]);
  await page.locator("#import-file").setInputFiles([word, empty, fine]);
  const summary = await closeSummary("corpus-summary");
  assert.match(summary, /essay\.docx/);
  assert.match(summary, /لصق نص|Paste text/, "a Word file says to paste its text");
  assert.match(summary, /empty\.txt/);
  assert.match(summary, /1 document added|أُضيف مستند واحد/);
});

test("a 1,000-row CSV is previewed, imported, labeled, exported and joined back by id with pandas", async () => {
  const rows = sentences.slice(0, 1000).map((text, index) => `tw-${1000 + index},"${text.replace(/"/g, '""')}"`);
  const csv = file("tweets.csv", `id,text\n${rows.join("\n")}\n`);
  await page.locator("#import-file").setInputFiles(csv);
  await page.locator("#table-preview").waitFor();
  assert.equal(await page.locator("#preview-text option:checked").innerText(), "text");
  assert.equal(await page.locator("#preview-id option:checked").innerText(), "id");
  await page.locator("#preview-whole-rows").check();
  await screenshot(page, "corpus-preview");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "corpus-preview-phone");
  await page.setViewportSize({ width: 1200, height: 900 });
  const started = Date.now();
  await page.locator('[data-action="import-rows"]').click();
  const summary = await closeSummary();
  console.log(`# 1,000-row CSV: preview to summary in ${Date.now() - started} ms`);
  assert.match(summary, /1000/);
  for (const [id, key] of [["tweets#tw-1000", "1"], ["tweets#tw-1500", "2"], ["tweets#tw-1999", "3"]]) {
    await openDocument(page, { id });
    await page.locator('[data-sentence="0"]').click();
    await page.keyboard.press(key);
    await waitForLabels(page, 0, ["ادعاء", "دليل", "رأي"][Number(key) - 1]);
  }
  const jsonl = await download("jsonl");
  const script = `
import sys, pandas as pd
rows = pd.read_csv(sys.argv[1])
labels = pd.read_json(sys.argv[2], lines=True, dtype={"source_id": str})
labels = labels[labels["source_file"] == "tweets.csv"]
joined = rows.merge(labels, left_on="id", right_on="source_id", suffixes=("", "_hamish"))
assert len(joined) == 1000, len(joined)
assert (joined["text"] == joined["text_hamish"]).all()
got = {r.id: list(r.label) for r in joined.itertuples() if len(r.label)}
print(got)
assert got == {"tw-1000": ["ادعاء"], "tw-1500": ["دليل"], "tw-1999": ["رأي"]}, got
print("joined", len(joined))
`;
  const out = execFileSync(".venv/bin/python", ["-c", script, csv, jsonl], { encoding: "utf8" });
  assert.match(out, /joined 1000/);
});

test("a Windows-1256 file is read after its encoding is confirmed in a preview", async () => {
  const text = "سلام عليكم. هذا نص قديم.";
  const bytes = execFileSync("python3", ["-c", "import sys; sys.stdout.buffer.write(sys.argv[1].encode('cp1256'))", text]);
  const path = file("قديم.txt", bytes);
  await page.locator("#import-file").setInputFiles(path);
  await page.locator("#table-preview").waitFor();
  assert.equal(await page.locator("#preview-encoding").inputValue(), "windows-1256");
  assert.match(await page.locator(".text-sample pre").innerText(), /سلام عليكم/);
  await screenshot(page, "corpus-encoding");
  await page.locator('[data-action="import-rows"]').click();
  const summary = await closeSummary();
  assert.match(summary, /Windows-1256/);
  await page.locator(".document-title", { hasText: "قديم" }).waitFor();
  assert.equal(await page.locator('[data-sentence="0"]').innerText(), "سلام عليكم.");
});

test("a UTF-16 file with a byte order mark opens at once", async () => {
  const text = "نص بترميز يونيكود. جملة ثانية.";
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  await page.locator("#import-file").setInputFiles(file("يونيكود.txt", bytes));
  await page.locator(".document-title", { hasText: "يونيكود" }).waitFor();
  assert.equal(await page.locator('[data-sentence="1"]').innerText(), "جملة ثانية.");
});

test("a web page becomes its visible text, titled by its title", async () => {
  const html = `<!doctype html><html><head><title>صفحة الخبر</title><style>p{}</style></head>
<body onload="go()"><script>var hidden = 1;</script><h1 style="color: red">عنوان الخبر</h1><p>الفقرة الأولى.</p><img src="x" onerror="alert(1)"><ul><li>بند.</li></ul></body></html>`;
  await page.locator("#import-file").setInputFiles(file("page.html", html));
  await page.locator(".document-title", { hasText: "صفحة الخبر" }).waitFor();
  const shown = await page.locator("[data-sentence]").allInnerTexts();
  assert.deepEqual(shown, ["عنوان الخبر", "الفقرة الأولى.", "بند."]);
});

test("a pasted text becomes a document with its title and paragraphs", async () => {
  await page.locator('[data-action="paste"]').click();
  await page.locator("#paste-title").fill("درس اليوم");
  await page.locator("#paste-text").fill("الفقرة الأولى. جملة.\n\nالفقرة الثانية.");
  await screenshot(page, "corpus-paste");
  await page.locator('#paste-dialog button[type="submit"]').click();
  await page.locator(".document-title", { hasText: "درس اليوم" }).waitFor();
  assert.equal(await page.locator("[data-sentence]").count(), 3);
});

test("after a reload, imported rows keep their ids in the exports", async () => {
  await openApp(page, url);
  await openDocument(page, { id: "tweets#tw-1500" });
  await waitForLabels(page, 0, "دليل");
  const csv = readFileSync(await download("csv"), "utf8");
  const line = csv.split("\r\n").find((row) => row.startsWith("tweets#tw-1500,"));
  assert.ok(line, "the row is exported");
  assert.match(line, /,tweets\.csv,tw-1500,0,/);
});

test("a model's predictions arrive as suggestions, and Enter accepts one", async () => {
  const rows = [
    { id: "p1", text: "هذا رأي الكاتب.", prediction: "رأي" },
    { id: "p2", text: "هذا سؤال؟", prediction: "سؤال" },
  ];
  await page.locator("#import-file").setInputFiles(file("model.jsonl", rows.map((row) => JSON.stringify(row)).join("\n")));
  await page.locator("#table-preview").waitFor();
  assert.ok(await page.locator("#preview-as-suggestions").isChecked(), "predictions are suggestions by default");
  await page.locator('[data-action="import-rows"]').click();
  await closeSummary();
  await openDocument(page, { id: "model#p1" });
  const first = page.locator('[data-sentence="0"]');
  assert.equal(await first.getAttribute("data-suggested"), "true");
  await first.click();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.querySelector('[data-sentence="0"]').dataset.suggested);
  await waitForLabels(page, 0, "رأي");
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
