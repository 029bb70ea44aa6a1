// WebKit (Safari's engine) for the journeys: WebKitGTK's MiniBrowser on a
// virtual X display (Xvfb), driven by WebKitWebDriver over WebDriver's plain
// HTTP, as gecko.mjs drives Firefox. Every browser session is a fresh
// MiniBrowser (in automation mode its website data is ephemeral: IndexedDB,
// caches and service workers live as long as the session), and every
// request to another host than 127.0.0.1 goes to a proxy on a closed port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { START_TIMEOUT, launch, stop, freePort, startDriver, openSession, pageCommands } from "./webdriver.mjs";

const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const XVFB = process.env.XVFB || "/usr/bin/Xvfb";

/**
 * Starts Xvfb (on a display it picks itself: `-displayfd`, no race for a
 * number) and WebKitWebDriver on a free port, with HOME and the XDG folders
 * in a fresh temporary directory (whatever WebKit, GTK or fontconfig write
 * lands there). `open()` starts a browser session: `call(method, path, body)`
 * sends a command of the session (`path` after `/session/<id>`),
 * `run(script, …args)` runs a script, `waitFor(script)` polls it until it
 * returns something true (or 20 s pass), the commands of `pageCommands`
 * (webdriver.mjs) act on the page, and `close()` ends the session.
 * `close()` of the whole ends every session, the driver and Xvfb, and
 * removes the directory.
 */
export async function startWebKit() {
  const home = mkdtempSync(join(tmpdir(), "hamish-webkit-"));
  const env = {
    ...process.env,
    HOME: home,
    XDG_CACHE_HOME: join(home, "cache"),
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_DATA_HOME: join(home, "data"),
    XDG_RUNTIME_DIR: home,
    // No accessibility bus, no GPU: quiet, and the same pixels on every machine.
    NO_AT_BRIDGE: "1",
    LIBGL_ALWAYS_SOFTWARE: "1",
  };
  let xvfb, driver;
  const sessions = new Set();
  // Should the test process end without `close()` (a timeout, an error in a
  // hook), the driver and Xvfb end with it (webdriver.mjs kills what it
  // started; the browser goes with its display) and the directory goes too.
  const orphans = () => rmSync(home, { recursive: true, force: true });
  process.once("exit", orphans);
  const close = async () => {
    for (const session of [...sessions]) await session.close();
    await stop(driver);
    await stop(xvfb);
    rmSync(home, { recursive: true, force: true });
    process.off("exit", orphans);
  };
  try {
    xvfb = launch(XVFB, ["-displayfd", "3", "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
      { stdio: ["ignore", "ignore", "pipe", "pipe"], env });
    let xvfbLog = "";
    xvfb.stderr.on("data", (data) => (xvfbLog += data));
    const display = await new Promise((done, fail) => {
      let text = "";
      const timer = setTimeout(() => fail(new Error(`Xvfb did not start within ${START_TIMEOUT} ms: ${xvfbLog}`)), START_TIMEOUT);
      xvfb.once("error", (error) => fail(new Error(`cannot start ${XVFB} (scripts/install-tools.sh e2e installs it): ${error.message}`)));
      xvfb.once("exit", (code) => fail(new Error(`Xvfb ended (${code}): ${xvfbLog}`)));
      xvfb.stdio[3].on("data", (data) => {
        text += data;
        if (text.includes("\n")) {
          clearTimeout(timer);
          done(text.trim());
        }
      });
    });
    env.DISPLAY = `:${display}`;

    let send;
    ({ driver, send } = await startDriver(WEBKIT_DRIVER, (port) => [`--port=${port}`, "--host=local"], env));

    const open = async () => {
      const proxy = await freePort(); // closed: nothing listens there
      const { call, run, close: end } = await openSession(send, { alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER,
        args: ["--automation", `--proxy=http://127.0.0.1:${proxy}`, "--ignore-host=127.0.0.1"] } } });
      // The check is put into the script's own text: the app's Content
      // Security Policy forbids \`new Function\`, and WebKit holds scripts run
      // over WebDriver to it (Firefox does not).
      const waitFor = (script, timeout = 20_000) =>
        call("POST", "/execute/async", {
          script: `const [timeout, done] = arguments; const until = Date.now() + timeout;
            const check = () => { ${script} };
            (function poll() { let value; try { value = check(); } catch { value = undefined; }
              if (value || Date.now() > until) done(value); else setTimeout(poll, 50); })();`,
          args: [timeout],
        });
      const session = {
        call, run, waitFor, ...pageCommands({ call, run, waitFor }),
        async close() {
          sessions.delete(session);
          await end();
        },
      };
      sessions.add(session);
      return session;
    };
    return { open, close };
  } catch (error) {
    await close();
    throw error;
  }
}
