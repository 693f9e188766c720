// Metric computation for the attribution tagger. Pure: takes parsed items and
// a tagger function, returns figures. File reading and printing live in
// scripts/eval-attribution.ts.
//
// Macro-F1 convention: a class with no gold support and no predictions has
// an undefined F1; it is reported as null and left out of the macro average
// (it neither rewards nor punishes the tagger). A class with support but no
// predictions, or predictions but no support, scores F1 = 0. If no class is
// defined at all (nothing gold, nothing predicted), the macro is 1: there was
// nothing to get wrong.

import { CAUSES, FLAGS, type Cause, type Flag, type Locus, type Outcome } from "./types";

export interface LabelledItem {
  id: string;
  outcome: Outcome;
  text: string;
  causes: Cause[];
  locus: Locus;
  flags: Flag[];
}

export interface Prediction {
  causes: readonly Cause[];
  locus: Locus;
  flags: readonly Flag[];
}

export type Tagger = (input: { outcome: Outcome; text: string }) => Prediction;

export interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
  support: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Miss {
  id: string;
  expected: { causes: Cause[]; locus: Locus; flags: Flag[] };
  got: { causes: Cause[]; locus: Locus; flags: Flag[] };
}

export interface EvalReport {
  count: number;
  causeMacroF1: number;
  locusAccuracy: number;
  flagMacroF1: number;
  exactMatch: number;
  perCause: Record<Cause, ClassScore>;
  perFlag: Record<Flag, ClassScore>;
  misses: Miss[];
}

const LOCI: readonly Locus[] = ["internal", "external", "mixed", "none"];

export class ParseError extends Error {
  constructor(
    public readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "ParseError";
  }
}

function stringArray<T extends string>(v: unknown, allowed: readonly T[], what: string, line: number): T[] {
  if (!Array.isArray(v)) throw new ParseError(line, `"${what}" must be an array`);
  for (const x of v) {
    if (typeof x !== "string" || !(allowed as readonly string[]).includes(x)) {
      throw new ParseError(line, `unknown ${what} value ${JSON.stringify(x)}`);
    }
  }
  return [...(v as T[])].sort();
}

/** Parse JSON Lines in the guide's format. Blank lines are skipped; anything else malformed throws ParseError naming the 1-based line. */
export function parseJsonl(content: string): LabelledItem[] {
  const items: LabelledItem[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === "") continue;
    const line = i + 1;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      throw new ParseError(line, `invalid JSON (${(e as Error).message})`);
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) throw new ParseError(line, "expected a JSON object");
    const o = obj as Record<string, unknown>;
    if (typeof o.id !== "string" || o.id === "") throw new ParseError(line, `"id" must be a non-empty string`);
    if (o.outcome !== "success" && o.outcome !== "setback") throw new ParseError(line, `"outcome" must be "success" or "setback"`);
    if (typeof o.text !== "string") throw new ParseError(line, `"text" must be a string`);
    if (typeof o.locus !== "string" || !(LOCI as readonly string[]).includes(o.locus)) throw new ParseError(line, `"locus" must be one of ${LOCI.join(", ")}`);
    items.push({
      id: o.id,
      outcome: o.outcome,
      text: o.text,
      causes: stringArray(o.causes, CAUSES, "causes", line),
      locus: o.locus as Locus,
      flags: stringArray(o.flags, FLAGS, "flags", line),
    });
  }
  return items;
}

/** FNV-1a (32-bit) over the id's UTF-16 code units. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The fixed development split: an item is held out when fnv1a32(id) % 5 === 0 (about one in five). */
export function isHeldOut(id: string): boolean {
  return idHash(id) % 5 === 0;
}

export function splitItems(items: readonly LabelledItem[], split: "all" | "heldout" | "train"): LabelledItem[] {
  if (split === "all") return [...items];
  return items.filter((it) => isHeldOut(it.id) === (split === "heldout"));
}

function score<T extends string>(classes: readonly T[], gold: ReadonlyArray<readonly T[]>, pred: ReadonlyArray<readonly T[]>): { per: Record<T, ClassScore>; macro: number } {
  const per = {} as Record<T, ClassScore>;
  let sum = 0;
  let n = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!.includes(c);
      const p = pred[i]!.includes(c);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const support = tp + fn;
    const precision = tp + fp === 0 ? (support === 0 ? null : 0) : tp / (tp + fp);
    const recall = support === 0 ? (tp + fp === 0 ? null : 0) : tp / support;
    let f1: number | null;
    if (support === 0 && tp + fp === 0) f1 = null;
    else f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    per[c] = { tp, fp, fn, support, precision, recall, f1 };
    if (f1 !== null) {
      sum += f1;
      n++;
    }
  }
  return { per, macro: n === 0 ? 1 : sum / n };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

export function evaluate(items: readonly LabelledItem[], tagger: Tagger): EvalReport {
  const preds: Prediction[] = items.map((it) => tagger({ outcome: it.outcome, text: it.text }));
  const causes = score(CAUSES, items.map((i) => i.causes), preds.map((p) => p.causes));
  const flags = score(FLAGS, items.map((i) => i.flags), preds.map((p) => p.flags));
  let locusOk = 0;
  let exact = 0;
  const misses: Miss[] = [];
  items.forEach((it, i) => {
    const p = preds[i]!;
    const lOk = p.locus === it.locus;
    if (lOk) locusOk++;
    if (lOk && sameSet(it.causes, p.causes) && sameSet(it.flags, p.flags)) exact++;
    else {
      misses.push({
        id: it.id,
        expected: { causes: it.causes, locus: it.locus, flags: it.flags },
        got: { causes: [...p.causes].sort(), locus: p.locus, flags: [...p.flags].sort() },
      });
    }
  });
  const n = items.length;
  return {
    count: n,
    causeMacroF1: causes.macro,
    locusAccuracy: n === 0 ? 0 : locusOk / n,
    flagMacroF1: flags.macro,
    exactMatch: n === 0 ? 0 : exact / n,
    perCause: causes.per,
    perFlag: flags.per,
    misses,
  };
}
