// Journeys: the annotator presses a label key and the browser is killed right
// after (power cut, OOM killer). The store (IndexedDB, written with strict
// durability once the key is pressed) must bring the label back when the
// browser starts again on the same profile: always once the write has
// committed (the quiet "saving…" gone), and how soon that is, measured.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, watch, openApp, labelsOf, waitForLabels, appReady } from "./harness.mjs";
import { running, startChromium, killGroup, appPage } from "./killable.mjs";

const CLAIM = "ادعاء";

let server, url, origin, profile;
before(async () => {
  ({ server, url } = await startServer());
  origin = url.replace(/\/$/, "");
  profile = mkdtempSync(join(tmpdir(), "hamish-crash-"));
});

after(async () => {
  for (const handle of [...running]) await killGroup(handle, "SIGKILL");
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("a browser killed right after a keypress keeps the label", async () => {
  // First run: label sentence 1, then kill the browser and all its processes.
  const first = await startChromium(profile);
  const page = await appPage(first.browser);
  const problemsFirst = watch(page, origin);
  await openApp(page, url);
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await waitForLabels(page, 1, CLAIM, 1000);
  await page.waitForTimeout(100);
  assert.deepEqual(problemsFirst, []);
  const disconnected = new Promise((resolve) => first.browser.once("disconnected", resolve));
  const { signal } = await killGroup(first, "SIGKILL");
  assert.equal(signal, "SIGKILL");
  await disconnected;

  // Second run, same profile and same origin: the label is back.
  const second = await startChromium(profile);
  const again = await appPage(second.browser);
  const problems = watch(again, origin);
  await openApp(again, url);
  await waitForLabels(again, 1, CLAIM, 3000);
  assert.equal(await labelsOf(again, 2), "");
  assert.equal(await again.locator(".progress-document .progress-figure").textContent(), "1 من 32 مصنفة");
  // And a plain reload keeps it too.
  await again.reload();
  await appReady(again);
  await waitForLabels(again, 1, CLAIM, 3000);
  assert.deepEqual(problems, []);

  await second.browser.close();
  await killGroup(second, "SIGTERM");
});

/**
 * On a fresh profile: labels sentence `index`, waits `wait(page)`, kills the
 * browser, starts it again and says whether the label is back.
 */
async function killAfter(index, wait) {
  const dir = mkdtempSync(join(tmpdir(), "hamish-kill-"));
  try {
    const first = await startChromium(dir);
    const page = await appPage(first.browser);
    await openApp(page, url);
    await page.locator(`[data-sentence="${index}"]`).click();
    const pressed = Date.now();
    await page.keyboard.press("1");
    await wait(page);
    const waited = Date.now() - pressed;
    const disconnected = new Promise((resolve) => first.browser.once("disconnected", resolve));
    await killGroup(first, "SIGKILL");
    await disconnected;
    const second = await startChromium(dir);
    const again = await appPage(second.browser);
    await openApp(again, url);
    const kept = (await labelsOf(again, index)) === CLAIM;
    await second.browser.close();
    await killGroup(second, "SIGTERM");
    return { kept, waited };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a label whose write has committed survives a kill at that instant", async () => {
  // "Saved" means stored: the moment the quiet status clears, nothing is lost.
  for (const index of [2, 3, 4]) {
    const { kept, waited } = await killAfter(index, (page) =>
      page.waitForFunction(
        ([index, label]) => document.querySelector(`[data-sentence="${index}"]`)?.dataset.labels === label
          && document.querySelector(".save-status")?.dataset.saving === "false",
        [String(index), CLAIM],
        { polling: "raf" },
      ));
    console.log(`# killed ${waited} ms after the key, once committed: ${kept ? "kept" : "LOST"}`);
    assert.ok(kept, `sentence ${index}: the label was lost`);
  }
});

test("measured: how soon after a key a kill no longer loses the label", async () => {
  for (const delay of [0, 16, 50]) {
    const { kept, waited } = await killAfter(5, (page) => page.waitForTimeout(delay));
    console.log(`# killed ${waited} ms after the key: ${kept ? "kept" : "lost"}`);
  }
});
