import { EFFORT_SCALE_MAX } from "./acknowledgement";

/** "How much effort did it take?": each point of the 1–5 scale in words, so the number means the same to everyone. */
export const EFFORT_LABELS: Readonly<Record<number, string>> = {
  1: "Very little",
  2: "Some",
  3: "A steady effort",
  4: "A lot",
  5: "Everything I had",
};

export const EFFORT_VALUES = Array.from({ length: EFFORT_SCALE_MAX }, (_, index) => index + 1);

export function effortLabel(effort: number | null): string | null {
  return effort === null ? null : (EFFORT_LABELS[effort] ?? null);
}
