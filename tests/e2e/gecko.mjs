// Firefox for the journeys: Firefox ESR, headless, driven by geckodriver over
// WebDriver's plain HTTP, with every request that would leave the machine
// refused (a proxy on a closed port).
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const GECKODRIVER = process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`;

const freePort = () =>
  new Promise((done) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/**
 * Starts geckodriver and a Firefox session. `call(method, path, body)` sends
 * a command of the session (`path` after `/session/<id>`), `run(script, …args)`
 * runs a script, `waitFor(script)` polls it until it returns something true
 * (or 20 s pass) and `close()` ends it all.
 */
export async function startFirefox() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const driver = spawn(GECKODRIVER, ["--port", String(port), "--host", "127.0.0.1"], { stdio: "ignore" });
  const send = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(data.value)}`);
    return data.value;
  };
  for (let tries = 0; ; tries++) {
    try {
      await send("GET", "/status");
      break;
    } catch (error) {
      if (tries > 100) {
        driver.kill();
        throw error;
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const refuse = { "network.proxy.type": 1, "network.proxy.http": "127.0.0.1", "network.proxy.http_port": 9,
    "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": 9, "network.proxy.allow_hijacking_localhost": true };
  const created = await send("POST", "/session", {
    capabilities: { alwaysMatch: { browserName: "firefox",
      "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"], prefs: { ...refuse, "app.update.enabled": false } } } },
  });
  const call = (method, path, body) => send(method, `/session/${created.sessionId}${path}`, body);
  const run = (script, ...args) => call("POST", "/execute/sync", { script, args });
  const waitFor = (script, timeout = 20_000) =>
    call("POST", "/execute/async", {
      script: `const [check, timeout, done] = arguments; const until = Date.now() + timeout;
        (function poll() { const value = new Function(check)(); if (value || Date.now() > until) done(value); else setTimeout(poll, 50); })();`,
      args: [script, timeout],
    });
  const close = async () => {
    await call("DELETE", "").catch(() => {});
    driver.kill();
  };
  return { call, run, waitFor, close };
}
