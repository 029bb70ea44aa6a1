// Journey: a teacher makes an exercise; two students, one after the other on
// one browser profile, open it, annotate, export submissions and leave; a
// returning student finds their own work; the teacher
// loads both and sees the expected agreement, then exports the adjudicated
// result. Also: an exercise baked into the single file opens straight into it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { startServer, launch, watch, openApp, screenshot, appReady } from "./harness.mjs";

let server, url, files;
const profiles = [];

before(async () => {
  ({ server, url } = await startServer());
  files = mkdtempSync(join(tmpdir(), "hamish-classroom-"));
});

after(async () => {
  for (const { context, userDataDir } of profiles) {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
  server?.close();
  rmSync(files, { recursive: true, force: true });
});

async function browser() {
  const profile = await launch();
  profiles.push(profile);
  const page = await profile.context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  return { page, problems };
}

async function save(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(files, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

let exercisePath;
let gradebookFigures;
const submissions = [];

test("the teacher makes an exercise file", async () => {
  const { page, problems } = await browser();
  await openApp(page, url);
  // The title line is a heading: shown as one, never labeled.
  await page.locator('[data-sentence="0"]').click();
  await page.locator('[data-action="heading"]').click();
  assert.equal(await page.locator('[data-sentence="0"]').getAttribute("data-heading"), "true");
  await page.keyboard.press("1");
  assert.equal(await page.locator('[data-sentence="0"]').getAttribute("data-labels"), "");
  assert.match(await page.locator(".notice").textContent(), /العناوين لا تُصنَّف/);
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("تمرين الحجاج");
  await page.locator("#exercise-instructions").fill("صنّفوا الجمل الخمس الأولى.\n\n- ادعاء\n- دليل");
  await page.locator("#exercise-lock").check();
  exercisePath = await save(page, () => page.locator('[data-action="save-exercise"]').click());
  const exercise = JSON.parse(readFileSync(exercisePath, "utf8"));
  assert.equal(exercise.format, "hamish-exercise");
  assert.equal(exercise.documents.length, 1);
  assert.equal(exercise.lock_labels, true);
  assert.deepEqual(exercise.documents[0].headings, [0]);
  assert.deepEqual(problems, []);
});

// Both students use one browser profile, one after the other, as on a
// shared classroom computer.
let shared;

async function chooseStudent(page, name) {
  await page.locator("#student-picker").waitFor();
  await page.locator("#student-name").fill(name);
  await page.locator('[data-action="start-exercise"]').click();
  await page.locator(".exercise-panel").waitFor();
}

for (const [student, keys] of [["أحمد", ["1", "2", "3", "4", "5"]], ["ليلى", ["1", "1", "3", "4", "5"]]]) {
  test(`${student} opens the exercise on the shared computer, annotates, exports a submission and leaves`, async () => {
    shared ??= await browser();
    const { page, problems } = shared;
    await openApp(page, url);
    await page.locator("#import-file").setInputFiles(exercisePath);
    await page.locator("#student-picker").waitFor();
    const earlier = await page.locator(".student-choice").allTextContents();
    assert.deepEqual(earlier, submissions.length ? ["أحمد"] : [], "the picker lists who has work here");
    await chooseStudent(page, student);
    assert.match(await page.locator(".instructions").textContent(), /صنّفوا الجمل الخمس الأولى/);
    assert.equal(await page.locator(".instructions li").count(), 2);
    assert.equal(await page.locator("[data-sentence][data-labels]:not([data-labels=''])").count(), 0, "a new student starts blank");
    assert.equal(await page.locator('[data-sentence="0"]').getAttribute("data-heading"), "true", "the teacher's heading");
    await page.locator('[data-sentence="1"]').click();
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.keyboard.press("j");
    }
    await screenshot(page, `exercise-${keys.join("")}`);
    const path = await save(page, () => page.locator('[data-action="submit"]').click());
    const submission = JSON.parse(readFileSync(path, "utf8"));
    assert.equal(submission.annotator, student);
    assert.ok(submission.exercise.hash);
    const labeled = submission.documents[0].sentences.filter((sentence) => sentence.labels.length > 0);
    assert.equal(labeled.length, 5, "only this student's five labels");
    submissions.push(path);
    await page.locator('[data-action="leave-exercise"]').click();
    await page.locator(".exercise-panel").waitFor({ state: "detached" });
    // Said once the student's work is stored ("saving…" until then).
    await page.waitForFunction((student) => document.querySelector(".notice")?.textContent.includes(student), student);
    assert.deepEqual(problems, []);
  });
}

test("a returning student picks their name and finds their own labels", async () => {
  const { page, problems } = shared;
  await page.locator("#import-file").setInputFiles(exercisePath);
  await page.locator("#student-picker").waitFor();
  assert.deepEqual(await page.locator(".student-choice").allTextContents(), ["أحمد", "ليلى"]);
  await page.locator('.student-choice[data-student="أحمد"]').click();
  await page.locator(".exercise-panel").waitFor();
  assert.equal(await page.locator('[data-sentence="2"]').getAttribute("data-labels"), "دليل");
  await page.reload();
  await page.locator(".exercise-panel .student").waitFor();
  assert.equal(await page.locator(".exercise-panel .student").getAttribute("data-student"), "أحمد");
  assert.equal(await page.locator('[data-sentence="2"]').getAttribute("data-labels"), "دليل");
  await page.locator('[data-action="leave-exercise"]').click();
  assert.deepEqual(problems, []);
});

let teacher, feedbackPath;

test("the teacher loads both submissions: kappa 0.750, a tie left open, a document column", async () => {
  teacher = await browser();
  const { page, problems } = teacher;
  await openApp(page, url);
  await page.locator('[data-action="compare"]').click();
  await page.locator("#submission-files").setInputFiles(submissions);
  await page.locator(".students[data-count='2']").waitFor();
  assert.equal(await page.locator('td[data-pair="0-1"]').textContent(), "0.750");
  assert.equal(await page.locator('.agreement tbody tr:first-child [data-figure="observed"]').textContent(), "0.800");
  // Two students, one disagreement: a 1–1 tie, shown as a tie and not decided for the teacher.
  const tie = page.locator(".sentence-row.open-tie");
  assert.equal(await tie.count(), 1);
  assert.equal(await tie.getAttribute("data-index"), "2");
  assert.equal(await tie.locator(".final-label").inputValue(), "?");
  assert.match(await tie.locator(".final-label option:checked").textContent(), /تعادل/);
  assert.equal(await tie.locator(".compare-document").textContent(), "10 سبتمبر 2025");
  assert.equal(await page.locator(".sentence-row").first().getAttribute("data-index"), "1", "the heading is not compared");
  await screenshot(page, "compare");
  assert.deepEqual(problems, []);
});

test("decisions and explanations are undone like any work, and survive closing the dialog and a reload", async () => {
  const { page, problems } = teacher;
  const row = () => page.locator('.sentence-row[data-index="2"]');
  const value = (selector) => page.evaluate((selector) => document.querySelector(`.sentence-row[data-index="2"] ${selector}`)?.value, selector);
  await row().locator(".final-label").selectOption("2");
  await row().locator(".explanation").fill("تسند الدراسات الادعاء، فهي دليل.");
  await row().locator(".explanation").press("Tab");
  await page.waitForFunction(() => document.querySelector(".sentence-row.open-tie") === null);
  await page.locator("#compare-dialog .panel-title").first().click();
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.querySelector('.sentence-row[data-index="2"] .explanation')?.value === "");
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.querySelector('.sentence-row[data-index="2"] .final-label')?.value === "?");
  await page.keyboard.press("Control+Shift+z");
  await page.keyboard.press("Control+Shift+z");
  await page.waitForFunction(() => document.querySelector('.sentence-row[data-index="2"] .explanation')?.value !== "");
  assert.equal(await value(".final-label"), "2");
  await page.keyboard.press("Escape");
  await page.locator("#compare-dialog").waitFor({ state: "detached" });
  await page.locator('[data-action="compare"]').click();
  assert.equal(await value(".final-label"), "2");
  await page.reload();
  await appReady(page);
  await page.locator('[data-action="compare"]').click();
  assert.equal(await page.locator(".students").getAttribute("data-count"), "2");
  assert.equal(await value(".final-label"), "2");
  assert.equal(await value(".explanation"), "تسند الدراسات الادعاء، فهي دليل.");
  assert.equal(await page.locator(".sentence-row.open-tie").count(), 0);
  // Escape straight from the field closes the dialog and keeps what was typed.
  await page.locator('.sentence-row[data-index="3"] .explanation').fill("رأي الكاتب.");
  await page.keyboard.press("Escape");
  await page.locator("#compare-dialog").waitFor({ state: "detached" });
  await page.locator('[data-action="compare"]').click();
  assert.equal(await page.locator('.sentence-row[data-index="3"] .explanation').inputValue(), "رأي الكاتب.");
  assert.deepEqual(problems, []);
});

