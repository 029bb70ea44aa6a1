// Journey: thirty students label at once, each syncing her own database on
// a PouchDB Server started here; the teacher's client follows all thirty
// databases and sees every label. Prints the figures (time until the
// teacher has seen the last label, latency, server memory); `make bench`
// prints them too. Asserts only that no label is lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startCouch } from "./couch.mjs";
import { runLoad } from "./sync-load.mjs";

let couch;

before(async () => {
  couch = await startCouch();
});

after(async () => {
  await couch?.stop();
});

test("thirty students labeling at once: the teacher sees every label", async () => {
  const figures = await runLoad(couch, { students: 30, labelsEach: 40, every: 100 });
  console.log(JSON.stringify(figures));
  assert.equal(figures.missing, 0, `labels the teacher never saw: ${figures.missing}`);
  assert.equal(figures.seen, 30 * 40);
});
