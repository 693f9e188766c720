import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, createDatabase } from "@/db/client";
import { assignLadder } from "@/lib/assignments/assign-ladder";
import { listClientAssignments } from "@/lib/assignments/list-client-assignments";
import { hasUnacknowledgedScreeningFlag } from "@/lib/clients/screening-gate";
import { createLadderFromTemplate } from "@/lib/ladders/create-ladder-from-template";
import { findLadderForEditing } from "@/lib/ladders/find-ladder";
import { listLadderAssignments } from "@/lib/ladders/list-ladder-assignments";
import { listAssignableLadders, listLadders } from "@/lib/ladders/list-ladders";
import { publishLadderVersion } from "@/lib/ladders/publish-ladder";
import { LADDER_TEMPLATES } from "@/lib/ladders/templates";
import { withTenant } from "@/lib/tenancy/scope";
import { addClient, createPractice } from "../support/factories";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
let counted: Database;
let queries = 0;
beforeAll(async () => {
  t = await createTestDatabase();
  counted = createDatabase(t.appUrl, { max: 2, onQuery: () => (queries += 1) });
});
afterAll(async () => {
  await counted.$close();
  await t.close();
});

/** A practice with `ladderCount` published ladders, all assigned to one client. */
async function practiceWith(ladderCount: number) {
  const { owner, org } = await createPractice(t.db, `counts-${ladderCount}`);
  const { membershipId: clientMembershipId } = await addClient(t, { orgId: org.id });
  const scope = { orgId: org.id, userId: owner.id };
  const ladderIds: string[] = [];
  for (const template of LADDER_TEMPLATES.slice(0, ladderCount)) {
    await withTenant(t.db, scope, async (tx) => {
      const { ladderId } = await createLadderFromTemplate(tx, { ...scope, templateKey: template.key, clientKey: randomUUID() });
      const ladder = (await findLadderForEditing(tx, { orgId: org.id, ladderId }))!;
      await publishLadderVersion(tx, { ...scope, ladderId, versionId: ladder.latest.id, revision: ladder.latest.revision });
      await assignLadder(tx, { ...scope, clientMembershipId, input: { ladderId, startAt: 1, clientKey: randomUUID() } });
      ladderIds.push(ladderId);
    });
  }
  return { scope, clientMembershipId, ladderIds };
}

/** The SQL the ladder pages and the assign panel issue, inside one tenant transaction each. */
async function countPageQueries(p: Awaited<ReturnType<typeof practiceWith>>) {
  const orgId = p.scope.orgId;
  const count = async (load: Parameters<typeof withTenant>[2]) => {
    queries = 0;
    await withTenant(counted, p.scope, load);
    return queries;
  };
  return {
    library: await count((tx) => listLadders(tx, { orgId })),
    editor: await count(async (tx) => {
      await findLadderForEditing(tx, { orgId, ladderId: p.ladderIds[0]! });
      await listLadderAssignments(tx, { orgId, ladderId: p.ladderIds[0]! });
    }),
    assignPanel: await count(async (tx) => {
      await hasUnacknowledgedScreeningFlag(tx, { orgId, clientMembershipId: p.clientMembershipId });
      await listAssignableLadders(tx, { orgId });
      await listClientAssignments(tx, { orgId, clientMembershipId: p.clientMembershipId });
    }),
  };
}

describe("query counts", () => {
  it("stay the same whatever the number of ladders and assignments", async () => {
    const one = await countPageQueries(await practiceWith(1));
    const many = await countPageQueries(await practiceWith(6));
    expect(many).toEqual(one);
    // Each includes the set_config that enters the tenant: library 2 + 1, editor 4 + 1, assign panel 4 + 1.
    expect(one).toEqual({ library: 3, editor: 5, assignPanel: 5 });
  });
});
