// Journey: a classroom as a school runs it. The teacher renames a label
// (its English name follows) and makes an exercise asking for usernames;
// two students give theirs and see only the exercise; one hands in a
// corrected file, which replaces her first once the teacher confirms; the
// grades, out of 20, download as Moodle's and Canvas's import files, which
// a checker following each platform's import rules takes as they are.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, freshProfiles, screenshot } from "./harness.mjs";
import { checkCanvas, checkMoodle } from "./lms/checkers.mjs";

let server, url, files, profiles;

before(async () => {
  ({ server, url } = await startServer());
  profiles = freshProfiles(url);
  files = mkdtempSync(join(tmpdir(), "hamish-school-"));
});

after(async () => {
  await profiles?.close();
  server?.close();
  rmSync(files, { recursive: true, force: true });
});

/** A fresh profile with a watched page on the app. */
const browser = (options) => profiles.open(options);

async function save(page, click, as) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(files, as ?? download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

let exercisePath;
const handedIn = {};

test("the teacher renames a label: its English name follows, in the interface and in exports", async () => {
  const { page, problems } = await browser();
  await page.locator('[data-action="edit-labels"]').click();
  const first = page.locator("#labels-dialog .editor-row").first();
  assert.equal(await first.locator(".editor-name-en").inputValue(), "claim");
  await first.locator(".editor-name").fill("فاعل");
  await first.locator(".editor-name").press("Tab");
  await page.waitForFunction(() => document.querySelector("#labels-dialog .editor-name-en")?.value === "");
  assert.equal(await first.locator(".editor-name-en").getAttribute("placeholder"), "كالاسم العربي");
  // A second label gets an English name of its own, which a rename keeps.
  const second = page.locator("#labels-dialog .editor-row").nth(1);
  await second.locator(".editor-name-en").fill("proof");
  await second.locator(".editor-name-en").press("Tab");
  await second.locator(".editor-name").fill("برهان");
  await second.locator(".editor-name").press("Tab");
  await page.waitForFunction(() => document.querySelectorAll("#labels-dialog .editor-name")[1]?.value === "برهان");
  assert.equal(await second.locator(".editor-name-en").inputValue(), "proof");
  await page.keyboard.press("Escape");
  await page.locator(".lang-switch").click();
  const names = await page.locator(".palette-name").allTextContents();
  assert.deepEqual(names.slice(0, 3), ["فاعل", "proof", "opinion"], "English shows the new name, not claim");
  await page.locator(".lang-switch").click();
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("تمرين الحجاج");
  await page.locator("#exercise-ask-for").selectOption("username");
  exercisePath = await save(page, () => page.locator('[data-action="save-exercise"]').click());
  const exercise = JSON.parse(readFileSync(exercisePath, "utf8"));
  assert.equal(exercise.student_id, "username");
  assert.deepEqual(exercise.label_set.labels.slice(0, 2).map((label) => [label.name, label.name_en]), [["فاعل", ""], ["برهان", "proof"]]);
  assert.deepEqual(problems, []);
});

let shared;

async function startAs(page, name, id) {
  await page.locator("#import-file").setInputFiles(exercisePath);
  await page.locator("#student-picker").waitFor();
  if (name !== undefined) {
    await page.locator("#student-name").fill(name);
    await page.locator("#student-id").fill(id);
    await page.locator('[data-action="start-exercise"]').click();
    await page.locator(".exercise-panel").waitFor();
  }
}

async function handIn(page, as) {
  return save(page, () => page.locator('[data-action="submit"]').click(), as);
}

test("a student gives her username, sees only the exercise, and keys say what they do", async () => {
  shared ??= await browser();
  const { page, problems } = shared;
  await page.locator("#import-file").setInputFiles(exercisePath);
  await page.locator("#student-picker").waitFor();
  assert.equal(await page.locator('label[for="student-id"]').textContent(), "اسم المستخدم في نظام التعلّم");
  await page.locator("#student-name").fill("نور");
  await page.locator('[data-action="start-exercise"]').click();
  assert.match(await page.locator("#student-id-error").textContent(), /هذا التمرين يطلب هذه الخانة/);
  await page.locator("#student-id").fill("nour k");
  await page.locator('[data-action="start-exercise"]').click();
  assert.match(await page.locator("#student-id-error").textContent(), /لا مسافات/);
  await page.locator("#student-id").fill("nour");
  await page.locator('[data-action="start-exercise"]').click();
  await page.locator(".exercise-panel").waitFor();
  // Only the exercise's copy: no second document with the same title.
  assert.equal(await page.locator('[data-action="open-navigator"]').count(), 0, "one document, no switcher");
  assert.match(await page.locator(".progress-all .progress-figure").textContent(), /^0 من \d+ مصنفة$/);
  assert.equal(await page.locator('[data-action="remove-document"]').count(), 0, "nothing to remove");
  assert.equal(await page.locator('[data-action="make-exercise"], [data-action="compare"]').count(), 0, "no teacher's tools");
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await page.keyboard.press("1");
  assert.match(await page.locator(".notice").textContent(), /أُزيل «\u2068فاعل\u2069» عن التحديد: المفتاح 1 يضع التصنيف ويزيله/);
  await page.keyboard.press("1");
  await page.keyboard.press("9");
  assert.match(await page.locator(".notice").textContent(), /لا تصنيف على المفتاح 9/);
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("1");
  handedIn.nourFirst = await handIn(page, "nour-1.json");
  const submission = JSON.parse(readFileSync(handedIn.nourFirst, "utf8"));
  assert.equal(submission.exercise.student_id, "nour");
  await page.locator('[data-action="leave-exercise"]').click();
  await page.locator(".exercise-panel").waitFor({ state: "detached" });
  await page.waitForFunction(() => document.querySelector(".notice")?.textContent.includes("نور"));
  assert.deepEqual(problems, []);
});

test("a second student on the same computer, then the first comes back and corrects her work", async () => {
  const { page, problems } = shared;
  await startAs(page, "سالم", "salem");
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("2");
  handedIn.salem = await handIn(page, "salem.json");
  await page.locator('[data-action="leave-exercise"]').click();
  await page.locator(".exercise-panel").waitFor({ state: "detached" });
  await startAs(page);
  // Another student typing the same name with another username is asked to tell them apart.
  await page.locator("#student-name").fill("نور");
  await page.locator("#student-id").fill("nour.b");
  await page.locator('[data-action="start-exercise"]').click();
  await page.waitForFunction(() => /بمعرّف آخر/.test(document.querySelector("#student-error")?.textContent ?? ""));
  assert.equal(await page.locator(".exercise-panel").count(), 0, "nobody's work opened");
  await page.locator('.student-choice[data-student="نور"]').click();
  await page.locator(".exercise-panel").waitFor();
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("1");
  await page.keyboard.press("2");
  handedIn.nourCorrected = await handIn(page, "nour-2.json");
  const corrected = JSON.parse(readFileSync(handedIn.nourCorrected, "utf8"));
  assert.equal(corrected.exercise.student_id, "nour", "a returning student keeps her username");
  assert.ok(corrected.exported_at > JSON.parse(readFileSync(handedIn.nourFirst, "utf8")).exported_at);
  assert.deepEqual(problems, []);
});

test("the teacher replaces the first file with the corrected one, then downloads grades Moodle and Canvas take", async () => {
  const { page, problems } = await browser();
  await page.locator('[data-action="compare"]').click();
  await page.locator("#submission-files").setInputFiles([handedIn.nourFirst, handedIn.salem]);
  await page.locator(".students[data-count='2']").waitFor();
  // Sentence 2 is a tie: the teacher decides it (برهان, the second label).
  await page.locator('.sentence-row[data-index="2"] .final-label').selectOption("2");
  await page.locator('[data-action="make-key"]').click();
  await page.locator(".scores tbody tr").nth(1).waitFor();
  const points = (student) => page.locator(`.scores tr[data-student="${student}"] [data-figure="points"]`).textContent();
  const before = await points("نور");
  await page.locator("#submission-files").setInputFiles([handedIn.nourCorrected]);
  const question = page.locator('.replacement[data-student="نور"]');
  await question.waitFor();
  const said = (await question.textContent()).replace(/\u2060/g, "").replace(/\u00a0/g, " ");
  const dates = [handedIn.nourFirst, handedIn.nourCorrected].map((path) => {
    const at = JSON.parse(readFileSync(path, "utf8")).exported_at;
    return `${at.slice(0, 10)} ${at.slice(11, 19)}`;
  });
  assert.ok(dates.every((date) => said.includes(date)), `both dates in: ${said}`);
  assert.equal(await page.locator(".students").getAttribute("data-count"), "2", "nothing replaced before the teacher says so");
  await screenshot(page, "replace-submission");
  await question.locator('[data-action="replace-submission"]').click();
  await question.waitFor({ state: "detached" });
  assert.equal(await page.locator(".students").getAttribute("data-count"), "2", "still one file a student");
  assert.equal(await page.locator('.student-files li[data-student="نور"] .student-id').textContent(), "nour");
  await page.waitForFunction((before) => document.querySelector('.scores tr[data-student="نور"] [data-figure="points"]')?.textContent !== before, before);
  assert.deepEqual([before, await points("نور")], ["50.00", "100.00"], "her corrected sentence counts");
  await page.locator("#max-points").fill("20");
  await page.locator("#max-points").press("Tab");
  await page.waitForFunction(() => document.querySelector(".scores thead")?.textContent.includes("/ 20"));
  const shown = { nour: Number(await points("نور")), salem: Number(await points("سالم")) };

  const moodle = readFileSync(await save(page, () => page.locator('[data-action="gradebook-moodle"]').click()));
  const users = [{ username: "nour", idnumber: "", email: "nour@school.edu" }, { username: "salem", idnumber: "", email: "salem@school.edu" }];
  const checked = checkMoodle(moodle, { identifier: "username", users, maxGrade: 20 });
  assert.deepEqual(checked.errors, []);
  assert.deepEqual(Object.fromEntries(checked.grades.map(({ user, grade }) => [user.username ?? user, grade])), shown);

  const canvas = readFileSync(await save(page, () => page.locator('[data-action="gradebook-canvas"]').click()));
  const students = [
    { name: "نور", id: "101", sisUserId: "", sisLoginId: "nour", section: "أ" },
    { name: "سالم", id: "102", sisUserId: "", sisLoginId: "salem", section: "أ" },
  ];
  const onCanvas = checkCanvas(canvas, { students });
  assert.deepEqual(onCanvas.errors, []);
  assert.deepEqual(onCanvas.assignments.map(({ name, pointsPossible }) => [name, pointsPossible]), [["تمرين الحجاج", 20]]);
  const graded = Object.fromEntries(onCanvas.grades.map(({ student, grade }) => [student.name ?? student, Number(grade)]));
  assert.deepEqual(graded, { "نور": shown.nour, "سالم": shown.salem });
  await screenshot(page, "gradebooks");

  // One student taken out; the other stays.
  await page.locator('.student-files li[data-student="سالم"] [data-action="remove-student"]').click();
  await page.locator(".students[data-count='1']").waitFor();
  assert.deepEqual(problems, []);
});

test("on a 390-px phone the replacement question and the grades fit the screen", async () => {
  const { page, problems } = await browser({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await page.locator('[data-action="compare"]').click();
  await page.locator("#submission-files").setInputFiles([handedIn.nourFirst, handedIn.salem]);
  await page.locator(".students[data-count='2']").waitFor();
  await page.locator("#submission-files").setInputFiles([handedIn.nourCorrected]);
  await page.locator(".replacement").waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
  await screenshot(page, "replace-submission-phone");
  assert.deepEqual(problems, []);
});
