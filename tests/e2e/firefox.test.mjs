// Journeys: the single HTML file opens from disk in Firefox too, with every
// network request refused, and keeps a label across a reload; a first visit
// to the served app labels the first view before the app runs
// (first-view-journey.mjs, shared with WebKit). Firefox is driven through
// geckodriver's WebDriver protocol (plain HTTP).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startFirefox } from "./gecko.mjs";
import { labelBeforeTheApp } from "./first-view-journey.mjs";

const SINGLE = resolve("dist-single/hamish.html");
let call, run, waitFor, close;

before(async () => {
  assert.ok(existsSync(SINGLE), "make single writes dist-single/hamish.html");
  ({ call, run, waitFor, close } = await startFirefox());
});

after(async () => {
  await close?.();
});

test("Firefox opens the single file from disk, labels, and keeps the label after a reload", async () => {
  await call("POST", `/url`, { url: pathToFileURL(SINGLE).href });
  const count = await waitFor("return document.querySelectorAll('[data-sentence]').length >= 30 && document.querySelectorAll('[data-sentence]').length");
  assert.ok(count >= 30, `sentences shown: ${count}`);
  assert.equal(await run("return document.documentElement.dir"), "rtl");
  await run(`document.querySelector('[data-sentence="1"]').click();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "3", code: "Digit3", bubbles: true }));`);
  assert.equal(await waitFor(`return document.querySelector('[data-sentence="1"]').dataset.labels === "رأي"`), true);
  await call("POST", `/refresh`, {});
  const kept = await waitFor(`const s = document.querySelector('[data-sentence="1"]'); return s && s.dataset.labels === "رأي"`);
  assert.equal(kept, true, "the label survives a reload in Firefox");
});

test("Firefox: a first visit labels the first view before the app runs, and the app takes over", async () => {
  const served = await startFirefox({ localhost: true });
  try {
    await served.call("POST", `/window/rect`, { width: 1200, height: 900 });
    await labelBeforeTheApp(served, "Firefox");
  } finally {
    await served.close();
  }
});
