import { storedAnswersOf } from "./stored-answers";
import { SCREENING_SECTIONS } from "./sections";

/**
 * The stored answers as the questions and chosen options, section by section, for the
 * coach's panel. Questions the flow never asked (the PHQ-9 after a negative PHQ-2, the
 * rest after the safety route) are left out rather than shown as blanks.
 */
export interface DescribedSection {
  title: string;
  items: { id: string; question: string; answer: string }[];
}

export function describeAnswers(raw: unknown): DescribedSection[] {
  const answers = storedAnswersOf(raw) as Record<string, string | number | undefined>;
  return SCREENING_SECTIONS.map((section) => ({
    title: section.title,
    items: section.groups.flatMap((group) =>
      group.questions.flatMap((question) => {
        const value = answers[question.id];
        if (value === undefined) return [];
        const option = question.options.find((o) => o.value === value);
        return [{ id: question.id, question: question.text, answer: option?.label ?? String(value) }];
      }),
    ),
  })).filter((section) => section.items.length > 0);
}
