// Word clusters from pre-trained word vectors (scripts/derive-word-clusters.ts):
// words used alike share a cluster, so a weight learned for one word carries
// to a word of similar use that the training data never had. Looked up by the
// features' word hash in an open-addressing table built once at load.

import { WORD_CLUSTER_DATA } from "./word-clusters-data";
import { base64Bytes } from "./base64";

const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const KEYS = new Int32Array(1 << TABLE_BITS);
/** Cluster code + 1; 0 marks an empty slot. */
const VALUES = new Uint16Array(1 << TABLE_BITS);

function slotOf(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - TABLE_BITS);
}

{
  const hashBytes = base64Bytes(WORD_CLUSTER_DATA.hashes);
  const codeBytes = base64Bytes(WORD_CLUSTER_DATA.codes);
  const hashes = new DataView(hashBytes.buffer, hashBytes.byteOffset, hashBytes.byteLength);
  const codes = new DataView(codeBytes.buffer, codeBytes.byteOffset, codeBytes.byteLength);
  const n = WORD_CLUSTER_DATA.words;
  if (hashBytes.length !== n * 4 || codeBytes.length !== n * 2) throw new Error("word cluster data is corrupt");
  if (n * 2 > 1 << TABLE_BITS) throw new Error("word cluster table too small");
  for (let i = 0; i < n; i++) {
    const h = hashes.getInt32(i * 4, true);
    let s = slotOf(h);
    while (VALUES[s] !== 0) s = (s + 1) & TABLE_MASK;
    KEYS[s] = h;
    VALUES[s] = codes.getUint16(i * 2, true) + 1;
  }
}

/** Finest cluster code (12 bits: 5 coarse, 4 middle, 3 fine) of a hashed word, or -1 for a word without a vector. */
export function clusterOf(h: number): number {
  let s = slotOf(h);
  for (;;) {
    const v = VALUES[s]!;
    if (v === 0) return -1;
    if (KEYS[s] === h) return v - 1;
    s = (s + 1) & TABLE_MASK;
  }
}
