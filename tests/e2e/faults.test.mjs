// Journeys: with localStorage unavailable the app works in memory and says
// so; with the quota used up a label stays on screen, the alert offers a
// backup, and the backup holds the label.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { startServer, launch, watch, openApp, labelsOf } from "./harness.mjs";

let server, url;

before(async () => {
  ({ server, url } = await startServer());
});

after(() => server?.close());

test("without localStorage the app works in memory and warns", async () => {
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await openApp(page, url);
  const alert = page.locator('[role=alert][data-problem="Unavailable"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /يعمل هامش في الذاكرة فقط/);
  await page.locator('[data-sentence="3"]').click();
  await page.keyboard.press("2");
  assert.equal(await labelsOf(page, 3), "دليل");
  assert.deepEqual(problems, []);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test("with the quota used up the label stays, the alert says so, and the backup holds it", async () => {
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  await openApp(page, url);
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size > 0) {
      const block = "x".repeat(size);
      try {
        for (;;) localStorage.setItem(`filler/${n++}`, block);
      } catch {
        size >>= 1;
      }
    }
  });
  await page.locator('[data-sentence="4"]').click();
  await page.keyboard.press("3");
  assert.equal(await labelsOf(page, 4), "رأي");
  const alert = page.locator('[role=alert][data-problem="Full"]');
  await alert.waitFor();
  const [file] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button").click()]);
  const path = join(tmpdir(), `hamish-backup-${process.pid}.json`);
  await file.saveAs(path);
  const backup = JSON.parse(readFileSync(path, "utf8"));
  const chunk = Object.entries(backup).find(([key]) => key.startsWith("hamish/v1/doc/"));
  assert.ok(chunk, "the backup holds the document's annotations");
  assert.deepEqual(chunk[1].a[0].slice(3, 4), [[3]]);
  rmSync(path, { force: true });
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});
