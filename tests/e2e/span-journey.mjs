// The span journey over WebDriver, shared by Firefox (firefox-spans.test.mjs)
// and WebKit (webkit.test.mjs): a label is made a span label, a joined word
// of sentence 1 becomes a span by keyboard, and its box and glyphs are
// compared before and after; a negative control wraps one letter of another
// word in an element and must be seen; a reload shows the app's own page
// again, span kept. Each step takes the session's commands (gecko.mjs,
// webkit.mjs: `run`, `waitFor` and those of webdriver.mjs's `pageCommands`),
// the test's context `t` (for diagnostics) and `engine`, the browser's name
// in diagnostics and screenshot names. What an engine checks of its own (the
// underline's colour, how the span is drawn) stays in its test file.
import assert from "node:assert/strict";
import { wordBox, wrapLetter, clipAround, inkDiff, savePng } from "./glyphs.mjs";

const WORD = "الماضي"; // lam–meem–alef and dad–yeh are joined
const CONTROL = { word: "الرئيس", letter: 4 }; // the yeh, joined on both sides, mid-line
// A filled box with a little room on either side, as annotators that put
// elements into the text draw a span; a bare <span> is reported too.
const MARK = { backgroundColor: "rgb(255 214 0 / 0.45)", padding: "0 0.1em", borderRadius: "0.2em" };
const TOLERANCE = 0.01; // px
const MOST_MISMATCHED = 8; // anti-aliasing pixels allowed between before and after

const close = (a, b) => Math.abs(a - b) <= TOLERANCE;
const sameRect = (a, b) => close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height);
const px = (value) => value.toFixed(3);
/** `clip` (CSS px) in the pixels of a viewport screenshot. */
export const crop = (clip, dpr) => ({ x: Math.round(clip.x * dpr), y: Math.round(clip.y * dpr), width: Math.round(clip.width * dpr), height: Math.round(clip.height * dpr) });
/** The text of every range of every highlight, by the highlight's name. */
const highlights = (run) =>
  run("return Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())]))");

/**
 * Opens the app at `address`, makes the first label (blue) a span label,
 * selects sentence 1 and makes WORD a span by keyboard (s, ArrowLeft to its
 * code points, 1, Escape). Checks that the sentence is still one text node,
 * that the word's box is the same to TOLERANCE px and that the span is
 * painted in blue, with no cursor left. Resolves to the word as measured
 * before (`word`) and after (`span`), the clip around it (CSS px) and the
 * two screenshots.
 */
export async function markSpan({ run, waitFor, inPage, press, click, screenshot, painted, open }, t, { engine, address }) {
  await open(address);
  assert.equal(await run("return typeof CSS.highlights?.set"), "function", `${engine} has the Custom Highlight API`);
  // The first label (blue) becomes a span label in the label editor.
  await click('[data-action="edit-labels"]');
  assert.equal(await waitFor("return !!document.querySelector('#labels-dialog')"), true);
  await run(`const scope = document.querySelector(".editor-scope");
    scope.value = "span";
    scope.dispatchEvent(new Event("change", { bubbles: true }));`);
  await press("Escape");
  assert.equal(await waitFor("return !document.querySelector('#labels-dialog')"), true);
  // The sentence is selected before and after, so only the span differs.
  await click("#s-1");
  assert.equal(await waitFor("return document.querySelector('#s-1').classList.contains('selected')"), true);
  await painted();

  const word = await inPage(wordBox, { index: 1, word: WORD });
  assert.ok(!word.error, word.error);
  const top = await run("return document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0");
  assert.ok(word.rect.y > top + 4, "the word is in view below the top bar");
  const clip = clipAround(word.rect);
  const beforePng = await screenshot();

  await press("s");
  const cursor = `${word.start}-${word.end}`;
  for (let step = 0; (await run("return document.querySelector('#s-1').dataset.cursor")) !== cursor; step++) {
    assert.ok(step < 40, `the span cursor never reached ${cursor}`);
    await press("ArrowLeft");
  }
  await press("1");
  assert.equal(await waitFor("return document.querySelector('#s-1').dataset.spans === '1'"), true);
  await press("Escape");
  assert.equal(await waitFor("return !document.querySelector('#s-1').hasAttribute('data-cursor')"), true);
  await painted();
  const span = await inPage(wordBox, { index: 1, word: WORD });
  const afterPng = await screenshot();
  t.diagnostic(`${engine}: «${WORD}» (code points ${word.start}-${word.end}) at dpr ${word.dpr}: width ${px(word.rect.width)} → ${px(span.rect.width)} px, height ${px(word.rect.height)} → ${px(span.rect.height)} px, boxes ${word.rects} → ${span.rects}`);
  assert.ok(!span.error, `the sentence is still one text node: ${span.error}`);
  assert.ok(close(span.rect.width, word.rect.width), `width ${word.rect.width} → ${span.rect.width}`);
  assert.ok(sameRect(span.rect, word.rect), `rect ${JSON.stringify(word.rect)} → ${JSON.stringify(span.rect)}`);
  assert.equal(span.rects, word.rects);

  const painting = await highlights(run);
  assert.ok(painting["hamish-blue"]?.includes(WORD), `hamish-blue holds «${WORD}»: ${JSON.stringify(painting)}`);
  assert.deepEqual(painting["hamish-cursor"] ?? [], [], "no cursor is painted after span mode");
  assert.equal(await run(`return !!document.querySelector('.span-chip.label-blue[data-span="${cursor}"]')`), true);
  return { word, span, clip, beforePng, afterPng };
}

