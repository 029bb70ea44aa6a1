// Journeys: an annotator labels sentences by keyboard and with the palette,
// undoes and redoes, writes notes, edits the label set (including hostile
// names), works in two tabs at once, and starts with corrupted storage. Every
// group runs in its own fresh browser profile, so no state leaks between them.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { startServer, launch, watch, openApp, screenshot, labelsOf, waitForLabels, appReady, storedRecord } from "./harness.mjs";

const CLAIM = "ادعاء";
const EVIDENCE = "دليل";
const OPINION = "رأي";
const QUESTION = "سؤال";

let server, url, origin;

before(async () => {
  ({ server, url } = await startServer());
  origin = url.replace(/\/$/, "");
});

after(() => server?.close());

/** A fresh profile with one page on the app, watched for problems. */
async function freshTab() {
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  const problems = watch(page, origin);
  await openApp(page, url);
  return { context, userDataDir, page, problems };
}

/** Closes `context` and removes its profile directory. */
async function dispose(context, userDataDir) {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
}

/** Reloads `page` and waits for the sentences again. */
async function reload(page) {
  await page.reload();
  await appReady(page);
}

const sentence = (page, index) => page.locator(`[data-sentence="${index}"]`);

const selected = (page) =>
  page.locator('[data-sentence][aria-selected="true"]').evaluateAll((nodes) => nodes.map((n) => n.dataset.sentence));

/** Text of every `.chip` shown after sentence `index`, up to the next sentence. */
const chipsOf = (page, index) =>
  sentence(page, index).evaluate((node) => {
    const texts = [];
    for (let next = node.nextElementSibling; next && !next.hasAttribute("data-sentence"); next = next.nextElementSibling) {
      const chips = next.matches(".chip") ? [next] : [...next.querySelectorAll(".chip")];
      texts.push(...chips.map((chip) => chip.textContent));
    }
    return texts;
  });

/** The note chip shown after sentence `index`, if any. */
const noteChipOf = (page, index) =>
  sentence(page, index).evaluate((node) => {
    for (let next = node.nextElementSibling; next && !next.hasAttribute("data-sentence"); next = next.nextElementSibling) {
      const chip = next.matches(".note-chip") ? next : next.querySelector(".note-chip");
      if (chip) return chip.textContent;
    }
    return null;
  });

const progress = (page) => page.locator(".progress-document .progress-figure").textContent();

const paletteButton = (page, name) =>
  page.locator(".palette-label").filter({ has: page.locator(".palette-name", { hasText: name }) });

async function openLabelEditor(page) {
  await page.getByRole("button", { name: "تعديل التصنيفات" }).click();
  await page.locator("#labels-dialog").waitFor();
}

async function closeDialog(page, id) {
  await page.keyboard.press("Escape");
  await page.locator(`#${id}`).waitFor({ state: "detached" });
}

