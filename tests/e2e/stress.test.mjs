// Journey: two, then three tabs label the same document at the same time,
// 200 presses each, every tab on its own sentences (interleaved, so the tabs
// write the same storage chunks at the same instants). Afterwards every tab
// shows every label, and so does every tab after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, watch, openApp, openDocument } from "./harness.mjs";

const PRESSES = 200;
let server, url, profile, files;

before(async () => {
  ({ server, url } = await startServer());
  profile = await launch();
  files = mkdtempSync(join(tmpdir(), "hamish-stress-"));
});

after(async () => {
  await profile?.context.close();
  server?.close();
  rmSync(profile.userDataDir, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

/** Opens `count` tabs on a new imported text of `sentences` lines. */
async function tabsOn(title, count, sentences) {
  const pages = [];
  for (let i = 0; i < count; i++) pages.push(await profile.context.newPage());
  const problems = pages.map((page) => watch(page, url.replace(/\/$/, "")));
  for (const page of pages) await openApp(page, url);
  const lines = Array.from({ length: sentences }, (_, i) => `${title}: الجملة رقم ${i + 1}.`);
  const path = join(files, `${title}.txt`);
  writeFileSync(path, `${title}\n${lines.join("\n")}`);
  await pages[0].locator("#import-file").setInputFiles(path);
  for (const page of pages) {
    await openDocument(page, { title }, { timeout: 10000 });
    await page.locator(`[data-sentence="${sentences}"]`).waitFor({ state: "attached", timeout: 10000 });
  }
  return { pages, problems };
}

/** In the page: selects each sentence of `indexes` and presses 1, yielding to the app between presses. */
function pressAll(page, indexes) {
  return page.evaluate(async (indexes) => {
    for (const index of indexes) {
      document.querySelector(`[data-sentence="${index}"]`).dispatchEvent(new MouseEvent("click", { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "1", code: "Digit1", bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, indexes);
}

/** The sentences of `page` that carry no label, among `expected`. */
function missing(page, expected) {
  return page.evaluate(
    (expected) => expected.filter((index) => document.querySelector(`[data-sentence="${index}"]`)?.dataset.labels !== "ادعاء"),
    expected,
  );
}

async function stress(title, count) {
  const { pages, problems } = await tabsOn(title, count, PRESSES * count + 1);
  // Sentence 0 is the title line; tab k labels sentences 1 + k, 1 + k + count, …
  const mine = pages.map((_, k) => Array.from({ length: PRESSES }, (_, i) => 1 + k + i * count));
  const all = mine.flat().sort((a, b) => a - b);
  await Promise.all(pages.map((page, k) => pressAll(page, mine[k])));
  for (const page of pages) {
    await page.waitForFunction(
      (all) => all.every((index) => document.querySelector(`[data-sentence="${index}"]`)?.dataset.labels === "ادعاء"),
      all,
      { timeout: 15000, polling: 100 },
    ).catch(async () => assert.deepEqual(await missing(page, all), [], "labels missing in a tab"));
  }
  for (const page of pages) {
    await page.reload();
    await page.locator(".document-title", { hasText: title }).waitFor();
    await page.locator(`[data-sentence="${PRESSES * count}"]`).waitFor({ state: "attached" });
    assert.deepEqual(await missing(page, all), [], "labels missing after a reload");
  }
  assert.deepEqual(problems.flat(), []);
  for (const page of pages) await page.close();
}

test("two tabs pressing at the same time keep all 400 labels", async () => {
  await stress("نص التبويبين", 2);
});

test("three tabs pressing at the same time keep all 600 labels", async () => {
  await stress("نص ثلاثة تبويبات", 3);
});
