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
 * Where the first program's hand-over stands, for the app's start: asks the
 * first view to stop (`hamish-hand-off`) and waits until it says it is done
 * (`<html data-first-done>`: its labels are stored, or kept for the app's
 * start to move in), at most 5 s.
 */
export const handOffFirstView = `await new Promise((resolve) => {
  const root = document.documentElement;
  root.setAttribute("data-handing-off", "");
  if (root.hasAttribute("data-first-done")) return resolve();
  new MutationObserver((changes, observer) => {
    if (!root.hasAttribute("data-first-done")) return;
    observer.disconnect();
    resolve();
  }).observe(root, { attributes: true, attributeFilter: ["data-first-done"] });
  document.dispatchEvent(new Event("hamish-hand-off"));
  setTimeout(resolve, 5000);
});`;

/**
 * The module's start, with the app's own start-up code given (Trunk's:
 * an import of the glue and an `init(...)` call). On a first visit, when
 * the page shows the first view, the small first program
 * (`hamish-first`) is loaded alone and lets the first view be labeled;
 * only then are the app's glue and wasm fetched (they would share the line
 * with it), compiled off the main thread, and run once the first view has
 * handed over. Without a first view the app is fetched at once.
 */
export function startAfterFirstView(trunkStart) {
  const glue = /import init, \* as bindings from '\.\/([\w.-]+\.js)';\n/;
  const call = /const wasm = await init\(\{ module_or_path: '\.\/([\w.-]+\.wasm)' \}\);/;
  const glueMatch = trunkStart.match(glue);
  const match = trunkStart.match(call);
  if (!glueMatch || !match) throw new Error("the start-up script has no glue import or init call to move after the first paint");
  return trunkStart.replace(glue, "").replace(call, `const root = document.documentElement;
const firstView = document.getElementById("prerendered") && root.getAttribute("data-first-view") !== "off";
// The first program, alone on the line: the first view can be labeled.
const first = firstView && location.protocol !== "file:"
  ? import("./hamish-first.js").then((program) => program.default({ module_or_path: "./hamish-first_bg.wasm" })).then(() => true, () => false)
  : Promise.resolve(false);
const firstRuns = await first;
// The app, fetched and compiled meanwhile (a server that sends the wasm
// with another type than application/wasm gets it fetched again, as bytes).
const source = WebAssembly.compileStreaming(fetch("./${match[1]}"))
  .catch(() => fetch("./${match[1]}").then((response) => response.arrayBuffer()));
const bindings = await import("./${glueMatch[1]}");
const init = bindings.default;
${afterFirstViewPainted}
const module = await source;
if (firstRuns) {
  ${handOffFirstView.replace(/\n/g, "\n  ")}
}
const wasm = await init({ module_or_path: module });`);
}
