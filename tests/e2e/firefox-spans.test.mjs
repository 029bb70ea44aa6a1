// Journey: in Firefox too, painting a span keeps Arabic letters joined. The
// single file opens from disk (network refused), a label is made a span
// label, a joined word of sentence 1 becomes a span by keyboard, and its box
// and glyphs are compared before and after; a negative control wraps one
// letter of another word in an element and must be seen. Firefox is driven
// through geckodriver's WebDriver protocol (plain HTTP): real clicks and key
// presses, screenshots of the viewport cropped to the word in the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startFirefox } from "./gecko.mjs";
import { wordBox, wrapLetter, clipAround, inkDiff, savePng } from "./glyphs.mjs";

const SINGLE = resolve("dist-single/hamish.html");
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const KEYS = { Escape: "\uE00C", ArrowLeft: "\uE012" };
const WORD = "الماضي";
const CONTROL = { word: "الرئيس", letter: 4 }; // the yeh, joined on both sides, mid-line
// A filled box with a little room on either side, as annotators that put
// elements into the text draw a span; a bare <span> is reported too.
const MARK = { backgroundColor: "rgb(255 214 0 / 0.45)", padding: "0 0.1em", borderRadius: "0.2em" };
const TOLERANCE = 0.01; // px
const MOST_MISMATCHED = 8; // anti-aliasing pixels allowed between before and after
let call, run, waitFor, quit;

/** Runs one of the in-page functions of glyphs.mjs with `options`. */
const inPage = (fn, options) =>
  call("POST", `/execute/async`, {
    script: `const done = arguments[1]; Promise.resolve((${fn})(arguments[0])).then(done, (error) => done({ error: String(error) }));`,
    args: [options],
  });
/** Presses each key in turn, as a person at the keyboard does. */
const press = (...keys) =>
  call("POST", `/actions`, {
    actions: [{ type: "key", id: "keyboard", actions: keys.flatMap((key) => [{ type: "keyDown", value: KEYS[key] ?? key }, { type: "keyUp", value: KEYS[key] ?? key }]) }],
  });
async function click(selector) {
  const element = await call("POST", `/element`, { using: "css selector", value: selector });
  await call("POST", `/element/${element[ELEMENT]}/click`, {});
}
/** The viewport as a PNG, base64. */
const screenshot = () => call("GET", `/screenshot`);
const painted = () => inPage("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))", {});

/** Opens the single file (or reloads it) and waits for the app; records errors from then on. */
async function open(reload = false) {
  if (reload) await call("POST", `/refresh`, {});
  else await call("POST", `/url`, { url: pathToFileURL(SINGLE).href });
  assert.equal(await waitFor("return document.documentElement.hasAttribute('data-ready') && !!document.querySelector('#s-1')"), true);
  await run(`window.hamishErrors = [];
    const report = console.error.bind(console);
    console.error = (...parts) => { window.hamishErrors.push(parts.join(" ")); report(...parts); };
    addEventListener("error", (event) => window.hamishErrors.push(event.message));
    addEventListener("unhandledrejection", (event) => window.hamishErrors.push(String(event.reason)));`);
}

before(async () => {
  assert.ok(existsSync(SINGLE), "make single writes dist-single/hamish.html");
  ({ call, run, waitFor, close: quit } = await startFirefox());
  await call("POST", `/window/rect`, { width: 1200, height: 900 });
});

after(async () => {
  await quit?.();
});

const close = (a, b) => Math.abs(a - b) <= TOLERANCE;
const sameRect = (a, b) => close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height);
const px = (value) => value.toFixed(3);
/** `clip` (CSS px) in the pixels of a viewport screenshot. */
const crop = (clip, dpr) => ({ x: Math.round(clip.x * dpr), y: Math.round(clip.y * dpr), width: Math.round(clip.width * dpr), height: Math.round(clip.height * dpr) });
const highlights = () =>
  run("return Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())]))");

