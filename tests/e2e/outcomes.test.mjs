// Journeys: each import shows its own outcome (a success closes an earlier
// error); a file that would add many labels asks first and says that only
// nine get number keys; sizes read as people read them; saving a file says
// so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { session } from "./harness.mjs";

let session_, page, problems, files;

before(async () => {
  session_ = await session("hamish-outcomes-");
  ({ page, problems, files } = session_);
});

after(async () => {
  await session_?.close();
});

test("a successful import after a failed one closes the old error", async () => {
  const broken = join(files, "broken.json");
  writeFileSync(broken, '{ "format": "hamish", ');
  await page.locator("#import-file").setInputFiles(broken);
  await page.locator(".import-error").waitFor();
  const text = join(files, "after.txt");
  writeFileSync(text, "نص بعد الخطأ\nجملة أولى. جملة ثانية.");
  await page.locator("#import-file").setInputFiles(text);
  await page.locator(".document-title", { hasText: "after" }).waitFor();
  assert.equal(await page.locator(".import-error").count(), 0, "the earlier error is gone");
  assert.equal(await page.locator("#import-dialog").count(), 0, "no dialog covers the new document");
});

test("a file with 2,000 new labels asks before adding them and says only nine get keys", async () => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    (async () => {
      await page.locator('[data-action="export"]').click();
      await page.locator('input[name="export-format"][value="json"]').check();
      await page.locator('[data-action="download"]').click();
    })(),
  ]);
  const exported = join(files, "exported.json");
  await download.saveAs(exported);
  await page.keyboard.press("Escape");
  const file = JSON.parse(readFileSync(exported, "utf8"));
  for (let i = 0; i < 2000; i++) file.label_set.labels.push({ id: 1000 + i, name: `تصنيف ${i}`, color: "blue" });
  const many = join(files, "many-labels.json");
  writeFileSync(many, JSON.stringify(file));
  await page.locator("#import-file").setInputFiles(many);
  const box = page.locator(".import-labels");
  await box.waitFor();
  assert.match(await box.textContent(), /2000/);
  assert.match(await box.textContent(), /التسعة الأولى/);
  assert.ok(await page.locator('[data-action="merge"]').isDisabled(), "nothing is added without a yes");
  assert.ok(await page.locator('[data-action="replace"]').isDisabled());
  await page.locator('[data-action="accept-labels"]').check();
  await page.locator('[data-action="merge"]').click();
  await page.locator(".palette-label").nth(2004).waitFor({ state: "attached" });
  assert.equal(await page.locator(".palette-label").count(), 2005);
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.querySelectorAll(".palette-label").length === 5);
});

test("a file over the limit is refused with sizes people read", async () => {
  const big = join(files, "big.txt");
  writeFileSync(big, "");
  truncateSync(big, 201 * 1024 * 1024);
  await page.locator("#import-file").setInputFiles(big);
  const message = await page.locator(".import-error").textContent();
  assert.match(message, /201\.0/);
  assert.match(message, /200\.0/);
  assert.doesNotMatch(message, /210763776|209715200/);
  await page.keyboard.press("Escape");
});

test("saving an exercise file says it was saved", async () => {
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("تمرين");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="save-exercise"]').click()]);
  await page.waitForFunction(
    (name) => document.querySelector(".notice")?.textContent.includes(name),
    download.suggestedFilename(),
  );
  assert.match(await page.locator(".notice").textContent(), /حُفظ الملف/);
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
