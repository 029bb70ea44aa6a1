// The browser benchmark (`make bench`): figures for the release build in
// headless Chromium on 127.0.0.1, for the seed document and for a document of
// 10,000 sentences built from the UD Arabic-PUD corpus and imported the way a
// user imports a text. Prints a table with each budget beside its figure and
// writes target/bench/results.json. It measures; it never fails on a figure.
import { chromium } from "playwright-core";
import { gzipSync } from "node:zlib";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { paintRatio, staticPageOf } from "./bench-static.mjs";
import { readStoredRecords } from "./stored-records.mjs";

const DIST = "dist";
const OUT = "target/bench";
const RUNS = Number(process.env.BENCH_RUNS || 5);
// BENCH_ONLY=seed,csv,corpus,long,spans,sync,… runs only those sections.
const ONLY = (process.env.BENCH_ONLY || "").split(",").filter(Boolean);
const wanted = (section) => !ONLY.length || ONLY.includes(section);
const PRESSES = Number(process.env.BENCH_PRESSES || 200);
// A few more than 10,000 corpus sentences: segmentation joins a few of them.
const LONG_SENTENCES = 10_100;
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--enable-precise-memory-info", "--js-flags=--expose-gc"];

mkdirSync(OUT, { recursive: true });
const results = {};
const rows = [];
const record = (key, label, value, unit, budget) => {
  results[key] = value;
  const digits = unit === "×" ? 2 : unit === "ms" ? 1 : 0;
  const shown = value === null || value === undefined ? "n/a" : `${Number(value).toFixed(digits)} ${unit}`;
  rows.push([label, shown, budget || ""]);
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
};

// ---- App code transferred ----
let raw = 0;
let gzip = 0;
for (const name of ["hamish_bg.wasm", "hamish.js", "start.js", "style.css"]) {
  const bytes = readFileSync(join(DIST, name));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
record("app_code_raw_bytes", "app code (wasm+JS+CSS), raw", raw, "B");
record("app_code_gzip_bytes", "app code (wasm+JS+CSS), gzip", gzip, "B", "≤ 150 KB (153600 B)");
// What a first visit loads before the first view can be labeled.
const gzipOf = (name) => gzipSync(readFileSync(join(DIST, name)), { level: 9 }).length;
record("first_program_gzip_bytes", "first program (wasm+JS), gzip: what labels the first view", gzipOf("hamish-first_bg.wasm") + gzipOf("hamish-first.js"), "B", "≤ 250 KB (256000 B)");

// ---- The long document, as a user would import it ----
const corpus = readFileSync("corpora/ud-arabic-pud/sentences.txt", "utf8").split("\n").filter((line) => line.trim());
const lines = ["وثيقة طويلة: عشرة آلاف جملة"];
for (let i = 0; i < LONG_SENTENCES - 1; i += 10) {
  lines.push(Array.from({ length: Math.min(10, LONG_SENTENCES - 1 - i) }, (_, k) => corpus[(i + k) % corpus.length]).join(" "));
}
const longPath = join(OUT, "وثيقة طويلة.txt");
writeFileSync(longPath, lines.join("\n") + "\n");

// A corpus table: 5,000 rows with an id column, as a researcher exports one.
const CSV_ROWS = 5_000;
const csvPath = join(OUT, "tweets-5000.csv");
writeFileSync(csvPath, ["id,text", ...Array.from({ length: CSV_ROWS }, (_, row) =>
  `t${row + 1},"${corpus[row % corpus.length].replace(/"/g, '""')}"`)].join("\n") + "\n");

// A corpus: 5,000 documents of 20 sentences each (100,000 sentences), each
// row with a label that every sentence of its document takes.
const CORPUS_DOCS = Number(process.env.BENCH_CORPUS_DOCS || 5_000);
const CORPUS_LABELS = ["ادعاء", "دليل", "رأي", "سؤال", "خلفية"];
const corpusPath = join(OUT, "corpus-5000.csv");
writeFileSync(corpusPath, ["id,text,label", ...Array.from({ length: CORPUS_DOCS }, (_, row) => {
  const text = Array.from({ length: 20 }, (_, i) => corpus[(row * 20 + i) % corpus.length]).join(" ");
  return `c${row + 1},"${text.replace(/"/g, '""')}",${CORPUS_LABELS[row % CORPUS_LABELS.length]}`;
})].join("\n") + "\n");

// 10,000 sentences with 10,000 spans: doccano's sequence-labeling JSONL, one
// sentence a row, one document, each sentence's first word a span.
const SPAN_ROWS = 10_000;
const spansPath = join(OUT, "spans-10000.jsonl");
writeFileSync(spansPath, Array.from({ length: SPAN_ROWS }, (_, row) => {
  const text = corpus[row % corpus.length];
  const points = Array.from(text);
  const end = points.findIndex((c) => /\s/.test(c));
  const label = end > 0 ? [[0, end, "كيان"]] : [];
  return JSON.stringify({ document: "spans-10k", title: "عشرة آلاف مقطع", sentence: row, text, label });
}).join("\n") + "\n");

const server = await serve(DIST, 0);
const url = `http://127.0.0.1:${server.address().port}/`;

const TIMING = () => {
  window.__bench = { firstSentence: null, painted: null, ready: null };
  addEventListener("TrunkApplicationStarted", (event) => { window.__wasm = event.detail.wasm; });
  const observer = new MutationObserver(() => {
    // A sentence of the app, or of the first view the build put into the
    // page when it is shown (theme.js hides it when stored work differs).
    const firstView = document.documentElement.getAttribute("data-first-view") !== "off" && document.querySelector("[data-preview]");
    if (window.__bench.firstSentence === null && (document.querySelector("[data-sentence]") || firstView)) {
      window.__bench.firstSentence = performance.now();
      requestAnimationFrame(() => { window.__bench.painted = performance.now(); });
    }
    if (window.__bench.ready === null && document.documentElement.hasAttribute("data-ready")) {
      window.__bench.ready = performance.now();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-ready"] });
};

async function launch(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: "/usr/bin/chromium", headless: true, args: ARGS,
    viewport: { width: 1280, height: 900 }, acceptDownloads: true });
}

async function startup(page) {
  await page.goto(url);
  await page.waitForFunction(() => !document.querySelector(".reading [role=status]"), null, { timeout: 60_000 });
  await page.waitForFunction(() => window.__bench && window.__bench.painted !== null && window.__bench.ready !== null, null, { timeout: 60_000 });
  return page.evaluate(() => ({ paint: window.__bench.painted, ready: Math.max(window.__bench.ready, window.__bench.painted) }));
}

/** Start-up figures: median over RUNS fresh page loads. */
async function startupFigures(context, label, key, paintBudget) {
  const paints = [];
  const readies = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.addInitScript(TIMING);
    const { paint, ready } = await startup(page);
    paints.push(paint);
    readies.push(ready);
    await page.close();
  }
  record(`${key}_first_paint_ms`, `${label}: navigation → first sentence painted (median of ${RUNS})`, median(paints), "ms", paintBudget);
  record(`${key}_ready_ms`, `${label}: navigation → ready for input (median of ${RUNS})`, median(readies), "ms");
}

/**
 * Span keys at 10,000 sentences and 10,000 spans: for random sentences, span
 * mode entered, then a label key (marks or takes off the first word's span:
 * `data-spans` changes) or ← (the cursor moves: `data-cursor` changes),
 * keydown → DOM changed → next frame.
 */
async function spanLatency(page, key, attribute, count) {
  return page.evaluate(async ({ key, attribute, count }) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const press = (key, code) => document.dispatchEvent(new KeyboardEvent("keydown", { key, code, bubbles: true, cancelable: true }));
    const sentences = [...document.querySelectorAll("[data-sentence]")];
    const visual = [];
    let seed = 54321;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < count; i++) {
      const target = sentences[1 + Math.floor(random() * (sentences.length - 2))];
      target.scrollIntoView({ block: "center" });
      target.click();
      await frame();
      press("s", "KeyS");
      await frame();
      await frame();
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(target, { attributes: true, attributeFilter: [attribute] });
      });
      await new Promise((resolve) => setTimeout(resolve, random() * 12));
      const start = performance.now();
      if (key === "label") press("1", "Digit1");
      else press("ArrowLeft", "ArrowLeft");
      visual.push((await changed) - start);
      press("Escape", "Escape");
      await frame();
    }
    return visual;
  }, { key, attribute, count });
}

