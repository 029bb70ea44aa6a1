// Journey: in Firefox too, painting a span keeps Arabic letters joined. The
// single file opens from disk (network refused), a label is made a span
// label, a joined word of sentence 1 becomes a span by keyboard, and its box
// and glyphs are compared before and after; a negative control wraps one
// letter of another word in an element and must be seen. Firefox is driven
// through geckodriver's WebDriver protocol (plain HTTP): real clicks and key
// presses, screenshots of the viewport cropped to the word in the page. The
// steps are span-journey.mjs's, shared with WebKit (webkit.test.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startFirefox } from "./gecko.mjs";
import { markSpan, sameGlyphs, controlThenReload } from "./span-journey.mjs";

const SINGLE = resolve("dist-single/hamish.html");
const ENGINE = "Firefox";
let session;

before(async () => {
  assert.ok(existsSync(SINGLE), "make single writes dist-single/hamish.html");
  session = await startFirefox();
  await session.call("POST", `/window/rect`, { width: 1200, height: 900 });
});

after(async () => {
  await session?.close();
});

test("Firefox: a span keeps the letters of its word joined: same box, same glyphs", async (t) => {
  const marked = await markSpan(session, t, { engine: ENGINE, address: pathToFileURL(SINGLE).href });
  // Firefox's getComputedStyle resolves ::highlight(): the underline's colour as drawn.
  const underline = await session.run("return getComputedStyle(document.querySelector('#s-1'), '::highlight(hamish-blue)').textDecorationColor");
  await sameGlyphs(session, t, { engine: ENGINE, marked, underline });
  assert.deepEqual(await session.errors(), [], "no errors while marking the span");
  await controlThenReload(session, t, { engine: ENGINE });
});
