// WebDriver over its plain HTTP, shared by the journeys in Firefox
// (gecko.mjs: geckodriver) and in WebKit (webkit.mjs: WebKitWebDriver): the
// processes they start, a driver on a free port, a browser session, and the
// commands the journeys give on a page of the app.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** How long starting a driver (or the display it needs, or a browser) may take. */
export const START_TIMEOUT = 20_000;
/** How long one WebDriver command may take (a page load included). */
const COMMAND_TIMEOUT = 45_000;
/** The key of a web element's id in what WebDriver answers. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
/** WebDriver's code points for the named keys the journeys press. */
const KEYS = { Escape: "\uE00C", ArrowLeft: "\uE012" };

/** A port of 127.0.0.1 that nothing listens on (just now). */
export const freePort = () =>
  new Promise((done) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Processes started here that still run. */
const running = new Set();
// Should the test process end without stopping them (a timeout, an error in
// a hook), they end with it: a driver left behind keeps its browser open.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Starts `binary` with `args` (options as `spawn` takes them); it is killed should the test process end first. */
export function launch(binary, args, options) {
  const child = spawn(binary, args, options);
  running.add(child);
  child.once("exit", () => running.delete(child));
  child.once("error", () => running.delete(child));
  return child;
}

/** Ends a process started here (its id only), waiting up to 5 s for it. */
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await ended;
  clearTimeout(timer);
}

/**
 * Starts the WebDriver server `binary` with `args(port)` on a free port
 * (`env` its environment) and waits up to START_TIMEOUT for it to answer.
 * Resolves to the process and `send(method, path, body)`, which sends a
 * command and resolves to its value (or rejects with the driver's error);
 * a driver that does not answer is stopped.
 */
export async function startDriver(binary, args, env = process.env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const driver = launch(binary, args(port), { stdio: "ignore", env });
  const failedToStart = new Promise((_, fail) =>
    driver.once("error", (error) => fail(new Error(`cannot start ${binary} (scripts/install-tools.sh e2e installs it): ${error.message}`))));
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
      if (Date.now() > until || driver.exitCode !== null || error.message.startsWith("cannot start")) {
        await stop(driver);
        throw error;
      }
      await sleep(100);
    }
  }
  return { driver, send };
}

/**
 * Opens a browser session with `capabilities` on the driver `send` speaks
 * to: `call(method, path, body)` sends a command of the session (`path`
 * after `/session/<id>`), `run(script, …args)` runs a script and `close()`
 * ends the session.
 */
export async function openSession(send, capabilities) {
  const created = await send("POST", "/session", { capabilities });
  const call = (method, path, body) => send(method, `/session/${created.sessionId}${path}`, body);
  const run = (script, ...args) => call("POST", "/execute/sync", { script, args });
  const close = () => call("DELETE", "").catch(() => {});
  return { call, run, close };
}

/**
 * The commands of the journeys on a page of the app, in the session
 * `{ call, run, waitFor }`: `inPage(fn, options)` runs a function (one of
 * glyphs.mjs, or any) in the page, `press(…keys)`, `click(selector)`,
 * `screenshot()` (the viewport as a PNG, base64), `painted()` (two animation
 * frames), `open(address)` opens a page (or, with no address, reloads it)
 * and waits for the app, recording errors from then on, and `errors()` is
 * what was recorded (and the app's crash report, if shown).
 */
export function pageCommands({ call, run, waitFor }) {
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
  /**
   * Clicks the middle of the first box of `selector` with the pointer, as a
   * person does: it may be inert (the first view), which the element
   * command refuses.
   */
  async function clickAt(selector) {
    const box = await run(`const box = document.querySelector(${JSON.stringify(selector)}).getClientRects()[0];
      return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };`);
    await call("POST", `/actions`, {
      actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [
        { type: "pointerMove", origin: "viewport", x: box.x, y: box.y, duration: 0 },
        { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 },
      ] }],
    });
  }
  const screenshot = () => call("GET", `/screenshot`);
  const painted = () => inPage("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))", {});
  async function open(address) {
    if (address) await call("POST", `/url`, { url: address });
    else await call("POST", `/refresh`, {});
    assert.equal(await waitFor("return document.documentElement.hasAttribute('data-ready') && !!document.querySelector('#s-1')"), true, "the app starts");
    await run(`window.hamishErrors = [];
      const report = console.error.bind(console);
      console.error = (...parts) => { window.hamishErrors.push(parts.join(" ")); report(...parts); };
      addEventListener("error", (event) => window.hamishErrors.push(event.message));
      addEventListener("unhandledrejection", (event) => window.hamishErrors.push(String(event.reason)));
      addEventListener("securitypolicyviolation", (event) => window.hamishErrors.push(\`CSP: \${event.violatedDirective} \${event.blockedURI}\`));`);
  }
  const errors = () =>
    run("return [...(window.hamishErrors ?? ['(no error recorder on this page)']), ...(document.getElementById('crash-report') ? ['crash report: ' + document.getElementById('crash-report').innerText] : [])]");
  return { inPage, press, click, clickAt, screenshot, painted, open, errors };
}