/** Keypress latency: input (keydown → DOM changed) and visual (→ next frame). */
async function latency(page, key, attribute, count) {
  return page.evaluate(async ({ key, attribute, count }) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const sentences = [...document.querySelectorAll("[data-sentence]")];
    const input = [];
    const visual = [];
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < count; i++) {
      const target = sentences[Math.floor(random() * (sentences.length - 1))];
      target.scrollIntoView({ block: "center" });
      target.click();
      await frame();
      await frame();
      const watched = attribute === "aria-selected" ? sentences[Number(target.dataset.sentence) + 1] : target;
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          const at = performance.now();
          requestAnimationFrame(() => resolve([at, performance.now()]));
        });
        observer.observe(watched, { attributes: true, attributeFilter: [attribute] });
      });
      await frame();
      await new Promise((resolve) => setTimeout(resolve, random() * 12));
      const digit = key === "label" ? String(1 + Math.floor(random() * 5)) : null;
      const event = digit
        ? new KeyboardEvent("keydown", { key: digit, code: `Digit${digit}`, bubbles: true, cancelable: true })
        : new KeyboardEvent("keydown", { key: "ArrowDown", code: "ArrowDown", bubbles: true, cancelable: true });
      const start = performance.now();
      document.dispatchEvent(event);
      const [domAt, frameAt] = await changed;
      input.push(domAt - start);
      visual.push(frameAt - start);
    }
    return { input, visual };
  }, { key, attribute, count });
}

