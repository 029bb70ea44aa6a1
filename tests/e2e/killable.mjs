// Chromium that a journey can kill like a power cut: started as the leader
// of its own process group and driven over CDP, so SIGKILL takes the whole
// browser at once (crash.test.mjs, sync-crash.test.mjs).
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./harness.mjs";

/** Browsers started by this file that may still run: `{ child, exited }`. */
export const running = new Set();

/**
 * Starts Chromium on `userDataDir` as the leader of its own process group;
 * resolves to `{ child, exited, browser }` once connected over CDP.
 */
export async function startChromium(userDataDir) {
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, "--headless", "--remote-debugging-port=0", `--user-data-dir=${userDataDir}`, "about:blank"],
    { detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const handle = { child, exited };
  running.add(handle);
  exited.then(() => running.delete(handle));
  let stderr = "";
  const wsUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no DevTools URL within 20 s; stderr:\n${stderr}`)), 20_000);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      const found = stderr.match(/DevTools listening on (ws:\/\/\S+)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before listening; stderr:\n${stderr}`));
    });
  });
  const browser = await chromium.connectOverCDP(wsUrl);
  return { ...handle, browser };
}

/** Sends `signal` to the whole process group of `child` and waits for it to exit. */
export async function killGroup({ child, exited }, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
  return exited;
}

/**
 * The app's page in the browser's default context, at the size the other
 * journeys use (headless Chromium's own 800×600 window puts the sticky
 * palette over the first sentences).
 */
export async function appPage(browser) {
  const context = browser.contexts()[0];
  const page = context.pages()[0] || (await context.newPage());
  await page.setViewportSize({ width: 1200, height: 900 });
  return page;
}
