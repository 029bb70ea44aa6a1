// The axe-core audit of every view, in Arabic and English, light and dark:
// no serious or critical violation. Also a keyboard-only journey through
// labeling, export and settings, and layout checks at tablet and desktop
// widths and at 200 % zoom.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync, rmSync } from "node:fs";
import { startServer, launch, watch, openApp, appReady } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let server, url;
const profiles = [];

before(async () => {
  ({ server, url } = await startServer());
});

after(async () => {
  for (const { context, userDataDir } of profiles) {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
  server?.close();
});

async function fresh(viewport) {
  const profile = await launch(viewport ? { viewport } : {});
  profiles.push(profile);
  const page = await profile.context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  await openApp(page, url);
  return { page, problems };
}

/** Serious and critical axe violations on the page as it is now. */
async function audit(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
}

async function setUp(page, { lang, theme }) {
  await page.locator('[data-action="settings"]').click();
  await page.locator(`#settings-dialog input[name="language"][value="${lang}"]`).check();
  await page.locator(`#settings-dialog input[name="theme"][value="${theme}"]`).check();
  await page.keyboard.press("Escape");
}

const VIEWS = {
  reading: async () => {},
  labels: async (page) => page.locator('[data-action="make-exercise"]').isVisible() && page.locator(".palette-actions button").last().click(),
  help: async (page) => page.keyboard.press("?"),
  note: async (page) => { await page.locator('[data-sentence="2"]').click(); await page.keyboard.press("n"); },
  export: async (page) => page.locator('[data-action="export"]').click(),
  settings: async (page) => page.locator('[data-action="settings"]').click(),
  statistics: async (page) => page.locator('[data-action="statistics"]').click(),
  exercise: async (page) => page.locator('[data-action="make-exercise"]').click(),
  compare: async (page) => page.locator('[data-action="compare"]').click(),
  spans: async (page) => {
    await page.locator('[data-action="edit-labels"]').click();
    await page.locator(".editor-scope").nth(3).selectOption("span");
    await page.keyboard.press("Escape");
    await page.locator('[data-sentence="3"]').click();
    for (const key of ["s", "4", "ArrowLeft"]) await page.keyboard.press(key);
    await page.locator("#chips-3 .span-chip").waitFor();
  },
};

for (const lang of ["ar", "en"]) {
  for (const theme of ["light", "dark"]) {
    test(`axe finds no serious or critical violation in any view (${lang}, ${theme})`, async () => {
      const { page, problems } = await fresh();
      await page.locator('[data-sentence="1"]').click();
      await page.keyboard.press("1");
      await page.keyboard.press("j");
      await page.keyboard.press("2");
      await setUp(page, { lang, theme });
      const found = {};
      for (const [view, open] of Object.entries(VIEWS)) {
        await open(page);
        const violations = await audit(page);
        if (violations.length) found[view] = violations;
        await page.keyboard.press("Escape");
      }
      assert.deepEqual(found, {});
      assert.deepEqual(problems, []);
    });
  }
}

test("keyboard only: label, note, export and settings without the mouse", async () => {
  const { page } = await fresh();
  // Tab into the document, move and label.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches(".document[role=listbox]"))) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.className), "document");
  const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(focusVisible, "none", "the focused document shows a focus ring");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("3");
  assert.equal(await page.locator('[data-sentence="1"]').getAttribute("data-labels"), "رأي");
  await page.keyboard.press("n");
  await page.keyboard.type("ملاحظة من لوحة المفاتيح");
  await page.keyboard.press("Control+Enter");
  await page.locator(".note-chip").waitFor();
  // Export: reach the button by Tab, open, download with Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Shift+Tab");
    if (await page.evaluate(() => document.activeElement?.dataset.action === "export")) break;
  }
  await page.keyboard.press("Enter");
  await page.locator("#export-dialog").waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    (async () => {
      for (let i = 0; i < 20; i++) {
        if (await page.evaluate(() => document.activeElement?.dataset.action === "download")) break;
        await page.keyboard.press("Tab");
      }
      await page.keyboard.press("Enter");
    })(),
  ]);
  assert.match(download.suggestedFilename(), /^hamish-/);
  await page.keyboard.press("Escape");
  // Settings: dark colours and large text, by keyboard.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.dataset.action === "settings")) break;
  }
  await page.keyboard.press("Enter");
  await page.locator("#settings-dialog").waitFor();
  for (let i = 0; i < 20; i++) {
    if (await page.evaluate(() => document.activeElement?.name === "theme")) break;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  await page.keyboard.press("Escape");
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark", "the choice is remembered");
});

for (const [name, viewport] of [["tablet", { width: 768, height: 1024 }], ["desktop", { width: 1440, height: 900 }], ["200 % zoom", { width: 640, height: 450 }]]) {
  test(`layout at ${name}: no sideways scrolling, the palette in reach, nothing overlapping the text`, async () => {
    const { page } = await fresh(viewport);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    const palette = await page.locator(".palette-label").first().boundingBox();
    assert.ok(palette && palette.y + palette.height <= viewport.height, "the first label is on screen");
    await page.locator('[data-sentence="1"]').tap().catch(() => page.locator('[data-sentence="1"]').click());
    await page.locator(".palette-label").first().click();
    assert.equal(await page.locator('[data-sentence="1"]').getAttribute("data-labels"), "ادعاء");
    const article = await page.locator(".document[role=listbox]").boundingBox();
    const topbar = await page.locator(".topbar").boundingBox();
    assert.ok(article.y >= topbar.y + topbar.height - 1, "the header does not cover the text");
  });
}

test("a dialog keeps the keyboard inside it and gives focus back on close", async () => {
  const { page } = await fresh();
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("n");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "note-field", "focus starts in the note field");
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    assert.ok(await page.evaluate(() => Boolean(document.activeElement?.closest("#note-dialog"))), `Tab ${i + 1} stays in the dialog`);
  }
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Shift+Tab");
    assert.ok(await page.evaluate(() => Boolean(document.activeElement?.closest("#note-dialog"))), `Shift+Tab ${i + 1} stays in the dialog`);
  }
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("role")), "listbox", "focus returns to the text");
});
