// Derived fields (locus, flags) exactly as GUIDE.md defines them, plus the
// one flag that needs its own textual evidence: minimizing.

import * as types from "./types";
import type { Cause, Flag, Locus, Outcome } from "./types";
import type { Span } from "./scope";

// Dismissing or shrinking one's own success. Written as general shapes:
// a negated/diminished "achievement" word, "anyone could", "it doesn't count".
const ACHIEVEMENT =
  "(?:a )?big deal|impressive|special|heroic|remarkable|an? (?:ach(?:ie|ei)ve?ment|accomplishment|success|win|victory|triumph|milestone)|ach(?:ie|ei)ve?ment|accomplishment|to (?:brag|boast|write home|celebrate|shout) about|much to (?:brag|boast|write home|celebrate|shout) about|to celebrate|count(?:s|ed)?|proof|take (?:the |any |much )?credit|(?:really )?earned|deserved?|a win|my (?:success|win|doing)|(?:really )?down to me|(?:really )?about me|says? (?:anything|much) about|means? (?:anything|much)|read (?:anything|much|too much) into|prove (?:anything|much)|claim (?:any |the )?credit|rocket science|that hard|that difficult|that impressive|that good|a real \\w+|call it a win|all that";
const MINIMIZING_SRC = [
  `(?:not|n't|hardly|barely|nothing|no|never|isn't|wasn't|doesn't|don't|wouldn't|can't)\\b(?: [a-z']+){0,3}? (?:${ACHIEVEMENT})\\b`,
  "nothing (?:special|to (?:it|celebrate|brag about|write home about|shout about))",
  "any(?:one|body) (?:could|would|can)(?:'ve| have)?",
  "(?:kids|children|a child|a kid|my gran|a toddler) (?:do|could do|can do|could have done) (?:that|it|this)",
  "(?:supposed|meant) to (?:celebrate|be proud|be happy|feel good)",
  "(?:hardly|barely|doesn't|does not|didn't|don't) (?:really )?count",
  "(?:only|just) (?:a|an) (?:practice|mock|trial|tiny|small|little|baby|easy) (?:\\w+ )?(?:so|,)",
  "whatever,",
  "(?:it's|it was|that's) (?:just|only) (?:a|an) (?:\\w+ )?(?:one|thing|level|task)\\b(?! (?:i|that))",
  "not (?:like|as if) i",
  "no big deal|so what|big whoop|meh\\b",
  "(?:didn't|did not|barely|hardly) (?:really )?do (?:anything|much)|all i did was|i (?:just|only) (?:had to )?(?:turn(?:ed)? up|show(?:ed)? up|sat there|followed (?:along|instructions))",
  "(?:they|she|he|the \\w+) did (?:all|most) (?:of )?the work|no thanks to me|(?:hardly|not|wasn't|isn't) (?:really )?(?:my doing|me|my achievement|my win|down to me)",
  "hardly(?<=(?:^|[.!?]\\s{1,3}|(?:it's|its|it is|that's|thats|that is|it was|this was|this is|which is|which was) )hardly) (?:a|an) \\w+|hardly (?:a |an )?(?:\\w+ )?(?:concert|achievement|marathon|triumph|public speaking|brave|feat|milestone|victory|breakthrough|win|test|challenge|heroics)|not (?:reading|read) (?:much|anything|too much) into|not counting (?:it|that|this)|(?:no|not a) biggie|(?:don't|do not) (?:make|making) a (?:big )?(?:thing|deal|fuss) (?:of|out of|about) it|(?:can't|cannot|couldn't) (?:really |honestly )?claim|not (?:really |exactly )?(?:my|a) (?:win|victory|achievement|doing)|(?:nobody|no one|no-one)'s (?:handing|giving) out (?:medals|prizes|awards)|not exactly (?:brave|hard|difficult|impressive|an achievement|heroic|a triumph|rocket science|a stretch)|(?:don't|do not) congratulate me|not calling it|(?:my )?(?:nan|gran|granny|grandma|nana|grandad|grandpa|mum|mom|little sister|little brother|five-year-old|toddler|dog) could(?:'ve| have) (?:\\w+ )?(?:it|that|this)|why i'm (?:even )?(?:logging|counting|mentioning|writing)|(?:isn't|is not|wasn't) (?:really )?something to be proud of|(?:don't|do not|didn't) (?:really )?feel like (?:an achievement|i did anything|a win)|not exactly (?:climbing|running|winning|\\w+ing everest|rocket science|brain surgery|the olympics|a marathon|a feat)|(?:nobody|no one|no-one)(?:'s| is) (?:going to )?(?:writ|talk|sing)(?:e|ing) (?:home )?about it|(?:nobody|no one) (?:cares|will remember)|(?:i )?can't take (?:any |much |the )?credit|(?:don't|do not|didn't) deserve|not (?:something|anything) to be proud of|(?:doesn't|does not|didn't) (?:really )?(?:prove|mean|show) (?:anything|much|i'm)",
].join("|");
const MINIMIZING_RE = new RegExp(`\\b(?:${MINIMIZING_SRC})`, "g");

export function findMinimizing(norm: string, outcome: Outcome): Span[] {
  if (outcome !== "success") return [];
  const out: Span[] = [];
  MINIMIZING_RE.lastIndex = 0;
  for (let m = MINIMIZING_RE.exec(norm); m !== null; m = MINIMIZING_RE.exec(norm)) {
    let end = m.index + m[0].length;
    while (end > m.index && /[\s,]/.test(norm[end - 1] ?? "")) end--;
    out.push({ start: m.index, end });
  }
  return out;
}

const CAUSE_INFO = types.CAUSE_INFO;

export function deriveLocus(causes: readonly Cause[]): Locus {
  if (causes.length === 0) return "none";
  let internal = false;
  let external = false;
  for (const c of causes) {
    if (CAUSE_INFO[c].locus === "internal") internal = true;
    else external = true;
  }
  return internal && external ? "mixed" : internal ? "internal" : "external";
}

export function deriveFlags(outcome: Outcome, causes: readonly Cause[], minimizing: boolean): Flag[] {
  const flags: Flag[] = [];
  const locus = deriveLocus(causes);
  if (outcome === "success" && locus === "external") flags.push("external_success");
  // Guide: a setback blamed on ability is a stable lack of ability.
  const fixed = outcome === "setback" && causes.includes("ability");
  if (fixed) flags.push("fixed_ability_setback");
  const controllable = causes.includes("effort") || causes.includes("strategy");
  if (controllable && flags.length === 0 && !minimizing) flags.push("internal_controllable");
  if (minimizing) flags.push("minimizing");
  return flags.sort();
}