describe("labeling in one tab", () => {
  let context, userDataDir, page, problems;

  before(async () => {
    ({ context, userDataDir, page, problems } = await freshTab());
  });

  after(async () => {
    await dispose(context, userDataDir);
  });

  test("label by keyboard: 1 on sentence 1, then j, 2 and 1; a reload keeps them", async () => {
    assert.match(await sentence(page, 1).textContent(), /^تسجيلفي 18 يونيو الماضي/);
    assert.equal(await page.locator("[data-sentence]").count(), 32);
    assert.equal(await progress(page), "0 من 32 مصنفة");
    await sentence(page, 1).click();
    await page.keyboard.press("1");
    await page.keyboard.press("j");
    assert.deepEqual(await selected(page), ["2"]);
    await page.keyboard.press("2");
    await page.keyboard.press("1");
    assert.equal(await labelsOf(page, 1), CLAIM);
    assert.equal(await labelsOf(page, 2), `${CLAIM} ${EVIDENCE}`, "palette order, not key order");
    assert.equal(await labelsOf(page, 3), "");
    assert.deepEqual(await chipsOf(page, 1), [CLAIM]);
    assert.deepEqual(await chipsOf(page, 2), [CLAIM, EVIDENCE]);
    assert.equal(await sentence(page, 1).locator(".chip").count(), 0, "chips are outside the sentence element");
    assert.equal(await progress(page), "2 من 32 مصنفة");
    await screenshot(page, "labeling-keyboard");

    await reload(page);
    await waitForLabels(page, 1, CLAIM);
    await waitForLabels(page, 2, `${CLAIM} ${EVIDENCE}`);
    assert.equal(await progress(page), "2 من 32 مصنفة");
    assert.deepEqual(await chipsOf(page, 2), [CLAIM, EVIDENCE]);
  });

  test("Ctrl+Z undoes the last change; Ctrl+Shift+Z and Ctrl+Y redo it", async () => {
    await sentence(page, 6).click();
    await page.keyboard.press("3");
    assert.equal(await labelsOf(page, 6), OPINION);
    await page.keyboard.press("4");
    assert.equal(await labelsOf(page, 6), `${OPINION} ${QUESTION}`);

    await page.keyboard.press("Control+z");
    assert.equal(await labelsOf(page, 6), OPINION);
    await page.keyboard.press("Control+z");
    assert.equal(await labelsOf(page, 6), "");
    await page.keyboard.press("Control+Shift+Z");
    assert.equal(await labelsOf(page, 6), OPINION);
    await page.keyboard.press("Control+y");
    assert.equal(await labelsOf(page, 6), `${OPINION} ${QUESTION}`);
    await page.keyboard.press("Control+z");
    assert.equal(await labelsOf(page, 6), OPINION);
    // The toolbar buttons do the same.
    await page.locator('[data-action="undo"]').click();
    assert.equal(await labelsOf(page, 6), "");
    await page.locator('[data-action="redo"]').click();
    assert.equal(await labelsOf(page, 6), OPINION);
    // The earlier labels were never touched.
    assert.equal(await labelsOf(page, 1), CLAIM);
    assert.equal(await labelsOf(page, 2), `${CLAIM} ${EVIDENCE}`);
    assert.equal(await progress(page), "3 من 32 مصنفة");
    // Undo is stored too: a reload shows the state after the last redo.
    await reload(page);
    await waitForLabels(page, 6, OPINION);
  });

  test("a shift-click range labeled with the palette, then 0 clears it", async () => {
    await sentence(page, 3).click();
    await sentence(page, 5).click({ modifiers: ["Shift"] });
    assert.deepEqual(await selected(page), ["3", "4", "5"]);
    await page.locator(`.palette-label[data-label="${OPINION}"]`).click();
    for (const index of [3, 4, 5]) assert.equal(await labelsOf(page, index), OPINION, `sentence ${index}`);
    assert.equal(await labelsOf(page, 2), `${CLAIM} ${EVIDENCE}`, "outside the range");
    assert.equal(await labelsOf(page, 6), OPINION, "outside the range");
    assert.equal(await page.locator(`.palette-label[data-label="${OPINION}"] .palette-count`).textContent(), "4");

    // The filter shows only sentences with the label.
    const filter = page.locator(".palette-filter").nth(2);
    await filter.click();
    assert.equal(await filter.getAttribute("aria-pressed"), "true");
    const shown = await page
      .locator("[data-sentence]:not([hidden])")
      .evaluateAll((nodes) => nodes.map((n) => n.dataset.sentence));
    assert.deepEqual(shown, ["3", "4", "5", "6"]);
    await filter.click();
    assert.equal(await filter.getAttribute("aria-pressed"), "false");
    assert.equal(await page.locator("[data-sentence][hidden]").count(), 0);

    await sentence(page, 3).click();
    await sentence(page, 5).click({ modifiers: ["Shift"] });
    await page.keyboard.press("0");
    for (const index of [3, 4, 5]) assert.equal(await labelsOf(page, index), "", `sentence ${index}`);
    assert.equal(await labelsOf(page, 6), OPINION);
    assert.equal(await progress(page), "3 من 32 مصنفة");
  });

  test("u selects the next unlabeled sentence", async () => {
    await sentence(page, 0).click();
    // From sentence 0 the next unlabeled one is 3: 1 and 2 are labeled.
    await page.keyboard.press("u");
    assert.deepEqual(await selected(page), ["3"]);
    await page.keyboard.press("u");
    assert.deepEqual(await selected(page), ["4"]);
  });

  test("a note written with n and Ctrl+Enter is shown beside the sentence and survives a reload", async () => {
    const note = "راجع المصدر: هل التاريخ صحيح؟";
    await sentence(page, 7).click();
    await page.keyboard.press("n");
    await page.locator("#note-dialog").waitFor();
    // Escape closes the dialog without a note.
    await closeDialog(page, "note-dialog");
    assert.equal(await noteChipOf(page, 7), null);

    await page.keyboard.press("n");
    const field = page.locator("#note-field");
    await field.waitFor();
    assert.equal(await field.inputValue(), "", "the n that opened the dialog is not typed into it");
    // The dialog puts focus on its close button, not the textarea: click into it.
    await field.click();
    await page.keyboard.type(note);
    assert.equal(await field.inputValue(), note);
    await page.keyboard.press("Control+Enter");
    await page.locator("#note-dialog").waitFor({ state: "detached" });
    const chip = await noteChipOf(page, 7);
    assert.ok(chip?.includes(note), `note chip: ${chip}`);
    assert.equal(await labelsOf(page, 7), "", "a note is not a label");

    await reload(page);
    await page.waitForFunction(() => document.querySelector(".note-chip") !== null);
    assert.ok((await noteChipOf(page, 7))?.includes(note));
    // Opening the note again shows it for editing.
    await sentence(page, 7).click();
    await page.keyboard.press("n");
    assert.equal(await page.locator("#note-field").inputValue(), note);
    await closeDialog(page, "note-dialog");
  });

  test("? opens the help dialog and Escape closes it", async () => {
    await page.keyboard.press("?");
    await page.locator("#help-dialog").waitFor();
    await closeDialog(page, "help-dialog");
  });

  test("no console error and no request left 127.0.0.1 (one tab)", () => {
    assert.deepEqual(problems, []);
  });
});

