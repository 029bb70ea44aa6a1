// Sync through the CouchDB replication protocol, with PouchDB (loaded
// before this file, and only once someone turns sync on). This device
// keeps a copy of the person's database on the server, replicated both ways
// while online and resumed after being offline. The app's own store stays
// the one that counts: the app reads and writes this copy record by record
// (see src/browser/couch.rs), and decides what goes where.
//
// Each record is a document { record, marks } under its key; beside it, a
// non-replicated `_local` document keeps the revision this device last
// wrote or took in (its base). Texts of imported documents are documents
// { text } under `text:<document id>`.
(function () {
  "use strict";
  const BASE = "_local/hamish-base:";
  const LOCK = "hamish-sync";

  /** Why a request failed, as the app names it. */
  function reason(error) {
    const status = error && error.status;
    if (status === 401) return "login";
    if (status === 403) return "forbidden";
    if (status === 404) return "missing";
    if (!status || status >= 500 || (error && error.name === "TypeError") || !navigator.onLine) return "unreachable";
    return "other";
  }

  /** `kept` with `added`'s fields, lists joined (a value kept as one
   *  string counts as a list of it). */
  function joined(kept, added) {
    const out = { ...kept };
    for (const [name, value] of Object.entries(added)) {
      const before = kept[name] === undefined ? [] : [].concat(kept[name]);
      out[name] = Array.isArray(value) ? [...before, ...value.filter((item) => !before.includes(item))] : value;
    }
    return out;
  }

  /** An Authorization header for `name` and `password` (UTF-8). */
  function basic(name, password) {
    return "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode(name + ":" + password)));
  }

  function body(doc) {
    return { rev: doc._rev, record: doc.record === undefined ? null : doc.record, marks: doc.marks || {} };
  }

  async function maybe(promise) {
    try {
      return await promise;
    } catch (error) {
      if (error && error.status === 404) return null;
      throw error;
    }
  }

  class Session {
    constructor(config, onStatus, onChange) {
      this.config = config;
      this.onStatus = onStatus;
      // The `indexeddb` adapter: the older `idb` one never answers in a
      // private window of Safari's engine.
      this.local = new PouchDB("hamish-sync-" + config.database, { adapter: "indexeddb", auto_compaction: true });
      const auth = { username: config.name, password: config.password };
      this.remote = new PouchDB(config.server.replace(/\/+$/, "") + "/" + config.database, { skip_setup: true, auth });
      this.feed = this.local.changes({ since: "now", live: true }).on("change", (change) => {
        if (!change.id.startsWith("_local/")) onChange(JSON.stringify([change.id]));
      });
      this.pending = { push: 0, pull: 0 };
      // The local sequence up to which the server is known to hold every
      // revision; the reason of the last failure (cleared once all is
      // there); when the replication was last started again; the latest
      // check asked (an older answer is not reported over a newer one).
      this.confirmed = 0;
      this.failure = null;
      this.restarted = 0;
      this.asked = 0;
      // Back online: replication starts again at once, not after its
      // back-off (which grows to minutes while offline).
      this.online = () => {
        this.report("syncing");
        if (this.replication) {
          this.replication.cancel();
          this.replicate();
        }
      };
      this.offline = () => this.report("offline");
      window.addEventListener("online", this.online);
      window.addEventListener("offline", this.offline);
    }

    report(state, why) {
      if (this.closed) return;
      // With no network at all, whatever replication last said, the work
      // waits here.
      if (!navigator.onLine && state !== "error" && state !== "elsewhere") state = "offline";
      this.onStatus(state, why || "");
    }

    /** Checks the server and the login, then replicates live. */
    async start() {
      this.report("connecting");
      // A browser that will not keep the copy (no answer in 15 s) says so.
      const opened = await Promise.race([
        this.local.info().then(() => true, () => false),
        new Promise((resolve) => setTimeout(() => resolve(false), 15000)),
      ]);
      if (!opened) return this.report("error", "storage");
      const problem = await this.probe();
      if (problem) {
        const why = reason(problem);
        // A refused login or a missing database does not mend by retrying
        // (and a write to the copy meanwhile still says so).
        if (why !== "unreachable") {
          this.failure = why;
          return this.report("error", why);
        }
        this.failed(problem);
      }
      if (this.closed) return;
      this.replicate();
    }

    /** Replicates both ways, live, retrying after failures. */
    replicate() {
      this.replication = this.local.sync(this.remote, { live: true, retry: true, batch_size: 200 })
        .on("active", () => this.report("syncing"))
        .on("change", (info) => {
          // Changes the feed said were still to come, per direction.
          if (info && info.change && typeof info.change.pending === "number") this.pending[info.direction] = info.change.pending;
        })
        .on("paused", (error) => (error ? this.failed(error) : this.confirm()))
        .on("denied", (error) => this.report("error", reason(error)))
        .on("error", (error) => this.failed(error));
    }

    /** Replication paused without an error: synced only once the server
     *  is seen to hold every revision written here (a paused replication
     *  does not always say it failed: one direction can pause cleanly
     *  while the other's writes are refused, and a replication that took
     *  over after an outage can sit out its back-off with work unsent). */
    confirm() {
      if (!navigator.onLine) return this.report("offline", "unreachable");
      if (this.pending.push > 0 || this.pending.pull > 0) return this.report("syncing");
      const asked = ++this.asked;
      this.probe().then(async (problem) => {
        if (problem) return this.failed(problem);
        const unsent = await this.unsent();
        if (asked !== this.asked || this.closed) return;
        if (!unsent) {
          this.failure = null;
          return this.report("synced");
        }
        // Work the server lacks: the last failure says why (else it is
        // syncing), and the replication starts again now rather than after
        // its back-off (at most every 20 s).
        this.report(this.failure ? "error" : "syncing", this.failure || "");
        if (Date.now() - this.restarted > 20000 && this.replication) {
          this.restarted = Date.now();
          this.replication.cancel();
          this.replicate();
        }
      }).catch((error) => this.failed(error));
    }

    /** How many documents written here since the last confirmed check the
     *  server lacks a revision of (asked with `_revs_diff`, 500 at a time). */
    async unsent() {
      const changes = await this.local.changes({ since: this.confirmed, style: "all_docs" });
      const revisions = {};
      for (const change of changes.results) {
        if (!change.id.startsWith("_local/")) revisions[change.id] = change.changes.map((leaf) => leaf.rev);
      }
      const ids = Object.keys(revisions);
      let missing = 0;
      for (let at = 0; at < ids.length; at += 500) {
        const part = Object.fromEntries(ids.slice(at, at + 500).map((id) => [id, revisions[id]]));
        missing += Object.keys(await this.remote.revsDiff(part)).length;
      }
      if (!missing) this.confirmed = changes.last_seq;
      return missing;
    }

    /** Asks the server for the database itself (not through PouchDB, which
     *  can take a missing database for an empty one): null when it answers,
     *  else `{ status }` (0: no answer). Keeps its document count. */
    async probe() {
      const base = this.config.server.replace(/\/+$/, "");
      try {
        const response = await fetch(`${base}/${encodeURIComponent(this.config.database)}`, {
          headers: { Authorization: basic(this.config.name, this.config.password), Accept: "application/json" },
          cache: "no-store",
        });
        if (!response.ok) return { status: response.status };
        this.held = (await response.json()).doc_count || 0;
        return null;
      } catch (error) {
        return { status: 0 };
      }
    }

    /** The server could not be used: offline when the browser is, else the
     *  reason (a server that does not answer is said to be unreachable,
     *  and replication keeps trying). */
    failed(error) {
      const why = reason(error);
      this.failure = why;
      this.report(why === "unreachable" && !navigator.onLine ? "offline" : "error", why);
    }

    /** The class this login is in or teaches, from its user document and
     *  the class database: `{ role, name, database, class }`, or null. */
    async classInfo() {
      const base = this.config.server.replace(/\/+$/, "");
      const auth = { username: this.config.name, password: this.config.password };
      try {
        const users = new PouchDB(base + "/_users", { skip_setup: true, auth });
        const me = (await users.get("org.couchdb.user:" + this.config.name)).hamish || {};
        const databases = me.class ? [me.class] : me.teaches ? [].concat(me.teaches) : [];
        if (!databases.length) return "null";
        const classes = [];
        for (const database of databases) {
          const found = await maybe(new PouchDB(base + "/" + database, { skip_setup: true, auth }).get("class"));
          if (found) classes.push({ database, class: found });
        }
        if (!classes.length) return "null";
        return JSON.stringify({ role: me.class ? "student" : "teacher", name: me.name || this.config.name, classes });
      } catch (error) {
        return "null";
      }
    }

    /** The document `id` of another database of the server (a student's,
     *  read by her teacher), or null when the server says there is none;
     *  fails when the server cannot be asked (down, refusing). */
    async remoteDoc(database, id) {
      const base = this.config.server.replace(/\/+$/, "");
      const auth = { username: this.config.name, password: this.config.password };
      const authorization = basic(auth.username, auth.password);
      // Never an earlier answer from the browser's cache: the student may
      // have worked since.
      const response = await fetch(`${base}/${encodeURIComponent(database)}/${encodeURIComponent(id)}`, {
        headers: { Authorization: authorization, Accept: "application/json" },
        cache: "no-store",
      });
      if (response.status === 404) return "null";
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return JSON.stringify(await response.json());
    }

    /** Puts `value` (JSON) as the document `id` of this copy, over what is there. */
    async putDoc(id, valueJson) {
      const old = await maybe(this.local.get(id));
      await this.local.put({ ...JSON.parse(valueJson), _id: id, _rev: old ? old._rev : undefined });
    }

    /** Where the last full look left off: `{ store, copy }` (the store's
     *  highest record seq and this copy's update seq), or null. */
    async mark() {
      const kept = await maybe(this.local.get("_local/hamish-mark"));
      return JSON.stringify(kept ? { store: kept.store, copy: kept.copy } : null);
    }

    async setMark(markJson) {
      const mark = JSON.parse(markJson);
      const old = await maybe(this.local.get("_local/hamish-mark"));
      await this.local.put({ _id: "_local/hamish-mark", _rev: old ? old._rev : undefined, store: mark.store, copy: mark.copy });
    }

    /** Ids of the documents changed in this copy since update seq `since`
     *  (0: every one), and the seq reached: `{ ids, seq }`. */
    async changedSince(sinceJson) {
      const found = await this.local.changes({ since: JSON.parse(sinceJson) || 0 });
      return JSON.stringify({ ids: found.results.map((row) => row.id).filter((id) => !id.startsWith("_local/")), seq: found.last_seq });
    }

    /** Every document id of this copy (records and texts). */
    async ids() {
      const all = await this.local.allDocs();
      return JSON.stringify(all.rows.map((row) => row.id));
    }

    /** The state of each record: base and live revisions, the winner first.
     *  Read together (one request for the winners, the bases at once). */
    async read(keysJson) {
      const keys = JSON.parse(keysJson);
      const [winners, bases] = await Promise.all([
        this.local.allDocs({ keys, include_docs: true, conflicts: true }),
        Promise.all(keys.map((key) => maybe(this.local.get(BASE + key)))),
      ]);
      return JSON.stringify(await Promise.all(keys.map(async (key, at) => {
        const row = winners.rows[at];
        const leaves = [];
        if (row && row.doc) {
          leaves.push(body(row.doc));
          const losers = await Promise.all((row.doc._conflicts || []).map((rev) => maybe(this.local.get(key, { rev }))));
          for (const doc of losers) if (doc) leaves.push(body(doc));
        }
        return { key, base: bases[at] ? bases[at].base : null, leaves };
      })));
    }

    /** Writes each plan (see `Plan` in core/src/store/remote_sync.rs) and
     *  keeps its base; returns the keys written. All plans go in one
     *  request; a plan whose revision was overtaken is left out. */
    async write(plansJson) {
      const plans = JSON.parse(plansJson);
      const docs = [];
      const at = [];
      for (const plan of plans) {
        at.push(plan.write ? docs.length : -1);
        if (plan.write) {
          const doc = { _id: plan.key, record: plan.write.record, marks: plan.write.marks };
          if (plan.over) doc._rev = plan.over;
          docs.push(doc);
        }
        for (const rev of plan.close) docs.push({ _id: plan.key, _rev: rev, _deleted: true });
      }
      const results = docs.length ? await this.local.bulkDocs(docs) : [];
      // Work the server does not have yet: no longer synced, until the
      // replication that sends it says so (it always follows a write).
      if (docs.length) {
        // A check under way began before this write: its answer is stale.
        this.asked++;
        if (navigator.onLine) this.report(this.failure ? "error" : "syncing", this.failure || "");
      }
      const written = await Promise.all(plans.map(async (plan, index) => {
        let base;
        if (plan.write) {
          const result = results[at[index]];
          if (!(result && result.ok)) return null;
          base = { rev: result.rev, record: plan.write.record, marks: plan.write.marks };
        } else {
          // The winner as it was read becomes the base (its body may be
          // compacted away by now).
          base = plan.keep;
        }
        const old = await maybe(this.local.get(BASE + plan.key));
        await this.local.put({ _id: BASE + plan.key, _rev: old ? old._rev : undefined, base });
        return plan.key;
      }));
      return JSON.stringify(written.filter((key) => key !== null));
    }

    /** Puts the texts this copy lacks. */
    async putTexts(textsJson) {
      const texts = JSON.parse(textsJson);
      const ids = texts.map((text) => text.id);
      const present = new Set((await this.local.allDocs({ keys: ids })).rows.filter((row) => row.value && !row.value.deleted).map((row) => row.id));
      const missing = texts.filter((text) => !present.has(text.id)).map((text) => ({ _id: text.id, text: text.text }));
      if (missing.length) await this.local.bulkDocs(missing);
      return missing.length;
    }

    /** The texts under `ids` this copy holds. */
    async texts(idsJson) {
      const found = await this.local.allDocs({ keys: JSON.parse(idsJson), include_docs: true });
      const texts = {};
      for (const row of found.rows) if (row.doc && typeof row.doc.text === "string") texts[row.id] = row.doc.text;
      return JSON.stringify(texts);
    }

    close() {
      this.closed = true;
      if (this.replication) this.replication.cancel();
      this.feed.cancel();
      window.removeEventListener("online", this.online);
      window.removeEventListener("offline", this.offline);
      if (this.release) this.release();
    }
  }

  window.hamishSync = {
    /** Opens this device's copy and starts replicating. Only one tab of a
     *  browser profile syncs at a time: the others wait for its lock. */
    async open(configJson, onStatus, onChange) {
      const session = new Session(JSON.parse(configJson), onStatus, onChange);
      if (navigator.locks) {
        session.report("elsewhere");
        await new Promise((held) => {
          navigator.locks.request(LOCK, () => new Promise((release) => {
            session.release = release;
            held();
          }));
        });
        if (session.closed) {
          session.release();
          return session;
        }
      }
      session.start();
      return session;
    },

    /** Sends `requests` (see `AdminRequest` in core/src/store/roster.rs) to
     *  `server` with the admin login, in order, stopping at the first
     *  refusal; the login is not kept. Returns `{ done, failed }`. */
    async admin(server, name, password, requestsJson) {
      const requests = JSON.parse(requestsJson);
      const authorization = basic(name, password);
      const base = server.replace(/\/+$/, "");
      for (let at = 0; at < requests.length; at++) {
        const request = requests[at];
        let status = 0;
        try {
          const response = await fetch(base + request.path, {
            method: request.method,
            headers: { Authorization: authorization, "Content-Type": "application/json" },
            body: request.body === undefined ? undefined : JSON.stringify(request.body),
          });
          status = response.status;
        } catch (error) {
          status = 0;
        }
        const exists = status === 409 || status === 412;
        if (exists && request.on_exists === "update") {
          // There already: read it and put the app's part into it.
          try {
            const current = await (await fetch(base + request.path, { headers: { Authorization: authorization } })).json();
            const updated = await fetch(base + request.path, {
              method: "PUT",
              headers: { Authorization: authorization, "Content-Type": "application/json" },
              body: JSON.stringify({ ...current, hamish: joined(current.hamish || {}, request.body.hamish) }),
            });
            status = updated.status;
          } catch (error) {
            status = 0;
          }
        }
        const kept = status === 409 || status === 412 ? request.on_exists === "keep" : false;
        if (!(status >= 200 && status < 300) && !kept) {
          const why = status === 0 ? "unreachable" : status === 401 ? "login" : status === 403 ? "forbidden" : exists ? "exists" : "other";
          return JSON.stringify({ done: at, failed: { at, status, reason: why } });
        }
      }
      return JSON.stringify({ done: requests.length, failed: null });
    },

    /** Deletes this device's copy of `database` (the app's store keeps everything). */
    async forget(database) {
      await new PouchDB("hamish-sync-" + database, { adapter: "indexeddb" }).destroy();
    },
  };
})();