async function latencyFigures(page, label, key, inputBudget, visualBudget) {
  const labels = await latency(page, "label", "data-labels", PRESSES);
  record(`${key}_label_input_p50_ms`, `${label}: label keypress, input p50`, percentile(labels.input, 50), "ms");
  record(`${key}_label_input_p95_ms`, `${label}: label keypress, input p95`, percentile(labels.input, 95), "ms", inputBudget);
  record(`${key}_label_visual_p50_ms`, `${label}: label keypress, visual p50`, percentile(labels.visual, 50), "ms");
  record(`${key}_label_visual_p95_ms`, `${label}: label keypress, visual p95`, percentile(labels.visual, 95), "ms", visualBudget);
  const moves = await latency(page, "move", "aria-selected", PRESSES);
  record(`${key}_move_input_p50_ms`, `${label}: selection move, input p50`, percentile(moves.input, 50), "ms");
  record(`${key}_move_input_p95_ms`, `${label}: selection move, input p95`, percentile(moves.input, 95), "ms", inputBudget);
  record(`${key}_move_visual_p50_ms`, `${label}: selection move, visual p50`, percentile(moves.visual, 50), "ms");
  record(`${key}_move_visual_p95_ms`, `${label}: selection move, visual p95`, percentile(moves.visual, 95), "ms", visualBudget);
}

async function memory(page) {
  return page.evaluate(async () => {
    if (window.gc) window.gc();
    return { heap: performance.memory ? performance.memory.usedJSHeapSize : null, wasm: window.__wasm ? window.__wasm.memory.buffer.byteLength : null };
  });
}

/** Bytes (UTF-8) of the stored annotation records: keys and values. */
async function storageBytes(page) {
  const records = await page.evaluate(readStoredRecords);
  const encoder = new TextEncoder();
  return records.filter(([key]) => key.startsWith("hamish/v1/doc/")).reduce((sum, [key, value]) => sum + encoder.encode(key + value).length, 0);
}

/** Bytes the origin uses in IndexedDB, as the browser reports them. */
async function indexedDbUsage(page) {
  return page.evaluate(async () => (await navigator.storage.estimate()).usageDetails?.indexedDB ?? null);
}

/**
 * A label key's main-thread time spent storing it (the app's
 * `hamish:store:*` measures: the batch made and issued, the chunk merged,
 * the commit taken in), and the time from the key to the commit, for
 * `count` keys.
 */
async function writeCost(page, count) {
  return page.evaluate(async (count) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const sentences = [...document.querySelectorAll("[data-sentence]")];
    const status = document.querySelector(".save-status");
    const main = [];
    const parts = { batch: [], merge: [], commit: [] };
    const durable = [];
    for (let i = 0; i < count; i++) {
      sentences[i % sentences.length].click();
      await frame();
      while (status.dataset.saving !== "false") await new Promise((resolve) => setTimeout(resolve, 1));
      performance.clearMeasures();
      const start = performance.now();
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "1", code: "Digit1", bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      while (status.dataset.saving !== "false") await new Promise((resolve) => setTimeout(resolve, 1));
      durable.push(performance.now() - start);
      const spent = (part) => performance.getEntriesByName(`hamish:store:${part}`).reduce((sum, entry) => sum + entry.duration, 0);
      for (const part of Object.keys(parts)) parts[part].push(spent(part));
      main.push(Object.keys(parts).reduce((sum, part) => sum + spent(part), 0));
    }
    return { main, parts, durable };
  }, count);
}

