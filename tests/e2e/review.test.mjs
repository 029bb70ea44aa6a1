// Journeys: a colleague's Hamish JSON file imported "as suggestions" shows
// its labels outlined and said as suggestions; Enter accepts one and moves
// on, another label's key rejects one, Enter on a button stays the button's;
// the review survives a reload, "accept all" is one undo step, and the JSONL
// export says which labels were reviewed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { session, screenshot, labelsOf, waitForLabels, exportFile } from "./harness.mjs";

let session_, page, problems, files;

before(async () => {
  session_ = await session("hamish-review-");
  ({ page, problems, files } = session_);
});

after(async () => {
  await session_?.close();
});

const download = async (format) => (await exportFile(page, files, format)).text;

const sentence = (index) => page.locator(`[data-sentence="${index}"]`);
const isSuggested = async (index) => (await sentence(index).getAttribute("data-suggested")) === "true";
const selected = () =>
  page.locator('[data-sentence][aria-selected="true"]').evaluateAll((nodes) => nodes.map((n) => Number(n.dataset.sentence)));
/** What a screen reader hears after sentence `index`: its described-by text. */
const description = (index) =>
  sentence(index).evaluate((node) => {
    const id = node.getAttribute("aria-describedby");
    return id ? document.getElementById(id).textContent.replace(/\s+/g, " ").trim() : "";
  });

async function setTheme(theme) {
  await page.locator('[data-action="settings"]').click();
  await page.locator(`#settings-dialog input[name="theme"][value="${theme}"]`).check();
  await page.keyboard.press("Escape");
}

test("a file imported as suggestions shows them outlined and says so", async () => {
  const file = JSON.parse(await download("json"));
  const sentences = file.documents[0].sentences;
  sentences[1].labels = ["ادعاء"];
  sentences[2].labels = ["دليل"];
  sentences[3].labels = ["رأي"];
  sentences[4].labels = ["سؤال"];
  sentences[4].note = "من النموذج";
  const path = join(files, "predictions.json");
  writeFileSync(path, JSON.stringify(file));

  await page.locator("#import-file").setInputFiles(path);
  const choice = page.locator('[data-action="as-suggestions"]');
  assert.equal(await choice.isChecked(), false, "off by default");
  await choice.check();
  await page.locator('[data-action="merge"]').click();
  await waitForLabels(page, 4, "سؤال");
  for (const index of [1, 2, 3, 4]) assert.ok(await isSuggested(index), `sentence ${index} is a suggestion`);
  assert.equal(await sentence(0).getAttribute("data-suggested"), null);
  assert.equal(await page.locator(".review-count").textContent(), "4 اقتراحات للمراجعة");
  assert.match(await page.locator(".progress-document .progress-figure").textContent(), /^0 من \d+ مصنفة$/);
  assert.equal(await page.locator(".progress-document .progress-review").textContent(), "4 للمراجعة");

  // Outlined, not filled: the sentence and its chip have no fill, a dashed edge.
  const look = await sentence(1).evaluate((node) => {
    const chip = document.getElementById(node.getAttribute("aria-describedby")).querySelector(".chip");
    const style = (element) => getComputedStyle(element);
    return {
      sentence: [style(node).backgroundColor, style(node).borderTopStyle],
      chip: [style(chip).backgroundColor, style(chip).borderTopStyle],
    };
  });
  assert.deepEqual(look, { sentence: ["rgba(0, 0, 0, 0)", "dashed"], chip: ["rgba(0, 0, 0, 0)", "dashed"] });
  assert.equal(await description(1), "مقترح: ادعاء");
  assert.match(await description(4), /^مقترح: سؤال ?✎ من النموذج$/);
  // The Arabic sentence is still one element of text, right to left.
  assert.equal(await sentence(1).locator("*").count(), 0);
  assert.equal(await page.locator(".document").getAttribute("dir"), "rtl");

  await sentence(1).click();
  const shoot = async (name) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name);
  };
  await shoot("review-light");
  await setTheme("dark");
  await shoot("review-dark");
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot("review-dark-phone");
  await setTheme("light");
  await shoot("review-light-phone");
  await page.setViewportSize({ width: 1200, height: 900 });
});

test("Enter accepts and moves on, another label's key rejects, Enter on a button is the button's", async () => {
  await sentence(1).click();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.querySelector('[data-sentence="1"]').dataset.suggested);
  assert.equal(await labelsOf(page, 1), "ادعاء");
  assert.deepEqual(await selected(), [2], "the next sentence is selected");
  assert.equal(await description(1), "ادعاء");

  await page.keyboard.press("3");
  await waitForLabels(page, 2, "رأي");
  assert.equal(await isSuggested(2), false, "the chosen label replaces the suggestion, confirmed");

  await sentence(3).click();
  await page.locator('[data-action="statistics"]').focus();
  await page.keyboard.press("Enter");
  await page.locator("#statistics-dialog").waitFor();
  await screenshot(page, "review-statistics");
  assert.ok(await isSuggested(3), "Enter on a button did not accept the suggestion");
  const headers = await page.locator("#statistics-dialog thead th").allTextContents();
  assert.ok(headers.includes("للمراجعة"), `the statistics count what is to review: ${headers}`);
  assert.match(await page.locator("#statistics-dialog .stats-progress").first().textContent(), /^2 من \d+ مصنفة · 2 للمراجعة/);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator(".review-count").textContent(), "اقتراحان للمراجعة");
});

test("the review survives a reload; accept all is one undo step; JSONL says what was reviewed", async () => {
  await page.reload();
  await waitForLabels(page, 4, "سؤال");
  assert.deepEqual(
    await Promise.all([1, 2, 3, 4].map(async (index) => [await labelsOf(page, index), await isSuggested(index)])),
    [["ادعاء", false], ["رأي", false], ["رأي", true], ["سؤال", true]],
  );

  const rows = (await download("jsonl")).trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(rows.slice(0, 6).map((row) => row.reviewed), [true, true, true, false, false, true]);
  assert.deepEqual(rows[3].label, ["رأي"]);
  const csv = await download("csv");
  assert.ok(csv.startsWith("\ufeffdocument,title,source_file,source_id,sentence,start,end,text,label,note,spans,reviewed,"));

  await page.locator('[data-action="accept-all"]').click();
  await page.waitForFunction(() => !document.querySelector("[data-suggested]"));
  assert.equal(await page.locator(".review-bar").count(), 0, "nothing left to review");
  // Said once stored ("saving…" until then).
  await page.waitForFunction(() => document.querySelector(".notice")?.textContent.includes("قُبل اقتراحان"));
  await page.keyboard.press("Control+z");
  await page.waitForFunction(() => document.querySelectorAll("[data-suggested]").length === 2);
  assert.ok((await isSuggested(3)) && (await isSuggested(4)), "one undo brings both back");
  assert.equal(await isSuggested(1), false);
  assert.deepEqual(problems, []);
});
