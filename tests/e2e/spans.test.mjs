// Journey: a teacher pastes a short text, makes two span labels (subject and
// predicate), marks them by keyboard and by mouse, removes and undoes one,
// finds them after a reload, and exports doccano span JSONL that Python
// slices back to the same words. Then two students mark spans in an
// exercise, and Compare gives their span F1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, watch, openApp, appReady, screenshot, exportFile, openDocument } from "./harness.mjs";

const TEXT = "العلمُ نورٌ. الصبرُ مفتاحُ الفرج. الكتابُ صديقٌ وفيّ.";
const SUBJECT = "مبتدأ";
const PREDICATE = "خبر";
let server, url, files, profile, page, problems;

before(async () => {
  ({ server, url } = await startServer());
  files = mkdtempSync(join(tmpdir(), "hamish-spans-"));
  profile = await launch();
  page = await profile.context.newPage();
  problems = watch(page, url.replace(/\/$/, ""));
  await openApp(page, url);
});

after(async () => {
  await profile?.context.close();
  if (profile) rmSync(profile.userDataDir, { recursive: true, force: true });
  server?.close();
  rmSync(files, { recursive: true, force: true });
});

const sentence = (index, on = page) => on.locator(`[data-sentence="${index}"]`);

/** The words each span chip of sentence `index` names, in order. */
const chips = (index, on = page) => on.locator(`#chips-${index} .span-chip`).allTextContents();

/** Every painted span range, by highlight name, as the words it covers. */
const painted = (on = page) =>
  on.evaluate(() => Object.fromEntries([...CSS.highlights.entries()].map(([name, ranges]) => [name, [...ranges].map(String).sort()])));

/** The centre of code points `start..end` of sentence `index` on screen. */
async function point(index, at) {
  return page.evaluate(([index, at]) => {
    const node = document.querySelector(`[data-sentence="${index}"]`).firstChild;
    const units = (cp) => [...node.data].slice(0, cp).join("").length;
    const range = document.createRange();
    range.setStart(node, units(at));
    range.setEnd(node, units(at + 1));
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, [index, at]);
}

/** Drags the mouse from code point `from` to code point `to` of sentence `index`. */
async function drag(index, from, to) {
  const start = await point(index, from);
  const end = await point(index, to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 20 });
  await page.mouse.up();
}

test("a teacher makes span labels and marks subject and predicate by keyboard", async () => {
  await page.locator('[data-action="paste"]').click();
  await page.locator("#paste-title").fill("المبتدأ والخبر");
  await page.locator("#paste-text").fill(TEXT);
  await page.locator('#paste-dialog button[type="submit"]').click();
  await page.locator(".document-title", { hasText: "المبتدأ والخبر" }).waitFor();
  await sentence(0).click();
  await page.keyboard.press("s");
  assert.equal(await sentence(0).getAttribute("data-cursor"), "0-6", "span mode starts on the first word");
  assert.equal(await page.locator('.palette-list[data-target="spans"] .palette-item').count(), 0);
  await page.keyboard.press("1");
  assert.match(await page.locator(".notice").textContent(), /يصنّف الجملة كلها/, "a key whose label is for sentences says so");
  // Labels made in span mode are for spans.
  await page.locator('[data-action="edit-labels"]').click();
  for (const name of [SUBJECT, PREDICATE]) {
    await page.locator(".editor-add input").fill(name);
    await page.locator('.editor-add button[type="submit"]').click();
  }
  const scopes = await page.locator(".editor-scope").evaluateAll((selects) => selects.map((select) => select.value));
  assert.deepEqual(scopes, ["sentence", "sentence", "sentence", "sentence", "sentence", "span", "span"]);
  await page.keyboard.press("Escape");
  const spanLabels = await page.locator('.palette-list[data-target="spans"] .palette-name').allTextContents();
  assert.deepEqual(spanLabels, [SUBJECT, PREDICATE], "the palette shows the span labels");

  await page.keyboard.press("6");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await sentence(0).getAttribute("data-cursor"), "7-11");
  await page.keyboard.press("7");
  assert.equal(await sentence(0).getAttribute("data-spans"), "2");
  assert.deepEqual(await chips(0), [`${SUBJECT}: العلمُ`, `${PREDICATE}: نورٌ`]);
  assert.equal(await page.locator("#span-status").textContent(), `مقطع: نورٌ، ${PREDICATE}`, "a screen reader hears the span");
  assert.equal(await sentence(0).getAttribute("data-labels"), "", "spans are not sentence labels");
  assert.equal(await sentence(0).evaluate((element) => element.childNodes.length), 1, "the text is still one text node");
  const colours = Object.values(await painted());
  assert.ok(colours.some((words) => words.includes("العلمُ")), JSON.stringify(colours));
  assert.ok(colours.some((words) => words.includes("نورٌ")));
  await screenshot(page, "spans-keyboard");
  assert.deepEqual(problems, []);
});

