// Journey: painting a span keeps Arabic letters joined. A joined word of the
// seed's sentence 1 is measured and photographed, made a span by keyboard,
// and measured and photographed again: its box is the same to 0.01 px and
// its glyphs are the same pixels (the highlight only changes the background
// and draws an underline). A negative control wraps one letter of another
// word in an element, as annotators that insert elements do, and the same
// measurement must see the damage. At 100 % and at 200 % zoom.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { startServer, launch, watch, openApp, appReady, SCREENSHOTS } from "./harness.mjs";
import { wordBox, wrapLetter, clipAround, inkDiff, savePng } from "./glyphs.mjs";

const WORD = "الماضي"; // lam–meem–alef and dad–yeh are joined
const CONTROL = { word: "الرئيس", letter: 4 }; // the yeh, joined on both sides, mid-line
// How annotators that put elements into the text mark a span: a filled box
// with a little room on either side. A bare <span> is measured and reported
// too, not asserted: browsers shape across an element with no padding,
// border or margin, so its damage is at most a shift of a fraction of a pixel.
const MARK = { backgroundColor: "rgb(255 214 0 / 0.45)", padding: "0 0.1em", borderRadius: "0.2em" };
const TOLERANCE = 0.01; // px
const MOST_MISMATCHED = 8; // anti-aliasing pixels allowed between before and after

let server, url, origin;

before(async () => {
  ({ server, url } = await startServer());
  origin = url.replace(/\/$/, "");
});

after(() => server?.close());

/** Two animation frames, so that what was changed is painted. */
const painted = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Makes the first label (blue) a span label in the label editor. */
async function spanScopedFirstLabel(page) {
  await page.locator('[data-action="edit-labels"]').click();
  await page.locator("#labels-dialog").waitFor();
  await page.locator(".editor-scope").first().selectOption("span");
  await page.keyboard.press("Escape");
  await page.locator("#labels-dialog").waitFor({ state: "detached" });
}

/**
 * On the selected sentence `index`: span mode, the cursor moved word by word
 * to code points `start`-`end`, labelled with the first span label, and span
 * mode left, so only the span's own highlight is painted.
 */
async function markSpan(page, index, { start, end }) {
  const sentence = page.locator(`[data-sentence="${index}"]`);
  await page.keyboard.press("s");
  for (let step = 0; (await sentence.getAttribute("data-cursor")) !== `${start}-${end}`; step++) {
    assert.ok(step < 40, `the span cursor never reached ${start}-${end}`);
    await page.keyboard.press("ArrowLeft");
  }
  await page.keyboard.press("1");
  await page.waitForFunction((index) => document.querySelector(`[data-sentence="${index}"]`).dataset.spans === "1", String(index));
  await page.keyboard.press("Escape");
  await page.waitForFunction((index) => !document.querySelector(`[data-sentence="${index}"]`).hasAttribute("data-cursor"), String(index));
  await painted(page);
}

/** Every custom highlight on the page: name → the text of each of its ranges. */
const highlights = (page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())])));

/** A screenshot of `clip` (CSS px), saved as `name`, in base64. */
async function shoot(page, clip, name) {
  const png = await page.screenshot({ clip, path: join(SCREENSHOTS, `${name}.png`) });
  return png.toString("base64");
}

/** Reloads `page`: the app's own sentence 1 again, with its span. */
async function reload(page) {
  await page.reload();
  await appReady(page);
  await page.waitForFunction(() => document.querySelector("#s-1").dataset.spans === "1");
  await painted(page);
}

/** `rect` (CSS px, in the viewport) in the pixels of a screenshot of `clip`. */
const inImage = (rect, clip, dpr) => ({ x: (rect.x - clip.x) * dpr, y: (rect.y - clip.y) * dpr, width: rect.width * dpr, height: rect.height * dpr });

const close = (a, b) => Math.abs(a - b) <= TOLERANCE;
const sameRect = (a, b) => close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height);
const px = (value) => value.toFixed(3);

