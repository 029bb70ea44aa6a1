// Journeys: a class on a sync server (PouchDB Server, started here and
// stopped after), in three browser profiles. The teacher makes the class
// from the exercise maker with the server's admin login: a login and a
// database per student, the list of logins on screen and as a file. Each
// student turns sync on with her login and is in the exercise under her
// name; her work reaches her database; the teacher reads the class's work
// into Compare, and Compare, left open, reads it again by itself. A student
// offline labels, comes back online, and the teacher sees it; the same
// student on two profiles, offline on both, keeps both labels. The server's rules hold: a student reads the class
// material but cannot write it, and cannot read another student's work.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, freshProfiles, waitForLabels, screenshot } from "./harness.mjs";
import { startCouch, personDatabase, ADMIN } from "./couch.mjs";

let server, url, couch, profiles;
const TEACHER = { name: "ustadha-huda", password: "huda-pass" };
let logins = [];
let classDatabase;
const people = {};

before(async () => {
  ({ server, url } = await startServer());
  couch = await startCouch();
  profiles = freshProfiles(url);
});

after(async () => {
  await profiles?.close();
  await couch?.stop();
  server?.close();
});

async function turnOn(page, login) {
  await page.locator('[data-action="settings"]').click();
  await page.locator("#sync-server").fill(couch.url);
  await page.locator("#sync-name").fill(login.name);
  await page.locator("#sync-password").fill(login.password);
  await page.locator('[data-action="sync-on"]').click();
  await page.locator('.sync-status[data-sync="synced"]').waitFor({ timeout: 15000 });
  // A student's exercise may have opened over Settings already.
  if (await page.locator("#settings-dialog").count()) await page.keyboard.press("Escape");
}

