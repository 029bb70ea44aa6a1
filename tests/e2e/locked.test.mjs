// Journey: a teacher makes an exercise that locks the label set; a student
// opens it and the label editor is plainly locked: a sentence at its top says
// the teacher locked the labels, every name is read-only, every other control
// is disabled, and nothing typed appears in a field. After leaving the
// exercise the editor edits again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { session, screenshot } from "./harness.mjs";

const LOCKED_AR = /أقفل المعلّم التصنيفات في هذا التمرين/;
const LOCKED_EN = /Your teacher locked the labels for this exercise/;

let page, problems, files, close;

before(async () => {
  ({ page, problems, files, close } = await session("hamish-locked-"));
});

after(async () => {
  await close?.();
});

/** The value of every label name field of the editor. */
const names = () => page.locator("#labels-dialog .editor-name").evaluateAll((nodes) => nodes.map((node) => node.value));

/** The names shown in the palette. */
const paletteNames = () => page.locator(".palette-name").allTextContents();

async function openEditor() {
  await page.locator('[data-action="edit-labels"]').click();
  await page.locator("#labels-dialog").waitFor();
}

async function closeEditor() {
  await page.keyboard.press("Escape");
  await page.locator("#labels-dialog").waitFor({ state: "detached" });
}

test("a student's label editor is read-only when the teacher locked the labels", async () => {
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("تمرين مقفل");
  await page.locator("#exercise-lock").check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="save-exercise"]').click()]);
  const exercise = join(files, download.suggestedFilename());
  await download.saveAs(exercise);

  await page.locator("#import-file").setInputFiles(exercise);
  await page.locator("#student-picker").waitFor();
  await page.locator("#student-name").fill("سارة");
  await page.locator('[data-action="start-exercise"]').click();
  await page.locator(".exercise-panel").waitFor();

  // The palette's button says the labels are locked, and still opens them.
  const edit = page.locator('[data-action="edit-labels"]');
  assert.equal(await edit.getAttribute("data-locked"), "");
  assert.match(await edit.getAttribute("title"), /^التصنيفات مقفلة/);
  assert.equal(await edit.locator(".lock-icon").count(), 1);
  const palette = await paletteNames();

  await openEditor();
  const dialog = page.locator("#labels-dialog");
  const note = dialog.locator(".locked-note");
  assert.ok(await note.isVisible(), "the locked sentence is shown");
  assert.match(await note.innerText(), LOCKED_AR);
  const top = await page.evaluate(() => {
    const note = document.querySelector("#labels-dialog .locked-note").getBoundingClientRect().top;
    const list = document.querySelector("#labels-dialog .editor-list").getBoundingClientRect().top;
    return note < list;
  });
  assert.ok(top, "the locked sentence is above the labels");

  const before = await names();
  assert.ok(before.length >= 2);
  const fields = await dialog.locator(".editor-name").evaluateAll((nodes) =>
    nodes.map((node) => ({ readOnly: node.readOnly, aria: node.getAttribute("aria-readonly"), describedBy: node.getAttribute("aria-describedby") })),
  );
  for (const field of fields) assert.deepEqual(field, { readOnly: true, aria: "true", describedBy: "labels-locked-note" });
  for (const selector of [".editor-color", ".editor-row button", ".editor-add input", ".editor-add button", ".editor-multiple input"]) {
    const disabled = await dialog.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.disabled));
    assert.ok(disabled.length > 0, `${selector} is there`);
    assert.deepEqual([...new Set(disabled)], [true], `${selector} is disabled`);
  }
  assert.ok(await dialog.locator(".close").isEnabled(), "the dialog still closes");
  await screenshot(page, "labels-locked");

  // Typing into a name changes nothing, in the field or anywhere.
  const first = dialog.locator(".editor-name").first();
  await first.click();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("editor-name")), true, "a read-only name can be focused and read");
  await page.keyboard.press("End");
  await page.keyboard.type("xyz");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type("جديد");
  assert.equal(await first.inputValue(), before[0], "nothing typed appears in the field");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.deepEqual(await names(), before, "no name changed");
  assert.equal(await dialog.locator(".editor-row").count(), before.length, "no label added or removed");

  await closeEditor();
  assert.deepEqual(await paletteNames(), palette, "the palette's names are unchanged");

  // In English too.
  await page.locator(".lang-switch").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.match(await edit.getAttribute("title"), /^Labels locked/);
  await openEditor();
  assert.match(await page.locator("#labels-dialog .locked-note").innerText(), LOCKED_EN);
  await screenshot(page, "labels-locked-en");
  await closeEditor();
  await page.locator(".lang-switch").click();
  await page.waitForFunction(() => document.documentElement.lang === "ar");
});

test("after leaving the exercise the label editor edits again", async () => {
  await page.locator('[data-action="leave-exercise"]').click();
  await page.locator(".exercise-panel").waitFor({ state: "detached" });
  const edit = page.locator('[data-action="edit-labels"]');
  assert.equal(await edit.getAttribute("data-locked"), null);
  await openEditor();
  const dialog = page.locator("#labels-dialog");
  assert.equal(await dialog.locator(".locked-note").count(), 0);
  assert.equal(await dialog.locator(".editor-name[readonly]").count(), 0);
  assert.equal(await dialog.locator(".editor-add input").isEnabled(), true);
  await closeEditor();
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
