// Takes the screenshots kept in docs/screenshots/: every main view, in
// Arabic and English, light and dark, at desktop and tablet width, from the
// release build in dist/. `make screenshots`.
import { chromium } from "playwright-core";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";

const OUT = "docs/screenshots";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];
const SIZES = { desktop: { width: 1280, height: 800 }, tablet: { width: 768, height: 1024 } };

mkdirSync(OUT, { recursive: true });
const server = await serve("dist", 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const scratch = mkdtempSync(join(tmpdir(), "hamish-shots-"));
const exercisePath = join(scratch, "exercise.json");

async function prepare(page, lang, theme) {
  await page.goto(url);
  await page.locator("[data-sentence]").first().waitFor();
  await page.locator('[data-action="settings"]').click();
  await page.locator(`#settings-dialog input[name="language"][value="${lang}"]`).check();
  await page.locator(`#settings-dialog input[name="theme"][value="${theme}"]`).check();
  await page.keyboard.press("Escape");
  await page.locator('[data-sentence="1"]').click();
  for (const key of ["1", "j", "2", "j", "3", "4", "j", "5"]) await page.keyboard.press(key);
  await page.keyboard.press("n");
  await page.locator("#note-field").fill(lang === "ar" ? "يحتاج إلى مصدر" : "needs a source");
  await page.keyboard.press("Control+Enter");
  await page.locator('[data-sentence="2"]').click();
}

const VIEWS = {
  reading: async () => {},
  labels: async (page) => page.locator(".palette-actions button").last().click(),
  export: async (page) => page.locator('[data-action="export"]').click(),
  statistics: async (page) => page.locator('[data-action="statistics"]').click(),
  settings: async (page) => page.locator('[data-action="settings"]').click(),
  help: async (page) => page.keyboard.press("?"),
  compare: async (page) => page.locator('[data-action="compare"]').click(),
  navigator: async (page) => {
    // A second document, pasted, so that the top bar offers the navigator.
    await page.locator('[data-action="paste"]').click();
    await page.locator("#paste-title").fill("درس اليوم");
    await page.locator("#paste-text").fill("الفقرة الأولى. جملة ثانية.\n\nالفقرة الثانية.");
    await page.locator('#paste-dialog button[type="submit"]').click();
    await page.locator('[data-action="open-navigator"]').click();
    await page.locator("#navigator [role=option]").first().waitFor();
  },
  spans: async (page) => {
    // Two labels for spans; spans marked by keyboard, one still being marked.
    await page.locator('[data-action="edit-labels"]').click();
    await page.locator(".editor-scope").nth(3).selectOption("span");
    await page.locator(".editor-scope").nth(4).selectOption("both");
    await page.keyboard.press("Escape");
    await page.locator('[data-sentence="4"]').click();
    for (const key of ["s", "1", "ArrowLeft", "ArrowLeft", "Shift+ArrowLeft", "Shift+ArrowLeft", "2", "ArrowLeft", "ArrowLeft"]) {
      await page.keyboard.press(key);
    }
  },
  exercise: async (page) => {
    await page.locator("#import-file").setInputFiles(exercisePath);
    await page.locator(".exercise-panel").waitFor();
  },
};

writeFileSync(exercisePath, JSON.stringify({
  format: "hamish-exercise", version: 1, title: "تمرين: الحجة والدليل",
  instructions: "اقرأ النص، ثم صنّف كل جملة.\n\n- ادعاء: رأي يُدافع عنه\n- دليل: ما يسند الادعاء",
  lock_labels: true,
  label_set: { multiple: false, labels: [
    { id: 1, name: "ادعاء", name_en: "claim", color: "blue" }, { id: 2, name: "دليل", name_en: "evidence", color: "green" }] },
  documents: [{ id: "exercise-text", title: "التعليم", text: "التعليم\nالتعليم حق للجميع. تؤكد الدراسات أن التعليم المبكر يرفع الدخل. لذلك يجب الاستثمار فيه." }],
}));

let count = 0;
for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of ["ar", "en"]) {
    for (const theme of ["light", "dark"]) {
      for (const [view, open] of Object.entries(VIEWS).filter(([view]) => !process.env.VIEW || view === process.env.VIEW)) {
        const profile = mkdtempSync(join(tmpdir(), "hamish-shot-"));
        const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true, args: ARGS, viewport });
        const page = await context.newPage();
        await prepare(page, lang, theme);
        await open(page);
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(OUT, `${view}-${lang}-${theme}-${size}.png`) });
        count++;
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  }
}
server.close();
rmSync(scratch, { recursive: true, force: true });
console.log(`screenshots: ${count} written to ${OUT}/`);