/** The whole proof in one browser profile, its screenshots named `prefix`-…. */
async function journey(t, prefix, options) {
  const { context, userDataDir } = await launch(options);
  try {
    const page = await context.newPage();
    const problems = watch(page, origin);
    await openApp(page, url);
    await spanScopedFirstLabel(page);
    // The sentence is selected before and after, so only the span differs.
    await page.locator("#s-1").click();
    // In the middle of the window, where span mode has no need to scroll it.
    await page.locator("#s-1").evaluate((sentence) => sentence.scrollIntoView({ block: "center" }));
    await painted(page);

    const word = await page.evaluate(wordBox, { index: 1, word: WORD });
    assert.ok(!word.error, word.error);
    const top = await page.locator(".topbar").evaluate((bar) => bar.getBoundingClientRect().bottom);
    assert.ok(word.rect.y > top + 4, "the word is in view below the top bar");
    const clip = clipAround(word.rect);
    const beforePng = await shoot(page, clip, `${prefix}-before`);

    await markSpan(page, 1, word);
    const span = await page.evaluate(wordBox, { index: 1, word: WORD });
    const afterPng = await shoot(page, clip, `${prefix}-after`);
    t.diagnostic(`«${WORD}» (code points ${word.start}-${word.end}) at dpr ${word.dpr}: width ${px(word.rect.width)} → ${px(span.rect.width)} px, height ${px(word.rect.height)} → ${px(span.rect.height)} px, boxes ${word.rects} → ${span.rects}`);
    assert.ok(!span.error, `the sentence is still one text node: ${span.error}`);
    assert.ok(close(span.rect.width, word.rect.width), `width ${word.rect.width} → ${span.rect.width}`);
    assert.ok(sameRect(span.rect, word.rect), `rect ${JSON.stringify(word.rect)} → ${JSON.stringify(span.rect)}`);
    assert.equal(span.rects, word.rects);

    const painting = await highlights(page);
    assert.ok(painting["hamish-blue"]?.includes(WORD), `hamish-blue holds «${WORD}»: ${JSON.stringify(painting)}`);
    assert.deepEqual(painting["hamish-cursor"] ?? [], [], "no cursor is painted after span mode");
    await page.locator(`.span-chip.label-blue[data-span="${word.start}-${word.end}"]`).waitFor();

    const underline = await page.evaluate(() => getComputedStyle(document.querySelector("#s-1"), "::highlight(hamish-blue)").textDecorationColor);
    const box = inImage(word.rect, clip, word.dpr);
    const ink = await page.evaluate(inkDiff, { beforePng, afterPng, radius: 4 * word.dpr, box, underline });
    savePng(`${prefix}-diff`, ink.diff);
    t.diagnostic(`glyphs of «${WORD}» in ${ink.width}×${ink.height} px: ink ${ink.inkBefore} → ${ink.inkAfter} px, mismatched ${ink.mismatched} (${ink.onlyBefore} only before, ${ink.onlyAfter} only after); left out: rows ${ink.rows} (underline ${underline} and the fill's top and bottom edge), columns ${ink.columns} (its sides), ${ink.skipped} px`);
    assert.ok(ink.inkBefore > 50 * word.dpr ** 2, `the word has ink: ${ink.inkBefore} px`);
    assert.ok(ink.mismatched <= MOST_MISMATCHED * word.dpr ** 2, `glyph pixels changed: ${ink.mismatched}`);

    // Negative control: the same measurement sees a letter cut out of its
    // word. Each wrapping starts from the app's own page (a reload).
    const cut = {};
    for (const [name, style] of [["bare", {}], ["mark", MARK]]) {
      await reload(page);
      const whole = await page.evaluate(wordBox, { index: 1, word: CONTROL.word });
      const controlClip = clipAround(whole.rect);
      const wholePng = await shoot(page, controlClip, `${prefix}-control-${name}-before`);
      const wrapped = await page.evaluate(wrapLetter, { index: 1, ...CONTROL, style });
      assert.equal(wrapped.wrapped, [...CONTROL.word][CONTROL.letter]);
      assert.equal(wrapped.word, CONTROL.word);
      assert.ok(close(wrapped.rect.height, whole.rect.height), "the control word stays on its line");
      await painted(page);
      const png = await shoot(page, controlClip, `${prefix}-control-${name}`);
      const damage = await page.evaluate(inkDiff, { beforePng: wholePng, afterPng: png, radius: 4 * word.dpr });
      savePng(`${prefix}-control-${name}-diff`, damage.diff);
      t.diagnostic(`control «${CONTROL.word}» with «${wrapped.wrapped}» in a ${name} <span>: width ${px(whole.rect.width)} → ${px(wrapped.rect.width)} px, boxes ${whole.rects} → ${wrapped.rects}, glyph pixels mismatched ${damage.mismatched} of ${damage.inkBefore}`);
      cut[name] = { whole, ...wrapped, damage };
    }
    assert.ok(!close(cut.mark.rect.width, cut.mark.whole.rect.width), `the marked word's width moves: ${cut.mark.rect.width}`);
    assert.ok(cut.mark.damage.mismatched > cut.mark.damage.inkBefore / 4, `the marked word's glyphs change: ${cut.mark.damage.mismatched} px`);

    // Undo the control: a reload shows the app's own page, span kept.
    await reload(page);
    assert.ok((await highlights(page))["hamish-blue"]?.includes(WORD), "the span is painted again after the reload");
    const restored = await page.evaluate(wordBox, { index: 1, word: CONTROL.word });
    assert.ok(!restored.error && close(restored.rect.width, cut.mark.whole.rect.width), `the control word is whole again: ${restored.rect?.width}`);
    assert.deepEqual(problems, []);
    return { word, span, ink, cut };
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

test("a span keeps the letters of its word joined: same box, same glyphs (Chromium)", async (t) => {
  await journey(t, "joining-chromium");
});

test("at 200 % zoom too (device scale factor 2)", async (t) => {
  const { word } = await journey(t, "spans-200-zoom", { viewport: { width: 600, height: 450 }, deviceScaleFactor: 2 });
  assert.equal(word.dpr, 2);
});
