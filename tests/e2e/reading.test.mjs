// Journey: a reader opens the release build, sees the seed document
// right-to-left, selects the second sentence by clicking it, moves with the
// keyboard, and switches the interface language, which is remembered.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, watch, openApp, screenshot, appReady } from "./harness.mjs";

let server, url, context, page, problems;

before(async () => {
  ({ server, url } = await startServer());
  ({ context } = await launch());
  page = await context.newPage();
  problems = watch(page, url.replace(/\/$/, ""));
  await openApp(page, url);
});

after(async () => {
  await context?.close();
  server?.close();
});

const selected = () =>
  page.locator('[data-sentence][aria-selected="true"]').evaluateAll((nodes) => nodes.map((n) => n.dataset.sentence));

test("the seed document is shown right-to-left, one element per sentence", async () => {
  const count = await page.locator("[data-sentence]").count();
  assert.ok(count >= 30 && count <= 34, `about 32 sentences, got ${count}`);
  assert.equal(await page.locator('[data-sentence="0"]').textContent(), "10 سبتمبر 2025");
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("html").getAttribute("lang"), "ar");
  const direction = await page.locator(".document[role=listbox]").evaluate((node) => getComputedStyle(node).direction);
  assert.equal(direction, "rtl");
  // Each sentence element holds only text: no element boundary inside a word.
  const nested = await page.locator("[data-sentence] *").count();
  assert.equal(nested, 0);
  await screenshot(page, "reading-ar");
});

test("clicking the second sentence selects it", async () => {
  await page.locator("[data-sentence]", { hasText: "تسجيلفي 18 يونيو الماضي" }).click();
  assert.deepEqual(await selected(), ["1"]);
  assert.equal(await page.locator('[data-sentence="1"]').getAttribute("aria-selected"), "true");
});

test("arrow keys and j/k move the selection and keep it in view", async () => {
  await page.keyboard.press("ArrowDown");
  assert.deepEqual(await selected(), ["2"]);
  await page.keyboard.press("j");
  assert.deepEqual(await selected(), ["3"]);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("k");
  assert.deepEqual(await selected(), ["1"]);
  await page.keyboard.press("End");
  const last = String((await page.locator("[data-sentence]").count()) - 1);
  assert.deepEqual(await selected(), [last]);
  await page.waitForFunction((index) => {
    const box = document.querySelector(`[data-sentence="${index}"]`).getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }, last);
  await screenshot(page, "reading-selected-last");
});

test("the language switch turns the interface English, and a reload remembers it", async () => {
  await page.getByRole("button", { name: /English/ }).click();
  assert.equal(await page.locator("html").getAttribute("dir"), "ltr");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.locator(".document[role=listbox]").getAttribute("dir"), "rtl");
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.match(await page.locator(".document-count").textContent(), /sentences/);
  await screenshot(page, "reading-en");
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