/** Polls `check` until it returns a truthy value (or fails after `timeout` ms). */
async function eventually(check, timeout = 20000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("never happened");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test("the teacher makes a class from the exercise maker; the logins are on screen and in a file", async () => {
  const teacher = await profiles.open();
  people.teacher = teacher;
  const page = teacher.page;
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("الحجاج في مقال");
  await page.locator(".class-on-server summary").click();
  await page.locator("#class-server").fill(couch.url);
  await page.locator("#class-admin-name").fill(ADMIN.name);
  await page.locator("#class-admin-password").fill("wrong");
  await page.locator("#class-teacher").fill(TEACHER.name);
  await page.locator("#class-teacher-password").fill(TEACHER.password);
  await page.locator("#class-students").fill("نور\nسالم");
  await page.locator('[data-action="make-class"]').click();
  // A wrong admin password makes nothing, and says so.
  await page.locator('.class-on-server [data-refused="login"]').waitFor({ timeout: 15000 });
  await page.locator("#class-admin-password").fill(ADMIN.password);
  await page.locator('[data-action="make-class"]').click();
  await page.locator(".class-made").waitFor({ timeout: 15000 });
  logins = await page.locator(".class-logins tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({ display: row.cells[0].textContent, name: row.cells[1].textContent, password: row.cells[2].textContent })));
  assert.deepEqual(logins.map((login) => login.display), ["نور", "سالم"]);
  assert.ok(logins.every((login) => /^[a-z2-9]{4}-0[12]$/.test(login.name) && login.password.length === 10));
  await page.locator(".class-made").scrollIntoViewIfNeeded();
  await screenshot(page, "class-made");
  const download = page.waitForEvent("download");
  await page.locator('[data-action="download-logins"]').click();
  const file = readFileSync(await (await download).path(), "utf8");
  assert.match(file, /^\uFEFFname,login,password,server\r\n/);
  assert.ok(file.includes(`نور,${logins[0].name},${logins[0].password},${couch.url}`));
  classDatabase = `hamish-class-${logins[0].name.slice(0, 4)}`;
  await page.keyboard.press("Escape");
});

test("the server's rules: a student reads the class material, cannot write it, and cannot read another student's work", async () => {
  const [nour, salem] = logins;
  const read = await couch.request("GET", `/${classDatabase}/class`, undefined, nour);
  assert.equal(read.status, 200);
  assert.equal(read.body.title, "الحجاج في مقال");
  const write = await couch.request("PUT", `/${classDatabase}/graffiti`, { text: "x" }, nour);
  assert.ok([401, 403].includes(write.status), `a student writing the class material: ${write.status}`);
  const other = await couch.request("GET", `/${personDatabase(salem.name)}/_all_docs`, undefined, nour);
  assert.ok([401, 403].includes(other.status), `a student reading another's work: ${other.status}`);
  const teacher = await couch.request("GET", `/${personDatabase(nour.name)}/_all_docs`, undefined, TEACHER);
  assert.equal(teacher.status, 200);
});

test("each student turns sync on and is in the exercise under her name; the teacher reads their work; offline work arrives", async () => {
  for (const [at, who] of [[0, "nour"], [1, "salem"]]) {
    const student = await profiles.open();
    people[who] = student;
    await turnOn(student.page, logins[at]);
    await student.page.locator(".exercise-panel").waitFor({ timeout: 20000 });
    assert.match(await student.page.locator(".exercise-panel").textContent(), new RegExp(logins[at].display));
    // No file to hand in: her work goes to the teacher through the server.
    await student.page.locator(".exercise-panel .class-live").waitFor({ timeout: 20000 });
    assert.equal(await student.page.locator('.exercise-panel [data-action="submit"]').count(), 0);
    await screenshot(student.page, `class-student-${who}`);
  }
  await people.nour.page.locator('[data-sentence="1"]').click();
  await people.nour.page.keyboard.press("1");
  await waitForLabels(people.nour.page, 1, "ادعاء");
  await people.salem.page.locator('[data-sentence="1"]').click();
  await people.salem.page.keyboard.press("2");
  await waitForLabels(people.salem.page, 1, "دليل");
  // Their submissions reach their databases.
  for (const login of logins) {
    await eventually(async () => (await couch.request("GET", `/${personDatabase(login.name)}/submission`)).status === 200);
  }
  const teacher = people.teacher.page;
  await turnOn(teacher, TEACHER);
  await teacher.locator('[data-action="compare"]').click();
  await teacher.locator('[data-action="read-class"]').click();
  await teacher.locator("#compare-dialog .compare-table, #compare-dialog table").first().waitFor({ timeout: 20000 });
  const compared = await teacher.locator("#compare-dialog").textContent();
  assert.ok(compared.includes("نور") && compared.includes("سالم"), "both students in Compare");
  // The teacher's connection drops: Compare reads the class again and
  // cannot; it does not say the students have not started.
  await teacher.context().setOffline(true);
  await teacher.waitForTimeout(12000);
  assert.equal(await teacher.locator("#compare-dialog .not-started").count(), 0, "no one is said not to have started");
  await teacher.context().setOffline(false);
  await screenshot(teacher, "class-compare");
  // Nour goes offline, labels another sentence, comes back.
  const nourDatabase = personDatabase(logins[0].name);
  const before = (await couch.request("GET", `/${nourDatabase}/submission`)).body._rev;
  await people.nour.page.context().setOffline(true);
  await people.nour.page.locator('[data-sentence="3"]').click();
  await people.nour.page.keyboard.press("3");
  await waitForLabels(people.nour.page, 3, "رأي");
  await people.nour.page.waitForTimeout(1500);
  // Reloaded while the server cannot be reached, she is still in her class:
  // her work goes to her teacher by itself, no file to hand in.
  await people.nour.page.reload();
  await people.nour.page.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
  await people.nour.page.locator(".exercise-panel .class-live").waitFor({ timeout: 10000 });
  assert.equal(await people.nour.page.locator('.exercise-panel [data-action="submit"]').count(), 0, "no file to hand in");
  await waitForLabels(people.nour.page, 3, "رأي");
  await people.nour.page.context().setOffline(false);
  await eventually(async () => (await couch.request("GET", `/${nourDatabase}/submission`)).body._rev !== before, 60000);
  // Compare, still open, reads the class again by itself: Nour's newer
  // work replaces her earlier one, and her progress counts it.
  const progress = teacher.locator('.student-files li[data-student="نور"] .student-progress');
  assert.equal(await progress.getAttribute("data-labeled"), "1");
  const row = teacher.locator('tr.sentence-row[data-index="3"] .choice-cell').first();
  await eventually(async () => (await row.textContent()).includes("رأي"), 30000);
  assert.equal(await progress.getAttribute("data-labeled"), "2");
  assert.equal(await teacher.locator(".replacement").count(), 0, "the server's work needs no confirming");
});

test("the same student on two profiles labels one sentence offline on both: both labels survive, on both and for the teacher", async () => {
  const laptop = people.nour;
  const tablet = await profiles.open();
  await turnOn(tablet.page, logins[0]);
  await tablet.page.locator(".exercise-panel").waitFor({ timeout: 20000 });
  // The tablet has what the laptop did.
  await waitForLabels(tablet.page, 1, "ادعاء", 20000);
  for (const device of [laptop, tablet]) await device.page.context().setOffline(true);
  await laptop.page.locator('[data-sentence="5"]').click();
  await laptop.page.keyboard.press("1");
  await tablet.page.locator('[data-sentence="5"]').click();
  await tablet.page.keyboard.press("2");
  await waitForLabels(tablet.page, 5, "دليل");
  for (const device of [laptop, tablet]) await device.page.context().setOffline(false);
  for (const device of [laptop, tablet]) await waitForLabels(device.page, 5, "ادعاء دليل", 30000);
  await screenshot(tablet.page, "class-same-student-two-profiles");
  // The teacher reads until Nour's newest work is in: both labels.
  const teacher = people.teacher.page;
  const row = teacher.locator('tr.sentence-row[data-index="5"] .choice-cell').first();
  await eventually(async () => {
    await teacher.locator('[data-action="read-class"]').click();
    const said = await row.textContent();
    return said.includes("ادعاء") && said.includes("دليل");
  }, 30000);
});
