// Journeys: Latin inside Arabic reads in order and a sentence is one piece;
// an Arabic import error reads right to left; storage alerts stay in view and
// speak the interface language; the keyboard stays in a dialog, goes back to
// the button that opened it, and can skip to the text; the shortcuts list has
// every key; a note counts its length, says what did not fit and asks before
// dropping changes; on a phone the palette shows that it scrolls and no
// keyboard hint is shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer, launch, watch, openApp, screenshot, CHROMIUM, CHROMIUM_ARGS } from "./harness.mjs";

const MIXED = "قال Dr. Smith إن الاجتماع سيعقد في 3.5 ساعات عند الساعة 10 a.m. غدًا. ثم غادر.";

let server, url, origin, files;
const profiles = [];

before(async () => {
  ({ server, url } = await startServer());
  origin = url.replace(/\/$/, "");
  files = mkdtempSync(join(tmpdir(), "hamish-polish-"));
});

after(() => {
  server?.close();
  for (const dir of [files, ...profiles]) rmSync(dir, { recursive: true, force: true });
});

/** A fresh profile with one page on the app, watched for problems. */
async function fresh(options = {}) {
  const { context, userDataDir } = await launch(options);
  profiles.push(userDataDir);
  const page = await context.newPage();
  const problems = watch(page, origin);
  if (options.init) await page.addInitScript(...options.init);
  await openApp(page, url);
  return { context, page, problems };
}

const active = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element && { id: element.id, action: element.dataset?.action, className: String(element.className), role: element.getAttribute("role") };
  });

test("a Latin name inside an Arabic sentence stays in it, in order, highlighted in one piece", async () => {
  const { context, page, problems } = await fresh({ viewport: { width: 1100, height: 700 } });
  const path = join(files, "mixed.txt");
  writeFileSync(path, `نص مختلط\n${MIXED}\n`);
  await page.locator("#import-file").setInputFiles(path);
  await page.waitForFunction(() => document.querySelector(".document-title")?.textContent === "mixed");
  const texts = await page.locator("[data-sentence]").allTextContents();
  assert.deepEqual(texts, ["نص مختلط", MIXED.slice(0, MIXED.indexOf(" ثم")), "ثم غادر."]);
  const sentence = page.locator('[data-sentence="1"]');
  await sentence.click();
  const look = await sentence.evaluate((node) => ({
    bidi: getComputedStyle(node).unicodeBidi,
    direction: getComputedStyle(node).direction,
    pieces: node.getClientRects().length,
    lines: Math.round(node.getBoundingClientRect().height / parseFloat(getComputedStyle(node).lineHeight)),
  }));
  assert.equal(look.bidi, "isolate", "each sentence is its own bidi isolate");
  assert.equal(look.direction, "rtl", "with the paragraph's direction");
  assert.equal(look.pieces, 1, "the highlight of a one-line sentence is drawn in one piece");
  // Latin reads in order inside the isolate: "Dr." stands to the left of nothing Arabic between it and "Smith".
  const order = await sentence.evaluate((node) => {
    const text = node.firstChild;
    const at = (from, to) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, to);
      return range.getBoundingClientRect();
    };
    const content = text.textContent;
    const dr = at(content.indexOf("Dr."), content.indexOf("Dr.") + 3);
    const smith = at(content.indexOf("Smith"), content.indexOf("Smith") + 5);
    const said = at(0, 3);
    return { drBeforeSmith: dr.right <= smith.left + 1, saidRightOfDr: said.left >= dr.right - 1 };
  });
  assert.deepEqual(order, { drBeforeSmith: true, saidRightOfDr: true });
  await screenshot(page, "polish-mixed-direction");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an Arabic import error reads right to left, with JSON and paths isolated", async () => {
  const { context, page, problems } = await fresh();
  const broken = join(files, "broken.json");
  writeFileSync(broken, '{"format": "hamish", "version": ]');
  await page.locator("#import-file").setInputFiles(broken);
  const detail = page.locator("#import-dialog .error-detail");
  await detail.waitFor();
  const look = await detail.evaluate((node) => ({
    direction: getComputedStyle(node).direction,
    font: getComputedStyle(node).fontFamily,
    isolates: [...node.querySelectorAll("bdi")].map((bdi) => bdi.textContent),
  }));
  assert.equal(look.direction, "rtl");
  assert.doesNotMatch(look.font, /mono/i, "not a monospace code block");
  assert.deepEqual(look.isolates, ["JSON"]);
  await page.keyboard.press("Escape");
  const invalid = join(files, "invalid.json");
  writeFileSync(invalid, JSON.stringify({
    format: "hamish", version: 1, label_set: { labels: [] },
    documents: [{ id: "x", text: "abc", sentences: [{ start: "1", end: 2, text: "b" }] }],
  }));
  await page.locator("#import-file").setInputFiles(invalid);
  await detail.waitFor();
  assert.deepEqual(await detail.locator("bdi").allTextContents(), ["documents[0].sentences[0].start"]);
  await screenshot(page, "polish-import-error");
  assert.deepEqual(problems, []);
  await context.close();
});

