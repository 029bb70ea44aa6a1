// WebKit (Safari's engine) for the journeys: WebKitGTK's MiniBrowser on a
// virtual X display (Xvfb), driven by WebKitWebDriver over WebDriver's plain
// HTTP, as gecko.mjs drives Firefox. Every browser session is a fresh
// MiniBrowser (in automation mode its website data is ephemeral: IndexedDB,
// caches and service workers live as long as the session), and every
// request to another host than 127.0.0.1 goes to a proxy on a closed port.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const XVFB = process.env.XVFB || "/usr/bin/Xvfb";
/** How long starting Xvfb, the driver or a browser may take. */
const START_TIMEOUT = 20_000;
/** How long one WebDriver command may take (a page load included). */
const COMMAND_TIMEOUT = 45_000;

const freePort = () =>
  new Promise((done) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Ends a child process started here (its id only), waiting up to 5 s for it. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await ended;
  clearTimeout(timer);
}

/**
 * Starts Xvfb (on a display it picks itself: `-displayfd`, no race for a
 * number) and WebKitWebDriver on a free port, with HOME and the XDG folders
 * in a fresh temporary directory (whatever WebKit, GTK or fontconfig write
 * lands there). `open()` starts a browser session: `call(method, path, body)`
 * sends a command of the session (`path` after `/session/<id>`),
 * `run(script, …args)` runs a script, `waitFor(script)` polls it until it
 * returns something true (or 20 s pass) and `close()` ends the session.
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
  // hook), the driver and Xvfb end with it: the browser goes with its display.
  const orphans = () => {
    for (const child of [driver, xvfb]) if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(home, { recursive: true, force: true });
  };
  process.once("exit", orphans);
  const close = async () => {
    for (const session of [...sessions]) await session.close();
    await stop(driver);
    await stop(xvfb);
    rmSync(home, { recursive: true, force: true });
    process.off("exit", orphans);
  };
  try {
    xvfb = spawn(XVFB, ["-displayfd", "3", "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
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

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, "--host=local"], { stdio: "ignore", env });
    const failedToStart = new Promise((_, fail) =>
      driver.once("error", (error) => fail(new Error(`cannot start ${WEBKIT_DRIVER} (scripts/install-tools.sh e2e installs it): ${error.message}`))));
    failedToStart.catch(() => {});
    const send = async (method, path, body) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(COMMAND_TIMEOUT),
      });
      const data = await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(data.value)}`);
      return data.value;
    };
    for (const until = Date.now() + START_TIMEOUT; ;) {
      try {
        await Promise.race([send("GET", "/status"), failedToStart]);
        break;
      } catch (error) {
        if (Date.now() > until || driver.exitCode !== null || error.message.startsWith("cannot start")) throw error;
        await sleep(100);
      }
    }

    const open = async () => {
      const proxy = await freePort(); // closed: nothing listens there
      const created = await send("POST", "/session", {
        capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER,
          args: ["--automation", `--proxy=http://127.0.0.1:${proxy}`, "--ignore-host=127.0.0.1"] } } },
      });
      const call = (method, path, body) => send(method, `/session/${created.sessionId}${path}`, body);
      const run = (script, ...args) => call("POST", "/execute/sync", { script, args });
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
        call, run, waitFor,
        async close() {
          sessions.delete(session);
          await call("DELETE", "").catch(() => {});
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
