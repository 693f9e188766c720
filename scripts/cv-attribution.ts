// Usage: npx tsx scripts/cv-attribution.ts [--epochs N] [--lr X] [--l2 X] [--only name,name] [--tune] [--tune-causes] [--per-class] [--misses]
// Leave-one-set-out cross-validation of the learned layer: for each labelled
// training set (each written by a different writer), train on all the other
// training sets and score that set. Prints the rules alone and the learned
// layer per set and pooled. --tune also searches the rule policy (how far the
// rules' reading moves a head's threshold) on the pooled out-of-set predictions;
// --tune-causes searches each cause's own no-cue offset (noCueByCause) there.

import { readFileSync } from "node:fs";
import { evaluate, parseJsonl, type EvalReport, type LabelledItem } from "../lib/attribution/evaluate";
import { DEFAULT_POLICY, DEFAULT_TRAIN, train, type TrainOptions } from "../lib/attribution/learn";
import { quantize, type LearnedModel } from "../lib/attribution/model";
import { buildExample, tagRulesOnly, tagWith } from "../lib/attribution/pipeline";
import { SETS } from "./attribution-data";

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const opts: TrainOptions = {
  ...DEFAULT_TRAIN,
  epochs: Number(opt("epochs") ?? DEFAULT_TRAIN.epochs),
  learningRate: Number(opt("lr") ?? DEFAULT_TRAIN.learningRate),
  l2: Number(opt("l2") ?? DEFAULT_TRAIN.l2),
};
const only = opt("only")?.split(",");

const sets = SETS.filter((s) => !s.heldout).map((s) => ({ ...s, items: parseJsonl(readFileSync(s.path, "utf8")) }));
const examples = new Map(sets.map((s) => [s.name, s.items.map(buildExample)]));
const fmt = (r: EvalReport): string => `${r.causeMacroF1.toFixed(3)} / ${r.locusAccuracy.toFixed(3)} / ${r.flagMacroF1.toFixed(3)} / ${r.exactMatch.toFixed(3)}`;

const folds: Array<{ items: LabelledItem[]; weights: Float32Array }> = [];
console.log(`options ${JSON.stringify(opts)} policy ${JSON.stringify(DEFAULT_POLICY)}`);
console.log("set            items  rules (cause F1 / locus / flag F1 / exact)   learned");
const modelOf = (weights: Float32Array, policy = DEFAULT_POLICY): LearnedModel => quantize(weights, policy);
for (const s of sets) {
  if (only && !only.includes(s.name)) continue;
  const weights = train(sets.filter((o) => o.name !== s.name).flatMap((o) => examples.get(o.name)!), opts);
  folds.push({ items: s.items, weights });
  const rules = evaluate(s.items, tagRulesOnly);
  const model = modelOf(weights);
  const learned = evaluate(s.items, (input) => tagWith(model, input));
  console.log(`${s.name.padEnd(14)} ${String(s.items.length).padStart(5)}  ${fmt(rules)}          ${fmt(learned)}`);
  if (args.includes("--misses")) {
    const label = (l: { causes: string[]; flags: string[] }): string => `[${l.causes.join(",")}] [${l.flags.join(",")}]`;
    const text = new Map(s.items.map((it) => [it.id, it.text]));
    for (const m of learned.misses) console.log(`  ${m.id} ${JSON.stringify(text.get(m.id))}\n    expected ${label(m.expected)} got ${label(m.got)}`);
  }
}

function pooled(policy: typeof DEFAULT_POLICY): EvalReport {
  const items: LabelledItem[] = [];
  const preds: ReturnType<typeof tagRulesOnly>[] = [];
  for (const f of folds) {
    const model = modelOf(f.weights, policy);
    for (const it of f.items) {
      items.push(it);
      preds.push(tagWith(model, it));
    }
  }
  let k = 0;
  return evaluate(items, () => preds[k++]!);
}
const report = pooled(DEFAULT_POLICY);
console.log(`pooled         ${String(report.count).padStart(5)}  learned ${fmt(report)}`);
if (args.includes("--per-class")) {
  for (const [c, s] of [...Object.entries(report.perCause), ...Object.entries(report.perFlag)]) {
    console.log(`  ${c.padEnd(22)} P ${s.precision?.toFixed(3)} R ${s.recall?.toFixed(3)} F1 ${s.f1?.toFixed(3)} n=${s.support}`);
  }
}
if (args.includes("--tune")) {
  for (const ruleDecided of [-15, -9, -5]) {
    for (const ruleRejected of [2, 6, 10]) {
      for (const noCue of [3, 4, 6]) {
        for (const shortText of [0, 8]) {
          console.log(`policy decided ${ruleDecided} rejected ${ruleRejected} noCue ${noCue} short ${shortText}: ${fmt(pooled({ ...DEFAULT_POLICY, ruleDecided, ruleRejected, noCue, shortText }))}`);
        }
      }
    }
  }
}
if (args.includes("--tune-causes")) {
  // Coordinate ascent, one cause at a time, on cause macro-F1 plus locus accuracy (both targets).
  const objective = (r: EvalReport): number => r.causeMacroF1 + r.locusAccuracy;
  const offsets = [...DEFAULT_POLICY.noCueByCause];
  let best = objective(pooled(DEFAULT_POLICY));
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < offsets.length; k++) {
      for (const v of [-7, -6, -5, -4, -3, -2, -1, 0, 1, 2]) {
        if (v === offsets[k]) continue;
        const trial = offsets.map((o, i) => (i === k ? v : o));
        const score = objective(pooled({ ...DEFAULT_POLICY, noCueByCause: trial }));
        if (score > best + 1e-9) {
          best = score;
          offsets[k] = v;
        }
      }
    }
    console.log(`pass ${pass + 1}: noCueByCause ${JSON.stringify(offsets)}: ${fmt(pooled({ ...DEFAULT_POLICY, noCueByCause: offsets }))}`);
  }
}
