// A CouchDB-protocol server for the sync journeys: PouchDB Server (npm
// `pouchdb-server`), in memory, on 127.0.0.1 and a free port, with an admin
// login (so logins and `_security` are enforced, as on CouchDB). Started by
// the journeys themselves and stopped after them.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ADMIN = { name: "admin", password: "admin-secret" };

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function basic({ name, password }) {
  return "Basic " + Buffer.from(`${name}:${password}`).toString("base64");
}

/** Starts PouchDB Server; resolves to a handle with `url`, helpers and `stop()`. */
export async function startCouch() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "hamish-couch-"));
  // Its log goes beside its configuration, not into the working directory.
  writeFileSync(join(dir, "config.json"), JSON.stringify({ log: { file: join(dir, "log.txt") } }));
  const child = spawn(process.execPath, ["node_modules/pouchdb-server/bin/pouchdb-server", "--in-memory", "--port", String(port), "--host", "127.0.0.1", "--no-stdout-logs", "--dir", dir, "--config", join(dir, "config.json")], {
    cwd: process.cwd(),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => { stderr += chunk; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`pouchdb-server did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const request = async (method, path, body, login = ADMIN) => {
    const response = await fetch(url + path, {
      method,
      headers: { "Content-Type": "application/json", ...(login ? { Authorization: basic(login) } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
  await request("PUT", "/_config/admins/" + ADMIN.name, ADMIN.password, null);
  return {
    url,
    pid: child.pid,
    request,
    /** A login on the server. */
    async addUser(name, password) {
      const made = await request("PUT", `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { name, password, roles: [], type: "user" });
      if (made.status >= 300) throw new Error(`user ${name}: ${JSON.stringify(made.body)}`);
    },
    /** A database only `members` may read and write. */
    async addDatabase(database, members) {
      const made = await request("PUT", "/" + database);
      if (made.status >= 300) throw new Error(`database ${database}: ${JSON.stringify(made.body)}`);
      await request("PUT", `/${database}/_security`, { admins: { names: [], roles: [] }, members: { names: members, roles: [] } });
    },
    /** Every document of `database` (as the admin reads it). */
    async documents(database) {
      const all = await request("GET", `/${database}/_all_docs?include_docs=true`);
      return all.body.rows.map((row) => row.doc);
    },
    async stop() {
      child.kill();
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on("exit", resolve)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The database of login `name`, as the app names it: `hamish-` and the name's UTF-8 bytes in hex. */
export function personDatabase(name) {
  return "hamish-" + Buffer.from(name.trim(), "utf8").toString("hex");
}
