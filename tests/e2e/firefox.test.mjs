// Journey: the single HTML file opens from disk in Firefox too, with every
// network request refused, and keeps a label across a reload. Firefox is
// driven through geckodriver's WebDriver protocol (plain HTTP).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const SINGLE = resolve("dist-single/hamish.html");
const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const GECKODRIVER = process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`;
let driver, base, session;

const freePort = () =>
  new Promise((done) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(data.value)}`);
  return data.value;
}

const run = (script, ...args) => call("POST", `/session/${session}/execute/sync`, { script, args });
const waitFor = (script, timeout = 20_000) =>
  call("POST", `/session/${session}/execute/async`, {
    script: `const [check, timeout, done] = arguments; const until = Date.now() + timeout;
      (function poll() { const value = new Function(check)(); if (value || Date.now() > until) done(value); else setTimeout(poll, 50); })();`,
    args: [script, timeout],
  });

before(async () => {
  assert.ok(existsSync(SINGLE), "make single writes dist-single/hamish.html");
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  driver = spawn(GECKODRIVER, ["--port", String(port), "--host", "127.0.0.1"], { stdio: "ignore" });
  for (let tries = 0; ; tries++) {
    try {
      await call("GET", "/status");
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const refuse = { "network.proxy.type": 1, "network.proxy.http": "127.0.0.1", "network.proxy.http_port": 9,
    "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": 9, "network.proxy.allow_hijacking_localhost": true };
  const created = await call("POST", "/session", {
    capabilities: { alwaysMatch: { browserName: "firefox",
      "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"], prefs: { ...refuse, "app.update.enabled": false } } } },
  });
  session = created.sessionId;
});

after(async () => {
  if (session) await call("DELETE", `/session/${session}`).catch(() => {});
  driver?.kill();
});

test("Firefox opens the single file from disk, labels, and keeps the label after a reload", async () => {
  await call("POST", `/session/${session}/url`, { url: pathToFileURL(SINGLE).href });
  const count = await waitFor("return document.querySelectorAll('[data-sentence]').length >= 30 && document.querySelectorAll('[data-sentence]').length");
  assert.ok(count >= 30, `sentences shown: ${count}`);
  assert.equal(await run("return document.documentElement.dir"), "rtl");
  await run(`document.querySelector('[data-sentence="1"]').click();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "3", code: "Digit3", bubbles: true }));`);
  assert.equal(await waitFor(`return document.querySelector('[data-sentence="1"]').dataset.labels === "رأي"`), true);
  await call("POST", `/session/${session}/refresh`, {});
  const kept = await waitFor(`const s = document.querySelector('[data-sentence="1"]'); return s && s.dataset.labels === "رأي"`);
  assert.equal(kept, true, "the label survives a reload in Firefox");
});
