// Journey: sync in Firefox and in WebKit (Safari's engine), one person on
// both, through PouchDB Server started here on 127.0.0.1: a label made in
// Firefox reaches WebKit and one made in WebKit reaches Firefox. Both are
// driven through WebDriver (geckodriver; WebKitWebDriver on Xvfb).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startFirefox } from "./gecko.mjs";
import { startWebKit } from "./webkit.mjs";
import { startServer } from "./harness.mjs";
import { startCouch, personDatabase } from "./couch.mjs";

const LOGIN = { name: "rana", password: "rana-pass" };
let server, url, couch, firefox, webkit;

before(async () => {
  ({ server, url } = await startServer());
  couch = await startCouch();
  await couch.addUser(LOGIN.name, LOGIN.password);
  await couch.addDatabase(personDatabase(LOGIN.name), [LOGIN.name]);
  firefox = await startFirefox({ localhost: true });
  webkit = await startWebKit();
});

after(async () => {
  await firefox?.close();
  await webkit?.close();
  await couch?.stop();
  server?.close();
});

/** Clicks the button `selector` (from the page: Firefox will not scroll the
 *  sidebar's toolbar into view for a WebDriver click). */
const press = (browser, selector) => browser.run(`document.querySelector(arguments[0]).click()`, selector);

/** Turns sync on in a WebDriver session and waits until it says synced. */
async function turnOn(browser) {
  await press(browser, '[data-action="settings"]');
  await browser.run(`const set = (id, value) => { document.getElementById(id).value = value; };
    set("sync-server", arguments[0]); set("sync-name", arguments[1]); set("sync-password", arguments[2]);`,
  couch.url, LOGIN.name, LOGIN.password);
  await press(browser, '[data-action="sync-on"]');
  const synced = await browser.waitFor(`return document.querySelector('.sync-status')?.dataset.sync === "synced"`, 25_000);
  const state = await browser.run(`return [document.querySelector('.sync-status')?.dataset.sync, document.querySelector('.sync-state')?.textContent, document.querySelector('.field-error')?.textContent, ...(window.hamishErrors || [])]`);
  assert.equal(synced, true, `${browser.name}: synced (${JSON.stringify(state)})`);
  await browser.press("Escape");
}

async function label(browser, index, key) {
  await browser.click(`[data-sentence="${index}"]`);
  await browser.press(key);
}

async function seesLabels(browser, index, labels) {
  const seen = await browser.waitFor(`return document.querySelector('[data-sentence="${index}"]')?.dataset.labels === ${JSON.stringify(labels)}`, 25_000);
  assert.equal(seen, true, `${browser.name}: sentence ${index} has ${labels}`);
}

test("a label made in Firefox reaches WebKit, and one made in WebKit reaches Firefox", { timeout: 180_000 }, async () => {
  const fox = { ...firefox, name: "Firefox" };
  const safari = { ...(await webkit.open()), name: "WebKit" };
  for (const browser of [fox, safari]) {
    await browser.call("POST", "/window/rect", { width: 1200, height: 900 });
    await browser.open(url);
  }
  await turnOn(fox);
  await turnOn(safari);
  await label(fox, 2, "1");
  await seesLabels(fox, 2, "ادعاء");
  await seesLabels(safari, 2, "ادعاء");
  await label(safari, 4, "2");
  await seesLabels(fox, 4, "دليل");
  assert.deepEqual(await fox.errors(), []);
  assert.deepEqual(await safari.errors(), []);
});
