// Writes static/prerendered.html: what a fresh browser shows of the app at
// start (the bundled document in its reading view), made inert. The build
// puts it into the page (scripts/postbuild.mjs), so the text is painted
// while the wasm loads; the app removes it as it takes over, in the same
// frame. Run it after a change to what the app first shows (a journey
// checks that the file still matches): `make prerender`.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { inertCopy } from "./prerender-shape.mjs";

const server = await serve("dist", 0);
const profile = mkdtempSync(join(tmpdir(), "hamish-prerender-"));
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.locator("[data-sentence]").first().waitFor();
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
  const html = await page.evaluate(inertCopy);
  writeFileSync("static/prerendered.html", html + "\n");
  console.log(`prerender: static/prerendered.html (${html.length} characters)`);
  await context.close();
} finally {
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
