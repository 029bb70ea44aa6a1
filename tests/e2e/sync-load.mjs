// A class at once: simulated students, each a Node client of the same
// replication protocol (PouchDB with a database in memory, live sync to her
// own database on the server), label sentences as the app writes them (the
// chunk's document with a mark per label); a teacher's client follows every
// student's database. Measures how long until the teacher has seen each
// label, whether any label is missing, and the server's memory. Used by
// the sync-load journey (which asserts nothing is lost) and by `make bench`
// (which prints the figures).
import PouchDB from "pouchdb-core";
import memory from "pouchdb-adapter-memory";
import http from "pouchdb-adapter-http";
import replication from "pouchdb-replication";
import { readFileSync } from "node:fs";
import { personDatabase } from "./couch.mjs";

PouchDB.plugin(memory).plugin(http).plugin(replication);

const CHUNK = "hamish/v1/doc/000_b3b0a9f3aba3c7df/0";
const TEACHER = { name: "teacher", password: "teacher-pass" };

/** Resident memory of process `pid` in bytes (Linux), or null. */
export function residentBytes(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((row) => row.startsWith("VmRSS:"));
    return Number(line.replace(/\D+/g, "")) * 1024;
  } catch {
    return null;
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
}

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] : NaN;
}

/**
 * Runs `students` students labeling `labelsEach` sentences each, one label
 * every `every` ms, against `couch` (see couch.mjs); resolves to figures.
 */
export async function runLoad(couch, { students = 30, labelsEach = 40, every = 100, patience = 60000 } = {}) {
  await couch.addUser(TEACHER.name, TEACHER.password);
  const names = Array.from({ length: students }, (_, at) => `student${String(at + 1).padStart(2, "0")}`);
  for (const name of names) {
    await couch.addUser(name, `${name}-pass`);
    await couch.addDatabase(personDatabase(name), [name, TEACHER.name]);
  }
  const memoryBefore = residentBytes(couch.pid);
  const remote = (name, login) =>
    new PouchDB(`${couch.url}/${personDatabase(name)}`, { skip_setup: true, auth: { username: login.name, password: login.password } });
  // The teacher follows every database.
  const seen = new Map();
  const latencies = [];
  const feeds = names.map((name) => {
    seen.set(name, new Set());
    return remote(name, TEACHER).changes({ live: true, since: "now", include_docs: true }).on("change", (change) => {
      const marks = change.doc && change.doc.marks;
      if (!marks) return;
      const now = Date.now();
      for (const [atom, mark] of Object.entries(marks)) {
        if (!seen.get(name).has(atom)) {
          seen.get(name).add(atom);
          latencies.push(now - mark.t);
        }
      }
    });
  });
  // The students label, each from her own device's database.
  const started = Date.now();
  const devices = names.map((name) => {
    const local = new PouchDB(`load-${name}-${started}`, { adapter: "memory" });
    const sync = local.sync(remote(name, { name, password: `${name}-pass` }), { live: true, retry: true });
    return { name, local, sync };
  });
  await Promise.all(devices.map(async ({ name, local }, at) => {
    await new Promise((resolve) => setTimeout(resolve, (every * at) / students));
    for (let sentence = 0; sentence < labelsEach; sentence++) {
      const doc = await local.get(CHUNK).catch(() => ({ _id: CHUNK, record: null, marks: {} }));
      doc.marks[`${sentence}/l/${1 + (sentence % 5)}`] = { t: Date.now(), d: name };
      doc.record = JSON.stringify({ v: 2, seq: Date.now(), a: Object.keys(doc.marks) });
      await local.put(doc);
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  }));
  const lastWrite = Date.now();
  const expected = students * labelsEach;
  const count = () => [...seen.values()].reduce((sum, atoms) => sum + atoms.size, 0);
  while (count() < expected && Date.now() - lastWrite < patience) await new Promise((resolve) => setTimeout(resolve, 50));
  const allSeen = Date.now();
  const memoryAfter = residentBytes(couch.pid);
  for (const { sync, local } of devices) {
    sync.cancel();
    await local.destroy();
  }
  feeds.forEach((feed) => feed.cancel());
  return {
    students,
    labels: expected,
    seen: count(),
    missing: expected - count(),
    writingSeconds: (lastWrite - started) / 1000,
    lastLabelToTeacherMs: allSeen - lastWrite,
    latencyMedianMs: median(latencies),
    latency95Ms: percentile(latencies, 0.95),
    latencyMaxMs: Math.max(...latencies),
    serverMemoryBeforeBytes: memoryBefore,
    serverMemoryAfterBytes: memoryAfter,
  };
}
