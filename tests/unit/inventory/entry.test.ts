import { describe, expect, it } from "vitest";
import {
  entryCompleteSchema,
  entryDraftSchema,
  guidedAnswerSchema,
  LIFE_DOMAINS,
  RECALL_QUESTIONS,
} from "../../../lib/inventory";

function messages(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

const FULL_ANSWERS = {
  challenge: "I had never spoken to more than five people.",
  actions: "I rehearsed the talk every evening for a week.",
  obstacles: "My slides broke the morning of the talk.",
  resources: "Stubbornness and preparation.",
  feelings: "Shaky, then proud.",
};

describe("domains and questions", () => {
  it("has the protocol's four life domains and five recall questions in order", () => {
    expect(LIFE_DOMAINS.map((d) => d.key)).toEqual(["professional", "athletic", "social", "personal"]);
    expect(LIFE_DOMAINS[0]?.prompt).toBe("Projects completed, skills mastered, goals achieved");
    expect(RECALL_QUESTIONS.map((q) => q.text)).toEqual([
      "Describe what made this challenging",
      "What specific actions did you take?",
      "What obstacles did you overcome?",
      "What internal resources did you draw upon?",
      "How did you feel during and after success?",
    ]);
  });
});

describe("entry draft schema", () => {
  it("accepts a titled draft with no answers yet and fills them in as empty", () => {
    const draft = entryDraftSchema.parse({ title: "  First talk  ", domain: "professional" });
    expect(draft).toEqual({
      title: "First talk",
      domain: "professional",
      answers: { challenge: "", actions: "", obstacles: "", resources: "", feelings: "" },
    });
  });

  it("still needs a title and a domain", () => {
    expect(messages(entryDraftSchema.safeParse({ title: " ", domain: "work" }))).toEqual({
      title: "Give this win a short title",
      domain: "Choose the part of life this win comes from",
    });
  });

  it("caps each answer at 2,000 characters and says how many there are", () => {
    const result = entryDraftSchema.safeParse({ title: "t", domain: "social", answers: { actions: "a".repeat(2001) } });
    expect(messages(result)).toEqual({
      "answers.actions": "Keep this answer under 2,000 characters (you have 2,001)",
    });
    expect(
      entryDraftSchema.safeParse({ title: "t", domain: "social", answers: { actions: "a".repeat(2000) } }).success,
    ).toBe(true);
  });

  it("counts an emoji as one character", () => {
    const result = entryDraftSchema.safeParse({ title: "t", domain: "social", answers: { feelings: "🎉".repeat(2000) } });
    expect(result.success).toBe(true);
  });

  it("caps the title with the count", () => {
    expect(messages(entryDraftSchema.safeParse({ title: "x".repeat(121), domain: "personal" }))).toEqual({
      title: "Keep the title under 120 characters (you have 121)",
    });
  });
});

describe("entry complete schema", () => {
  it("accepts all five answers", () => {
    expect(entryCompleteSchema.parse({ title: "Talk", domain: "professional", answers: FULL_ANSWERS }).answers).toEqual(
      FULL_ANSWERS,
    );
  });

  it("asks for each missing or blank answer by its question", () => {
    const result = entryCompleteSchema.safeParse({
      title: "Talk",
      domain: "professional",
      answers: { ...FULL_ANSWERS, actions: "   ", feelings: undefined },
    });
    expect(messages(result)).toEqual({
      "answers.actions": "Please answer: What specific actions did you take?",
      "answers.feelings": "Please answer: How did you feel during and after success?",
    });
  });

  it("lists every question when no answers were sent at all", () => {
    const result = entryCompleteSchema.safeParse({ title: "Talk", domain: "professional" });
    expect(Object.keys(messages(result))).toEqual(RECALL_QUESTIONS.map((q) => `answers.${q.key}`));
  });
});

describe("guided answer schema", () => {
  it("accepts one answer for a known question", () => {
    expect(guidedAnswerSchema.parse({ key: "obstacles", answer: " The slides broke. " })).toEqual({
      key: "obstacles",
      answer: "The slides broke.",
    });
  });

  it("rejects a blank answer with the question's wording", () => {
    expect(messages(guidedAnswerSchema.safeParse({ key: "resources", answer: "" }))).toEqual({
      answer: "Please answer: What internal resources did you draw upon?",
    });
  });
});
