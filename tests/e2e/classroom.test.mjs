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
import { startServer, launch, watch, openApp, screenshot } from "./harness.mjs";

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
const submissions = [];

test("the teacher makes an exercise file", async () => {
  const { page, problems } = await browser();
  await openApp(page, url);
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("تمرين الحجاج");
  await page.locator("#exercise-instructions").fill("صنّفوا الجمل الخمس الأولى.\n\n- ادعاء\n- دليل");
  await page.locator("#exercise-lock").check();
  exercisePath = await save(page, () => page.locator('[data-action="save-exercise"]').click());
  const exercise = JSON.parse(readFileSync(exercisePath, "utf8"));
  assert.equal(exercise.format, "hamish-exercise");
  assert.equal(exercise.documents.length, 1);
  assert.equal(exercise.lock_labels, true);
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
    assert.match(await page.locator(".notice").textContent(), new RegExp(student));
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

test("the teacher loads both submissions and sees Cohen's kappa 0.750", async () => {
  const { page, problems } = await browser();
  await openApp(page, url);
  await page.locator('[data-action="compare"]').click();
  await page.locator("#submission-files").setInputFiles(submissions);
  await page.locator(".students[data-count='2']").waitFor();
  assert.equal(await page.locator('td[data-pair="0-1"]').textContent(), "0.750");
  assert.equal(await page.locator('.agreement tbody tr:first-child [data-figure="observed"]').textContent(), "0.800");
  assert.equal(await page.locator(".sentence-row.disagree").count(), 1);
  assert.equal(await page.locator(".sentence-row.disagree").getAttribute("data-index"), "2");
  await screenshot(page, "compare");
  const adjudicated = await save(page, () => page.locator('[data-action="export-adjudicated"]').click());
  const result = JSON.parse(readFileSync(adjudicated, "utf8"));
  assert.deepEqual(result.documents[0].sentences[1].labels, ["ادعاء"]);
  assert.deepEqual(problems, []);
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
