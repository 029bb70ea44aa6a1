// How the build's first view (static/prerendered.html) gets into a page, and
// the start-up code that lets it paint before the app runs. Used by
// postbuild.mjs (dist/index.html) and single.mjs (the one-file page).
import { existsSync, readFileSync } from "node:fs";

/** The inert first view, or "" when none has been written (`make prerender`). */
export function firstViewMarkup() {
  const path = new URL("../static/prerendered.html", import.meta.url);
  return existsSync(path) ? readFileSync(path, "utf8").trim() : "";
}

/**
 * Start-up code (for an async context) that waits, when the page shows the
 * first view, until the browser has painted it: a frame, and at most 100 ms
 * (a tab opened in the background draws no frames). Without the wait, a
 * quickly loaded app could run before the first paint and hold it back.
 */
export const afterFirstViewPainted = `await new Promise((resolve) => {
  const shown = document.getElementById("prerendered") && document.documentElement.getAttribute("data-first-view") !== "off";
  if (!shown) return resolve();
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 100);
});`;

/**
 * The module's start, with the app's own `init(...)` call given: the wasm is
 * fetched and compiled (off the main thread) while the first view paints,
 * and the app runs after it.
 */
export function startAfterFirstView(trunkStart) {
  const call = /const wasm = await init\(\{ module_or_path: '\.\/([\w.-]+\.wasm)' \}\);/;
  const match = trunkStart.match(call);
  if (!match) throw new Error("the start-up script has no init call to move after the first paint");
  return trunkStart.replace(call, `// Fetched and compiled while the first view paints; run after it.
// (A server that sends the wasm with another type than application/wasm
// gets it fetched again, as bytes.)
const source = WebAssembly.compileStreaming(fetch("./${match[1]}"))
  .catch(() => fetch("./${match[1]}").then((response) => response.arrayBuffer()));
${afterFirstViewPainted}
const wasm = await init({ module_or_path: await source });`);
}
