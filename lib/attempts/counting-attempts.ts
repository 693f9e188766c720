import { type SQL, and, eq, gte, lte, sql } from "drizzle-orm";
import { attempts } from "@/db/schema";

/**
 * The recorded attempts that count towards a level of an assignment: made on that level,
 * since it (re)became current (`since`), and optionally up to a given attempt (`upToAttemptId`,
 * compared in SQL: a JS Date drops the microseconds PostgreSQL keeps).
 */
export function countingAttempts({
  orgId,
  assignmentId,
  levelId,
  since,
  upToAttemptId,
}: {
  orgId: string;
  assignmentId: string;
  levelId: string;
  since?: Date;
  upToAttemptId?: string;
}): SQL | undefined {
  return and(
    eq(attempts.orgId, orgId),
    eq(attempts.assignmentId, assignmentId),
    eq(attempts.levelId, levelId),
    eq(attempts.status, "recorded"),
    since ? gte(attempts.createdAt, since) : undefined,
    upToAttemptId ? lte(attempts.createdAt, createdAtOf(upToAttemptId)) : undefined,
  );
}

/** An attempt's own created_at, to the microsecond. */
export function createdAtOf(attemptId: string) {
  return sql`(select ${attempts.createdAt} from ${attempts} where ${attempts.id} = ${attemptId})`;
}
