// Journey: sync on, a label key pressed and the browser killed the instant
// the label is stored (power cut), before sync has sent it. Started again on the same profile, the label is back, sync
// resumes by itself and takes it to the server, and what another device
// labeled meanwhile arrives.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, freshProfiles, openApp, waitForLabels } from "./harness.mjs";
import { running, startChromium, killGroup, appPage } from "./killable.mjs";
import { startCouch, personDatabase } from "./couch.mjs";

const LOGIN = { name: "hala", password: "hala-pass" };
let server, url, couch, profile, others;

before(async () => {
  ({ server, url } = await startServer());
  couch = await startCouch();
  await couch.addUser(LOGIN.name, LOGIN.password);
  await couch.addDatabase(personDatabase(LOGIN.name), [LOGIN.name]);
  profile = mkdtempSync(join(tmpdir(), "hamish-sync-crash-"));
  others = freshProfiles(url);
});

after(async () => {
  for (const handle of [...running]) await killGroup(handle, "SIGKILL");
  await others?.close();
  await couch?.stop();
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function turnOn(page) {
  await page.locator('[data-action="settings"]').click();
  await page.locator("#sync-server").fill(couch.url);
  await page.locator("#sync-name").fill(LOGIN.name);
  await page.locator("#sync-password").fill(LOGIN.password);
  await page.locator('[data-action="sync-on"]').click();
  await page.locator('.sync-state[data-sync="synced"]').waitFor({ timeout: 15000 });
  await page.keyboard.press("Escape");
}

/** Whether the server's copy of chunk 0 marks label `label` on sentence `index`. */
async function onServer(index, label) {
  const docs = await couch.documents(personDatabase(LOGIN.name));
  return docs.some((doc) => doc.marks && doc.marks[`${index}/l/${label}`]?.v === "");
}

async function eventually(check, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("never happened");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test("killed right after a key with sync on: the label is back, goes to the server, and the other device's work arrives", async () => {
  const first = await startChromium(profile);
  const page = await appPage(first.browser);
  await openApp(page, url);
  await turnOn(page);
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  // Killed the instant the label is stored: before sync has taken it to
  // the device's copy, let alone to the server.
  await page.waitForFunction(
    () => document.querySelector('[data-sentence="1"]')?.dataset.labels === "ادعاء"
      && document.querySelector(".save-status")?.dataset.saving === "false",
    null,
    { polling: "raf" },
  );
  const disconnected = new Promise((resolve) => first.browser.once("disconnected", resolve));
  const { signal } = await killGroup(first, "SIGKILL");
  assert.equal(signal, "SIGKILL");
  await disconnected;

  // Meanwhile, another device labels sentence 4.
  const tablet = await others.open();
  await turnOn(tablet.page);
  await tablet.page.locator('[data-sentence="4"]').click();
  await tablet.page.keyboard.press("2");
  await waitForLabels(tablet.page, 4, "دليل");
  await eventually(() => onServer(4, 2)).catch((e) => { throw new Error("tablet label not on server: " + e.message); });

  // Started again: the label is back, reaches the server, and sentence 4 arrives.
  const second = await startChromium(profile);
  const again = await appPage(second.browser);
  await openApp(again, url);
  await waitForLabels(again, 1, "ادعاء", 3000);
  await eventually(() => onServer(1, 1)).catch(async (e) => { throw new Error("restarted label not on server: " + JSON.stringify((await couch.documents(personDatabase(LOGIN.name))).map((d) => [d._id, Object.keys(d.marks || {})]))); });
  await waitForLabels(again, 4, "دليل", 20000);
  await waitForLabels(tablet.page, 1, "ادعاء", 20000);
  await second.browser.close();
  await killGroup(second, "SIGTERM");
});