const profile = mkdtempSync(join(tmpdir(), "hamish-bench-"));
try {
  let context = await launch(profile);
  let page;
  // First paints on this kind of machine vary by a third from run to run:
  // enough alternating pairs that the medians settle.
  const ratio = { dist: DIST, out: OUT, runs: Math.max(RUNS, 25), timing: TIMING, record, median };

  // ---- Seed document ----
  if (wanted("seed")) {
  console.error(`bench: Seed document`);
  await startupFigures(context, "seed", "seed", "≤ 100 ms");
  page = await context.newPage();
  await page.addInitScript(TIMING);
  await startup(page);
  await paintRatio(ratio, context, page, "seed", "seed", async (fresh) => (await startup(fresh)).paint, "≤ 1.15×");
  await latencyFigures(page, "seed", "seed", "", "");
  await page.close();
  }

  // ---- A 5,000-row CSV: picked, previewed, imported (a fresh profile each run) ----
  if (wanted("csv")) {
  console.error(`bench: A 5,000-row CSV: picked, previewed, imported (a fresh profile each run)`);
  const csvTimes = [], previewTimes = [], longestFrames = [], navigatorTimes = [], exportLongest = [];
  for (let run = 0; run < RUNS; run++) {
    const csvProfile = mkdtempSync(join(tmpdir(), "hamish-bench-csv-"));
    const csvContext = await launch(csvProfile);
    const csvPage = await csvContext.newPage();
    await csvPage.addInitScript(TIMING);
    await startup(csvPage);
    await csvPage.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: "longtask" });
    });
    const picked = Date.now();
    await csvPage.locator("#import-file").setInputFiles(csvPath);
    await csvPage.locator('[data-action="import-rows"]').waitFor({ timeout: 60_000 });
    previewTimes.push(Date.now() - picked);
    const confirmed = Date.now();
    await csvPage.locator('[data-action="import-rows"]').click();
    await csvPage.locator("#import-summary").waitFor({ timeout: 120_000 });
    csvTimes.push(Date.now() - confirmed);
    longestFrames.push(await csvPage.evaluate(() => window.__longest));
    // Export of all 5,001 documents (Hamish JSON): the longest task meanwhile.
    await csvPage.keyboard.press("Escape");
    await csvPage.evaluate(() => { window.__longest = 0; });
    await csvPage.locator('[data-action="export"]').click();
    await csvPage.locator('input[name="export-format"][value="json"]').check();
    await csvPage.locator('input[name="export-scope"][value="all"]').check();
    await Promise.all([csvPage.waitForEvent("download", { timeout: 120_000 }), csvPage.locator('[data-action="download"]').click()]);
    exportLongest.push(await csvPage.evaluate(() => window.__longest));
    await csvPage.keyboard.press("Escape");
    // The navigator over the 5,001 documents: button pressed → entries listed.
    await csvPage.keyboard.press("Escape");
    navigatorTimes.push(await csvPage.evaluate(async () => {
      const start = performance.now();
      document.querySelector('[data-action="open-navigator"]').click();
      while (!document.querySelector("#navigator [role=option]")) await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    }));
    await csvContext.close();
    rmSync(csvProfile, { recursive: true, force: true });
  }
  record("csv_preview_ms", `5,000-row CSV: file picked → preview shown (median of ${RUNS})`, median(previewTimes), "ms");
  record("csv_import_ms", `5,000-row CSV: Import pressed → summary shown (median of ${RUNS})`, median(csvTimes), "ms", "≤ 2 s");
  record("csv_longest_task_ms", `5,000-row CSV: longest task while importing (median of ${RUNS}; 0: none of 50 ms or more)`, median(longestFrames), "ms", "≤ 50 ms");
  record("csv_export_longest_task_ms", `5,000-row CSV: longest task while exporting all documents (median of ${RUNS}; 0: none of 50 ms or more)`, median(exportLongest), "ms", "≤ 50 ms");
  record("csv_navigator_open_ms", `5,000-row CSV: navigator opened and listed (median of ${RUNS})`, median(navigatorTimes), "ms");
  }

  // ---- 100,000 sentences in 5,000 documents ----
  if (wanted("corpus")) {
  console.error(`bench: 100,000 sentences in 5,000 documents`);
    const corpusProfile = mkdtempSync(join(tmpdir(), "hamish-bench-corpus-"));
    const corpusContext = await launch(corpusProfile);
    let corpusPage = await corpusContext.newPage();
    await corpusPage.addInitScript(TIMING);
    await startup(corpusPage);
    const picked = Date.now();
    await corpusPage.locator("#import-file").setInputFiles(corpusPath);
    await corpusPage.locator('[data-action="import-rows"]').click({ timeout: 120_000 });
    await corpusPage.locator("#import-summary").waitFor({ timeout: 300_000 });
    record("corpus_import_ms", "5,000 documents: CSV picked → imported (preview confirmed)", Date.now() - picked, "ms");
    console.error(`bench: corpus imported in ${Date.now() - picked} ms`);
    await corpusPage.locator('.summary-stored[data-saved="true"]').waitFor({ timeout: 300_000 });
    record("corpus_import_stored_ms", "5,000 documents: CSV picked → stored in IndexedDB", Date.now() - picked, "ms");
    await corpusPage.keyboard.press("Escape");
    const labeledFigure = await corpusPage.locator(".progress-all .progress-figure").innerText();
    record("corpus_labeled_sentences", "5,000 documents: sentences labeled", Number(labeledFigure.replace(/[^\d ]/g, " ").trim().split(/\s+/)[0]), "", "≥ 100,000");
    await corpusPage.close();
    await startupFigures(corpusContext, "5,000 documents, 100,000 labeled sentences: reload", "corpus", "≤ 1 s");
    // Reload → every document listed (the top bar counts them as they come back).
    const listedTimes = [];
    for (let run = 0; run < RUNS; run++) {
      const fresh = await corpusContext.newPage();
      const began = Date.now();
      await fresh.goto(url);
      await fresh.waitForFunction((total) => document.querySelector(".switcher-position")?.textContent.endsWith(total),
        (CORPUS_DOCS + 1).toLocaleString("en-US"), { timeout: 60_000, polling: 20 });
      listedTimes.push(Date.now() - began);
      await fresh.close();
    }
    record("corpus_all_listed_ms", `5,000 documents: reload → every document listed (median of ${RUNS})`, median(listedTimes), "ms", "≤ 3 s");
    console.error("bench: corpus reloads measured");
    corpusPage = await corpusContext.newPage();
    await corpusPage.addInitScript(TIMING);
    await startup(corpusPage);
    await corpusPage.waitForFunction((total) => document.querySelector(".switcher-position")?.textContent.endsWith(total),
      (CORPUS_DOCS + 1).toLocaleString("en-US"), { timeout: 60_000 });
    const writes = await writeCost(corpusPage, Math.min(PRESSES, 100));
    record("corpus_label_write_main_p50_ms", "5,000 documents: a label key's write, main-thread time p50", percentile(writes.main, 50), "ms");
    record("corpus_label_write_main_p95_ms", "5,000 documents: a label key's write, main-thread time p95", percentile(writes.main, 95), "ms", "≤ 4 ms");
    for (const [part, said] of [["batch", "batch made and issued"], ["merge", "chunk merged"], ["commit", "commit taken in"]]) {
      record(`corpus_label_write_${part}_p50_ms`, `5,000 documents: … of which ${said}, p50`, percentile(writes.parts[part], 50), "ms");
    }
    record("corpus_label_durable_p50_ms", "5,000 documents: label key → transaction committed, p50", percentile(writes.durable, 50), "ms");
    record("corpus_label_durable_p95_ms", "5,000 documents: label key → transaction committed, p95", percentile(writes.durable, 95), "ms");
    record("corpus_indexeddb_bytes", "5,000 documents, 100,000 labeled sentences: IndexedDB use", await indexedDbUsage(corpusPage), "B");
    const opens = await corpusPage.evaluate(async (count) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const times = [];
      for (let i = 0; i < count; i++) {
        const before = document.querySelector(".document-title")?.textContent;
        const start = performance.now();
        document.dispatchEvent(new KeyboardEvent("keydown", { key: "]", code: "BracketRight", bubbles: true, cancelable: true }));
        const deadline = performance.now() + 10_000;
        while (document.querySelector(".document-title")?.textContent === before && performance.now() < deadline) {
          await new Promise((r) => setTimeout(r, 0));
        }
        await frame();
        times.push(performance.now() - start);
      }
      return times;
    }, RUNS * 4);
    record("corpus_open_next_ms", `5,000 documents: ] → next document painted (median of ${RUNS * 4})`, median(opens), "ms", "≤ 50 ms");
    await latencyFigures(corpusPage, "5,000 documents", "corpus", "≤ 4 ms", "≤ 20 ms");
    await corpusPage.keyboard.press("/");
    await corpusPage.locator("#search-query").waitFor();
    const searches = await corpusPage.evaluate(async (queries) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const input = document.querySelector("#search-query");
      const times = [];
      const settle = async (done) => {
        const deadline = performance.now() + 10_000;
        while (!done() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 0));
      };
      const count = () => document.querySelector(".search-count")?.textContent ?? "";
      for (const query of queries) {
        // An empty query clears the count; the query's own count then says it is done.
        input.value = "";
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await settle(() => count() === "");
        await frame();
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await settle(() => count() !== "");
        await frame();
        times.push(performance.now() - start);
      }
      return times;
    }, ["الاسلام", "الولايات المتحدة", "قال", "2016", "الحكومة", "مدرسه", "xyz"]);
    record("corpus_search_ms", `5,000 documents: search of all 100,000 sentences, query → results painted (median of ${searches.length})`, median(searches), "ms", "≤ 100 ms");
    await corpusPage.keyboard.press("Escape");
    for (const [format, name] of [["jsonl", "JSONL"], ["json", "Hamish JSON"]]) {
      await corpusPage.locator('[data-action="export"]').click();
      await corpusPage.locator('input[name="export-scope"][value="all"]').check();
      await corpusPage.locator(`input[name="export-format"][value="${format}"]`).check();
      const elapsed = await corpusPage.evaluate(async () => {
        const original = URL.createObjectURL;
        let readyAt = null;
        URL.createObjectURL = (blob) => { readyAt = performance.now(); return original.call(URL, blob); };
        const start = performance.now();
        document.querySelector('[data-action="download"]').click();
        while (readyAt === null) await new Promise((resolve) => setTimeout(resolve, 1));
        URL.createObjectURL = original;
        return readyAt - start;
      });
      record(`corpus_export_${format}_ms`, `5,000 documents: export all as ${name}`, elapsed, "ms", "≤ 2 s");
      await corpusPage.keyboard.press("Escape");
    }
    const used = await memory(corpusPage);
    record("corpus_heap_bytes", "5,000 documents: wasm memory + JS heap after load", used.heap + used.wasm, "B", "≤ 300 MB");
    await corpusContext.close();
    rmSync(corpusProfile, { recursive: true, force: true });
  }

  // ---- 10,000 sentences: imported as a .txt file, then opened on each load ----
  if (wanted("long")) {
  console.error(`bench: 10,000 sentences: imported as a .txt file, then opened on each load`);
  page = await context.newPage();
  await page.addInitScript(TIMING);
  await startup(page);
  const importStart = Date.now();
  await page.locator("#import-file").setInputFiles(longPath);
  await page.locator(".document-title", { hasText: "وثيقة طويلة" }).waitFor({ timeout: 120_000 });
  record("long_import_ms", "10,000 sentences: import of the .txt file until shown", Date.now() - importStart, "ms");
  const count = Number((await page.locator(".document-count").textContent()).replace(/[^0-9]/g, ""));
  record("long_sentences", "10,000 sentences: sentences in the document", count, "", "≥ 10,000");
  await page.waitForTimeout(1000);
  await page.close();
  await startupFigures(context, "10,000 sentences", "long", "≤ 300 ms");
  page = await context.newPage();
  await page.addInitScript(TIMING);
  await startup(page);
  // Measure once the whole text is in the page (it arrives block by block).
  await page.waitForFunction((count) => document.querySelectorAll("[data-sentence]").length === count, count, { timeout: 60_000 });
  await paintRatio(ratio, context, page, "10,000 sentences: reload", "long", async (fresh) => (await startup(fresh)).paint);
  const before = await memory(page);
  record("long_js_heap_after_load_bytes", "10,000 sentences: JS heap after load", before.heap, "B", "≤ 40 MB");
  record("long_wasm_memory_after_load_bytes", "10,000 sentences: wasm memory after load", before.wasm, "B", "≤ 40 MB");
  await latencyFigures(page, "10,000 sentences", "long", "≤ 4 ms", "≤ 20 ms");

  // Every sentence labeled: select all, press 1 (twice if it toggled some off).
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Digit1");
  const labeled = await page.evaluate(() => document.querySelectorAll('[data-sentence][data-labels=""]').length);
  if (labeled > 0) await page.keyboard.press("Digit1");
  await page.waitForTimeout(500);
  const after = await memory(page);
  record("long_js_heap_all_labeled_bytes", "10,000 sentences: JS heap, every sentence labeled", after.heap, "B", "≤ 40 MB");
  record("long_wasm_memory_all_labeled_bytes", "10,000 sentences: wasm memory, every sentence labeled", after.wasm, "B", "≤ 40 MB");
  const allBytes = await storageBytes(page);
  record("long_storage_all_labeled_bytes", "10,000 sentences: stored annotation records (UTF-8), every sentence labeled", allBytes, "B");
  // The same with only the first sentence labeled: the difference is what each further label costs.
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Digit0");
  await page.keyboard.press("Home");
  await page.keyboard.press("Digit1");
  await page.waitForTimeout(300);
  const oneBytes = await storageBytes(page);
  record("long_storage_per_labeled_sentence_bytes", "10,000 sentences: stored bytes per labeled sentence beyond the first",
    (allBytes - oneBytes) / (count - 1), "B", "≤ 40 B");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Digit1");
  await page.waitForTimeout(300);

  // Export of every label: click → file bytes ready (the Blob handed to the download).
  const exportTimes = [];
  for (let run = 0; run < RUNS; run++) {
    await page.locator('[data-action="export"]').click();
    await page.locator('input[name="export-format"][value="json"]').check();
    const elapsed = await page.evaluate(async () => {
      const original = URL.createObjectURL;
      let readyAt = null;
      URL.createObjectURL = (blob) => { readyAt = performance.now(); window.__exportBytes = blob.size; return original.call(URL, blob); };
      const start = performance.now();
      document.querySelector('[data-action="download"]').click();
      while (readyAt === null) await new Promise((resolve) => setTimeout(resolve, 1));
      URL.createObjectURL = original;
      return readyAt - start;
    });
    exportTimes.push(elapsed);
    await page.keyboard.press("Escape");
  }
  record("long_export_ms", `10,000 sentences: export of all labels to file bytes (median of ${RUNS})`, median(exportTimes), "ms", "≤ 200 ms");
  record("long_export_bytes", "10,000 sentences: size of the Hamish JSON export of all documents", await page.evaluate(() => window.__exportBytes), "B");
  }
  await context.close();

  // ---- First visit on a slow machine: CPU slowed 4×, Fast 3G ----
  if (wanted("first-visit")) {
    console.error("bench: first visit, CPU slowed 4× and Fast 3G");
    const seedProfile = mkdtempSync(join(tmpdir(), "hamish-bench-seed-"));
    const seedContext = await launch(seedProfile);
    const seedPage = await seedContext.newPage();
    await seedPage.addInitScript(TIMING);
    await startup(seedPage);
    const reference = await staticPageOf(seedPage, DIST, join(OUT, "static-first-visit"));
    await seedContext.close();
    rmSync(seedProfile, { recursive: true, force: true });
    // Fast 3G as DevTools defines it: 1.6 Mbps down, 750 kbps up, 150 ms.
    const slow = async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    };
    const staticPaints = [], appPaints = [], readies = [], wholes = [];
    const visits = Math.max(RUNS, 5);
    for (let run = 0; run < visits; run++) {
      for (const which of ["static", "app"]) {
        const visitProfile = mkdtempSync(join(tmpdir(), "hamish-bench-visit-"));
        const visitContext = await launch(visitProfile);
        const visit = await visitContext.newPage();
        await visit.addInitScript(TIMING);
        await slow(visit);
        if (which === "static") {
          await visit.goto(reference.url);
          await visit.waitForFunction(() => window.__bench?.painted !== null, null, { timeout: 120_000 });
          staticPaints.push(await visit.evaluate(() => window.__bench.painted));
        } else {
          // A reader clicks a sentence as soon as it is painted and presses 1:
          // ready to label is when that sentence shows the label.
          await visit.goto(url, { waitUntil: "commit" });
          await visit.waitForFunction(() => window.__bench?.painted !== null, null, { timeout: 120_000, polling: 20 });
          appPaints.push(await visit.evaluate(() => window.__bench.painted));
          const sentence = visit.locator('[data-preview="1"], [data-sentence="1"]').first();
          await sentence.click({ force: true });
          await visit.keyboard.press("1");
          // Shown by the app, or by the first view with its write committed
          // (the quiet "saving…" gone).
          const labeled = await visit.waitForFunction(() => {
            const app = document.querySelector('[data-sentence="1"]')?.dataset.labels === "ادعاء";
            const first = document.querySelector('#prerendered [data-preview="1"]')?.dataset.labels === "ادعاء"
              && document.querySelector("#prerendered .save-status")?.dataset.saving === "false";
            return (app || first) && performance.now();
          }, null, { timeout: 120_000, polling: 20 });
          readies.push(await labeled.jsonValue());
          // And the whole app, with every feature, running.
          await visit.waitForFunction(() => window.__bench.ready !== null, null, { timeout: 120_000, polling: 20 });
          wholes.push(await visit.evaluate(() => window.__bench.ready));
        }
        await visitContext.close();
        rmSync(visitProfile, { recursive: true, force: true });
      }
    }
    reference.close();
    const floor = median(staticPaints);
    record("visit_static_paint_ms", `first visit, slowed: a static page of the seed, first paint (median of ${visits}, alternating)`, floor, "ms");
    record("visit_app_paint_ms", `first visit, slowed: Hamish, first paint (median of ${visits})`, median(appPaints), "ms");
    record("visit_app_ready_ms", `first visit, slowed: Hamish, click + 1 → the label shown (median of ${visits})`, median(readies), "ms");
    record("visit_app_whole_ms", `first visit, slowed: Hamish, the whole app running (median of ${visits})`, median(wholes), "ms");
    record("visit_paint_ratio", "first visit, slowed: first paint ÷ static first paint", median(appPaints) / floor, "×");
    record("visit_ready_ratio", "first visit, slowed: ready to label ÷ static first paint", median(readies) / floor, "×", "≤ 3×");
  }

  // ---- Six million sentences (150 MB): End and Home, key → painted ----
  if (wanted("huge")) {
    console.error("bench: six million sentences");
    const hugePath = join(OUT, "six-million.txt");
    if (!existsSync(hugePath)) {
      const lines = ["ستة ملايين جملة"];
      for (let i = 0; i < 6_000_000; i++) lines.push(i % 5 === 4 ? `جملة رقم ${i}.\n` : `جملة رقم ${i}.`);
      writeFileSync(hugePath, lines.join("\n"));
    }
    const hugeProfile = mkdtempSync(join(tmpdir(), "hamish-bench-huge-"));
    const hugeContext = await launch(hugeProfile);
    const hugePage = await hugeContext.newPage();
    await hugePage.addInitScript(TIMING);
    await startup(hugePage);
    const picked = Date.now();
    await hugePage.locator("#import-file").setInputFiles(hugePath);
    await hugePage.locator(".document-title", { hasText: "six-million" }).waitFor({ timeout: 300_000 });
    record("huge_import_ms", "6,000,000 sentences: import of the 150 MB .txt until shown", Date.now() - picked, "ms");
    await hugePage.locator('[data-sentence="1"]').click();
    // Key down → the frame in which the sentence it jumps to is in the page.
    const jump = (key, index) => hugePage.evaluate(async ([key, index]) => {
      const start = performance.now();
      document.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      while (!document.getElementById(`s-${index}`)) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    }, [key, index]);
    const ends = [], homes = [];
    for (let run = 0; run < RUNS; run++) {
      ends.push(await jump("End", 6_000_000));
      homes.push(await jump("Home", 0));
    }
    record("huge_end_ms", `6,000,000 sentences: End → last sentence painted (median of ${RUNS})`, median(ends), "ms", "≤ 100 ms");
    record("huge_home_ms", `6,000,000 sentences: Home → first sentence painted (median of ${RUNS}, reference)`, median(homes), "ms");
    record("huge_end_ratio", "6,000,000 sentences: End ÷ Home", median(ends) / median(homes), "×");
    record("huge_in_page", "6,000,000 sentences: sentences in the page", await hugePage.locator("[data-sentence]").count(), "", "≤ 500");
    const mem = await memory(hugePage);
    record("huge_wasm_memory_bytes", "6,000,000 sentences: wasm memory", mem.wasm, "B");
    await hugeContext.close();
    rmSync(hugeProfile, { recursive: true, force: true });
  }

  // ---- 10,000 sentences with 10,000 spans (doccano JSONL, one document) ----
  if (wanted("spans")) {
  console.error("bench: 10,000 sentences with 10,000 spans");
    const spanProfile = mkdtempSync(join(tmpdir(), "hamish-bench-spans-"));
    const spanContext = await launch(spanProfile);
    const spanPage = await spanContext.newPage();
    await spanPage.addInitScript(TIMING);
    await startup(spanPage);
    await spanPage.locator("#import-file").setInputFiles(spansPath);
    await spanPage.locator('[data-action="import-rows"]').click({ timeout: 120_000 });
    await spanPage.locator("#import-summary").waitFor({ timeout: 300_000 });
    await spanPage.keyboard.press("Escape");
    await spanPage.locator(".document-title", { hasText: "عشرة آلاف مقطع" }).waitFor({ timeout: 60_000 });
    await spanPage.waitForFunction((rows) => document.querySelectorAll("[data-sentence]").length >= rows, SPAN_ROWS, { timeout: 60_000 });
    const spans = await spanPage.evaluate(() => [...document.querySelectorAll("[data-spans]")].reduce((sum, element) => sum + Number(element.dataset.spans), 0));
    record("spans_count", "10,000 spans: spans in the document", spans, "", "≥ 10,000");
    const painted = await spanPage.evaluate(() => [...CSS.highlights.values()].reduce((sum, ranges) => sum + ranges.size, 0));
    record("spans_painted", "10,000 spans: ranges painted by CSS.highlights", painted, "");
    const labels = await spanLatency(spanPage, "label", "data-spans", PRESSES);
    const moves = await spanLatency(spanPage, "move", "data-cursor", PRESSES);
    // The reference in the same session and document: a sentence label key.
    const sentenceLabels = (await latency(spanPage, "label", "data-labels", PRESSES)).visual;
    record("spans_label_visual_p50_ms", "10,000 spans: span label key → painted, p50", percentile(labels, 50), "ms");
    record("spans_label_visual_p95_ms", "10,000 spans: span label key → painted, p95", percentile(labels, 95), "ms", "next frame (≤ 20 ms)");
    record("spans_cursor_visual_p95_ms", "10,000 spans: span cursor ← → painted, p95", percentile(moves, 95), "ms", "next frame (≤ 20 ms)");
    record("spans_sentence_label_visual_p95_ms", "10,000 spans: sentence label key → painted, p95 (reference)", percentile(sentenceLabels, 95), "ms");
    record("spans_label_ratio", "10,000 spans: span label p95 ÷ sentence label p95", percentile(labels, 95) / percentile(sentenceLabels, 95), "×");
    await spanContext.close();
    rmSync(spanProfile, { recursive: true, force: true });
  }
} finally {
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

// ---- Thirty students syncing at once through PouchDB Server ----
if (wanted("sync")) {
  const { startCouch } = await import("../tests/e2e/couch.mjs");
  const { runLoad } = await import("../tests/e2e/sync-load.mjs");
  const couch = await startCouch();
  try {
    const load = await runLoad(couch, { students: 30, labelsEach: 40, every: 100 });
    record("sync_labels_missing", "30 students × 40 labels: labels the teacher never saw", load.missing, "", "0");
    record("sync_last_label_ms", "30 students: last label written → seen by the teacher", load.lastLabelToTeacherMs, "ms");
    record("sync_latency_p50_ms", "30 students: label written → seen by the teacher, p50", load.latencyMedianMs, "ms");
    record("sync_latency_p95_ms", "30 students: label written → seen by the teacher, p95", load.latency95Ms, "ms");
    record("sync_server_memory_bytes", "30 students: PouchDB Server resident memory after", load.serverMemoryAfterBytes, "B");
    record("sync_server_memory_growth_bytes", "30 students: its growth over the run", load.serverMemoryAfterBytes - load.serverMemoryBeforeBytes, "B");
    // A researcher's corpus turned to sync: 5,000 documents, 100,000
    // labeled sentences, from sync on to synced (everything on the server).
    const { personDatabase } = await import("../tests/e2e/couch.mjs");
    await couch.addUser("researcher", "researcher-pass");
    await couch.addDatabase(personDatabase("researcher"), ["researcher"]);
    const app = await serve(DIST, 0);
    const appUrl = `http://127.0.0.1:${app.address().port}/`;
    const syncProfile = mkdtempSync(join(tmpdir(), "hamish-bench-sync-"));
    const syncContext = await launch(syncProfile);
    try {
      const page = await syncContext.newPage();
      await page.goto(appUrl);
      await page.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
      await page.locator("#import-file").setInputFiles(corpusPath);
      await page.locator('[data-action="import-rows"]').click({ timeout: 120_000 });
      await page.locator('.summary-stored[data-saved="true"]').waitFor({ timeout: 300_000 });
      await page.keyboard.press("Escape");
      await page.locator('[data-action="settings"]').click();
      await page.locator("#sync-server").fill(couch.url);
      await page.locator("#sync-name").fill("researcher");
      await page.locator("#sync-password").fill("researcher-pass");
      const began = Date.now();
      await page.locator('[data-action="sync-on"]').click();
      await page.locator('.sync-state[data-sync="synced"]').waitFor({ timeout: 600_000 });
      record("sync_corpus_ms", "5,000 documents, 100,000 labeled sentences: sync on → synced", Date.now() - began, "ms");
      const held = await couch.request("GET", `/${personDatabase("researcher")}`);
      record("sync_corpus_server_docs", "5,000 documents: documents on the server (records and texts)", held.body.doc_count, "");
    } finally {
      await syncContext.close();
      rmSync(syncProfile, { recursive: true, force: true });
      app.close();
    }
  } finally {
    await couch.stop();
  }
}

writeFileSync(join(OUT, "results.json"), JSON.stringify(results, null, 2) + "\n");
const width = Math.max(...rows.map((row) => row[0].length));
console.log(`${"figure".padEnd(width)}  ${"value".padStart(12)}  budget`);
for (const [label, value, budget] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(12)}  ${budget}`);
console.log(`\nwritten: ${join(OUT, "results.json")}`);