describe("hostile label names and notes", () => {
  let context, userDataDir, page, problems;
  const name = '<img src=x onerror="window.__pwned=1">';
  const note = "<script>window.__pwned=2</script>";

  before(async () => {
    ({ context, userDataDir, page, problems } = await freshTab());
  });

  after(async () => {
    await dispose(context, userDataDir);
  });

  const assertInert = async () => {
    assert.equal(await page.evaluate(() => typeof window.__pwned), "undefined");
    assert.equal(await page.locator(".app img").count(), 0);
    assert.equal(await page.locator(".app script").count(), 0);
  };

  test("a label named like an img tag is shown as text", async () => {
    await openLabelEditor(page);
    await page.locator(".editor-add input").fill(name);
    await page.locator('.editor-add [type="submit"]').click();
    await page.locator(".editor-name").nth(5).waitFor();
    assert.equal(await page.locator(".editor-name").nth(5).inputValue(), name);
    await closeDialog(page, "labels-dialog");

    const button = paletteButton(page, name);
    assert.equal(await button.count(), 1);
    assert.equal(await button.locator(".palette-name").textContent(), name);
    await sentence(page, 2).click();
    await button.click();
    const token = name.split(/\s+/).join("_");
    await waitForLabels(page, 2, token);
    assert.deepEqual(await chipsOf(page, 2), [name]);
    await page.waitForTimeout(200); // an injected onerror would have fired by now
    await assertInert();

    await reload(page);
    await waitForLabels(page, 2, token);
    assert.deepEqual(await chipsOf(page, 2), [name]);
    await page.waitForTimeout(200);
    await assertInert();
  });

  test("a note holding a script tag is shown as text", async () => {
    await sentence(page, 3).click();
    await page.keyboard.press("n");
    await page.locator("#note-field").waitFor();
    await page.locator("#note-field").fill(note);
    await page.locator("#note-field").press("Control+Enter");
    await page.locator("#note-dialog").waitFor({ state: "detached" });
    assert.equal(await noteChipOf(page, 3), `✎ ${note}`);
    await assertInert();

    await reload(page);
    await page.waitForFunction(() => document.querySelector(".note-chip") !== null);
    assert.equal(await noteChipOf(page, 3), `✎ ${note}`);
    await assertInert();
    await screenshot(page, "labeling-hostile");
  });

  test("no console error and no request left 127.0.0.1 (hostile names)", () => {
    assert.deepEqual(problems, []);
  });
});

