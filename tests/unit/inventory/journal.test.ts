import { describe, expect, it } from "vitest";
import { calendarDateIn, journalEntrySchema } from "../../../lib/inventory";

const TODAY = "2026-03-14";
const schema = journalEntrySchema(TODAY);

function messages(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("journal entry schema", () => {
  it("accepts a short win dated today or earlier", () => {
    expect(schema.parse({ text: " Asked a question in the meeting ", date: TODAY })).toEqual({
      text: "Asked a question in the meeting",
      date: TODAY,
    });
    expect(schema.parse({ text: "Ran 2 km", date: "2025-12-31" }).date).toBe("2025-12-31");
  });

  it("uses today when the date is left blank", () => {
    expect(schema.parse({ text: "Ran 2 km", date: "" }).date).toBe(TODAY);
    expect(schema.parse({ text: "Ran 2 km" }).date).toBe(TODAY);
  });

  it("needs some text", () => {
    expect(messages(schema.safeParse({ text: "   ", date: TODAY }))).toEqual({ text: "Write a few words about your win" });
    expect(messages(schema.safeParse({ date: TODAY }))).toEqual({ text: "Write a few words about your win" });
  });

  it("allows 280 characters and refuses 281 with the count", () => {
    expect(schema.safeParse({ text: "a".repeat(280), date: TODAY }).success).toBe(true);
    expect(messages(schema.safeParse({ text: "a".repeat(281), date: TODAY }))).toEqual({
      text: "Keep your win to 280 characters (you have 281)",
    });
  });

  it("refuses a date after today", () => {
    expect(messages(schema.safeParse({ text: "Soon", date: "2026-03-15" }))).toEqual({
      date: "The date can't be later than today",
    });
  });

  it("refuses dates that do not exist or are not dates", () => {
    for (const date of ["2026-02-30", "14/03/2026", "yesterday", 20260314]) {
      expect(messages(schema.safeParse({ text: "Win", date })), String(date)).toEqual({
        date: "Enter a real date, like 2026-03-14",
      });
    }
  });

  it("will not build a schema from a malformed today", () => {
    expect(() => journalEntrySchema("2026-3-14")).toThrow(RangeError);
  });
});

describe("calendarDateIn", () => {
  it("gives the date where the client is, not where the server is", () => {
    const instant = new Date("2026-03-14T23:30:00Z");
    expect(calendarDateIn(instant, "Europe/London")).toBe("2026-03-14");
    expect(calendarDateIn(instant, "Asia/Tokyo")).toBe("2026-03-15");
    expect(calendarDateIn(instant, "America/Los_Angeles")).toBe("2026-03-14");
  });
});
