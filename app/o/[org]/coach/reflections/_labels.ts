import { CAUSES, CAUSE_INFO, FLAGS, FLAG_INFO } from "@/lib/attribution";

/** Display names for evidence labels (causes and flags), in the order marks list them. */
export const LABEL_ORDER: readonly string[] = [...CAUSES, ...FLAGS];

export function labelName(label: string): string {
  if ((CAUSES as readonly string[]).includes(label)) return CAUSE_INFO[label as (typeof CAUSES)[number]].label;
  if ((FLAGS as readonly string[]).includes(label)) return FLAG_INFO[label as (typeof FLAGS)[number]].label;
  return label;
}
