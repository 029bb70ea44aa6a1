// Journey: a sync server that answers but refuses every write (HTTP 500).
// PouchDB Server runs on 127.0.0.1 behind a small proxy the journey can
// switch to refuse writes. While it refuses, a label made here (on a
// document the server already has) never shows
// "synced" (the label is not on the server); once writes go through, the
// label arrives and only then does the status say synced.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, request as forward } from "node:http";
import { startServer, freshProfiles, waitForLabels, screenshot } from "./harness.mjs";
import { startCouch, personDatabase } from "./couch.mjs";

let server, url, couch, proxy, proxyUrl, profiles;
let refusing = false;
const NOUR = { name: "nour", password: "nour-pass" };

before(async () => {
  ({ server, url } = await startServer());
  couch = await startCouch();
  await couch.addUser(NOUR.name, NOUR.password);
  await couch.addDatabase(personDatabase(NOUR.name), [NOUR.name]);
  const target = new URL(couch.url);
  proxy = createServer((incoming, outgoing) => {
    const writes = ["POST", "PUT", "DELETE"].includes(incoming.method);
    if (refusing && writes && incoming.url.startsWith("/" + personDatabase(NOUR.name))) {
      incoming.resume();
      outgoing.writeHead(500, {
        "content-type": "application/json",
        "access-control-allow-origin": incoming.headers.origin || "*",
        "access-control-allow-credentials": "true",
      });
      outgoing.end(JSON.stringify({ error: "unknown_error", reason: "refused by the journey" }));
      return;
    }
    const sent = forward({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method,
      headers: { ...incoming.headers, host: target.host } }, (answer) => {
      outgoing.writeHead(answer.statusCode, answer.headers);
      answer.pipe(outgoing);
    });
    sent.on("error", () => outgoing.destroy());
    incoming.pipe(sent);
  });
  await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${proxy.address().port}`;
  profiles = freshProfiles(url);
});

after(async () => {
  await profiles?.close();
  proxy?.close();
  await couch?.stop();
  server?.close();
});

/** Whether the server holds sentence `index`'s label `key` (its mark). */
async function onServer(index, key) {
  const docs = await couch.documents(personDatabase(NOUR.name));
  return docs.some((doc) => doc._id.startsWith("hamish/v1/doc/") && JSON.stringify(doc.marks).includes(`"${index}/l/${key}"`));
}

test("while the server refuses writes a label is never said to be synced; once they go through, it is there", async () => {
  const { page } = await profiles.open();
  await page.locator('[data-action="settings"]').click();
  await page.locator("#sync-server").fill(proxyUrl);
  await page.locator("#sync-name").fill(NOUR.name);
  await page.locator("#sync-password").fill(NOUR.password);
  await page.locator('[data-action="sync-on"]').click();
  await page.locator('.sync-status[data-sync="synced"]').waitFor({ timeout: 20000 });
  await page.keyboard.press("Escape");
  // A first label reaches the server: the next one changes a document the
  // server already has (their count stays the same).
  await page.locator('[data-sentence="2"]').click();
  await page.keyboard.press("1");
  for (let tries = 0; !(await onServer(2, 1)); tries++) {
    assert.ok(tries < 100, "the first label reaches the server");
    await page.waitForTimeout(100);
  }
  await page.locator('.sync-status[data-sync="synced"]').waitFor({ timeout: 20000 });

  refusing = true;
  await page.locator('[data-sentence="3"]').click();
  await page.keyboard.press("1");
  await waitForLabels(page, 3, "ادعاء");
  // Watched for 12 s: "synced" would be a lie, the label is not there.
  const seen = new Set();
  for (let tick = 0; tick < 60; tick++) {
    seen.add(await page.locator(".sync-status").getAttribute("data-sync"));
    await page.waitForTimeout(200);
  }
  assert.equal(await onServer(3, 1), false, "the server refused the label");
  assert.ok(!seen.has("synced"), `never said synced while refused: ${[...seen].join(", ")}`);
  assert.match(await page.locator(".sync-status").getAttribute("data-sync"), /^(error|syncing)/);
  await screenshot(page, "sync-refused");

  refusing = false;
  await page.locator('.sync-status[data-sync="synced"]').waitFor({ timeout: 60000 });
  assert.equal(await onServer(3, 1), true, "said synced: the label is on the server");
});
