// Measuring a word as the browser draws it, shared by the Chromium and the
// Firefox joining journeys. `wordBox` and `inkDiff` run inside the page (they
// are handed to the browser as source, so they use nothing from outside).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOTS } from "./harness.mjs";

/**
 * In the page: the `occurrence`-th `word` of sentence `index` (a single text
 * node): its code-point offsets, its range's bounding box, how many boxes
 * the range has, and the device pixel ratio.
 */
export function wordBox({ index, word, occurrence = 0 }) {
  const sentence = document.querySelector(`[data-sentence="${index}"]`);
  const node = sentence.firstChild;
  if (sentence.childNodes.length !== 1 || node.nodeType !== Node.TEXT_NODE) {
    return { error: `sentence ${index} has ${sentence.childNodes.length} child nodes` };
  }
  const text = node.data;
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = text.indexOf(word, at + 1);
  if (at < 0) return { error: `no ${word} in sentence ${index}` };
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + word.length);
  const box = range.getBoundingClientRect();
  const start = [...text.slice(0, at)].length;
  return {
    start,
    end: start + [...word].length,
    utf16: [at, at + word.length],
    rect: { x: box.x, y: box.y, width: box.width, height: box.height },
    rects: range.getClientRects().length,
    dpr: window.devicePixelRatio,
  };
}

/**
 * In the page, the negative control: wraps code point `letter` of the
 * `occurrence`-th `word` of sentence `index` in a `<span>` element (with
 * the inline `style` given, if any), as annotators that insert elements
 * into the text do, and measures the word again across the pieces.
 */
export function wrapLetter({ index, word, occurrence = 0, letter, style = {} }) {
  const sentence = document.querySelector(`[data-sentence="${index}"]`);
  const node = sentence.firstChild;
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = node.data.indexOf(word, at + 1);
  const whole = document.createRange();
  whole.setStart(node, at);
  whole.setEnd(node, at + word.length);
  const from = at + [...word].slice(0, letter).join("").length;
  const one = document.createRange();
  one.setStart(node, from);
  one.setEnd(node, from + [...word][letter].length);
  const element = document.createElement("span");
  Object.assign(element.style, style);
  one.surroundContents(element);
  const box = whole.getBoundingClientRect();
  return {
    wrapped: element.textContent,
    word: whole.toString(),
    nodes: sentence.childNodes.length,
    rect: { x: box.x, y: box.y, width: box.width, height: box.height },
    rects: whole.getClientRects().length,
  };
}

/** The clip around `rect` (CSS px), `margin` px wider on every side, on whole pixels. */
export function clipAround(rect, margin = 4) {
  const x = Math.floor(rect.x - margin);
  const y = Math.floor(rect.y - margin);
  return { x, y, width: Math.ceil(rect.x + rect.width + margin) - x, height: Math.ceil(rect.y + rect.height + margin) - y };
}

/**
 * In the page: compares the ink of two PNG screenshots (base64: `beforePng`,
 * `afterPng`) of the same box, optionally cropped to `crop` (image pixels).
 * A pixel is ink when it is darker than halfway between the darkest pixel
 * of the first image (the text colour) and the lightest pixel around it
 * (within `radius` pixels): its own background, whatever colour that is, so
 * a translucent fill behind a glyph does not move the glyph's edge. With
 * `box` (the highlight's rectangle, image pixels, fractional), the
 * surroundings of a pixel stop at the box's edge, and the two pixels either
 * side of each edge, where the fill is blended, are left out; with
 * `underline` (an rgb() colour), so are the rows where the second image
 * draws that colour, and the row either side. Returns the counts, the rows
 * and columns left out, the cropped images and a picture of the difference
 * (grey: ink in both, red: only before, blue: only after, yellow: left out)
 * as data URLs.
 */