test("by mouse: a drag snaps to whole words; a chip puts the cursor on its span, Delete removes it, undo brings it back", async () => {
  await page.keyboard.press("Escape");
  assert.equal(await sentence(0).getAttribute("data-cursor"), null, "Esc leaves span mode");
  // From inside «الصبرُ» to inside it again: the whole word.
  await drag(1, 2, 4);
  assert.equal(await sentence(1).getAttribute("data-cursor"), "0-6");
  await page.keyboard.press("6");
  // From inside «مفتاحُ» to inside «الفرج»: both words.
  await drag(1, 9, 16);
  assert.equal(await sentence(1).getAttribute("data-cursor"), "7-19");
  await page.keyboard.press("7");
  assert.deepEqual(await chips(1), [`${SUBJECT}: الصبرُ`, `${PREDICATE}: مفتاحُ الفرج`]);
  await screenshot(page, "spans-mouse");

  await page.locator('#chips-1 .span-chip[data-span="7-19"]').click();
  assert.equal(await sentence(1).getAttribute("data-cursor"), "7-19", "a click on a span beside the sentence puts the cursor on it");
  // The keyboard reaches the sentence's spans in span mode's bar.
  const items = page.locator(".span-list .span-item");
  assert.deepEqual(await items.evaluateAll((buttons) => buttons.map((button) => button.textContent)),
    [`مقطع: ${SUBJECT}: الصبرُ`, `مقطع: ${PREDICATE}: مفتاحُ الفرج`], "each named as a span, its label and its words");
  await page.locator('.span-list .span-item[data-span="0-6"]').focus();
  await page.keyboard.press("Enter");
  assert.equal(await sentence(1).getAttribute("data-cursor"), "0-6");
  assert.equal(await page.locator("#span-status").textContent(), `مقطع: الصبرُ، ${SUBJECT}`);
  await page.keyboard.press("Delete");
  assert.deepEqual(await chips(1), [`${PREDICATE}: مفتاحُ الفرج`]);
  await page.keyboard.press("Control+z");
  assert.deepEqual(await chips(1), [`${SUBJECT}: الصبرُ`, `${PREDICATE}: مفتاحُ الفرج`]);
  assert.deepEqual(problems, []);
});

test("a selection such as a long press makes on a touch screen becomes the span cursor, snapped to the word", async () => {
  // A long press selects text through the browser's own selection; the page sees only that selection.
  await page.evaluate(() => {
    const node = document.querySelector('[data-sentence="2"]').firstChild;
    getSelection().setBaseAndExtent(node, 2, node, 4);
  });
  await page.waitForFunction(() => document.querySelector('[data-sentence="2"]').dataset.cursor === "0-7");
  assert.equal(await page.locator("#span-status").textContent(), "الكتابُ");
  await page.keyboard.press("Escape");
  assert.deepEqual(problems, []);
});

test("spans are kept after a reload and painted again", async () => {
  await page.waitForTimeout(300);
  await page.reload();
  await appReady(page);
  await page.locator(".document-title", { hasText: "المبتدأ والخبر" }).waitFor();
  await page.locator("#chips-1 .span-chip").nth(1).waitFor();
  assert.deepEqual(await chips(0), [`${SUBJECT}: العلمُ`, `${PREDICATE}: نورٌ`]);
  assert.deepEqual(await chips(1), [`${SUBJECT}: الصبرُ`, `${PREDICATE}: مفتاحُ الفرج`]);
  const words = Object.values(await painted()).flat().sort();
  assert.deepEqual(words, ["الصبرُ", "العلمُ", "مفتاحُ الفرج", "نورٌ"]);
  await page.keyboard.press("Escape");
  assert.deepEqual(problems, []);
});

