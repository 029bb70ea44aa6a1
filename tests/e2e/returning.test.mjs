// Journey: two students take turns on one school computer (one browser
// profile). Each leaves and comes back twice, adds labels and spans after
// each return, with reloads in between; every submission holds exactly
// that student's work, and an empty submission asks before it is saved.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { session, appReady, waitForLabels } from "./harness.mjs";

let session_, page, problems, files;

before(async () => {
  session_ = await session("hamish-returning-");
  ({ page, problems, files } = session_);
});

after(() => session_?.close());

async function save(click, as) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(files, as);
  await download.saveAs(path);
  return path;
}

let exercisePath;

test("the teacher makes an exercise whose labels include one for spans, with a heading", async () => {
  await page.locator('[data-sentence="0"]').click();
  await page.locator('[data-action="heading"]').click();
  await page.locator('[data-action="edit-labels"]').click();
  await page.locator("#labels-dialog .editor-scope").nth(4).selectOption("span");
  await page.keyboard.press("Escape");
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("تمرين العودة");
  exercisePath = await save(() => page.locator('[data-action="save-exercise"]').click(), "exercise.json");
  assert.equal(JSON.parse(readFileSync(exercisePath, "utf8")).student_id, undefined, "names only");
  await page.keyboard.press("Escape");
  await page.locator("#exercise-dialog").waitFor({ state: "detached" });
  assert.deepEqual(problems, []);
});

/** Labels `sentence` with `key`, and marks its first word with key 5 (the span label). */
async function work(sentence, key) {
  await page.locator(`[data-sentence="${sentence}"]`).click();
  await page.keyboard.press(String(key));
  await page.keyboard.press("s");
  await page.keyboard.press("5");
  await page.keyboard.press("Escape");
}

/** Opens the exercise as `student`: picked from the list, or `typed` as a new student. */
async function open(student, { typed = false } = {}) {
  await page.locator("#import-file").setInputFiles(exercisePath);
  await page.locator("#student-picker").waitFor();
  const known = await page.locator(`.student-choice[data-student="${student}"]`).count();
  if (known && !typed) {
    await page.locator(`.student-choice[data-student="${student}"]`).click();
  } else {
    await page.locator("#student-name").fill(student);
    await page.locator('[data-action="start-exercise"]').click();
  }
  await page.locator(".exercise-panel").waitFor();
}

async function leave(student) {
  await page.locator('[data-action="leave-exercise"]').click();
  await page.locator(".exercise-panel").waitFor({ state: "detached" });
  await page.waitForFunction((student) => document.querySelector(".notice")?.textContent.includes(student), student);
}

/** `{ sentence: [labels], ... }` and the spans `[[sentence, label, text]]` of a submission. */
function contents(path) {
  const file = JSON.parse(readFileSync(path, "utf8"));
  const sentences = file.documents[0].sentences;
  const labels = Object.fromEntries(sentences.filter((s) => s.labels.length).map((s) => [s.index, s.labels]));
  const spans = sentences.flatMap((s) => (s.spans ?? []).map((span) => [s.index, span.label, span.text]));
  const headings = sentences.filter((s) => s.heading).map((s) => s.index);
  return { labels, spans, headings };
}

const expected = { "نور": { labels: {}, spans: [] }, "سالم": { labels: {}, spans: [] } };
const plan = { "نور": [[1, 1], [2, 2], [3, 3]], "سالم": [[4, 4], [5, 1], [6, 2]] };

for (const round of [0, 1, 2]) {
  for (const student of ["نور", "سالم"]) {
    test(`round ${round + 1}: ${student} ${round ? "comes back" : "starts"}, works, hands in and leaves`, async () => {
      // Round 3: she types her name again instead of picking it.
      await open(student, { typed: round === 2 && student === "نور" });
      const [sentence, key] = plan[student][round];
      await work(sentence, key);
      const name = (await page.locator(".palette-list .palette-item").nth(key - 1).locator(".palette-name").textContent()).trim();
      expected[student].labels[sentence] = [name];
      const first = (await page.locator(`[data-sentence="${sentence}"]`).textContent()).trim().split(/\s+/)[0].replace(/^\d+\.?/, "");
      expected[student].spans.push(sentence);
      // Round 2 leaves straight after working, with no reload.
      if (round !== 1) {
        await page.reload();
        await appReady(page);
        await page.locator(".exercise-panel").waitFor();
      }
      await waitForLabels(page, sentence, name);
      const path = await save(() => page.locator('[data-action="submit"]').click(), `${student}-${round}.json`);
      const got = contents(path);
      assert.deepEqual(got.labels, expected[student].labels, `${student}'s labels after round ${round + 1}`);
      assert.deepEqual(got.spans.map(([index]) => index).sort(), [...expected[student].spans].sort(), `${student}'s spans`);
      assert.ok(got.spans.every(([, label]) => label === "خلفية"), "each span under its label");
      assert.deepEqual(got.headings, [0], "the teacher's heading");
      assert.ok(first.length > 0);
      await leave(student);
    });
  }
}

test("no document can be removed inside an exercise, and an empty submission asks first", async () => {
  await open("ريم");
  assert.equal(await page.locator('[data-action="remove-document"]').count(), 0);
  await page.locator('[data-action="submit"]').click();
  await page.locator("#empty-submission").waitFor();
  assert.match(await page.locator("#empty-submission").textContent(), /لم تصنّف شيئًا/);
  const path = await save(() => page.locator('[data-action="submit-anyway"]').click(), "empty.json");
  assert.deepEqual(contents(path).labels, {});
  assert.deepEqual(problems, []);
});
