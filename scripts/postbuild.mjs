// Moves the start-up script that Trunk writes inline into index.html out
// to its own file, so the page's Content-Security-Policy can forbid inline
// scripts. Runs as Trunk's post_build hook (TRUNK_STAGING_DIR is set).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error("postbuild: no TRUNK_STAGING_DIR and no directory argument");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  console.error(`postbuild: expected one inline module script, found ${scripts.length}`);
  process.exit(1);
}
const body = scripts[0][1].replace(/^\s*\n/, "");
writeFileSync(join(dir, "start.js"), body);
html = html.replace(scripts[0][0], '<script type="module" src="./start.js"></script>');
writeFileSync(indexPath, html);
console.log("postbuild: start-up script moved to start.js");
