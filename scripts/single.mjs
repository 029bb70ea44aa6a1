// Builds dist-single/hamish.html from the release build in dist/: one HTML
// file with the CSS, the JavaScript glue, the icon and the WebAssembly (with
// the bundled documents inside it) inlined, that opens from disk (file://)
// with no server and no network. The wasm is gzip-compressed and base64
// encoded; the page inflates it with the browser's DecompressionStream.
// A strict Content-Security-Policy allows exactly the two inline blocks, by hash.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterFirstViewPainted, firstViewMarkup } from "./first-view.mjs";

const dist = process.argv[2] || "dist";
const out = process.argv[3] || "dist-single";
// Optional: an exercise file to bake in, so the page opens straight into it.
const exercisePath = process.argv[4] || process.env.EXERCISE || "";
const read = (name) => readFileSync(join(dist, name));

const css = read("style.css").toString("utf8");
const theme = read("theme.js").toString("utf8");
let glue = read("hamish.js").toString("utf8");
// The glue is an ES module: drop its exports; the loader below calls __wbg_init.
glue = glue.replace(/^export\s*\{[^}]*\};?\s*$/gm, "").replace(/^export\s+(?=(async\s+)?function|class|const|let)/gm, "");
if (/^\s*export\s/m.test(glue)) {
  console.error("single: the wasm-bindgen glue still has exports");
  process.exit(1);
}
if (!glue.includes("async function __wbg_init")) {
  console.error("single: the wasm-bindgen glue has no __wbg_init");
  process.exit(1);
}
const wasm = read("hamish_bg.wasm");
const packed = gzipSync(wasm, { level: 9 }).toString("base64");
const icon = `data:image/svg+xml;base64,${read("icon.svg").toString("base64")}`;

const script = `${glue}
(async () => {
  ${afterFirstViewPainted}
  const packed = document.getElementById("hamish-wasm").textContent.trim();
  const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const wasm = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  await __wbg_init({ module_or_path: wasm });
})();
`;
const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(script)} ${sha(theme)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

let exercise = "";
if (exercisePath) {
  const text = readFileSync(exercisePath, "utf8");
  const parsed = JSON.parse(text);
  if (parsed.format !== "hamish-exercise") {
    console.error(`single: ${exercisePath} is not a Hamish exercise file`);
    process.exit(1);
  }
  // In <head>, which the app never replaces; inside a script element "</"
  // must not appear.
  exercise = `<script type="application/json" id="hamish-exercise">${JSON.stringify(parsed).replace(/</g, "\\u003c")}</script>\n`;
}

// The first view of the bundled document, painted before the app starts;
// not with an exercise baked in, which the page opens instead.
const firstView = exercise ? "" : firstViewMarkup();

const html = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="color-scheme" content="light dark">
<title>هامش</title>
<script>${theme}</script>
<link rel="icon" href="${icon}">
<style>${css}</style>
${exercise}</head>
<body>
${firstView}
<noscript>يحتاج هامش إلى تفعيل JavaScript و WebAssembly. Hamish needs JavaScript and WebAssembly.</noscript>
<script type="application/octet-stream" id="hamish-wasm">${packed}</script>
<script type="module">${script}</script>
</body>
</html>
`;
mkdirSync(out, { recursive: true });
const path = join(out, "hamish.html");
writeFileSync(path, html);
const gzip = gzipSync(Buffer.from(html), { level: 9 }).length;
console.log(`single: wrote ${path}${exercisePath ? ` with the exercise ${exercisePath}` : ""}: ${html.length} bytes raw, ${gzip} bytes gzip (wasm ${wasm.length} bytes, ${packed.length} as gzip+base64)`);
