import { sql } from "drizzle-orm";
import { pgPolicy } from "drizzle-orm/pg-core";
import { currentOrgId } from "./rls";

/** The standard tenant policy: a row is visible and writable only inside its own organization. */
export function tenantPolicy(table: string) {
  return pgPolicy(`${table}_tenant`, {
    for: "all",
    using: sql`org_id = ${currentOrgId}`,
    withCheck: sql`org_id = ${currentOrgId}`,
  });
}
