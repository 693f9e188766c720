// The labelled sets the learned layer is trained and cross-validated on.
// Sets marked heldout are never trained on: they measure text the model has not seen.

export interface LabelledSet {
  name: string;
  path: string;
  heldout?: boolean;
}

export const SETS: LabelledSet[] = [
  { name: "dev", path: "../shared/attribution/dev.jsonl" },
  { name: "fresh", path: "data/attribution/fresh.jsonl" },
  { name: "fresh2", path: "data/attribution/fresh2.jsonl" },
  { name: "fresh3", path: "data/attribution/fresh3.jsonl" },
  { name: "fresh4", path: "data/attribution/fresh4.jsonl" },
  { name: "own", path: "tests/unit/attribution/fixtures/own.jsonl" },
  { name: "own2", path: "tests/unit/attribution/fixtures/own2.jsonl" },
  { name: "own3", path: "tests/unit/attribution/fixtures/own3.jsonl" },
  ...["a", "b", "c", "d", "e", "f"].map((x) => ({ name: `synth-${x}`, path: `data/attribution/synth/${x}.jsonl` })),
  // Written for 2026.12.1 by eight writers who never saw the tagger or the other sets.
  ...["g", "h", "i", "j", "k", "n"].map((x) => ({ name: `writer-${x}`, path: `data/attribution/writers/${x}.jsonl` })),
  // Written for 2026.12.2 to 2026.12.4 the same way, by forty-five more writers.
  ...[
    ...["o", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z", "aa", "ab", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak"],
    ...["al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba"],
    // Written for 2026.12.4, the same way.
    ...["bb", "bc", "bd", "be", "bf", "bg", "bh", "bi"],
    // Written at the end of 2026.12.4 and for 2026.12.5, first trained on by 2026.12.5.
    ...["bj", "bk", "bl", "bm", "bn", "bo", "br", "bs", "bt", "bu", "bv", "bw", "bx", "by"],
  ].map((x) => ({ name: `writer-${x}`, path: `data/attribution/writers/${x}.jsonl` })),
  // Never trained on: they measure text the model has not seen.
  ...["l", "m", "u", "ac"].map((x) => ({ name: `writer-${x}`, path: `data/attribution/writers/${x}.jsonl`, heldout: true })),
  // Written at the end of 2026.12.4 by two more writers, first scored by 2026.12.5.
  ...["bp", "bq"].map((x) => ({ name: `writer-${x}`, path: `data/attribution/writers/${x}.jsonl`, heldout: true })),
];
