import type { LadderTemplate } from "../types";
import { difficultConversations } from "./difficult-conversations";
import { instrument } from "./instrument";
import { newLanguage } from "./new-language";
import { professionalExam } from "./professional-exam";
import { publicSpeaking } from "./public-speaking";
import { running } from "./running";
import { salesCalls } from "./sales-calls";

/** The template library shipped with the product, in the order coaches see it. */
export const LADDER_TEMPLATES: readonly LadderTemplate[] = [
  publicSpeaking,
  running,
  instrument,
  newLanguage,
  professionalExam,
  difficultConversations,
  salesCalls,
];

/** Returns a copy, so a coach's edits to a ladder started from it never leak into the library. */
export function findTemplate(key: string): LadderTemplate | undefined {
  const template = LADDER_TEMPLATES.find((candidate) => candidate.key === key);
  return template ? structuredClone(template) : undefined;
}
