// Firefox for the journeys: Firefox ESR, headless, driven by geckodriver over
// WebDriver's plain HTTP (webdriver.mjs), with every request that would leave
// the machine refused (a proxy on a closed port).
import { startDriver, openSession, pageCommands, stop } from "./webdriver.mjs";

const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const GECKODRIVER = process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`;

/**
 * Starts geckodriver and a Firefox session. `call(method, path, body)` sends
 * a command of the session (`path` after `/session/<id>`), `run(script, …args)`
 * runs a script, `waitFor(script)` polls it until it returns something true
 * (or 20 s pass), the commands of `pageCommands` (webdriver.mjs) act on the
 * page, and `close()` ends it all.
 */
export async function startFirefox({ localhost = false } = {}) {
  const { driver, send } = await startDriver(GECKODRIVER, (port) => ["--port", String(port), "--host", "127.0.0.1"]);
  // Every request refused, or (`localhost`) every one but to 127.0.0.1.
  const refuse = { "network.proxy.type": 1, "network.proxy.http": "127.0.0.1", "network.proxy.http_port": 9,
    "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": 9, "network.proxy.allow_hijacking_localhost": !localhost };
  let session;
  try {
    session = await openSession(send, { alwaysMatch: { browserName: "firefox",
      "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"], prefs: { ...refuse, "app.update.enabled": false } } } });
  } catch (error) {
    await stop(driver);
    throw error;
  }
  const { call, run } = session;
  const waitFor = (script, timeout = 20_000) =>
    call("POST", "/execute/async", {
      script: `const [check, timeout, done] = arguments; const until = Date.now() + timeout;
        (function poll() { const value = new Function(check)(); if (value || Date.now() > until) done(value); else setTimeout(poll, 50); })();`,
      args: [script, timeout],
    });
  const close = async () => {
    await session.close();
    await stop(driver);
  };
  return { call, run, waitFor, ...pageCommands({ call, run, waitFor }), close };
}
