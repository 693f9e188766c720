import { describe, expect, it } from "vitest";
import { anchorCueSchema, capabilityStatementSchema } from "../../../lib/reliving";

function message(result: { error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((i) => i.message);
}

describe("capability statement", () => {
  it("completes the sentence from just the ending", () => {
    expect(capabilityStatementSchema.parse("  speak up when it matters ")).toBe(
      "I am someone who can speak up when it matters",
    );
  });

  it("does not repeat the prefix when the client typed it", () => {
    expect(capabilityStatementSchema.parse("i am someone who can… finish hard things")).toBe(
      "I am someone who can finish hard things",
    );
    expect(capabilityStatementSchema.parse("I am someone who can keep going")).toBe("I am someone who can keep going");
  });

  it("asks for an ending when there is none", () => {
    for (const input of ["", "   ", "I am someone who can", "I am someone who can ..."]) {
      expect(message(capabilityStatementSchema.safeParse(input)), input).toEqual([
        "Finish the sentence “I am someone who can …”",
      ]);
    }
  });

  it("caps the whole statement at 200 characters", () => {
    const ending = "x".repeat(200 - "I am someone who can ".length);
    expect(capabilityStatementSchema.safeParse(ending).success).toBe(true);
    expect(message(capabilityStatementSchema.safeParse(ending + "y"))).toEqual([
      "Keep your statement under 200 characters (you have 201)",
    ]);
  });
});

describe("anchor cue", () => {
  it("keeps the client's cue, trimmed", () => {
    expect(anchorCueSchema.parse(" Thumb and first finger, the word “steady” ")).toBe(
      "Thumb and first finger, the word “steady”",
    );
  });

  it("needs a cue and caps it at 120 characters", () => {
    expect(message(anchorCueSchema.safeParse(" "))).toEqual([
      "Describe your anchor cue, for example “thumb and finger together”",
    ]);
    expect(anchorCueSchema.safeParse("a".repeat(120)).success).toBe(true);
    expect(message(anchorCueSchema.safeParse("a".repeat(121)))).toEqual([
      "Keep your anchor cue under 120 characters (you have 121)",
    ]);
  });
});