describe("deleting a label in use", () => {
  let context, userDataDir, page, problems;

  before(async () => {
    ({ context, userDataDir, page, problems } = await freshTab());
  });

  after(async () => {
    await dispose(context, userDataDir);
  });

  test("the notice says how many sentences lose it, and Ctrl+Z brings everything back", async () => {
    await sentence(page, 1).click();
    await sentence(page, 2).click({ modifiers: ["Shift"] });
    await page.keyboard.press("2");
    await sentence(page, 4).click();
    await page.keyboard.press("1");
    await page.keyboard.press("2");
    assert.equal(await labelsOf(page, 1), EVIDENCE);
    assert.equal(await labelsOf(page, 2), EVIDENCE);
    assert.equal(await labelsOf(page, 4), `${CLAIM} ${EVIDENCE}`);

    await openLabelEditor(page);
    const rows = page.locator("#labels-dialog .editor-row");
    assert.equal(await rows.count(), 5);
    const names = () => rows.locator(".editor-name").evaluateAll((inputs) => inputs.map((input) => input.value));
    assert.deepEqual(await names(), [CLAIM, EVIDENCE, OPINION, QUESTION, "خلفية"]);
    // The delete button says the label is in use by 3 sentences.
    assert.match(await rows.nth(1).locator("button.danger").textContent(), /\(3\)/);
    await rows.nth(1).locator("button.danger").click();

    const notice = page.locator('.notice[role="status"]');
    await page.waitForFunction(() => document.querySelector(".notice")?.textContent.includes("دليل"));
    const words = await notice.textContent();
    assert.match(words, /(^|\D)3(\D|$)/, `notice mentions 3 sentences: ${words}`);
    assert.deepEqual(await names(), [CLAIM, OPINION, QUESTION, "خلفية"]);
    assert.equal(await page.locator(`.palette-label[data-label="${EVIDENCE}"]`).count(), 0);
    assert.equal(await labelsOf(page, 1), "");
    assert.equal(await labelsOf(page, 2), "");
    assert.equal(await labelsOf(page, 4), CLAIM);
    await screenshot(page, "labeling-deleted");

    await page.keyboard.press("Control+z");
    await waitForLabels(page, 4, `${CLAIM} ${EVIDENCE}`);
    assert.equal(await labelsOf(page, 1), EVIDENCE);
    assert.equal(await labelsOf(page, 2), EVIDENCE);
    assert.deepEqual(await names(), [CLAIM, EVIDENCE, OPINION, QUESTION, "خلفية"], "back in its place");
    await closeDialog(page, "labels-dialog");
    assert.equal(await page.locator(".palette-label").nth(1).getAttribute("data-label"), EVIDENCE);

    // Redo deletes it again, undo restores it again; a reload keeps the restored state.
    await page.keyboard.press("Control+y");
    await waitForLabels(page, 4, CLAIM);
    await page.keyboard.press("Control+z");
    await waitForLabels(page, 4, `${CLAIM} ${EVIDENCE}`);
    await reload(page);
    await waitForLabels(page, 1, EVIDENCE);
    await waitForLabels(page, 2, EVIDENCE);
    await waitForLabels(page, 4, `${CLAIM} ${EVIDENCE}`);
    // The key follows the palette position again.
    await sentence(page, 5).click();
    await page.keyboard.press("2");
    assert.equal(await labelsOf(page, 5), EVIDENCE);
  });

  test("no console error and no request left 127.0.0.1 (label deletion)", () => {
    assert.deepEqual(problems, []);
  });
});

