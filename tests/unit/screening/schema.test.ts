import { describe, expect, it } from "vitest";
import {
  otherSectionSchema,
  phq2SectionSchema,
  phq9SectionSchema,
  screeningAnswersSchema,
} from "../../../lib/screening";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("screening answer schemas", () => {
  it("accept form strings and typed values alike", () => {
    expect(phq2SectionSchema.parse({ phq9_1: "3", phq9_2: 0 })).toEqual({ phq9_1: 3, phq9_2: 0 });
  });

  it.each([4, -1, 1.5, "4", "two", "1.0", true, null])("rejects %j as a PHQ answer", (value) => {
    const result = screeningAnswersSchema.safeParse({ phq9_1: value });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual({ phq9_1: "Choose one of the listed answers" });
  });

  it("rejects values outside our own prompts' options", () => {
    const result = screeningAnswersSchema.safeParse({ lh_2: 9, pt_event: "maybe", pt_distress: "always" });
    expect(messages(result)).toEqual({
      lh_2: "Choose one of the listed answers",
      pt_event: "Choose one of the listed answers",
      pt_distress: "Choose one of the listed answers",
    });
  });

  it("treats blank form fields as unanswered in the running record", () => {
    expect(screeningAnswersSchema.parse({ phq9_1: "", phq9_2: "  ", lh_1: "2" })).toEqual({ lh_1: 2 });
  });

  it("a section names each question the client skipped", () => {
    const result = phq2SectionSchema.safeParse({ phq9_1: "1" });
    expect(messages(result)).toEqual({
      phq9_2: "Please choose an answer for: “Feeling down, depressed, or hopeless”",
    });
  });

  it("the PHQ-9 section asks items 3–9 and leaves the difficulty question optional", () => {
    const answers = { phq9_3: 0, phq9_4: 1, phq9_5: 2, phq9_6: 3, phq9_7: 0, phq9_8: 0, phq9_9: 0 };
    expect(phq9SectionSchema.safeParse(answers).success).toBe(true);
    expect(phq9SectionSchema.safeParse({ ...answers, phq9_difficulty: "3" }).data?.phq9_difficulty).toBe(3);
    const { phq9_9: _missing, ...withoutNine } = answers;
    expect(Object.keys(messages(phq9SectionSchema.safeParse(withoutNine)))).toEqual(["phq9_9"]);
  });

  it("the other-questions section requires all five prompts", () => {
    const result = otherSectionSchema.safeParse({ lh_1: 0 });
    expect(Object.keys(messages(result)).sort()).toEqual(["lh_2", "lh_3", "pt_distress", "pt_event"]);
  });
});
