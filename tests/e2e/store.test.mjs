// Journeys: nothing lost at corpus scale. A 5,000-row CSV (about 100,000
// sentences) comes in with its label column as suggestions, and a reload
// the moment the summary says it is stored finds every document; three
// searches each label every match (about 90,000 sentences labeled), and a
// reload once the quiet "saving…" is gone finds every label. Work an
// earlier version kept in localStorage is moved into IndexedDB on the first
// start. Figures go to the console.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { session, launch, watch, openApp, appReady, openDocument, waitForLabels, screenshot } from "./harness.mjs";

const ROWS = 5000;
const PER_ROW = 20;
const LABELS = ["ادعاء", "دليل", "رأي", "سؤال", "خلفية"];
let session_, page, problems, files, url;

before(async () => {
  session_ = await session("hamish-store-");
  ({ page, problems, files, url } = session_);
});

after(async () => {
  await session_?.close();
});

const sentences = readFileSync("corpora/ud-arabic-pud/sentences.txt", "utf8").trim().split("\n");

/** The overall progress: "labeled of total", and how many to review. */
async function progress() {
  const figure = await page.locator(".progress-all .progress-figure").innerText();
  const review = page.locator(".progress-all .progress-review");
  return { figure, review: (await review.count()) ? await review.innerText() : "" };
}

/** Waits until the navigator lists `count` documents. */
async function listed(count, timeout) {
  const began = Date.now();
  await page.locator('[data-action="open-navigator"]').click();
  await page.waitForFunction(
    (count) => document.querySelector(".nav-count")?.textContent.replace(/[,٬]/g, "").includes(String(count)),
    count,
    { timeout, polling: 100 },
  );
  await page.keyboard.press("Escape");
  return Date.now() - began;
}

/** Waits until nothing is on its way to the store. */
async function stored(timeout = 60_000) {
  await page.waitForFunction(() => document.querySelector(".save-status")?.dataset.saving === "false", null, { timeout, polling: 50 });
}

test("a 5,000-row CSV reloaded the moment its summary says stored comes back whole", async () => {
  const rows = Array.from({ length: ROWS }, (_, row) => {
    const text = Array.from({ length: PER_ROW }, (_, i) => sentences[(row * PER_ROW + i) % sentences.length]).join(" ");
    return `r${row + 1},"${text.replace(/"/g, '""')}",${LABELS[row % LABELS.length]}`;
  });
  const csv = join(files, "corpus.csv");
  writeFileSync(csv, `id,text,label\n${rows.join("\n")}\n`);
  await page.locator("#import-file").setInputFiles(csv);
  await page.locator("#table-preview").waitFor({ timeout: 60_000 });
  await page.locator("#preview-as-suggestions").check();
  const began = Date.now();
  await page.locator('[data-action="import-rows"]').click();
  await page.locator("#import-summary").waitFor({ timeout: 180_000 });
  const summaryAt = Date.now();
  await page.locator('.summary-stored[data-saved="true"]').waitFor({ timeout: 180_000 });
  console.log(`# 5,000 rows: summary ${summaryAt - began} ms, stored ${Date.now() - began} ms after Import`);
  const before = await progress();
  assert.match(before.review, /\d/, "suggestions to review");
  await page.reload();
  await appReady(page);
  const all = await listed(ROWS + 1, 60_000);
  console.log(`# reload: every document listed ${all} ms after the app was ready`);
  assert.deepEqual(await progress(), before);
});

test("about 90,000 sentences labeled by three searches are all there after a reload", async () => {
  for (const word of ["في", "من", "على"]) {
    await page.keyboard.press("/");
    await page.locator("#search-query").fill(word);
    await page.locator(".search-hit").first().waitFor({ timeout: 60_000 });
    await page.locator('[data-label-all="سؤال"]').click();
    await page.keyboard.press("Escape");
  }
  const began = Date.now();
  await stored(120_000);
  console.log(`# three searches labeled: stored ${Date.now() - began} ms after the last`);
  const labeled = await progress();
  const count = Number(labeled.figure.replace(/[^\d ]/g, " ").trim().split(/\s+/)[0]);
  console.log(`# labeled before the reload: ${labeled.figure}`);
  assert.ok(count > 80_000, labeled.figure);
  await page.reload();
  await appReady(page);
  await listed(ROWS + 1, 60_000);
  assert.deepEqual(await progress(), labeled);
  const usage = await page.evaluate(() => navigator.storage.estimate());
  console.log(`# IndexedDB after 5,000 documents and ${count} labels: ${(usage.usage / 1e6).toFixed(1)} MB`);
});

test("Settings show the storage used and the browser's answer to keeping it", async () => {
  await page.locator('[data-action="settings"]').click();
  const persisted = page.locator(".storage-persisted");
  await page.waitForFunction(() => document.querySelector(".storage-persisted")?.dataset.persisted !== undefined);
  assert.match(await persisted.getAttribute("data-persisted"), /^(true|false)$/, "asked when the corpus came in, and answered");
  assert.match(await page.locator(".storage-use").innerText(), /^المستخدم [\d.]+ (ج\.ب|م\.ب|ك\.ب|بايت) من [\d.]+ /);
  await screenshot(page, "settings-storage");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator(".storage-info").scrollIntoViewIfNeeded();
  await screenshot(page, "settings-storage-phone");
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.keyboard.press("Escape");
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});

/** FNV-1a over UTF-8, as 8 hex digits: a sentence's hash in the stored records. */
function shortHash(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

test("work an earlier version kept in localStorage moves into IndexedDB and localStorage keeps only preferences", async () => {
  const { context, userDataDir } = await launch();
  const old = await context.newPage();
  const seen = watch(old, url.replace(/\/$/, ""));
  // What the previous version wrote: a label set, an imported text kept in
  // localStorage, the list naming it, and a label on its second sentence.
  const text = "نص قديم\nالجملة الأولى. الجملة الثانية.";
  const records = {
    "hamish/v1/meta": { v: 2, seq: 3, lang: "ar" },
    "hamish/v1/labels": { v: 2, seq: 3, labels: [
      { id: 1, name: "ادعاء", name_en: "claim", color: "blue" },
      { id: 2, name: "قديم", name_en: "old", color: "green" },
    ], multiple: true },
    "hamish/v1/imported": { v: 2, seq: 3, documents: [{ id: "txt-old", title: "نص قديم" }] },
    "hamish/v1/doc/txt-old/0": { v: 2, seq: 3, a: [[8, 22, shortHash("الجملة الأولى."), [2]]] },
  };
  await old.addInitScript(([records, text]) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (const [key, value] of Object.entries(records)) localStorage.setItem(key, JSON.stringify(value));
    localStorage.setItem("hamish/v1/text/txt-old", text);
  }, [records, text]);
  await openApp(old, url);
  await openDocument(old, { title: "نص قديم" });
  await waitForLabels(old, 1, "قديم");
  const left = await old.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("hamish/")).sort());
  assert.deepEqual(left, ["hamish/v1/first-view", "hamish/v1/meta"]);
  await old.reload();
  await appReady(old);
  await openDocument(old, { title: "نص قديم" });
  await waitForLabels(old, 1, "قديم");
  assert.deepEqual(seen, []);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});
