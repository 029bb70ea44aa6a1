// Journeys: two tabs. A document imported in one tab appears in the other;
// labels made on it in either tab show in both, and neither tab's label
// erases the other's; two different labels put on one sentence at the same
// instant are both kept, and one taken off stays off.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, watch, openApp, waitForLabels, openDocument } from "./harness.mjs";

let server, url, profile, files;

before(async () => {
  ({ server, url } = await startServer());
  profile = await launch();
  files = mkdtempSync(join(tmpdir(), "hamish-tabs-"));
});

after(async () => {
  await profile?.context.close();
  server?.close();
  rmSync(profile.userDataDir, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

test("a text imported in one tab can be labeled in both", async () => {
  const a = await profile.context.newPage();
  const b = await profile.context.newPage();
  const problems = [...[a, b].map((page) => watch(page, url.replace(/\/$/, "")))];
  await openApp(a, url);
  await openApp(b, url);
  const essay = join(files, "مقال مشترك.txt");
  writeFileSync(essay, "مقال مشترك\nالجملة الأولى. الجملة الثانية. الجملة الثالثة.");
  await a.locator("#import-file").setInputFiles(essay);
  await a.locator(".document-title", { hasText: "مقال مشترك" }).waitFor();
  // Tab B learns of the new document and opens it.
  await openDocument(b, { title: "مقال مشترك" }, { timeout: 5000 });
  await b.locator(".document-title", { hasText: "مقال مشترك" }).waitFor();
  await a.locator('[data-sentence="1"]').click();
  await a.keyboard.press("1");
  await waitForLabels(b, 1, "ادعاء");
  await b.locator('[data-sentence="2"]').click();
  await b.keyboard.press("2");
  await waitForLabels(a, 2, "دليل");
  assert.equal(await a.locator('[data-sentence="1"]').getAttribute("data-labels"), "ادعاء");
  for (const page of [a, b]) {
    await page.reload();
    await page.locator(".document-title", { hasText: "مقال مشترك" }).waitFor();
    await waitForLabels(page, 1, "ادعاء");
    await waitForLabels(page, 2, "دليل");
  }
  assert.deepEqual(problems.flat(), []);
});

test("two tabs adding different labels to one sentence at the same instant keep both", async () => {
  const a = await profile.context.newPage();
  const b = await profile.context.newPage();
  const problems = [a, b].map((page) => watch(page, url.replace(/\/$/, "")));
  await openApp(a, url);
  await openApp(b, url);
  for (const page of [a, b]) {
    await openDocument(page, { title: "10 سبتمبر 2025" });
    await page.locator('[data-sentence="5"]').click();
  }
  // Both keys land before either tab has heard of the other's write.
  await Promise.all([
    a.evaluate(() => document.dispatchEvent(new KeyboardEvent("keydown", { key: "1", code: "Digit1", bubbles: true }))),
    b.evaluate(() => document.dispatchEvent(new KeyboardEvent("keydown", { key: "2", code: "Digit2", bubbles: true }))),
  ]);
  for (const page of [a, b]) await waitForLabels(page, 5, "ادعاء دليل");
  for (const page of [a, b]) {
    await page.reload();
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
    await openDocument(page, { title: "10 سبتمبر 2025" });
    await waitForLabels(page, 5, "ادعاء دليل");
  }
  // Taken off in one tab, it stays off in both.
  await a.locator('[data-sentence="5"]').click();
  await a.keyboard.press("1");
  for (const page of [a, b]) await waitForLabels(page, 5, "دليل");
  assert.deepEqual(problems.flat(), []);
  await a.close();
  await b.close();
});
