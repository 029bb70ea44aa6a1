// A small static file server for the built app, bound to 127.0.0.1 only.
// Like any static host it sends text and wasm gzip-compressed to a browser
// that accepts it (the wasm goes over the wire at 40 % of its size).
// Usage: node scripts/serve.mjs [DIR] [PORT]   (defaults: dist 8080)
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Types sent compressed. */
const COMPRESSED = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);

/**
 * Starts serving `dir` on 127.0.0.1:`port` (0 picks a free port); resolves to
 * the server. With `hold` (a pattern of paths), those requests wait until
 * `server.release()`: a journey's slow line for one file, in any browser.
 */
export function serve(dir, port, { hold } = {}) {
  const root = resolve(dir);
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  // Each file's gzip, by path and modification time.
  const zipped = new Map();
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, "http://127.0.0.1");
      if (hold?.test(url.pathname)) await released;
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      const headers = { "content-type": TYPES[extname(path)] || "application/octet-stream", "cache-control": "no-cache", vary: "accept-encoding" };
      if (COMPRESSED.has(extname(path)) && /\bgzip\b/.test(request.headers["accept-encoding"] || "")) {
        const key = `${path}:${(await stat(path)).mtimeMs}`;
        if (!zipped.has(key)) zipped.set(key, gzipSync(body, { level: 9 }));
        headers["content-encoding"] = "gzip";
        response.writeHead(200, headers);
        response.end(zipped.get(key));
        return;
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    }
  });
  server.release = release;
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || "dist";
  const port = Number(process.argv[3] || 8080);
  const server = await serve(dir, port);
  console.log(`Hamish is served at http://127.0.0.1:${server.address().port}/ (Ctrl+C stops it)`);
}
