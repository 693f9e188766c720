import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/db/client";
import { journalEntries, memberships } from "@/db/schema";
import { journalEntrySchema } from "@/lib/inventory/journal";
import { addJournalEntry } from "@/lib/journal/add-journal-entry";
import { listJournalEntries } from "@/lib/journal/list-journal-entries";
import { loadProgress } from "@/lib/journal/load-progress";
import { winsByWeek } from "@/lib/journal/wins-by-week";
import { enterTenant, withTenant } from "@/lib/tenancy/scope";
import { createPractice, createUser } from "../support/factories";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

async function arrange(label: string) {
  const { org } = await createPractice(t.db, label);
  const people = await Promise.all([createUser(t.db), createUser(t.db)]);
  const ids = await t.owner.transaction(async (tx) => {
    await enterTenant(tx, { orgId: org.id, userId: null });
    return Promise.all(
      people.map(async (person) => {
        const [row] = await tx.insert(memberships).values({ orgId: org.id, userId: person.id, role: "client" }).returning({ id: memberships.id });
        return row!.id;
      }),
    );
  });
  const as = (index: 0 | 1) => ({ scope: { orgId: org.id, userId: people[index]!.id }, key: { orgId: org.id, clientMembershipId: ids[index]! } });
  return { org, me: as(0), other: as(1) };
}

describe("wins journal", () => {
  it("a double-submitted win is one row", async () => {
    const { me } = await arrange("double");
    const clientKey = randomUUID();
    const add = () => withTenant(t.db, me.scope, (tx) => addJournalEntry(tx, { ...me.key, clientKey, text: "Asked a question in the meeting", occurredOn: "2026-03-02" }));
    const [a, b] = await Promise.all([add(), add()]);
    expect(a?.id).toBe(b?.id);
    expect(await t.owner.select().from(journalEntries).where(eq(journalEntries.clientKey, clientKey))).toHaveLength(1);
  });

  it("lists the client's own wins newest first, and a reused key of another client finds nothing", async () => {
    const { me, other } = await arrange("list");
    const older = randomUUID();
    await withTenant(t.db, me.scope, (tx) => addJournalEntry(tx, { ...me.key, clientKey: older, text: "Ran 3 km", occurredOn: "2026-02-01" }));
    await withTenant(t.db, me.scope, (tx) => addJournalEntry(tx, { ...me.key, clientKey: randomUUID(), text: "Ran 5 km", occurredOn: "2026-02-08" }));
    await withTenant(t.db, other.scope, (tx) => addJournalEntry(tx, { ...other.key, clientKey: randomUUID(), text: "Not mine", occurredOn: "2026-02-09" }));
    const list = await withTenant(t.db, me.scope, (tx) => listJournalEntries(tx, me.key));
    expect(list.map((e) => e.text)).toEqual(["Ran 5 km", "Ran 3 km"]);

    const forged = await withTenant(t.db, other.scope, (tx) => addJournalEntry(tx, { ...other.key, clientKey: older, text: "Overwrite", occurredOn: "2026-02-10" }));
    expect(forged).toBeNull();
    expect(await t.owner.select().from(journalEntries).where(eq(journalEntries.clientKey, older))).toMatchObject([{ text: "Ran 3 km" }]);
  });

  it("refuses an over-long or future win with a clear message", () => {
    const schema = journalEntrySchema("2026-03-10");
    const long = schema.safeParse({ text: "x".repeat(281), date: "" });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe("Keep your win to 280 characters (you have 281)");
    expect(schema.safeParse({ text: "Fine", date: "2026-03-11" }).error?.issues[0]?.message).toBe("The date can't be later than today");
    expect(schema.parse({ text: "Fine", date: "" })).toEqual({ text: "Fine", date: "2026-03-10" });
  });

  it("counts journal wins in the client's progress by week", async () => {
    const { me } = await arrange("progress");
    for (const occurredOn of ["2026-03-02", "2026-03-04", "2026-03-10"]) {
      await withTenant(t.db, me.scope, (tx) => addJournalEntry(tx, { ...me.key, clientKey: randomUUID(), text: "A win", occurredOn }));
    }
    const progress = await withTenant(t.db, me.scope, (tx) => loadProgress(tx, me.key));
    expect(progress.totals).toEqual({ journal: 3, inventory: 0, levels: 0 });
    const weeks = winsByWeek(progress.wins, { now: new Date("2026-03-12T12:00:00Z"), timeZone: "UTC", weeks: 3 });
    expect(weeks.map((w) => [w.weekStart, w.counts.journal])).toEqual([
      ["2026-02-23", 0],
      ["2026-03-02", 2],
      ["2026-03-09", 1],
    ]);
  });

  it("loads the progress page's history in a fixed number of queries however many wins there are", async () => {
    const { me } = await arrange("queries");
    let count = 0;
    const counted = createDatabase(t.appUrl, { max: 1, onQuery: () => (count += 1) });
    try {
      const measure = async () => {
        count = 0;
        await withTenant(counted, me.scope, (tx) => loadProgress(tx, me.key));
        return count;
      };
      await withTenant(t.db, me.scope, (tx) => addJournalEntry(tx, { ...me.key, clientKey: randomUUID(), text: "One", occurredOn: "2026-03-02" }));
      const few = await measure();
      for (let i = 0; i < 20; i += 1) {
        await withTenant(t.db, me.scope, (tx) => addJournalEntry(tx, { ...me.key, clientKey: randomUUID(), text: `Win ${i}`, occurredOn: "2026-03-03" }));
      }
      expect(await measure()).toBe(few);
    } finally {
      await counted.$close();
    }
  });
});

