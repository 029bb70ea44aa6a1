// Journeys: storage that fails. Without IndexedDB the app works in memory
// and says so; without localStorage the work is still kept; with the quota
// used up (set small through the DevTools protocol) what was stored before
// stays, the new work stays on screen, the alert says so and offers a backup
// that holds it, leaving asks the browser to warn, and once there is room
// "Try again" stores it all.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { startServer, launch, watch, openApp, labelsOf, waitForLabels, openDocument, appReady, screenshot } from "./harness.mjs";

let server, url, origin;

before(async () => {
  ({ server, url } = await startServer());
  origin = url.replace(/\/$/, "");
});

after(() => server?.close());

test("without IndexedDB the app works in memory and warns", async () => {
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  const problems = watch(page, origin);
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", {
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

test("without localStorage the work is still kept", async () => {
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  const problems = watch(page, origin);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await openApp(page, url);
  await page.locator('[data-sentence="3"]').click();
  await page.keyboard.press("2");
  await page.locator('.save-status[data-saving="false"]').waitFor({ state: "attached" });
  await page.reload();
  await appReady(page);
  await waitForLabels(page, 3, "دليل");
  assert.equal(await page.locator("[role=alert]").count(), 0, "nothing is lost, so nothing to alert");
  assert.deepEqual(problems, []);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test("with the quota used up nothing stored is lost, the new work stays and is stored once there is room", async () => {
  const { context, userDataDir } = await launch();
  try {
    await quotaJourney(context);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

/** The journey of the quota test, in a profile of its own. */
async function quotaJourney(context) {
  const page = await context.newPage();
  const problems = watch(page, origin);
  await openApp(page, url);
  // Room for a label, not for a long text (the browser reads the quota at
  // the first write, so it is set before; and after the service worker has
  // filled its cache, which counts too).
  const cdp = await context.newCDPSession(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await navigator.storage.estimate()).usage > 1e6);
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: usage + 100_000 });
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await page.locator('.save-status[data-saving="false"]').waitFor({ state: "attached" });
  assert.equal(await page.locator("[role=alert]").count(), 0, "the label is stored");

  // A 2 MB text does not fit.
  const lines = Array.from({ length: 20_000 }, (_, i) => `السطر رقم ${i + 1} من نص طويل لا يتسع له التخزين.`);
  const path = join(tmpdir(), `طويل-${process.pid}.txt`);
  writeFileSync(path, `نص طويل\n${lines.join("\n")}`);
  const short = join(tmpdir(), `قصير-${process.pid}.txt`);
  writeFileSync(short, "نص قصير\nجملة واحدة.");
  await page.locator("#import-file").setInputFiles([path, short]);
  const alert = page.locator('[role=alert][data-problem="Full"]');
  await alert.waitFor({ timeout: 20_000 });
  assert.match(await alert.textContent(), /امتلأ تخزين المتصفح: ما خُزّن من قبل باقٍ/);
  assert.equal(await page.locator(".summary-stored").getAttribute("data-saved"), "false", "the summary does not say stored");
  await page.keyboard.press("Escape");
  // A label on the long text (opened by the import) stays on screen too.
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("3");
  assert.equal(await labelsOf(page, 2), "رأي", "the label stays on screen");

  // Leaving now asks the browser to warn.
  const dialogs = [];
  const warned = new Promise((resolve) =>
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.type());
      await dialog.dismiss();
      resolve(dialog.type());
    }),
  );
  await page.close({ runBeforeUnload: true });
  assert.equal(await warned, "beforeunload");
  assert.equal(page.isClosed(), false, "the page stays when the user stays");

  // The backup holds the new work: the label and the imported text.
  const [file] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "تنزيل نسخة احتياطية" }).click()]);
  const backupPath = join(tmpdir(), `hamish-backup-${process.pid}.json`);
  await file.saveAs(backupPath);
  const backup = JSON.parse(readFileSync(backupPath, "utf8"));
  const texts = Object.entries(backup).filter(([key]) => key.startsWith("hamish/v1/text/"));
  assert.equal(texts.length, 2, "both imported texts");
  assert.ok(texts.some(([, text]) => text.endsWith("السطر رقم 20000 من نص طويل لا يتسع له التخزين.")), "the whole text");
  const chunks = Object.entries(backup).filter(([key]) => key.startsWith("hamish/v1/doc/"));
  assert.ok(chunks.some(([, record]) => record.a.some((annotation) => JSON.stringify(annotation[3]) === "[3]")), JSON.stringify(chunks));

  // Room again: "Try again" stores everything, and a reload finds it.
  await cdp.send("Storage.overrideQuotaForOrigin", { origin });
  await alert.getByRole("button", { name: "أعد المحاولة" }).click();
  await alert.waitFor({ state: "detached", timeout: 20_000 });
  await page.locator('.save-status[data-saving="false"]').waitFor({ state: "attached" });
  page.removeAllListeners("dialog");
  await page.reload();
  await appReady(page);
  await openDocument(page, { title: `طويل-${process.pid}` });
  // The whole text: its last line is there (a window of it is in the page).
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("End");
  await page.locator('[data-sentence="20000"]').waitFor({ state: "attached" });
  await page.keyboard.press("Home");
  await waitForLabels(page, 2, "رأي");
  await openDocument(page, { title: "10 سبتمبر 2025" });
  await waitForLabels(page, 1, "ادعاء");
  assert.deepEqual(dialogs, ["beforeunload"]);
  assert.deepEqual(problems, []);
  rmSync(path, { force: true });
  rmSync(short, { force: true });
  rmSync(backupPath, { force: true });
}

test("a crash of the app's code is reported in the interface language, with a backup of the work and a reload", async () => {
  const { context, userDataDir } = await launch();
  const page = await context.newPage();
  await openApp(page, url);
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("2");
  await waitForLabels(page, 2, "دليل");
  // The page's address asks for a rehearsed crash a moment after start-up.
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${url}#rehearse-a-crash`);
  await page.reload();
  await page.locator("#crash-report").waitFor();
  assert.match(await page.locator("#crash-report").textContent(), /توقف هامش بسبب خطأ.*أعد تحميل الصفحة لتتابع/s);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), "reload", "the reload link has the focus");
  await screenshot(page, "crash-report");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="crash-backup"]').click()]);
  const path = join(tmpdir(), `hamish-crash-backup-${process.pid}.json`);
  await download.saveAs(path);
  const backup = JSON.parse(readFileSync(path, "utf8"));
  rmSync(path, { force: true });
  const sentences = backup.documents.flatMap((document) => document.sentences ?? []);
  assert.ok(sentences.some((sentence) => sentence.labels?.includes("دليل")), "the backup holds the label");
  // Reloading brings the app back with the work.
  await page.locator('[data-action="reload"]').click();
  await appReady(page);
  assert.equal(await page.locator("#crash-report").count(), 0);
  await waitForLabels(page, 2, "دليل");
  assert.ok(errors.some((message) => /unreachable|rehearsed/.test(message)), errors.join(" / "));
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
});
