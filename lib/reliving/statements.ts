import { z } from "zod";
import { charCount, formatCount } from "../inventory/text-length";

/**
 * What the client keeps from a reliving session: the capability statement of Phase 3
 * ("I am someone who can …") and the anchor cue of Phase 2. Both are reread before
 * every attempt, so they are kept short enough to take in at a glance.
 */

export const CAPABILITY_PREFIX = "I am someone who can";
export const CAPABILITY_STATEMENT_MAX = 200;
export const ANCHOR_CUE_MAX = 120;

export const STATEMENT_MESSAGES = {
  capabilityMissing: `Finish the sentence “${CAPABILITY_PREFIX} …”`,
  capabilityTooLong: (count: number) =>
    `Keep your statement under ${formatCount(CAPABILITY_STATEMENT_MAX)} characters (you have ${formatCount(count)})`,
  anchorMissing: "Describe your anchor cue, for example “thumb and finger together”",
  anchorTooLong: (count: number) =>
    `Keep your anchor cue under ${formatCount(ANCHOR_CUE_MAX)} characters (you have ${formatCount(count)})`,
} as const;

const PREFIX_PATTERN = /^i\s+am\s+someone\s+who\s+can\b\s*(?:\.\.\.|…)?\s*/i;

/**
 * The form shows the prefix and asks for the rest, but people often type it out
 * anyway; either way the stored statement is the whole sentence, said once.
 */
export function completeCapabilityStatement(text: string): string {
  const ending = text.trim().replace(PREFIX_PATTERN, "").trim();
  return ending === "" ? "" : `${CAPABILITY_PREFIX} ${ending}`;
}

export const capabilityStatementSchema = z
  .string({ error: STATEMENT_MESSAGES.capabilityMissing })
  .transform(completeCapabilityStatement)
  .superRefine((statement, ctx) => {
    const count = charCount(statement);
    if (count === 0) ctx.addIssue({ code: "custom", message: STATEMENT_MESSAGES.capabilityMissing });
    else if (count > CAPABILITY_STATEMENT_MAX) {
      ctx.addIssue({ code: "custom", message: STATEMENT_MESSAGES.capabilityTooLong(count) });
    }
  });

export const anchorCueSchema = z
  .string({ error: STATEMENT_MESSAGES.anchorMissing })
  .trim()
  .superRefine((cue, ctx) => {
    const count = charCount(cue);
    if (count === 0) ctx.addIssue({ code: "custom", message: STATEMENT_MESSAGES.anchorMissing });
    else if (count > ANCHOR_CUE_MAX) ctx.addIssue({ code: "custom", message: STATEMENT_MESSAGES.anchorTooLong(count) });
  });
