import { describe, expect, it } from "vitest";
import { attentionReasons, rankAttention, type ClientAttentionFacts } from "@/lib/practice/attention";
import { dayAt } from "./attempts";

const now = dayAt(30);

function client(overrides: Partial<ClientAttentionFacts> & { clientId: string }): ClientAttentionFacts {
  return {
    clientName: overrides.clientId,
    urgentFlags: 0,
    stuckLevels: [],
    assignments: [],
    lastAttemptAt: null,
    masteries: [],
    ...overrides,
  };
}

const activeAssignment = { id: "a1", ladderTitle: "Public speaking", assignedAt: dayAt(0), dueAt: null, state: "active" as const };

describe("attentionReasons", () => {
  it("flags an assignment whose due date has passed and is not complete", () => {
    const facts = client({ clientId: "c", lastAttemptAt: dayAt(29), assignments: [{ ...activeAssignment, dueAt: dayAt(27) }] });
    expect(attentionReasons(facts, { now })).toEqual([
      { kind: "overdue", days: 3, message: "Overdue: “Public speaking” was due 3 days ago" },
    ]);
  });

  it("does not flag a completed assignment or one due in the future", () => {
    const facts = client({
      clientId: "c",
      lastAttemptAt: dayAt(29),
      assignments: [
        { ...activeAssignment, dueAt: dayAt(20), state: "completed" },
        { ...activeAssignment, id: "a2", dueAt: dayAt(31) },
      ],
    });
    expect(attentionReasons(facts, { now })).toEqual([]);
  });

  it("flags inactivity at 14 days by default, not at 13", () => {
    const at = (day: number) => client({ clientId: "c", lastAttemptAt: dayAt(day), assignments: [activeAssignment] });
    expect(attentionReasons(at(16), { now }).map((r) => r.kind)).toEqual(["inactive"]);
    expect(attentionReasons(at(17), { now })).toEqual([]);
    expect(attentionReasons(at(17), { now, inactiveDays: 10 })[0]?.message).toBe("Inactive: no attempt in 13 days");
  });

  it("counts inactivity from the latest assignment when there are no recent attempts", () => {
    const fresh = client({ clientId: "c", assignments: [{ ...activeAssignment, assignedAt: dayAt(25) }] });
    expect(attentionReasons(fresh, { now })).toEqual([]);
    const old = client({ clientId: "c", assignments: [activeAssignment] });
    expect(attentionReasons(old, { now })[0]?.message).toBe("Inactive: no attempt yet, 30 days since assigned");
  });

  it("is never inactive without an active assignment", () => {
    const facts = client({ clientId: "c", assignments: [{ ...activeAssignment, state: "paused" }] });
    expect(attentionReasons(facts, { now })).toEqual([]);
  });

  it("reports masteries from the last 7 days only", () => {
    const facts = client({
      clientId: "c",
      masteries: [
        { levelTitle: "Level 2", masteredAt: dayAt(24) },
        { levelTitle: "Level 1", masteredAt: dayAt(23) },
        { levelTitle: "Level 3", masteredAt: dayAt(30) },
      ],
    });
    expect(attentionReasons(facts, { now }).map((r) => r.message)).toEqual([
      "Newly mastered: “Level 3” today",
      "Newly mastered: “Level 2” 6 days ago",
    ]);
  });

  it("orders a client's reasons from most to least pressing", () => {
    const facts = client({
      clientId: "c",
      urgentFlags: 2,
      stuckLevels: ["Level 4"],
      assignments: [{ ...activeAssignment, dueAt: dayAt(28) }],
      masteries: [{ levelTitle: "Level 3", masteredAt: dayAt(29) }],
    });
    expect(attentionReasons(facts, { now }).map((r) => r.kind)).toEqual([
      "urgent",
      "stuck",
      "overdue",
      "inactive",
      "newly_mastered",
    ]);
    expect(attentionReasons(facts, { now })[0]?.message).toBe("Urgent: 2 flags to review");
  });
});

describe("rankAttention", () => {
  it("puts urgent before stuck before overdue before inactive before newly mastered, and leaves out clients needing nothing", () => {
    const ranked = rankAttention(
      [
        client({ clientId: "mastered", masteries: [{ levelTitle: "L1", masteredAt: dayAt(29) }] }),
        client({ clientId: "fine", lastAttemptAt: dayAt(29), assignments: [activeAssignment] }),
        client({ clientId: "inactive", lastAttemptAt: dayAt(1), assignments: [activeAssignment] }),
        client({ clientId: "overdue", lastAttemptAt: dayAt(29), assignments: [{ ...activeAssignment, dueAt: dayAt(29) }] }),
        client({ clientId: "stuck", lastAttemptAt: dayAt(29), stuckLevels: ["L2"] }),
        client({ clientId: "urgent", urgentFlags: 1 }),
      ],
      { now },
    );
    expect(ranked.map((item) => item.clientId)).toEqual(["urgent", "stuck", "overdue", "inactive", "mastered"]);
    expect(ranked[0]?.reasons[0]?.message).toBe("Urgent: 1 flag to review");
  });

  it("ranks longer overdue first, then more problems, then by name", () => {
    const due = (day: number) => [{ ...activeAssignment, dueAt: dayAt(day) }];
    const ranked = rankAttention(
      [
        client({ clientId: "b", clientName: "Bea", lastAttemptAt: dayAt(29), assignments: due(25) }),
        client({ clientId: "a", clientName: "Al", lastAttemptAt: dayAt(29), assignments: due(25) }),
        client({ clientId: "late", clientName: "Zed", lastAttemptAt: dayAt(29), assignments: due(20) }),
        client({ clientId: "both", clientName: "Yan", lastAttemptAt: dayAt(2), assignments: due(25) }),
      ],
      { now },
    );
    expect(ranked.map((item) => item.clientId)).toEqual(["late", "both", "a", "b"]);
  });
});