test("doccano span JSONL is sliced back by Python to the same words", async () => {
  const file = await exportFile(page, files, "doccano-spans");
  assert.match(file.name, /doccano-spans\.jsonl$/);
  const script = `
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    print(json.dumps([[row["text"][s:e], label] for s, e, label in row["label"]], ensure_ascii=False))
`;
  const sliced = execFileSync(".venv/bin/python", ["-c", script, file.path], { encoding: "utf8" }).trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(sliced, [
    [["العلمُ", SUBJECT], ["نورٌ", PREDICATE]],
    [["الصبرُ", SUBJECT], ["مفتاحُ الفرج", PREDICATE]],
    [],
  ]);
});

test("the doccano file, opened in another browser at 200 % zoom, brings the same spans back", async () => {
  const doccano = readdirSync(files).find((name) => name.endsWith("doccano-spans.jsonl"));
  // 200 % zoom: a 1280 × 900 window at twice the size.
  const other = await launch({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  try {
    const fresh = await other.context.newPage();
    const freshProblems = watch(fresh, url.replace(/\/$/, ""));
    await openApp(fresh, url);
    await fresh.locator("#import-file").setInputFiles(join(files, doccano));
    await fresh.locator("#table-preview").waitFor();
    await screenshot(fresh, "spans-doccano-preview");
    await fresh.locator('[data-action="import-rows"]').click();
    await fresh.locator("#import-summary").waitFor();
    const summary = await fresh.locator("#import-summary").innerText();
    await fresh.keyboard.press("Escape");
    const quotes = await fresh.locator(".span-chip .span-quote").allTextContents();
    assert.deepEqual(quotes.sort(), ["الصبرُ", "العلمُ", "مفتاحُ الفرج", "نورٌ"], summary);
    const names = await fresh.locator('.palette-list .palette-name').allTextContents();
    assert.ok(!names.includes(SUBJECT), "span labels are not offered for sentences");
    await fresh.locator('[data-sentence="1"]').click();
    await fresh.keyboard.press("s");
    await fresh.keyboard.press("ArrowLeft");
    assert.deepEqual(await fresh.locator('.palette-list[data-target="spans"] .palette-name').allTextContents(), [SUBJECT, PREDICATE]);
    await fresh.locator('[data-sentence="0"]').scrollIntoViewIfNeeded();
    await screenshot(fresh, "spans-200-zoom-view");
    await fresh.setViewportSize({ width: 390, height: 844 });
    await screenshot(fresh, "spans-phone");
    assert.deepEqual(freshProblems, []);
  } finally {
    await other.context.close();
    rmSync(other.userDataDir, { recursive: true, force: true });
  }
});

test("where the browser cannot paint highlights, the page says so and spans are listed beside each sentence", async () => {
  const doccano = readdirSync(files).find((name) => name.endsWith("doccano-spans.jsonl"));
  const other = await launch();
  try {
    const fresh = await other.context.newPage();
    // A browser without the Custom Highlight API.
    await fresh.addInitScript(() => { delete window.Highlight; });
    const freshProblems = watch(fresh, url.replace(/\/$/, ""));
    await openApp(fresh, url);
    await fresh.locator("#import-file").setInputFiles(join(files, doccano));
    await fresh.locator('[data-action="import-rows"]').click();
    await fresh.locator("#import-summary").waitFor();
    await fresh.keyboard.press("Escape");
    await fresh.locator(".span-fallback").waitFor();
    assert.match(await fresh.locator(".span-fallback").textContent(), /لا يلوّن داخل النص/);
    assert.deepEqual(await fresh.locator("#chips-0 .span-quote").allTextContents(), ["العلمُ", "نورٌ"]);
    assert.equal(await fresh.evaluate(() => CSS.highlights.size), 0, "nothing painted");
    // The span cursor is shown as the page's own selection instead.
    await fresh.locator('[data-sentence="0"]').click();
    await fresh.keyboard.press("s");
    await fresh.waitForFunction(() => getSelection().toString() === "العلمُ");
    await fresh.keyboard.press("Alt+ArrowLeft");
    await fresh.keyboard.press("Alt+Shift+ArrowLeft");
    await fresh.waitForFunction(() => getSelection().toString() === "نو");
    assert.equal(await fresh.locator('[data-sentence="0"]').getAttribute("data-cursor"), "7-9", "a selection the page made is not snapped again");
    await screenshot(fresh, "spans-fallback");
    assert.deepEqual(freshProblems, []);
  } finally {
    await other.context.close();
    rmSync(other.userDataDir, { recursive: true, force: true });
  }
});

let exercisePath;
const submissions = [];

async function save(on, click) {
  const [download] = await Promise.all([on.waitForEvent("download"), click()]);
  const path = join(files, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

test("two students mark spans in an exercise; Compare gives their span F1 per label", async () => {
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("المبتدأ والخبر");
  // The teacher's own spans travel as a practice key the students check themselves against.
  await page.locator("#exercise-practice-key").check();
  exercisePath = await save(page, () => page.locator('[data-action="save-exercise"]').click());
  await page.keyboard.press("Escape");
  const exercise = JSON.parse(readFileSync(exercisePath, "utf8"));
  assert.deepEqual(exercise.label_set.labels.filter((label) => label.scope === "span").map((label) => label.name), [SUBJECT, PREDICATE]);

  // Salem marks both sentences as the key would; Laila takes «مفتاحُ» alone as the predicate.
  const plans = [
    ["سالم", [[0, 0, 6, "6"], [0, 7, 11, "7"], [1, 0, 6, "6"], [1, 7, 19, "7"]]],
    ["ليلى", [[0, 0, 6, "6"], [0, 7, 11, "7"], [1, 0, 6, "6"], [1, 7, 13, "7"]]],
  ];
  for (const [student, spans] of plans) {
    const other = await launch();
    const studentPage = await other.context.newPage();
    const studentProblems = watch(studentPage, url.replace(/\/$/, ""));
    await openApp(studentPage, url);
    await studentPage.locator("#import-file").setInputFiles(exercisePath);
    await studentPage.locator("#student-name").fill(student);
    await studentPage.locator('[data-action="start-exercise"]').click();
    await studentPage.locator(".exercise-panel").waitFor();
    assert.equal(await studentPage.locator(".document-title").textContent(), "المبتدأ والخبر", "the title the teacher gave it");
    for (const [index, start, end, key] of spans) {
      await sentence(index, studentPage).click();
      await studentPage.keyboard.press("s");
      // The cursor by keyboard: from the first word, on by words and extended by Shift.
      const words = { "0-6": [], "7-11": ["ArrowLeft"], "7-13": ["ArrowLeft"], "7-19": ["ArrowLeft", "Shift+ArrowLeft"] }[`${start}-${end}`];
      for (const press of words) await studentPage.keyboard.press(press);
      assert.equal(await sentence(index, studentPage).getAttribute("data-cursor"), `${start}-${end}`);
      await studentPage.keyboard.press(key);
      await studentPage.keyboard.press("Escape");
    }
    await studentPage.locator('[data-action="self-check"]').click();
    const check = studentPage.locator(".self-check-spans");
    if (student === "سالم") {
      assert.equal(await check.getAttribute("data-exact-f1"), "1.000");
    } else {
      assert.equal(await check.getAttribute("data-exact-f1"), "0.750", "one predicate of four ends a word early");
      assert.match(await studentPage.locator('.self-check-differences tr[data-index="1"] .expected').textContent(), /مفتاحُ الفرج/);
      await screenshot(studentPage, "spans-self-check");
    }
    await studentPage.keyboard.press("Escape");
    submissions.push(await save(studentPage, () => studentPage.locator('[data-action="submit"]').click()));
    assert.deepEqual(studentProblems, []);
    await other.context.close();
    rmSync(other.userDataDir, { recursive: true, force: true });
  }

  await page.locator('[data-action="compare"]').click();
  await page.locator("#submission-files").setInputFiles(submissions);
  await page.locator(".students[data-count='2']").waitFor();
  const figure = (label, kind) =>
    page.locator(`.span-agreement td[data-label="${label}"][data-${kind}-f1]`).first().getAttribute(`data-${kind}-f1`);
  // Subjects agree exactly; one predicate of two differs, but overlaps.
  assert.equal(Number(await figure(SUBJECT, "exact")), 1);
  assert.equal(Number(await figure(PREDICATE, "exact")), 0.5);
  assert.equal(Number(await figure(PREDICATE, "overlap")), 1);
  assert.equal(Number(await figure("*", "exact")), 0.75);
  assert.equal(await page.locator(".figures.agreement").count(), 0, "no sentence-label figures for an exercise of spans");
  await page.locator(".span-agreement").scrollIntoViewIfNeeded();
  await screenshot(page, "spans-compare");
  // The teacher picks Salem's predicate for the sentence they differ on; the key scores both students.
  const row = page.locator('.sentence-row[data-index="1"]');
  assert.equal(await row.locator(".compare-document").textContent(), "المبتدأ والخبر");
  const choice = row.locator(".final-spans");
  assert.equal(await choice.inputValue(), "?", "the majority's spans until the teacher decides");
  assert.match(await choice.locator("option:checked").textContent(), /الصبرُ/);
  const picks = row.locator(".span-picks label");
  assert.deepEqual(await picks.evaluateAll((labels) => labels.map((label) => [label.querySelector("input").checked, label.querySelector(".pick-count").textContent.trim()])),
    [[true, "2/2"], [false, "1/2"], [false, "1/2"]], "each span any student marked, the majority's ticked");
  await row.locator('.span-picks label[data-span^="7-19-"] input').check();
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, "spans-adjudication");
  await page.waitForFunction(() => document.querySelector('.sentence-row[data-index="1"] .final-spans')?.dataset.value === "s0");
  await page.locator('[data-action="make-key"]').click();
  const spanScore = (student, kind) => page.locator(`.scores tr[data-student="${student}"] [data-figure="span-${kind}-f1"]`).textContent();
  await page.locator('.scores tr[data-student="ليلى"]').waitFor();
  assert.equal(await spanScore("سالم", "exact"), "1.000");
  assert.equal(await spanScore("ليلى", "exact"), "0.750", "three of her four spans are the key's");
  assert.equal(await spanScore("ليلى", "overlap"), "1.000");
  assert.deepEqual(problems, []);
});

test("a model's spans arrive as suggestions, outlined, and Enter accepts them", async () => {
  await page.keyboard.press("Escape");
  await page.locator("#compare-dialog").waitFor({ state: "detached" });
  const rows = [{ id: "m1", text: "العلمُ نورٌ والجهلُ ظلامٌ.", prediction: [[0, 6, SUBJECT], [7, 11, PREDICATE]] }];
  const path = join(files, "model-spans.jsonl");
  writeFileSync(path, rows.map((row) => JSON.stringify(row)).join("\n") + "\n");
  await page.locator("#import-file").setInputFiles(path);
  await page.locator("#table-preview").waitFor();
  const column = page.locator('.label-columns label[data-spans="true"]');
  assert.match(await column.textContent(), /prediction \(مقاطع\)/, "the prediction column is offered as spans");
  assert.ok(await column.locator("input").isChecked());
  assert.ok(await page.locator("#preview-as-suggestions").isChecked(), "a model's spans are suggestions by default");
  assert.match(await page.locator(".preview-spans").textContent(), /سيأتي مقطعان/);
  await screenshot(page, "spans-prediction-preview");
  await page.locator('[data-action="import-rows"]').click();
  await page.locator("#import-summary").waitFor();
  await page.keyboard.press("Escape");
  await openDocument(page, { id: "model-spans#m1" });
  assert.equal(await page.locator("#chips-0 .span-chip.suggested").count(), 2, "outlined as suggestions");
  const suggested = await page.evaluate(() => [...(CSS.highlights.get("hamish-suggested") ?? [])].map(String).sort());
  assert.deepEqual(suggested, ["العلمُ", "نورٌ"]);
  await sentence(0).click();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("#chips-0 .span-chip.suggested").length === 0);
  assert.deepEqual(await chips(0), [`${SUBJECT}: العلمُ`, `${PREDICATE}: نورٌ`]);
  assert.equal(await page.evaluate(() => CSS.highlights.get("hamish-suggested")?.size ?? 0), 0, "painted in their colours now");
  assert.deepEqual(problems, []);
});