test("Firefox: a span keeps the letters of its word joined: same box, same glyphs", async (t) => {
  await open();
  assert.equal(await run("return typeof CSS.highlights?.set"), "function", "Firefox has the Custom Highlight API");
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
  t.diagnostic(`Firefox: «${WORD}» (code points ${word.start}-${word.end}) at dpr ${word.dpr}: width ${px(word.rect.width)} → ${px(span.rect.width)} px, height ${px(word.rect.height)} → ${px(span.rect.height)} px, boxes ${word.rects} → ${span.rects}`);
  assert.ok(!span.error, `the sentence is still one text node: ${span.error}`);
  assert.ok(close(span.rect.width, word.rect.width), `width ${word.rect.width} → ${span.rect.width}`);
  assert.ok(sameRect(span.rect, word.rect), `rect ${JSON.stringify(word.rect)} → ${JSON.stringify(span.rect)}`);
  assert.equal(span.rects, word.rects);

  const painting = await highlights();
  assert.ok(painting["hamish-blue"]?.includes(WORD), `hamish-blue holds «${WORD}»: ${JSON.stringify(painting)}`);
  assert.deepEqual(painting["hamish-cursor"] ?? [], [], "no cursor is painted after span mode");
  assert.equal(await run(`return !!document.querySelector('.span-chip.label-blue[data-span="${cursor}"]')`), true);

  const underline = await run("return getComputedStyle(document.querySelector('#s-1'), '::highlight(hamish-blue)').textDecorationColor");
  const area = crop(clip, word.dpr);
  const box = { x: word.rect.x * word.dpr - area.x, y: word.rect.y * word.dpr - area.y, width: word.rect.width * word.dpr, height: word.rect.height * word.dpr };
  const ink = await inPage(inkDiff, { beforePng, afterPng, crop: area, radius: 4 * word.dpr, box, underline });
  assert.ok(!ink.error, ink.error);
  savePng("joining-firefox-before", ink.before);
  savePng("joining-firefox-after", ink.after);
  savePng("joining-firefox-diff", ink.diff);
  t.diagnostic(`Firefox: glyphs of «${WORD}» in ${ink.width}×${ink.height} px: ink ${ink.inkBefore} → ${ink.inkAfter} px, mismatched ${ink.mismatched} (${ink.onlyBefore} only before, ${ink.onlyAfter} only after); left out: rows ${ink.rows} (underline ${underline} and the fill's top and bottom edge), columns ${ink.columns} (its sides), ${ink.skipped} px`);
  assert.ok(ink.inkBefore > 50 * word.dpr ** 2, `the word has ink: ${ink.inkBefore} px`);
  assert.ok(ink.mismatched <= MOST_MISMATCHED * word.dpr ** 2, `glyph pixels changed: ${ink.mismatched}`);
  assert.deepEqual(await run("return window.hamishErrors"), [], "no errors while marking the span");

  // Negative control: the same measurement sees a letter cut out of its
  // word. Each wrapping starts from the app's own page (a reload).
  const cut = {};
  for (const [name, style] of [["bare", {}], ["mark", MARK]]) {
    await open(true);
    await painted();
    const whole = await inPage(wordBox, { index: 1, word: CONTROL.word });
    const controlArea = crop(clipAround(whole.rect), whole.dpr);
    const wholePng = await screenshot();
    const wrapped = await inPage(wrapLetter, { index: 1, ...CONTROL, style });
    assert.equal(wrapped.wrapped, [...CONTROL.word][CONTROL.letter]);
    assert.equal(wrapped.word, CONTROL.word);
    assert.ok(close(wrapped.rect.height, whole.rect.height), "the control word stays on its line");
    await painted();
    const damage = await inPage(inkDiff, { beforePng: wholePng, afterPng: await screenshot(), crop: controlArea, radius: 4 * whole.dpr });
    assert.ok(!damage.error, damage.error);
    savePng(`joining-firefox-control-${name}-before`, damage.before);
    savePng(`joining-firefox-control-${name}`, damage.after);
    savePng(`joining-firefox-control-${name}-diff`, damage.diff);
    t.diagnostic(`Firefox: control «${CONTROL.word}» with «${wrapped.wrapped}» in a ${name} <span>: width ${px(whole.rect.width)} → ${px(wrapped.rect.width)} px, boxes ${whole.rects} → ${wrapped.rects}, glyph pixels mismatched ${damage.mismatched} of ${damage.inkBefore}`);
    cut[name] = { whole, ...wrapped, damage };
  }
  assert.ok(!close(cut.mark.rect.width, cut.mark.whole.rect.width), `the marked word's width moves: ${cut.mark.rect.width}`);
  assert.ok(cut.mark.damage.mismatched > cut.mark.damage.inkBefore / 4, `the marked word's glyphs change: ${cut.mark.damage.mismatched} px`);

  // Undo the control: a reload shows the app's own page, span kept.
  await open(true);
  assert.equal(await waitFor("return document.querySelector('#s-1').dataset.spans === '1'"), true);
  await painted();
  assert.ok((await highlights())["hamish-blue"]?.includes(WORD), "the span is painted again after the reload");
  const restored = await inPage(wordBox, { index: 1, word: CONTROL.word });
  assert.ok(!restored.error && close(restored.rect.width, cut.mark.whole.rect.width), `the control word is whole again: ${restored.rect?.width}`);
  assert.deepEqual(await run("return window.hamishErrors"), []);
});
