// Journey: a teacher prints the open document and gets a worksheet: only the
// title and the text (with the exercise's title and instructions when an
// exercise is open), right-to-left, each sentence on its own line, numbered,
// with a box for its label; a labeled sentence prints its labels in the box.
// The words are printed as on screen: nothing is put inside a sentence's text.
// The Print button prints, with the whole document in the page even when it
// is pressed before a long document has finished appearing; so does the
// browser's own Print.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { session, screenshot, waitForLabels, SCREENSHOTS } from "./harness.mjs";

const CLAIM = "ادعاء";
const EVIDENCE = "دليل";

let page, problems, files, close;

before(async () => {
  ({ page, problems, files, close } = await session("hamish-print-"));
});

after(async () => {
  await close?.();
});

/** Saves the page as printed (A4) under target/screenshots/; its bytes. */
async function savePdf(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.pdf`);
  await page.pdf({ path, format: "A4" });
  return readFileSync(path);
}

/** Whether the element matched by `selector` takes part in the printed page. */
const shown = (selector) =>
  page.evaluate((selector) => {
    const nodes = [...document.querySelectorAll(selector)];
    return nodes.length > 0 && nodes.every((node) => node.getClientRects().length > 0);
  }, selector);

/** The computed `display` of every element matched by `selector`. */
const displays = (selector) =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).display));

/**
 * The width of a word of sentence `index` (measured with a Range over its
 * text node) divided by the font size, and the sentence's child nodes.
 */
const measure = (index) =>
  page.evaluate((index) => {
    const sentence = document.querySelector(`[data-sentence="${index}"]`);
    const text = sentence.firstChild;
    const word = text.data.split(" ").reduce((a, b) => (b.length > a.length ? b : a));
    const start = text.data.indexOf(word);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    const fontSize = parseFloat(getComputedStyle(sentence).fontSize);
    return {
      word,
      perEm: range.getBoundingClientRect().width / fontSize,
      fontSize,
      nodes: [...sentence.childNodes].map((node) => [node.nodeType, node.textContent]),
    };
  }, index);

test("a printed document is a numbered worksheet with a box for each label", async () => {
  // Sentence 1 is labeled (and stays selected); the others are not.
  await page.locator('[data-sentence="1"]').click();
  await page.keyboard.press("1");
  await waitForLabels(page, 1, CLAIM);
  const count = await page.locator("[data-sentence]").count();
  const onScreen = await measure(3);
  assert.equal(onScreen.nodes.length, 1, "a sentence holds only its text");

  await page.emulateMedia({ media: "print" });

  // No interface: only the document's title and text.
  for (const selector of [".topbar", ".skip-link", ".toolbar", ".palette", ".notice", ".document-count", ".document-view .hint"]) {
    assert.deepEqual([...new Set(await displays(selector))], ["none"], `${selector} is not printed`);
  }
  assert.ok(await shown(".document-title"));
  assert.ok(await shown(".document"));
  assert.equal(await page.locator(".document").evaluate((node) => getComputedStyle(node).direction), "rtl");

  const sentences = await page.locator("[data-sentence]").evaluateAll((nodes) =>
    nodes.map((node) => {
      const style = getComputedStyle(node);
      const after = getComputedStyle(node, "::after");
      const box = node.getBoundingClientRect();
      return {
        index: Number(node.dataset.sentence),
        labels: node.dataset.labels,
        number: getComputedStyle(node, "::before").content,
        display: style.display,
        breakInside: style.breakInside,
        color: style.color,
        background: style.backgroundColor,
        outline: style.outlineStyle,
        after: { content: after.content, display: after.display, border: after.borderTopStyle, borderWidth: parseFloat(after.borderTopWidth), width: parseFloat(after.width), height: parseFloat(after.height) },
        top: box.top,
        bottom: box.bottom,
        right: box.right,
      };
    }),
  );
  assert.equal(sentences.length, count);
  for (const sentence of sentences) {
    assert.equal(sentence.number, `"(${sentence.index + 1})"`, `sentence ${sentence.index} is numbered`);
    assert.notEqual(sentence.display, "inline", `sentence ${sentence.index} starts its own line`);
    assert.equal(sentence.breakInside, "avoid");
    assert.equal(sentence.color, "rgb(0, 0, 0)");
    assert.equal(sentence.background, "rgba(0, 0, 0, 0)", `sentence ${sentence.index}: no selection or label colour`);
    assert.equal(sentence.outline, "none", `sentence ${sentence.index}: no focus ring`);
  }
  for (const [above, below] of sentences.slice(0, -1).map((sentence, i) => [sentence, sentences[i + 1]])) {
    assert.ok(below.top >= above.bottom - 0.5, `sentence ${below.index} is below sentence ${above.index}`);
    assert.ok(Math.abs(below.right - above.right) < 0.5, `sentences ${above.index} and ${below.index} start at the same right edge`);
  }

  // An unlabeled sentence ends with an empty bordered box a few centimetres wide.
  const empty = sentences.find((sentence) => sentence.index === 3);
  assert.equal(empty.labels, "");
  assert.equal(empty.after.content, '""');
  assert.notEqual(empty.after.display, "none");
  assert.equal(empty.after.border, "solid");
  assert.ok(empty.after.borderWidth > 0);
  assert.ok(empty.after.width > 100 && empty.after.width < 400, `box width ${empty.after.width}px`);
  assert.ok(empty.after.height > 10);

  // The labeled sentence prints its label in that box, beside it, and
  // nothing of the chips but the label's name.
  const labeled = sentences.find((sentence) => sentence.index === 1);
  assert.equal(labeled.after.content, "none");
  const chips = await page.locator("#chips-1").evaluate((node) => {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    const sentence = node.previousElementSibling.getBoundingClientRect();
    return {
      text: node.innerText.trim(),
      border: style.borderTopStyle,
      width: box.width,
      beside: box.right < sentence.left + 1 && box.top < sentence.bottom && box.bottom > sentence.top,
    };
  });
  assert.equal(chips.text, CLAIM);
  assert.equal(chips.border, "solid");
  assert.ok(Math.abs(chips.width - empty.after.width) < 1, "the labeled box is as wide as an empty one");
  assert.ok(chips.beside, "the label box is to the left of its sentence");

  // The words are those on screen: the same text node, the same width per em.
  const printed = await measure(3);
  assert.deepEqual(printed.nodes, onScreen.nodes);
  assert.equal(printed.word, onScreen.word);
  assert.notEqual(printed.fontSize, onScreen.fontSize, "print has its own type size");
  assert.ok(Math.abs(printed.perEm - onScreen.perEm) / onScreen.perEm < 0.02,
    `"${printed.word}" is ${printed.perEm.toFixed(3)} em printed, ${onScreen.perEm.toFixed(3)} em on screen`);

  await screenshot(page, "print-worksheet");
  const pdf = await savePdf("print-worksheet");
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");

  // Back on screen, nothing of the worksheet shows.
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual([...new Set(await displays(".topbar"))], ["flex"]);
  assert.equal(await page.locator('[data-sentence="3"]').evaluate((node) => getComputedStyle(node).display), "inline");
  assert.equal(await page.locator('[data-sentence="3"]').evaluate((node) => getComputedStyle(node, "::before").content), "none");
  assert.deepEqual(await measure(3), onScreen);
});

test("with an exercise open, its title and instructions head the worksheet, without its fields and buttons", async () => {
  await page.emulateMedia({ media: "screen" });
  await page.locator('[data-action="make-exercise"]').click();
  await page.locator("#exercise-title").fill("تمرين الحجاج");
  await page.locator("#exercise-instructions").fill("صنّفوا الجمل الخمس الأولى.\n\n- ادعاء\n- دليل");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="save-exercise"]').click()]);
  const exercise = join(files, download.suggestedFilename());
  await download.saveAs(exercise);
  await page.locator("#import-file").setInputFiles(exercise);
  await page.locator("#student-picker").waitFor();
  await page.locator("#student-name").fill("ليلى");
  await page.locator('[data-action="start-exercise"]').click();
  await page.locator(".exercise-panel").waitFor();
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("2");
  await waitForLabels(page, 2, EVIDENCE);

  await page.emulateMedia({ media: "print" });
  assert.ok(await shown(".exercise-title"));
  assert.ok(await shown(".instructions"));
  assert.equal(await page.locator(".instructions li").count(), 2);
  for (const selector of [".exercise-panel .panel-title", ".exercise-panel .field", ".exercise-panel button", ".exercise-panel .hint", ".palette", ".toolbar"]) {
    assert.equal(await shown(selector), false, `${selector} is not printed`);
  }
  const order = await page.evaluate(() =>
    [".exercise-title", ".instructions", ".document-title", '[data-sentence="0"]'].map(
      (selector) => document.querySelector(selector).getBoundingClientRect().top,
    ),
  );
  assert.deepEqual([...order].sort((a, b) => a - b), order, "exercise title, instructions, document title, then the text");
  assert.equal(await page.locator("#chips-2").evaluate((node) => node.innerText.trim()), EVIDENCE);

  await screenshot(page, "print-exercise");
  await savePdf("print-exercise");
  await page.emulateMedia({ media: "screen" });
});

/** Replaces `window.print` with a stub that records, for each call, how many sentences are in the page. */
const stubPrint = () =>
  page.evaluate(() => {
    window.printed = [];
    window.print = () => window.printed.push(document.querySelectorAll("[data-sentence]").length);
  });

/**
 * Imports a text of `lines` lines titled `title` and, as soon as its first
 * sentences are in the page, clicks Print (`mode` "button") or fires the
 * browser's `beforeprint` (`mode` "browser"). Resolves to the sentences in
 * the page then, after the app's render (`beforeprint` only), all of them
 * once the document has fully appeared, and what the print stub recorded.
 */
async function printWhileOpening(mode, title, lines) {
  const text = Array.from({ length: lines }, (_, i) => `الجملة رقم ${i + 1} من النص الطويل.`);
  const path = join(files, `${title}.txt`);
  writeFileSync(path, `${title}\n${text.join("\n")}`);
  await page.evaluate(([title, mode]) => {
    const count = () => document.querySelectorAll("[data-sentence]").length;
    window.armed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector(".document-title")?.textContent !== title || count() === 0) return;
        observer.disconnect();
        // Once the app has finished opening the document (its first blocks
        // are in the page, the rest come over the next frames).
        setTimeout(() => {
          const atStart = count();
          if (mode === "button") {
            document.querySelector('[data-action="print"]').click();
            resolve({ atStart });
          } else {
            window.dispatchEvent(new Event("beforeprint"));
            // The app renders in a microtask, before this one.
            queueMicrotask(() => resolve({ atStart, afterRender: count() }));
          }
        }, 0);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, [title, mode]);
  await page.locator("#import-file").setInputFiles(path);
  const seen = await page.evaluate(() => window.armed);
  if (mode === "button") await page.waitForFunction(() => window.printed.length > 0);
  const all = await page.evaluate(async () => {
    // Let the document finish appearing: the count stops growing.
    let last = -1;
    for (;;) {
      const now = document.querySelectorAll("[data-sentence]").length;
      if (now === last) return now;
      last = now;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  return { ...seen, all, printed: await page.evaluate(() => window.printed) };
}

test("the Print button prints the page as it is", async () => {
  await page.emulateMedia({ media: "screen" });
  await page.locator('[data-action="leave-exercise"]').click();
  await page.locator(".exercise-panel").waitFor({ state: "detached" });
  await stubPrint();
  const button = page.locator('.toolbar [data-action="print"]');
  assert.equal((await button.innerText()).trim(), "طباعة");
  assert.ok(await button.getAttribute("title"));
  const count = await page.locator("[data-sentence]").count();
  await button.click();
  await page.waitForFunction(() => window.printed.length > 0);
  assert.deepEqual(await page.evaluate(() => window.printed), [count], "printed once, with every sentence");
  assert.equal(await page.locator("[data-action=print]").evaluate((node) => node === document.activeElement), true);
});

test("printing a long document as soon as it opens prints all of it", async () => {
  await stubPrint();
  const button = await printWhileOpening("button", "نص طويل للطباعة", 3000);
  assert.ok(button.atStart < button.all, `the document was still appearing (${button.atStart} of ${button.all} sentences)`);
  assert.deepEqual(button.printed, [button.all], "the Print button printed every sentence");

  // The browser's own Print (Ctrl+P, its menu) fires beforeprint: the
  // document is all in the page before the browser lays it out.
  await stubPrint();
  const browser = await printWhileOpening("browser", "نص طويل آخر", 3000);
  assert.ok(browser.atStart < browser.all, `the document was still appearing (${browser.atStart} of ${browser.all} sentences)`);
  assert.equal(browser.afterRender, browser.all, "beforeprint put every sentence in the page");
  assert.deepEqual(browser.printed, []);
});

test("no console error and no request left 127.0.0.1", () => {
  assert.deepEqual(problems, []);
});
