// What the app's code is made of: reads the wasm that cargo builds (before
// wasm-bindgen and wasm-opt, so it still names its functions), adds up the
// size of every function body by the crate its name starts with, and
// prints the share of each, largest first, with the biggest functions.
// Usage: node scripts/wasm-profile.mjs [path.wasm] [top]
import { readFileSync } from "node:fs";

const path = process.argv[2] || "target/wasm32-unknown-unknown/release/hamish.wasm";
const top = Number(process.argv[3] || 25);
const bytes = readFileSync(path);
let at = 8;
const leb = () => {
  let result = 0, shift = 0, byte;
  do { byte = bytes[at++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return result;
};
const imports = { count: 0 };
const bodies = [];
const names = new Map();
let dataBytes = 0;
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const end = at + size;
  if (id === 2) {
    const count = leb();
    for (let i = 0; i < count; i++) {
      at += leb(); at += leb();
      const kind = bytes[at++];
      if (kind === 0) { leb(); imports.count++; } else if (kind === 1) { at++; const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); } else if (kind === 3) { at += 2; }
    }
  } else if (id === 10) {
    const count = leb();
    for (let i = 0; i < count; i++) { const length = leb(); bodies.push(length); at += length; }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0) {
    const nameLength = leb();
    const name = bytes.subarray(at, at + nameLength).toString();
    at += nameLength;
    if (name === "name") {
      while (at < end) {
        const sub = bytes[at++];
        const subSize = leb();
        const subEnd = at + subSize;
        if (sub === 1) {
          const count = leb();
          for (let i = 0; i < count; i++) { const index = leb(); const length = leb(); names.set(index, bytes.subarray(at, at + length).toString()); at += length; }
        }
        at = subEnd;
      }
    }
  }
  at = end;
}
// Rust's legacy mangled names: _ZN, then path segments as <length><text>.
// The first segment is the crate, or for an impl `<Type as Trait>` the
// type's crate; drop_in_place and other core generics are named by the type
// they work on (`core::ptr::drop_in_place<yew::...>` counts as yew).
const segments = (name) => {
  const parts = [];
  let i = 3;
  while (i < name.length && /\d/.test(name[i])) {
    let digits = "";
    while (/\d/.test(name[i])) digits += name[i++];
    parts.push(name.slice(i, i + Number(digits)));
    i += Number(digits);
  }
  return parts;
};
const BASE = new Set(["core", "alloc", "std"]);
const firstCrateIn = (text) => {
  const cleaned = text.replace(/\$LT\$|\$GT\$|\$u20\$|\$RF\$|\$BP\$|\$LP\$|\$RP\$|\$C\$|\$u5b\$|\$u5d\$|\$u7b\$|\$u7d\$/g, " ");
  const crates = [...cleaned.matchAll(/(?<![A-Za-z0-9_.])([a-z_][a-z0-9_]*)\.\./g)].map((match) => match[1]).filter((c) => !["impl", "dyn", "mut"].includes(c));
  return crates.find((crate) => !BASE.has(crate)) || crates[0] || null;
};
const crateOf = (name = "") => {
  if (!name) return "(unnamed)";
  if (!name.startsWith("_ZN")) return name.startsWith("__wbindgen") || name.startsWith("__wbg") ? "wasm_bindgen (glue)" : "(other)";
  const parts = segments(name);
  const [first = "", second = "", third = ""] = parts;
  if (first.startsWith("_$LT$")) return firstCrateIn(first) || "(impl)";
  if (BASE.has(first)) {
    const generic = firstCrateIn(parts.slice(1).join("::"));
    if (generic && !BASE.has(generic)) return generic;
  }
  return first || "(other)";
};
const byCrate = new Map();
const functions = bodies.map((size, i) => ({ size, name: names.get(imports.count + i) || "" }));
for (const { size, name } of functions) byCrate.set(crateOf(name), (byCrate.get(crateOf(name)) || 0) + size);
const code = bodies.reduce((a, b) => a + b, 0);
console.log(`${path}: ${bytes.length} bytes; code ${code} (${bodies.length} functions), data ${dataBytes}`);
console.log("\nby crate (share of code):");
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(100 * size / code).toFixed(1).padStart(5)}%  ${String(size).padStart(8)}  ${crate}`);
}
console.log("\nlargest functions:");
for (const { size, name } of functions.sort((a, b) => b.size - a.size).slice(0, top)) {
  console.log(`${String(size).padStart(8)}  ${name.slice(0, 140)}`);
}
