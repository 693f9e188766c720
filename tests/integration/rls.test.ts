import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, invitations, memberships, organizations } from "@/db/schema";
import { withTenant } from "@/lib/tenancy/scope";
import { createPractice } from "../support/factories";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
let a: Awaited<ReturnType<typeof createPractice>>;
let b: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createPractice(t.db, "alpha");
  b = await createPractice(t.db, "beta");
});
afterAll(() => t.close());

describe("row-level security: the second wall", () => {
  it("connects the app as a role that is neither superuser, owner, nor RLS-exempt", async () => {
    const [role] = await t.db.execute<{ rolsuper: boolean; rolbypassrls: boolean; owns: number }>(sql`
      select r.rolsuper, r.rolbypassrls,
        (select count(*)::int from pg_class c where c.relowner = r.oid and c.relkind = 'r') as owns
      from pg_roles r where r.rolname = current_user`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owns: 0 });
  });

  it("enables and forces RLS on every table that carries an org_id", async () => {
    const rows = await t.owner.execute<{ table: string; enabled: boolean; forced: boolean }>(sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
             or c.relname = 'organizations')
        and c.relname <> 'email_outbox'`);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row, row.table).toMatchObject({ enabled: true, forced: true });
  });

  it("returns nothing from a tenant table when no organization is set", async () => {
    const unscoped = await t.db.transaction((tx) => tx.select().from(memberships));
    expect(unscoped).toEqual([]);
    expect(await t.db.select().from(auditLog)).toEqual([]);
    expect(await t.db.select().from(organizations)).toEqual([]);
  });

  it("limits a query that forgot its org filter to the request's own organization", async () => {
    // Deliberately no WHERE: only the policy stands between tenants here.
    const seen = await withTenant(t.db, { orgId: a.org.id, userId: a.owner.id }, (tx) => tx.select().from(memberships));
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((row) => row.orgId))).toEqual(new Set([a.org.id]));

    const audit = await withTenant(t.db, { orgId: a.org.id, userId: a.owner.id }, (tx) => tx.select().from(auditLog));
    expect(audit.every((row) => row.orgId === a.org.id)).toBe(true);

    // The superuser sees both, which proves the rows of B exist.
    const all = await t.owner.select().from(memberships);
    expect(all.some((row) => row.orgId === b.org.id)).toBe(true);
  });

  it("refuses to write a row into another organization", async () => {
    await expect(
      withTenant(t.db, { orgId: a.org.id, userId: a.owner.id }, (tx) =>
        tx.insert(invitations).values({
          orgId: b.org.id,
          email: "intruder@example.com",
          role: "client",
          tokenHash: "x".repeat(64),
          expiresAt: new Date(Date.now() + 60_000),
        }),
      ),
    ).rejects.toThrow();
    const rows = await t.owner.select().from(invitations);
    expect(rows).toEqual([]);
  });

  it("cannot update or delete another organization's rows even by id", async () => {
    const result = await withTenant(t.db, { orgId: a.org.id, userId: a.owner.id }, (tx) =>
      tx.update(organizations).set({ name: "taken over" }).where(sql`${organizations.id} = ${b.org.id}`).returning(),
    );
    expect(result).toEqual([]);
    const [bRow] = await t.owner.select().from(organizations).where(sql`${organizations.id} = ${b.org.id}`);
    expect(bRow?.name).toBe("Practice beta");
  });

  it("keeps the tenant setting inside its transaction: the next use of the connection sees nothing", async () => {
    const single = (await import("@/db/client")).createDatabase(t.appUrl, { max: 1 });
    try {
      await withTenant(single, { orgId: a.org.id, userId: a.owner.id }, (tx) => tx.select().from(memberships));
      const [setting] = await single.execute<{ org: string | null }>(sql`select nullif(current_setting('app.org_id', true), '') as org`);
      expect(setting?.org).toBeNull();
      expect(await single.select().from(memberships)).toEqual([]);
    } finally {
      await single.$close();
    }
  });
});