test("a key from the decisions scores every student; the gradebook is recomputed independently", async () => {
  const { page, problems } = teacher;
  await page.locator('[data-action="make-key"]').click();
  await page.locator(".scores tbody tr").nth(1).waitFor();
  const score = (student) => page.locator(`.scores tr[data-student="${student}"] [data-figure="score"]`).textContent();
  assert.equal(await score("أحمد"), "100.0");
  assert.equal(await score("ليلى"), "80.0");
  await page.locator('button.sort[data-sort="Accuracy"]').click();
  assert.deepEqual(await page.locator(".scores tbody th").allTextContents(), ["ليلى", "أحمد"]);
  await page.locator('button.sort[data-sort="Accuracy"]').click();
  assert.deepEqual(await page.locator(".scores tbody th").allTextContents(), ["أحمد", "ليلى"]);
  assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1);
  // Laila gave claim to an evidence sentence: claim P 0.50 R 1.00, evidence R 0.00.
  const laila = page.locator('.per-label-scores tr[data-student="ليلى"]');
  assert.equal(await laila.locator('[data-label="1"]').textContent(), "P 0.50 · R 1.00 · F1 0.67");
  assert.equal(await laila.locator('[data-label="2"]').textContent(), "P — · R 0.00 · F1 0.00");
  await screenshot(page, "scores");
  // The adjudicated result is the key; recompute each student's score from the files alone.
  const adjudicated = JSON.parse(readFileSync(await save(page, () => page.locator('[data-action="export-adjudicated"]').click()), "utf8"));
  const key = new Map(adjudicated.documents[0].sentences.filter((s) => s.labels.length).map((s) => [s.index, [...s.labels].sort().join("|")]));
  const expected = {};
  for (const path of submissions) {
    const submission = JSON.parse(readFileSync(path, "utf8"));
    const given = new Map(submission.documents[0].sentences.map((s) => [s.index, [...s.labels].sort().join("|")]));
    const correct = [...key].filter(([index, labels]) => given.get(index) === labels).length;
    expected[submission.annotator] = { correct, outOf: key.size, percent: ((100 * correct) / key.size).toFixed(1) };
  }
  const gradebookPath = await save(page, () => page.locator('[data-action="gradebook"]').click());
  const bytes = readFileSync(gradebookPath);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a byte order mark");
  const [header, ...rows] = bytes.toString("utf8").slice(1).trim().split("\r\n").map((line) => line.split(","));
  assert.deepEqual(header.slice(0, 8), ["student", "student_id", "points", "max_points", "score_percent", "correct", "out_of", "unlabeled"]);
  assert.equal(rows.length, 2);
  for (const [student, , points, max, percent, correct, outOf] of rows) {
    assert.deepEqual({ correct: Number(correct), outOf: Number(outOf), percent }, expected[student], student);
    assert.equal(Number(points), Math.round((100 * Number(max) * correct) / outOf) / 100, `${student}'s points`);
  }
  gradebookFigures = rows.map(([student, , , , percent]) => `${student}: ${percent}%`);
  feedbackPath = await save(page, () => page.locator('.scores tr[data-student="ليلى"] [data-action="feedback"]').click());
  assert.deepEqual(problems, []);
});