describe("two tabs of the same origin", () => {
  let context, userDataDir, a, b, problemsA, problemsB;

  before(async () => {
    ({ context, userDataDir } = await launch());
    a = await context.newPage();
    b = await context.newPage();
    problemsA = watch(a, origin);
    problemsB = watch(b, origin);
    await openApp(a, url);
    await openApp(b, url);
  });

  after(async () => {
    await dispose(context, userDataDir);
  });

  test("a label made in one tab shows in the other, and neither erases the other's", async () => {
    await sentence(a, 1).click();
    await a.keyboard.press("1");
    assert.equal(await labelsOf(a, 1), CLAIM);
    await waitForLabels(b, 1, CLAIM, 2000);

    await sentence(b, 2).click();
    await b.keyboard.press("2");
    assert.equal(await labelsOf(b, 2), EVIDENCE);
    await waitForLabels(a, 2, EVIDENCE, 2000);
    assert.equal(await labelsOf(a, 1), CLAIM);
    assert.equal(await labelsOf(b, 1), CLAIM);

    // Now A again, on a sentence next to B's, after having seen B's change.
    await sentence(a, 3).click();
    await a.keyboard.press("3");
    await waitForLabels(b, 3, OPINION, 2000);
    assert.equal(await labelsOf(b, 2), EVIDENCE);

    await reload(a);
    await reload(b);
    for (const page of [a, b]) {
      await waitForLabels(page, 1, CLAIM);
      await waitForLabels(page, 2, EVIDENCE);
      await waitForLabels(page, 3, OPINION);
      assert.equal(await progress(page), "3 من 32 مصنفة");
    }
  });

  test("no console error and no request left 127.0.0.1 (two tabs)", () => {
    assert.deepEqual(problemsA, []);
    assert.deepEqual(problemsB, []);
  });
});

describe("corrupted storage", () => {
  let context, userDataDir, page, problems;
  const KEY = "hamish/v1/labels";
  const BAD = "{not json";

  before(async () => {
    ({ context, userDataDir } = await launch());
    page = await context.newPage();
    problems = watch(page, origin);
    // Only before the first load of this tab: later reloads see what the app left.
    await page.addInitScript(
      ([key, bad]) => {
        if (!sessionStorage.getItem("e2e-seeded")) {
          sessionStorage.setItem("e2e-seeded", "1");
          localStorage.setItem(key, bad);
        }
      },
      [KEY, BAD],
    );
    await openApp(page, url);
  });

  after(async () => {
    await dispose(context, userDataDir);
  });

  test("unreadable labels are set aside untouched, reported, and the app still works", async () => {
    const alert = page.locator('[role="alert"][data-problem="unreadable"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /hamish\/v1\/labels/);
    assert.equal(await page.locator("[data-sentence]").count(), 32);
    assert.match(await sentence(page, 1).textContent(), /^تسجيلفي 18 يونيو الماضي/);
    // Moved out of localStorage (an earlier version's place) and set aside in the store.
    assert.equal(await storedRecord(page, `hamish/v1/quarantine/${KEY}`), BAD);
    assert.notEqual(await storedRecord(page, KEY), BAD);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
    // The default labels are offered.
    assert.equal(await page.locator(".palette-label").count(), 5);
    await screenshot(page, "labeling-unreadable");

    // The download button hands over the value as it was.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert.getByRole("button", { name: "تنزيل البيانات الموضوعة جانبًا" }).click(),
    ]);
    const path = await download.path();
    const saved = JSON.parse(await readFile(path, "utf8"));
    assert.equal(saved[KEY], BAD);

    await sentence(page, 1).click();
    await page.keyboard.press("1");
    assert.equal(await labelsOf(page, 1), CLAIM);
    await reload(page);
    await waitForLabels(page, 1, CLAIM);
    assert.equal(await storedRecord(page, `hamish/v1/quarantine/${KEY}`), BAD);
  });

  test("no console error and no request left 127.0.0.1 (corrupted storage)", () => {
    assert.deepEqual(problems, []);
  });
});
