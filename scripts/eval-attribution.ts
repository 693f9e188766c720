// Usage: npm run eval:attribution -- <file.jsonl> [--json] [--split heldout|train] [--against <other.jsonl>]
// Reads a labelled JSONL file (GUIDE.md format), runs the tagger, prints metrics.
// With --against, scores a second annotator's labels of the same items (matched
// by id) instead of the tagger: how far two careful readers agree.
// The split rule lives in lib/attribution/evaluate.ts (isHeldOut).

import { readFileSync } from "node:fs";
import { tagReflection, TAGGER_VERSION } from "../lib/attribution/index";
import { evaluate, parseJsonl, ParseError, splitItems, type ClassScore, type LabelledItem, type Tagger } from "../lib/attribution/evaluate";

function usage(msg?: string): never {
  if (msg) console.error(msg);
  console.error("usage: eval-attribution <file.jsonl> [--json] [--split heldout|train] [--against <other.jsonl>]");
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let json = false;
let split: "all" | "heldout" | "train" = "all";
let against: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--json") json = true;
  else if (a === "--against") {
    against = args[++i];
    if (against === undefined) usage("--against takes a file");
  }
  else if (a === "--split") {
    const v = args[++i];
    if (v !== "heldout" && v !== "train") usage(`--split takes heldout or train, got ${v ?? "nothing"}`);
    split = v;
  } else if (a.startsWith("--split=")) {
    const v = a.slice("--split=".length);
    if (v !== "heldout" && v !== "train") usage(`--split takes heldout or train, got ${v}`);
    split = v;
  } else if (a.startsWith("-")) usage(`unknown option ${a}`);
  else if (file === undefined) file = a;
  else usage(`unexpected argument ${a}`);
}
if (file === undefined) usage("missing input file");

function readItems(path: string): LabelledItem[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (e) {
    console.error(`cannot read ${path}: ${(e as Error).message}`);
    process.exit(2);
  }
  try {
    return parseJsonl(content);
  } catch (e) {
    if (e instanceof ParseError) {
      console.error(`${path}: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

const items = splitItems(readItems(file), split);
let tagger: Tagger = tagReflection;
let source = `tagger=${TAGGER_VERSION}`;
if (against !== undefined) {
  const other = new Map(readItems(against).map((it) => [it.id, it]));
  const missing = items.filter((it) => other.get(it.id)?.text !== it.text);
  if (missing.length > 0) usage(`${against} lacks ${missing.length} of the items (same id and text), first ${missing[0]!.id}`);
  // evaluate() asks for the items in order.
  let k = 0;
  tagger = () => other.get(items[k++]!.id)!;
  source = `against=${against}`;
}

const report = evaluate(items, tagger);

if (json) {
  console.log(JSON.stringify({ file, split, ...(against === undefined ? { taggerVersion: TAGGER_VERSION } : { against }), ...report }));
} else {
  const f = (x: number | null): string => (x === null ? "  n/a" : x.toFixed(3));
  const row = (name: string, s: ClassScore): string =>
    `  ${name.padEnd(22)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  (support ${s.support}, tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log(`attribution eval: ${file} split=${split} items=${report.count} ${source}`);
  console.log("causes:");
  for (const [k, s] of Object.entries(report.perCause)) console.log(row(k, s));
  console.log(`cause macro-F1     ${report.causeMacroF1.toFixed(3)}`);
  console.log(`locus accuracy     ${report.locusAccuracy.toFixed(3)}`);
  console.log("flags:");
  for (const [k, s] of Object.entries(report.perFlag)) console.log(row(k, s));
  console.log(`flag macro-F1      ${report.flagMacroF1.toFixed(3)}`);
  console.log(`exact match        ${report.exactMatch.toFixed(3)}`);
  console.log(`misses (${report.misses.length}):`);
  const fmt = (l: { causes: string[]; locus: string; flags: string[] }): string =>
    `[${l.causes.join(",")}] ${l.locus} [${l.flags.join(",")}]`;
  for (const m of report.misses) console.log(`  ${m.id}  expected ${fmt(m.expected)}  got ${fmt(m.got)}`);
  console.log("(macro-F1 skips a class with no support and no predictions)");
}
