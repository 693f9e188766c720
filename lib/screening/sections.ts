import { HELPLESSNESS_QUESTIONS, HELPLESSNESS_STEM } from "./helplessness";
import { PERFORMANCE_TRAUMA_QUESTIONS } from "./performance-trauma";
import { PHQ2_QUESTIONS } from "./phq2";
import { PHQ9_DIFFICULTY_QUESTION, PHQ9_REMAINING_QUESTIONS, PHQ_STEM } from "./phq9";
import type { Question } from "./types";

/** One page of the intake form. Groups let a page show a shared stem above its items. */

export type SectionId = "phq2" | "phq9" | "other";

export interface QuestionGroup {
  stem?: string;
  questions: readonly Question<string | number>[];
}

export interface ScreeningSection {
  id: SectionId;
  /** Plain and neutral: the client should not feel they are being assessed for something. */
  title: string;
  groups: readonly QuestionGroup[];
}

export const SCREENING_SECTIONS: readonly ScreeningSection[] = [
  {
    id: "phq2",
    title: "How you have been feeling",
    groups: [{ stem: PHQ_STEM, questions: PHQ2_QUESTIONS }],
  },
  {
    id: "phq9",
    title: "A few more questions about the last two weeks",
    groups: [{ stem: PHQ_STEM, questions: PHQ9_REMAINING_QUESTIONS }, { questions: [PHQ9_DIFFICULTY_QUESTION] }],
  },
  {
    id: "other",
    title: "How challenges tend to feel for you",
    groups: [{ stem: HELPLESSNESS_STEM, questions: HELPLESSNESS_QUESTIONS }, { questions: PERFORMANCE_TRAUMA_QUESTIONS }],
  },
];

export function sectionById(id: SectionId): ScreeningSection {
  const section = SCREENING_SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown screening section ${id}`);
  return section;
}