export async function inkDiff({ beforePng, afterPng, crop = null, radius = 4, box = null, underline = null }) {
  const decode = async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const area = crop || { x: 0, y: 0, width: image.naturalWidth, height: image.naturalHeight };
    const canvas = document.createElement("canvas");
    canvas.width = area.width;
    canvas.height = area.height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    context.drawImage(image, area.x, area.y, area.width, area.height, 0, 0, area.width, area.height);
    return { data: context.getImageData(0, 0, area.width, area.height).data, url: canvas.toDataURL("image/png"), width: area.width, height: area.height };
  };
  const [before, after] = [await decode(beforePng), await decode(afterPng)];
  if (before.width !== after.width || before.height !== after.height) return { error: "the screenshots differ in size" };
  const { width, height } = before;
  const size = width * height;
  const luma = (data, p) => 0.2126 * data[p * 4] + 0.7152 * data[p * 4 + 1] + 0.0722 * data[p * 4 + 2];
  // Which side of the box each pixel is on (0 out, 1 in, 2 on its blended edge).
  const near = (centre, edge) => Math.abs(centre - edge) < 1;
  const seamRows = new Set();
  const seamColumns = new Set();
  const lineRows = new Set();
  if (box) {
    for (let x = 0; x < width; x++) if (near(x + 0.5, box.x) || near(x + 0.5, box.x + box.width)) seamColumns.add(x);
    for (let y = 0; y < height; y++) if (near(y + 0.5, box.y) || near(y + 0.5, box.y + box.height)) seamRows.add(y);
  }
  if (underline) {
    const [r, g, b] = underline.match(/\d+(\.\d+)?/g).map(Number);
    for (let y = 0; y < height; y++) {
      let count = 0;
      for (let x = 0; x < width; x++) {
        const p = (y * width + x) * 4;
        if (Math.hypot(after.data[p] - r, after.data[p + 1] - g, after.data[p + 2] - b) < 40) count++;
      }
      if (count >= 3) for (const row of [y - 1, y, y + 1]) if (row >= 0 && row < height) lineRows.add(row);
    }
  }
  const side = new Uint8Array(size);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = box && x + 0.5 > box.x && x + 0.5 < box.x + box.width && y + 0.5 > box.y && y + 0.5 < box.y + box.height;
      side[y * width + x] = seamColumns.has(x) || seamRows.has(y) ? 2 : inside ? 1 : 0;
    }
  }
  const rows = new Set([...seamRows, ...lineRows]);
  const columns = seamColumns;
  let dark = 255;
  for (let p = 0; p < size; p++) dark = Math.min(dark, luma(before.data, p));
  const inkOf = ({ data }) => {
    const across = new Float32Array(size);
    const light = new Float32Array(size);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const p = y * width + x;
        let most = 0;
        for (let q = Math.max(0, x - radius); q <= Math.min(width - 1, x + radius); q++) {
          if (side[y * width + q] === side[p]) most = Math.max(most, luma(data, y * width + q));
        }
        across[p] = most;
      }
    }
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const p = y * width + x;
        let most = 0;
        for (let q = Math.max(0, y - radius); q <= Math.min(height - 1, y + radius); q++) {
          if (side[q * width + x] === side[p]) most = Math.max(most, across[q * width + x]);
        }
        light[p] = most;
      }
    }
    const ink = new Uint8Array(size);
    for (let p = 0; p < size; p++) ink[p] = light[p] - dark > 40 && luma(data, p) < (light[p] + dark) / 2 ? 1 : 0;
    return ink;
  };
  const [a, b] = [inkOf(before), inkOf(after)];
  const picture = new ImageData(width, height);
  let inkBefore = 0, inkAfter = 0, onlyBefore = 0, onlyAfter = 0, skipped = 0;
  for (let p = 0; p < size; p++) {
    const [x, y] = [p % width, Math.floor(p / width)];
    let colour = [255, 255, 255];
    if (rows.has(y) || columns.has(x)) {
      skipped++;
      colour = a[p] || b[p] ? [200, 170, 40] : [250, 240, 190];
    } else {
      inkBefore += a[p];
      inkAfter += b[p];
      if (a[p] && b[p]) colour = [90, 90, 90];
      else if (a[p]) {
        onlyBefore++;
        colour = [230, 0, 0];
      } else if (b[p]) {
        onlyAfter++;
        colour = [0, 80, 255];
      }
    }
    picture.data.set([...colour, 255], p * 4);
  }
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  canvas.getContext("2d").putImageData(picture, 0, 0);
  return {
    width, height, dark, inkBefore, inkAfter, onlyBefore, onlyAfter, mismatched: onlyBefore + onlyAfter, skipped,
    rows: [...rows].sort((m, n) => m - n), columns: [...columns].sort((m, n) => m - n),
    before: before.url, after: after.url, diff: canvas.toDataURL("image/png"),
  };
}

/** Saves a PNG (base64, a data URL or a Buffer) under target/screenshots/. */
export function savePng(name, png) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const bytes = Buffer.isBuffer(png) ? png : Buffer.from(String(png).replace(/^data:image\/png;base64,/, ""), "base64");
  writeFileSync(join(SCREENSHOTS, `${name}.png`), bytes);
}
