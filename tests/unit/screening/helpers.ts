import type { ScreeningAnswers } from "../../../lib/screening";

type Freq = 0 | 1 | 2 | 3;

/** PHQ-9 answers from a list of item values, item 1 first. */
export function phq9(values: readonly Freq[]): ScreeningAnswers {
  const answers: ScreeningAnswers = {};
  values.forEach((value, i) => {
    (answers as Record<string, Freq>)[`phq9_${i + 1}`] = value;
  });
  return answers;
}

/** Nine items adding up to `total` with item 9 kept at 0, filling items 1–8 in turn. */
export function phq9WithTotal(total: number): ScreeningAnswers {
  const values: Freq[] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  let left = total;
  for (let i = 0; i < 8 && left > 0; i++) {
    const v = Math.min(3, left) as Freq;
    values[i] = v;
    left -= v;
  }
  if (left > 0) throw new Error(`cannot reach ${total} without item 9`);
  return phq9(values);
}

export const NO_OTHER_CONCERNS: ScreeningAnswers = { lh_1: 0, lh_2: 1, lh_3: 0, pt_event: "no", pt_distress: "never" };
