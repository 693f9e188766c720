import { describe, expect, it } from "vitest";
import { clientMessage, scoreScreening } from "../../../lib/screening";
import { phq9, phq9WithTotal } from "./helpers";

function allText(message: ReturnType<typeof clientMessage>): string {
  return [message.title, ...message.paragraphs, ...message.resources.map((r) => r.text)].join(" ");
}

describe("what the client sees", () => {
  it("a flagged but safe result gets the same neutral thank-you, with no score or label", () => {
    const result = scoreScreening(phq9WithTotal(22));
    expect(result.flags.length).toBeGreaterThan(0);
    const message = clientMessage(result);
    expect(message.kind).toBe("thank_you");
    expect(message.resources).toEqual([]);
    expect(allText(message)).not.toMatch(/\d|depress|severe|score|PHQ|flag/i);
  });

  it("the safety route shows crisis resources", () => {
    const message = clientMessage(scoreScreening(phq9([0, 0, 0, 0, 0, 0, 0, 0, 1])));
    expect(message.kind).toBe("safety");
    const text = allText(message);
    expect(text).toContain("If you are in immediate danger call your local emergency number");
    expect(text).toContain("call or text 988");
    expect(text).toContain("116 123");
    expect(text).toContain("findahelpline.com");
    expect(message.resources.map((r) => r.href).filter(Boolean)).toEqual([
      "tel:988",
      "tel:116123",
      "https://findahelpline.com",
    ]);
    expect(text).not.toMatch(/score|PHQ|depress/i);
  });
});
