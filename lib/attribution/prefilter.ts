// Cheap prefilter for cue regexes. Each cue's alternation is split into its
// top-level alternatives; for each one we work out (from the pattern source,
// once at load) the 1-10 character prefixes a match must start with. Per call the
// tagger collects the prefixes of the words in the text and runs only the
// alternatives that can match there. Alternatives whose start cannot be
// enumerated (\w, [a-z], ...) always run, so the filter never loses a match.

type Atom =
  | { t: "lit"; ch: string; min: number; max: number }
  | { t: "set"; chars: string[] | null; min: number; max: number; stop?: boolean }
  | { t: "zero" }
  | { t: "grp"; alts: Atom[][]; min: number; max: number };

const WORDCH = /[a-z0-9_]/;

function parseSeq(src: string, pos: { i: number }): Atom[][] {
  const alts: Atom[][] = [[]];
  while (pos.i < src.length) {
    const c = src[pos.i]!;
    if (c === ")") break;
    if (c === "|") {
      alts.push([]);
      pos.i++;
      continue;
    }
    let atom: Atom;
    if (c === "(") {
      pos.i++;
      let zero = false;
      if (src.startsWith("?:", pos.i)) pos.i += 2;
      else if (src.startsWith("?=", pos.i) || src.startsWith("?!", pos.i)) (pos.i += 2), (zero = true);
      else if (src.startsWith("?<=", pos.i) || src.startsWith("?<!", pos.i)) (pos.i += 3), (zero = true);
      const inner = parseSeq(src, pos);
      pos.i++; // ")"
      atom = zero ? { t: "zero" } : { t: "grp", alts: inner, min: 1, max: 1 };
    } else if (c === "[") {
      let j = pos.i + 1;
      const neg = src[j] === "^";
      if (neg) j++;
      const chars: string[] = [];
      let ok = !neg;
      while (j < src.length && src[j] !== "]") {
        let ch = src[j]!;
        if (ch === "\\") {
          ch = src[++j]!;
          if (/[wdsbWDS]/.test(ch)) ok = false;
        }
        if (src[j + 1] === "-" && src[j + 2] !== "]" && j + 2 < src.length) {
          const a = ch.charCodeAt(0);
          const b = src[j + 2]!.charCodeAt(0);
          if (b - a > 9) ok = false;
          else for (let k = a; k <= b; k++) chars.push(String.fromCharCode(k));
          j += 3;
          continue;
        }
        chars.push(ch);
        j++;
      }
      pos.i = j + 1;
      atom = { t: "set", chars: ok ? chars : null, min: 1, max: 1 };
    } else if (c === "\\") {
      const e = src[pos.i + 1]!;
      pos.i += 2;
      if (e === "b" || e === "B") atom = { t: "zero" };
      // \d: the key ends at the digit (a shorter prefix is still an exact filter).
      else if (e === "d") atom = { t: "set", chars: [..."0123456789"], min: 1, max: 1, stop: true };
      else if (/[wdsWDS]/.test(e)) atom = { t: "set", chars: null, min: 1, max: 1 };
      else atom = { t: "lit", ch: e, min: 1, max: 1 };
    } else if (c === "^" || c === "$") {
      pos.i++;
      atom = { t: "zero" };
    } else if (c === ".") {
      pos.i++;
      atom = { t: "set", chars: null, min: 1, max: 1 };
    } else {
      pos.i++;
      atom = { t: "lit", ch: c, min: 1, max: 1 };
    }
    // Quantifier.
    const q = src[pos.i];
    let min = 1;
    let max = 1;
    if (q === "?") (min = 0), (max = 1), pos.i++;
    else if (q === "*") (min = 0), (max = 3), pos.i++;
    else if (q === "+") (min = 1), (max = 3), pos.i++;
    else if (q === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(pos.i));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[2] === "" ? 3 : Math.min(3, Number(m[2]));
        pos.i += m[0].length;
      }
    }
    if (src[pos.i] === "?" && q !== undefined && "?*+}".includes(src[pos.i - 1]!)) pos.i++; // lazy
    if (atom.t !== "zero") {
      atom.min = min;
      atom.max = Math.max(min, Math.min(max, 3));
    }
    alts[alts.length - 1]!.push(atom);
  }
  return alts;
}

