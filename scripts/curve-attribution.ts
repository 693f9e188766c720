// Usage: npx tsx scripts/curve-attribution.ts [--eval N]
// Learning curve of the learned layer: how out-of-set accuracy grows with the
// amount of training data. A fixed group of writer sets (N, default 12, picked
// by a seeded shuffle) is never trained on; the model is trained on growing
// shares of the other training sets (whole sets, in a seeded order) and scored
// on that group. Fits cause macro-F1 and locus accuracy against log2(items) over
// the three largest shares (the gain per doubling shrinks as data grows, so the
// small shares would flatter the fit) and prints what one more doubling of the
// data buys and how many items the fit says the targets would need. Held-out
// sets are not touched.

import { readFileSync } from "node:fs";
import { evaluate, parseJsonl, type EvalReport } from "../lib/attribution/evaluate";
import { DEFAULT_POLICY, DEFAULT_TRAIN, train } from "../lib/attribution/learn";
import { quantize } from "../lib/attribution/model";
import { buildExample, tagWith } from "../lib/attribution/pipeline";
import { mulberry32, shuffleInPlace } from "../lib/attribution/seeded-random";
import { SETS } from "./attribution-data";

const args = process.argv.slice(2);
const evalIndex = args.indexOf("--eval");
const evalCount = evalIndex >= 0 ? Number(args[evalIndex + 1]) : 12;
const TARGET = 0.9;

const shuffled = <T>(xs: readonly T[], seed: number): T[] => shuffleInPlace([...xs], mulberry32(seed));

const sets = SETS.filter((s) => !s.heldout).map((s) => {
  const items = parseJsonl(readFileSync(s.path, "utf8"));
  return { name: s.name, items, examples: items.map(buildExample) };
});
const writers = shuffled(sets.filter((s) => s.name.startsWith("writer-")), 20261204);
const scored = writers.slice(0, evalCount);
const pool = shuffled(sets.filter((s) => !scored.includes(s)), 20261205);
const scoredItems = scored.flatMap((s) => s.items);
console.log(`scored on ${scoredItems.length} items from ${scored.map((s) => s.name).join(", ")} (never trained on here)`);

const points: Array<{ items: number; report: EvalReport }> = [];
for (const share of [1 / 16, 1 / 8, 1 / 4, 1 / 2, 1]) {
  const used = pool.slice(0, Math.max(1, Math.round(pool.length * share)));
  const examples = used.flatMap((s) => s.examples);
  const model = quantize(train(examples, DEFAULT_TRAIN), DEFAULT_POLICY);
  const report = evaluate(scoredItems, (input) => tagWith(model, input));
  points.push({ items: examples.length, report });
  console.log(
    `${String(used.length).padStart(3)} sets ${String(examples.length).padStart(6)} items: cause ${report.causeMacroF1.toFixed(3)} locus ${report.locusAccuracy.toFixed(3)} flag ${report.flagMacroF1.toFixed(3)} exact ${report.exactMatch.toFixed(3)}`,
  );
}

/** Least-squares fit y = a + b·log2(items) over the three largest shares; b is the gain per doubling. */
function fit(pick: (r: EvalReport) => number): { a: number; b: number } {
  const top = points.slice(-3);
  const xs = top.map((p) => Math.log2(p.items));
  const ys = top.map((p) => pick(p.report));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

const result: Record<string, number> = { scoredItems: scoredItems.length, trainedItems: points.at(-1)!.items };
for (const [name, pick] of [
  ["cause", (r: EvalReport) => r.causeMacroF1],
  ["locus", (r: EvalReport) => r.locusAccuracy],
] as const) {
  const { a, b } = fit(pick);
  const needed = b > 0 ? 2 ** ((TARGET - a) / b) : Infinity;
  const last = pick(points.at(-1)!.report) - pick(points.at(-2)!.report);
  console.log(`${name}: the last doubling added ${last.toFixed(3)}`);
  result[`${name}LastDoublingGain`] = Number(last.toFixed(4));
  console.log(`${name}: +${b.toFixed(4)} per doubling of the training data; the fit reaches ${TARGET} at about ${needed.toExponential(1)} items`);
  result[`${name}GainPerDoubling`] = Number(b.toFixed(4));
  result[`${name}ItemsForTarget`] = Number(needed.toPrecision(2));
}
console.log(JSON.stringify(result));
