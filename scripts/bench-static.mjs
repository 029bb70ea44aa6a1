// The benchmark's reference: a static HTML page of the very text the app
// shows (its reading view's markup and the app's own stylesheet), served
// the same way, so the app's first paint is measured as a ratio to the
// floor a browser gives any page, alternating runs in one session.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "./serve.mjs";

/** Serves a static page of the document `page` shows; `close()` stops it. */
export async function staticPageOf(page, dist, dir) {
  const markup = await page.evaluate(() => document.querySelector(".document")?.outerHTML ?? "");
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(dist, "style.css"), join(dir, "style.css"));
  writeFileSync(join(dir, "index.html"), `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>static</title><link rel="stylesheet" href="style.css"></head>
<body><div class="app"><div class="workspace"><main class="reading"><section class="document-view">${markup}</section></main></div></div></body></html>
`);
  const server = await serve(dir, 0);
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Navigation start → the first frame after the first sentence is in the page. */
export async function staticPaint(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench && window.__bench.painted !== null, null, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.painted);
}

/**
 * `runs` alternating pairs in fresh pages of `context`: the static page,
 * then the app (through `appPaint(page)`). Returns both lists of figures.
 */
export async function pairedPaints(context, timing, runs, staticUrl, appPaint) {
  const figures = { static: [], app: [] };
  for (let run = 0; run < runs; run++) {
    for (const which of ["static", "app"]) {
      const page = await context.newPage();
      await page.addInitScript(timing);
      figures[which].push(which === "static" ? await staticPaint(page, staticUrl) : await appPaint(page));
      await page.close();
    }
  }
  return figures;
}

/**
 * Records `label`'s first paint as a ratio to a static page of the text
 * `page` shows: `runs` alternating pairs, medians of each. `setup` holds
 * the benchmark's dist and output folders, run count, timing script and
 * its `record` and `median`; `budget` is printed beside the ratio.
 */
export async function paintRatio(setup, context, page, label, key, appPaint, budget = "") {
  const { dist, out, runs, timing, record, median } = setup;
  const reference = await staticPageOf(page, dist, join(out, `static-${key}`));
  try {
    const figures = await pairedPaints(context, timing, runs, reference.url, appPaint);
    const [app, floor] = [median(figures.app), median(figures.static)];
    record(`${key}_static_paint_ms`, `${label}: a static page of the same text, first paint (median of ${runs}, alternating)`, floor, "ms");
    record(`${key}_app_paint_paired_ms`, `${label}: Hamish, first paint in the same alternating runs (median of ${runs})`, app, "ms");
    record(`${key}_paint_vs_static`, `${label}: Hamish's first paint ÷ the static page's`, app / floor, "×", budget);
  } finally {
    reference.close();
  }
}