const UNREADABLE = [
  ([key, bad]) => {
    if (!sessionStorage.getItem("polish-seeded")) {
      sessionStorage.setItem("polish-seeded", "1");
      localStorage.setItem(key, bad);
    }
  },
  ["hamish/v1/labels", "{not json"],
];

for (const [name, viewport] of [["desktop", { width: 1200, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
  test(`a storage alert stays in view while scrolling, in Arabic, with the details folded (${name})`, async () => {
    const { context, page } = await fresh({ viewport, init: UNREADABLE });
    const alert = page.locator('[role=alert][data-problem="unreadable"]');
    await alert.waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 0);
    const box = await alert.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `the alert is in view after scrolling: ${JSON.stringify(box)}`);
    // Its words are Arabic; the browser's words and the key are folded away.
    const message = await alert.locator(":scope > p").textContent();
    assert.match(message, /^[\u0600-\u06FF]/);
    const details = alert.locator("details");
    assert.equal(await details.locator("summary").textContent(), "التفاصيل التقنية");
    assert.equal(await details.evaluate((node) => node.open), false);
    assert.equal(await details.locator("code").isVisible(), false);
    assert.match(await details.textContent(), /hamish\/v1\/labels/);
    await screenshot(page, `polish-alert-${name}`);
    // The text is not hidden for good: End brings the last sentence into view, clear of the alert.
    await page.locator('[data-sentence="0"]').click();
    await page.keyboard.press("End");
    await page.waitForTimeout(300);
    const last = await page.locator("[data-sentence]").last().boundingBox();
    const region = await page.locator(".alerts").boundingBox();
    const clear = last.y + last.height <= region.y || last.y >= region.y + region.height;
    assert.ok(clear && last.y >= 0 && last.y + last.height <= viewport.height, `the last sentence is in view and not under the alert: ${JSON.stringify({ last, region })}`);
    await context.close();
  });
}

test("Tab and Shift+Tab never leave the Settings dialog", async () => {
  const { context, page } = await fresh();
  await page.locator('[data-action="settings"]').click();
  await page.locator("#settings-dialog").waitFor();
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(key);
      assert.ok(await page.evaluate(() => Boolean(document.activeElement?.closest("#settings-dialog"))), `${key} ${i + 1} stays in the dialog`);
    }
  }
  await context.close();
});

test("closing a dialog gives the focus back to the button that opened it, or to the text", async () => {
  const { context, page } = await fresh();
  for (const action of ["settings", "statistics", "export", "help"]) {
    await page.locator(`[data-action="${action}"]`).focus();
    await page.keyboard.press("Enter");
    await page.locator("[role=dialog]").waitFor();
    await page.keyboard.press("Escape");
    await page.locator("[role=dialog]").waitFor({ state: "detached" });
    assert.equal((await active(page))?.action, action, `focus is back on ${action}`);
  }
  // Opened by a shortcut from the text: back to the text.
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("?");
  await page.locator("#help-dialog").waitFor();
  await page.keyboard.press("Escape");
  assert.equal((await active(page))?.role, "listbox");
  await context.close();
});

test("the first Tab stop skips to the text", async () => {
  const { context, page } = await fresh();
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  assert.equal(await skip.evaluate((node) => node === document.activeElement), true, "the first Tab reaches the skip link");
  assert.equal(await skip.textContent(), "انتقل إلى النص");
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0 && box.width > 0, "the focused skip link is visible");
  await page.keyboard.press("Enter");
  assert.equal((await active(page))?.role, "listbox");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.locator('[data-sentence="0"]').getAttribute("aria-selected"), "true");
  await context.close();
});

