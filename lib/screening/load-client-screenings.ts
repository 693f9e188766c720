import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { clientProfiles, screenings, users } from "@/db/schema";
import type { ScreeningFlag } from "./score";

const acknowledger = alias(users, "acknowledger");
const requester = alias(users, "requester");

export interface CoachScreeningView {
  goals: string | null;
  intakeCompletedAt: Date | null;
  /** Waiting for the client: their first intake or a repeat a coach asked for. */
  pending: { createdAt: Date; requestedBy: string | null } | null;
  latest: {
    id: string;
    completedAt: Date | null;
    safety: boolean;
    referralSuggested: boolean;
    acknowledgedAt: Date | null;
    acknowledgedBy: string | null;
    /** Only with details: the reasons and the answers carry scores. */
    flags: ScreeningFlag[] | null;
    answers: Record<string, unknown> | null;
  } | null;
  /** Finished flagged screenings no one has acknowledged yet (the ladder gate). */
  unacknowledged: number;
}

/**
 * What the coach's screening panel shows, in two queries (profile; screenings newest
 * first with who requested and acknowledged them). `withDetails` is false for staff who
 * are not the client's coach or an admin: they get statuses, never answers or reasons.
 */
export async function loadClientScreenings(
  tx: Queryable,
  { orgId, clientMembershipId, withDetails }: { orgId: string; clientMembershipId: string; withDetails: boolean },
): Promise<CoachScreeningView> {
  const [profile] = await tx
    .select({ goals: clientProfiles.goals, intakeCompletedAt: clientProfiles.intakeCompletedAt })
    .from(clientProfiles)
    .where(and(eq(clientProfiles.orgId, orgId), eq(clientProfiles.membershipId, clientMembershipId)));
  const rows = await tx
    .select({
      id: screenings.id,
      status: screenings.status,
      createdAt: screenings.createdAt,
      completedAt: screenings.completedAt,
      safety: screenings.safety,
      referralSuggested: screenings.referralSuggested,
      acknowledgedAt: screenings.acknowledgedAt,
      result: screenings.result,
      answers: screenings.answers,
      acknowledgedByName: acknowledger.name,
      acknowledgedByEmail: acknowledger.email,
      requestedByName: requester.name,
      requestedByEmail: requester.email,
    })
    .from(screenings)
    .leftJoin(acknowledger, eq(acknowledger.id, screenings.acknowledgedByUserId))
    .leftJoin(requester, eq(requester.id, screenings.requestedByUserId))
    .where(and(eq(screenings.orgId, orgId), eq(screenings.clientMembershipId, clientMembershipId)))
    .orderBy(desc(screenings.createdAt));

  const open = rows.find((row) => row.status === "in_progress");
  // A flag nobody has acknowledged stays in front of the coach, even if a later screening came back clean.
  const done =
    rows.find((row) => row.status === "complete" && row.referralSuggested && !row.acknowledgedAt) ?? rows.find((row) => row.status === "complete");
  return {
    goals: profile?.goals ?? null,
    intakeCompletedAt: profile?.intakeCompletedAt ?? null,
    pending: open ? { createdAt: open.createdAt, requestedBy: open.requestedByName ?? open.requestedByEmail ?? null } : null,
    latest: done
      ? {
          id: done.id,
          completedAt: done.completedAt,
          safety: done.safety,
          referralSuggested: done.referralSuggested,
          acknowledgedAt: done.acknowledgedAt,
          acknowledgedBy: done.acknowledgedByName ?? done.acknowledgedByEmail ?? null,
          flags: withDetails ? (((done.result as { flags?: ScreeningFlag[] } | null)?.flags ?? []) as ScreeningFlag[]) : null,
          answers: withDetails ? done.answers : null,
        }
      : null,
    unacknowledged: rows.filter((row) => row.status === "complete" && row.referralSuggested && !row.acknowledgedAt).length,
  };
}