test("a student opens their feedback file: the score, their labels and the key's with the explanation", async () => {
  const { page, problems } = await browser();
  await openApp(page, url);
  await page.locator("#import-file").setInputFiles(feedbackPath);
  await page.locator('[data-action="merge"]').click();
  await page.locator(".document-title", { hasText: "النتيجة" }).waitFor();
  assert.match(await page.locator(".document").textContent(), /الدرجة: 4 من 5 \(80٪\)/);
  assert.match(await page.locator(".document").textContent(), /العلامة: \d+(\.\d+)? من \d+/, "the grade on the teacher's scale");
  await page.keyboard.press("]");
  await page.locator(".document-title", { hasText: "تصحيح: 10 سبتمبر 2025" }).waitFor();
  const notes = await page.locator(".note-chip").allTextContents();
  assert.ok(notes.some((note) => note.includes("✗") && note.includes("دليل") && note.includes("تسند الدراسات")), notes.join(" / "));
  assert.ok(notes.some((note) => note.includes("✓")), notes.join(" / "));
  await screenshot(page, "feedback");
  assert.deepEqual(problems, []);
});

test("practice: an exercise carrying its key lets a student check their answers", async () => {
  const { page, problems } = await browser();
  await openApp(page, url);
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("2");
  await page.locator('[data-action="note"]').click();
  await page.locator("#note-field").fill("تسند الدراسات الادعاء.");
  await page.locator("#note-dialog .dialog-actions .primary").click();
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("تدريب ذاتي");
  assert.match(await page.locator("#practice-key-warning").textContent(), /للتدرّب لا للتقييم/);
  await page.locator("#exercise-practice-key").check();
  const practicePath = await save(page, () => page.locator('[data-action="save-exercise"]').click());
  const practice = JSON.parse(readFileSync(practicePath, "utf8"));
  assert.equal(practice.practice_key.length, 2);
  await page.keyboard.press("Escape");
  // A student on another computer.
  const student = await browser();
  await openApp(student.page, url);
  await student.page.locator("#import-file").setInputFiles(practicePath);
  await chooseStudent(student.page, "سلمى");
  await student.page.locator('[data-sentence="1"]').click();
  await student.page.keyboard.press("1");
  await student.page.locator('[data-sentence="2"]').click();
  await student.page.keyboard.press("3");
  await student.page.locator('[data-action="self-check"]').click();
  assert.match(await student.page.locator(".self-check-score").textContent(), /1 من 2/);
  const difference = student.page.locator('.self-check-differences tr[data-index="2"]');
  assert.equal(await difference.locator(".expected").textContent(), "دليل");
  assert.equal(await difference.locator(".given").textContent(), "رأي");
  assert.equal(await difference.locator(".explanation-text").textContent(), "تسند الدراسات الادعاء.");
  await screenshot(student.page, "self-check");
  await difference.locator("button.link").click();
  await student.page.locator("#self-check").waitFor({ state: "detached" });
  assert.equal(await student.page.locator('[data-sentence="2"]').getAttribute("aria-selected"), "true");
  assert.deepEqual(problems, []);
  assert.deepEqual(student.problems, []);
});

test("a submission for another exercise is left out with a message", async () => {
  const { page } = await browser();
  await openApp(page, url);
  const other = JSON.parse(readFileSync(submissions[1], "utf8"));
  other.exercise.hash = "0000000000000000";
  other.annotator = "سالم";
  const otherPath = join(files, "other.json");
  (await import("node:fs")).writeFileSync(otherPath, JSON.stringify(other));
  await page.locator('[data-action="compare"]').click();
  await page.locator("#submission-files").setInputFiles([submissions[0], otherPath]);
  await page.locator("#compare-dialog [role=alert]").waitFor();
  assert.match(await page.locator("#compare-dialog [role=alert]").textContent(), /other\.json/);
  assert.equal(await page.locator(".students").getAttribute("data-count"), "1");
});

test("an exercise baked into the single file opens straight into it", async () => {
  const out = join(files, "single");
  execFileSync("node", ["scripts/single.mjs", "dist", out, exercisePath]);
  const { page } = await browser();
  await page.goto(pathToFileURL(join(out, "hamish.html")).href);
  await chooseStudent(page, "سالم");
  assert.match(await page.locator(".exercise-title").textContent(), /تمرين الحجاج/);
  assert.ok((await page.locator("[data-sentence]").count()) >= 30);
});