test("the shortcuts list shows every key", async () => {
  const { context, page } = await fresh();
  await page.keyboard.press("?");
  const keys = await page.locator("#help-dialog kbd").allTextContents();
  for (const key of ["↓", "j", "↑", "k", "Shift + ↓", "Shift + ↑", "Home", "End", "Shift + Home", "Shift + End", "Ctrl + A",
    "1 … 9", "١ … ٩", "0", "Backspace", "Delete", "n", "u", "?", "؟", "Esc", "Ctrl + Z", "Ctrl + Shift + Z", "Ctrl + Y"]) {
    assert.ok(keys.includes(key), `${key} is listed: ${JSON.stringify(keys)}`);
  }
  assert.match(await page.locator("#help-dialog").textContent(), /Shift\+نقر/, "the mouse's keys, in Arabic");
  await context.close();
});

test("a note counts its length, asks before dropping changes, and says what did not fit", async () => {
  const { context, page, problems } = await fresh();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const field = page.locator("#note-field");
  const count = page.locator("#note-count");
  await page.locator('[data-sentence="3"]').click();
  await page.keyboard.press("n");
  await field.click();
  await page.keyboard.type("مسودة");
  assert.equal(await count.textContent(), "5 / 5,000 حرف");
  // Escape with changes asks; Escape again goes back to the note.
  await page.keyboard.press("Escape");
  const question = page.locator("#note-dialog .note-confirm");
  await question.waitFor();
  assert.match(await question.textContent(), /أتريد تجاهل التغييرات على هذه الملاحظة؟/);
  assert.equal((await active(page))?.id, "note-keep");
  await page.keyboard.press("Escape");
  await question.waitFor({ state: "detached" });
  assert.equal(await field.inputValue(), "مسودة", "nothing was dropped");
  // The close button asks too; Discard drops the changes.
  await page.locator("#note-dialog .close").click();
  await question.locator('[data-action="discard"]').click();
  await page.locator("#note-dialog").waitFor({ state: "detached" });
  assert.equal(await page.locator(".note-chip").count(), 0);
  // No change: Escape closes at once.
  await page.keyboard.press("n");
  await page.locator("#note-dialog").waitFor();
  await page.keyboard.press("Escape");
  await page.locator("#note-dialog").waitFor({ state: "detached" });
  // A 100,000-character paste keeps 5,000 and says how many did not fit.
  await page.keyboard.press("n");
  await field.click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), "ب".repeat(100_000));
  await page.keyboard.press("Control+V");
  await page.waitForFunction(() => document.querySelector("#note-field").value.length > 0);
  assert.equal((await field.inputValue()).length, 5000);
  assert.equal(await count.textContent(), "5,000 / 5,000 حرف");
  assert.match(await page.locator("#note-overflow").textContent(), /95,000/);
  // Typing at the limit adds nothing, and says so.
  await page.keyboard.type("x");
  assert.equal((await field.inputValue()).length, 5000);
  assert.match(await page.locator("#note-overflow").textContent(), /لم يتسع المكان لحرف واحد:/);
  await page.keyboard.press("Control+Enter");
  await page.locator("#note-dialog").waitFor({ state: "detached" });
  const note = await page.locator(".note-chip").getAttribute("title");
  assert.equal(note.length, 5000);
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a phone the palette shows that it scrolls, Edit labels is an icon, and no keyboard hint is shown", async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openApp(page, url);
  const list = await page.locator(".palette-list").evaluate((node) => ({
    mask: getComputedStyle(node).maskImage || getComputedStyle(node).webkitMaskImage,
    overflows: node.scrollWidth > node.clientWidth,
  }));
  assert.equal(list.overflows, true, "the labels do not all fit: the row scrolls");
  assert.match(list.mask, /gradient/, "the row fades out where it continues");
  const edit = page.getByRole("button", { name: "تعديل التصنيفات" });
  const box = await edit.boundingBox();
  assert.ok(box.width <= 56 && box.height <= 56, `Edit labels is an icon-sized button: ${JSON.stringify(box)}`);
  assert.equal(await page.locator(".document-meta + .hint").isVisible(), false, "no j/k hint on a touch screen");
  assert.equal(await page.locator(".palette-label .key").first().isVisible(), false, "no number keys on a touch screen");
  await page.locator('[data-sentence="1"]').tap();
  await page.locator(".palette-label").first().tap();
  assert.equal(await page.locator('[data-sentence="1"]').getAttribute("data-labels"), "ادعاء");
  await screenshot(page, "polish-phone");
  await browser.close();
});