/**
 * Checks that the glyphs of the span marked by `markSpan` (`marked`) are
 * the same pixels before and after, but for `underline` (the rgb() colour
 * the engine draws the span's underline in, or none) and the fill's edges.
 * Saves the crops and their difference under target/screenshots/.
 */
export async function sameGlyphs({ inPage }, t, { engine, marked: { word, clip, beforePng, afterPng }, underline }) {
  const area = crop(clip, word.dpr);
  const box = { x: word.rect.x * word.dpr - area.x, y: word.rect.y * word.dpr - area.y, width: word.rect.width * word.dpr, height: word.rect.height * word.dpr };
  const ink = await inPage(inkDiff, { beforePng, afterPng, crop: area, radius: 4 * word.dpr, box, underline });
  assert.ok(!ink.error, ink.error);
  const shots = `joining-${engine.toLowerCase()}`;
  savePng(`${shots}-before`, ink.before);
  savePng(`${shots}-after`, ink.after);
  savePng(`${shots}-diff`, ink.diff);
  t.diagnostic(`${engine}: glyphs of «${WORD}» in ${ink.width}×${ink.height} px: ink ${ink.inkBefore} → ${ink.inkAfter} px, mismatched ${ink.mismatched} (${ink.onlyBefore} only before, ${ink.onlyAfter} only after); left out: rows ${ink.rows} (underline ${underline} and the fill's top and bottom edge), columns ${ink.columns} (its sides), ${ink.skipped} px`);
  assert.ok(ink.inkBefore > 50 * word.dpr ** 2, `the word has ink: ${ink.inkBefore} px`);
  assert.ok(ink.mismatched <= MOST_MISMATCHED * word.dpr ** 2, `glyph pixels changed: ${ink.mismatched}`);
}

/**
 * After `markSpan`: the negative control, then the span kept. The same
 * measurement must see a letter cut out of its word (wrapped in a bare
 * <span>, reported, and in a marked one, asserted), each wrapping from the
 * app's own page (a reload); a last reload shows the app's own page, span
 * kept and painted, the control word whole, and no errors recorded.
 */
export async function controlThenReload({ run, waitFor, inPage, screenshot, painted, open, errors }, t, { engine }) {
  const shots = `joining-${engine.toLowerCase()}-control`;
  const cut = {};
  for (const [name, style] of [["bare", {}], ["mark", MARK]]) {
    await open();
    await painted();
    const whole = await inPage(wordBox, { index: 1, word: CONTROL.word });
    assert.ok(!whole.error, whole.error);
    const controlArea = crop(clipAround(whole.rect), whole.dpr);
    const wholePng = await screenshot();
    const wrapped = await inPage(wrapLetter, { index: 1, ...CONTROL, style });
    assert.equal(wrapped.wrapped, [...CONTROL.word][CONTROL.letter]);
    assert.equal(wrapped.word, CONTROL.word);
    assert.ok(close(wrapped.rect.height, whole.rect.height), "the control word stays on its line");
    await painted();
    const damage = await inPage(inkDiff, { beforePng: wholePng, afterPng: await screenshot(), crop: controlArea, radius: 4 * whole.dpr });
    assert.ok(!damage.error, damage.error);
    savePng(`${shots}-${name}-before`, damage.before);
    savePng(`${shots}-${name}`, damage.after);
    savePng(`${shots}-${name}-diff`, damage.diff);
    t.diagnostic(`${engine}: control «${CONTROL.word}» with «${wrapped.wrapped}» in a ${name} <span>: width ${px(whole.rect.width)} → ${px(wrapped.rect.width)} px, boxes ${whole.rects} → ${wrapped.rects}, glyph pixels mismatched ${damage.mismatched} of ${damage.inkBefore}`);
    cut[name] = { whole, ...wrapped, damage };
  }
  assert.ok(!close(cut.mark.rect.width, cut.mark.whole.rect.width), `the marked word's width moves: ${cut.mark.rect.width}`);
  assert.ok(cut.mark.damage.mismatched > cut.mark.damage.inkBefore / 4, `the marked word's glyphs change: ${cut.mark.damage.mismatched} px`);

  // Undo the control: a reload shows the app's own page, span kept.
  await open();
  assert.equal(await waitFor("return document.querySelector('#s-1').dataset.spans === '1'"), true);
  await painted();
  assert.ok((await highlights(run))["hamish-blue"]?.includes(WORD), "the span is painted again after the reload");
  const restored = await inPage(wordBox, { index: 1, word: CONTROL.word });
  assert.ok(!restored.error && close(restored.rect.width, cut.mark.whole.rect.width), `the control word is whole again: ${restored.rect?.width}`);
  assert.deepEqual(await errors(), []);
}
