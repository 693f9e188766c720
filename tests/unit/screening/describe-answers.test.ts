import { describe, expect, it } from "vitest";
import { describeAnswers } from "../../../lib/screening/describe-answers";
import { canSeeScreeningDetails } from "../../../lib/screening/visibility";

describe("describeAnswers", () => {
  it("shows each asked question with the chosen option's wording, and leaves out questions never asked", () => {
    const sections = describeAnswers({ phq9_1: 1, phq9_2: 0, lh_1: 2, lh_2: 0, lh_3: 0, pt_event: "prefer_not_to_say", pt_distress: "never" });
    expect(sections.map((s) => s.title)).toEqual(["How you have been feeling", "How challenges tend to feel for you"]);
    expect(sections[0]!.items).toEqual([
      { id: "phq9_1", question: "Little interest or pleasure in doing things", answer: "Several days" },
      { id: "phq9_2", question: "Feeling down, depressed, or hopeless", answer: "Not at all" },
    ]);
    expect(sections[1]!.items.find((i) => i.id === "pt_event")?.answer).toBe("Prefer not to say");
  });

  it("treats unreadable stored answers as none", () => {
    expect(describeAnswers({ phq9_1: 9 })).toEqual([]);
    expect(describeAnswers(null)).toEqual([]);
  });
});

describe("canSeeScreeningDetails", () => {
  const client = { coachMembershipId: "coach-a" };
  it("lets the client's coach, owners and admins read answers; not another coach or a client", () => {
    expect(canSeeScreeningDetails({ role: "coach", membershipId: "coach-a" }, client)).toBe(true);
    expect(canSeeScreeningDetails({ role: "owner", membershipId: "x" }, client)).toBe(true);
    expect(canSeeScreeningDetails({ role: "admin", membershipId: "x" }, client)).toBe(true);
    expect(canSeeScreeningDetails({ role: "coach", membershipId: "coach-b" }, client)).toBe(false);
    expect(canSeeScreeningDetails({ role: "client", membershipId: "coach-a" }, client)).toBe(false);
    expect(canSeeScreeningDetails({ role: "coach", membershipId: "coach-b" }, { coachMembershipId: null })).toBe(false);
  });
});
