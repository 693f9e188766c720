import { createDatabase } from "@/db/client";
import { TAGGER_VERSION } from "@/lib/attribution";
import { listOrganizationIds, retagStaleReflections } from "@/lib/reflections/retag-stale-reflections";

// Operator job: after a tagger change (a new TAGGER_VERSION), re-tags every stored
// reflection tagged by another version, in every organization. Coach corrections are kept.
// Safe to run again (it picks only stale rows) and beside the app (rows are locked per batch).
//
// Needs DATABASE_URL (the app's connection; each organization is re-tagged inside its own
// tenant, as the app does) and an owner connection that can list all organizations past
// row-level security: DATABASE_MIGRATION_URL, or DATABASE_URL when that is already the owner.
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the re-tag job runs against the app's database.");
  const ownerUrl = process.env.DATABASE_MIGRATION_URL ?? url;
  const owner = createDatabase(ownerUrl, { max: 1 });
  const db = ownerUrl === url ? owner : createDatabase(url, { max: 2 });
  try {
    const orgIds = await listOrganizationIds(owner);
    if (orgIds.length === 0) {
      console.log("No organizations visible. If there are some, set DATABASE_MIGRATION_URL to an owner connection (row-level security hides them from the app's role).");
    }
    const started = Date.now();
    const counts = await retagStaleReflections(db, {
      orgIds,
      onBatch: (orgId, count) => console.log(`${orgId}: re-tagged ${count}`),
    });
    console.log(`Tagger ${TAGGER_VERSION}: re-tagged ${counts.retagged} reflection(s) in ${counts.organizations} organization(s) in ${Date.now() - started} ms.`);
  } finally {
    if (db !== owner) await db.$close();
    await owner.$close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