const ANY = null;
/**
 * Keys are the first characters of a match (letters, spaces, apostrophes...),
 * up to this many. Long keys let most word starts try no alternative at all;
 * an alternative with too many long keys falls back to shorter ones.
 */
export const KEYLEN = 10;
const MAX_KEYS = 400;

/** Prefixes (1 to keyLen characters, starting with a word character) every match of `src` starts with, or null when they cannot be listed. */
export function matchPrefixes(src: string, keyLen = KEYLEN): Set<string> | null {
  const alts = parseSeq(src, { i: 0 });
  const out = new Set<string>();
  let any = false;
  // Continuations are stacks of remaining atom lists.
  const walk = (stack: Atom[][], cur: string): void => {
    if (any || out.size > MAX_KEYS) {
      any = true;
      return;
    }
    if (cur.length >= keyLen) {
      out.add(cur.slice(0, keyLen));
      return;
    }
    if (stack.length === 0) {
      if (cur === "") any = true;
      else out.add(cur);
      return;
    }
    const top = stack[stack.length - 1]!;
    if (top.length === 0) return walk(stack.slice(0, -1), cur);
    const [atom, ...rest] = top;
    const next = [...stack.slice(0, -1), rest];
    if (atom!.t === "zero") return walk(next, cur);
    const a = atom!;
    for (let r = a.min; r <= a.max; r++) {
      const unit: Atom = a.t === "grp" ? { ...a, min: 1, max: 1 } : { ...a, min: 1, max: 1 };
      const seq: Atom[] = Array.from({ length: r }, () => unit);
      if (r === 0) {
        walk(next, cur);
        continue;
      }
      // Expand the first copy, keep the others as pending atoms.
      const [first, ...more] = seq;
      const stack2 = [...next, more];
      if (first!.t === "lit") {
        if (WORDCH.test(first!.ch) || (cur !== "" && first!.ch !== "\n")) walk(stack2, cur + first!.ch);
        else any = true;
      } else if (first!.t === "set") {
        const chars = first!.chars;
        if (chars === null) {
          if (cur === "") any = true;
          else out.add(cur);
        } else if (first!.stop) {
          for (const ch of chars) out.add(cur + ch);
        } else {
          for (const ch of chars) {
            if (WORDCH.test(ch) || cur !== "") walk(stack2, cur + ch);
            else any = true;
          }
        }
      } else if (first!.t === "grp") {
        for (const alt of first!.alts) walk([...stack2, alt], cur);
      }
    }
  };
  for (const alt of alts) walk([alt], "");
  if (any && keyLen > 1 && out.size > MAX_KEYS) return matchPrefixes(src, keyLen - 1);
  return any ? ANY : out;
}

/** Top-level alternatives of a pattern source (splits on | outside groups and classes). */
export function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/**
 * The same alternation regrouped by first letter: "abc|abd|xy" becomes
 * "ab(?:c|d)|xy"-like "a(?:bc|bd)|x(?:y)". Alternatives that start with
 * anything but a plain letter stay in front, in their original order. At
 * any position only one letter group can match, so the regex matches the same
 * text while the engine tests one group instead of every alternative.
 */
export function groupByFirstLetter(src: string): string {
  const lead: string[] = [];
  const groups = new Map<string, string[]>();
  for (const alt of topAlternatives(src)) {
    const c = alt[0] ?? "";
    // A letter followed by a quantifier is not a plain first letter.
    if (/[a-z]/.test(c) && !/^[?*+{]/.test(alt.slice(1))) {
      const g = groups.get(c) ?? [];
      g.push(alt.slice(1));
      groups.set(c, g);
    } else lead.push(alt);
  }
  const parts = [...lead];
  for (const [c, rest] of groups) parts.push(`${c}(?:${rest.join("|")})`);
  return parts.join("|");
}
