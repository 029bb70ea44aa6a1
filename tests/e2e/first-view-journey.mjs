// The first visit's journey over WebDriver, shared by Firefox
// (firefox.test.mjs) and WebKit (webkit.test.mjs): with the app's wasm held
// back by the server, the first view is labeled by a click and a key (the
// small first program), the label is stored; once the app is let through it
// takes over with the label, and a reload keeps it. `session` has the
// commands of gecko.mjs or webkit.mjs (`run`, `waitFor`, `inPage` and those
// of webdriver.mjs's `pageCommands`).
import assert from "node:assert/strict";
import { startServer } from "./harness.mjs";
import { readStoredRecords } from "../../scripts/stored-records.mjs";

const CLAIM = "ادعاء";

/** Runs the journey in `session` for `engine` (its name in diagnostics). */
export async function labelBeforeTheApp(session, engine) {
  const { call, run, waitFor, inPage, press, clickAt, errors } = session;
  const { server, url } = await startServer("dist", { hold: /\/hamish_bg\.wasm$/ });
  try {
    await call("POST", `/url`, { url });
    assert.equal(await waitFor("return document.documentElement.hasAttribute('data-first-labels')"), true,
      `${engine}: the first program labels the first view`);
    assert.equal(await run("return document.querySelectorAll('[data-sentence]').length"), 0, `${engine}: the app has not run`);
    await clickAt('#prerendered [data-preview="1"]');
    await press("1");
    const stored = `const s = document.querySelector('#prerendered [data-preview="1"]');
      return s.dataset.labels === ${JSON.stringify(CLAIM)} && document.querySelector('#prerendered .save-status').dataset.saving === "false"`;
    assert.equal(await waitFor(stored), true, `${engine}: the label is on the first view, and stored`);
    const records = await inPage(readStoredRecords, {});
    assert.ok(records.some(([key, value]) => key.startsWith("hamish/v1/doc/") && value.includes('"a"')),
      `${engine}: the store holds it while the app is on its way: ${JSON.stringify(records)}`);
    server.release();
    const taken = `return document.documentElement.hasAttribute('data-ready')
      && document.querySelector('[data-sentence="1"]')?.dataset.labels === ${JSON.stringify(CLAIM)}`;
    assert.equal(await waitFor(taken), true, `${engine}: the app takes over with the label`);
    await run(`window.hamishErrors = [];
      addEventListener("error", (event) => window.hamishErrors.push(event.message));
      addEventListener("unhandledrejection", (event) => window.hamishErrors.push(String(event.reason)));`);
    assert.deepEqual(await errors(), [], `${engine}: no crash report`);
    await call("POST", `/refresh`, {});
    assert.equal(await waitFor(taken), true, `${engine}: the label survives a reload`);
  } finally {
    server.release();
    server.closeAllConnections?.();
    server.close();
  }
}
