import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { findClientCoach } from "@/lib/clients/find-client-coach";
import type { CadenceStatus } from "@/lib/practice/cadence";
import { type ClientHomeAssignment, loadClientHome } from "@/lib/progress/load-client-home";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { formatDateTime } from "./practice/_components/format";
import { LevelList } from "./practice/_components/level-list";

export const metadata: Metadata = { title: "My practice" };

function cadenceText(cadence: CadenceStatus): string {
  const done = `This week: ${cadence.attemptsThisWeek} of ${cadence.target} attempt${cadence.target === 1 ? "" : "s"}`;
  const pace =
    cadence.pace === "met"
      ? "You've kept this week's practice."
      : cadence.pace === "on_track"
        ? `On track, ${cadence.remaining} to go with ${cadence.daysLeft} day${cadence.daysLeft === 1 ? "" : "s"} left.`
        : `${cadence.remaining} to go with ${cadence.daysLeft} day${cadence.daysLeft === 1 ? "" : "s"} left: one small attempt is enough to restart.`;
  const streak = cadence.streakWeeks > 1 ? ` You've practised ${cadence.streakWeeks} weeks in a row.` : "";
  return `${done}. ${pace}${streak}`;
}

function StatusNote({ assignment }: { assignment: ClientHomeAssignment }) {
  if (assignment.status === "paused") return <p className="rounded-md bg-paper p-3">This ladder is paused for now. Your progress is kept; your coach will let you know when it continues.</p>;
  if (assignment.status === "ended") return <p className="rounded-md bg-paper p-3">Your coach has ended this ladder. Everything you mastered on it stays yours.</p>;
  if (assignment.status === "completed") return <p className="rounded-md bg-brand-soft p-3">You have mastered every level of this ladder through your own practice.</p>;
  return null;
}

function AssignmentSection({ assignment, base }: { assignment: ClientHomeAssignment; base: string }) {
  const headingId = `assignment-${assignment.id}`;
  const level = assignment.currentLevel;
  const active = assignment.status === "active";
  const mastered = assignment.levels.filter((item) => item.state === "mastered").length;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-ink/5">
      <div>
        <h2 id={headingId} className="text-xl font-semibold">
          {assignment.ladderTitle}
        </h2>
        <p className="text-sm text-muted">
          {mastered} of {assignment.levels.length} levels mastered
        </p>
      </div>
      <StatusNote assignment={assignment} />
      {active && level ? (
        <div className="space-y-3">
          <h3 className="text-lg font-medium" data-testid="current-level">
            Level {level.position + 1}: {level.title}
          </h3>
          <div>
            <h4 className="text-sm font-medium text-muted">What to do</h4>
            <p className="whitespace-pre-wrap">{level.instructions}</p>
          </div>
          <div>
            <h4 className="text-sm font-medium text-muted">You&apos;ll know you succeeded when</h4>
            <p className="whitespace-pre-wrap">{level.successCriteria}</p>
          </div>
          {assignment.cadence ? <p className="text-sm">{cadenceText(assignment.cadence)}</p> : null}
          <div className="flex flex-wrap gap-4">
            {assignment.preparedAttemptId ? (
              <Link href={`${base}/practice/attempts/${assignment.preparedAttemptId}`} className="rounded-md bg-brand px-4 py-2 font-medium text-white no-underline hover:bg-brand/90">
                Record how it went
              </Link>
            ) : null}
            <Link
              href={`${base}/practice/${assignment.id}/prepare`}
              className={assignment.preparedAttemptId ? "self-center" : "rounded-md bg-brand px-4 py-2 font-medium text-white no-underline hover:bg-brand/90"}
            >
              Prepare for this level
            </Link>
          </div>
        </div>
      ) : null}
      <details open={active}>
        <summary className="cursor-pointer text-sm font-medium">Your progress on this ladder</summary>
        <div className="mt-2">
          <LevelList levels={assignment.levels} label={`Levels of ${assignment.ladderTitle}`} />
        </div>
      </details>
    </section>
  );
}

export default async function ClientHomePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  const coachMembershipId = member.coachMembershipId;
  const { coach, home } = await withTenant(getDb(), member.scope, async (tx) => ({
    coach: coachMembershipId ? await findClientCoach(tx, { orgId: member.org.id, coachMembershipId }) : null,
    home: await loadClientHome(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, now: new Date(), timeZone: member.org.timezone }),
  }));
  const base = `/o/${member.org.slug}/client`;
  // Active ladders first; finished and paused ones stay visible, calmly, below.
  const order = { active: 0, paused: 1, completed: 2, ended: 3 } as const;
  const assignments = [...home.assignments].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome to {member.org.name}</h1>
      {coach ? (
        <p>
          Your coach is <strong>{coach.name ?? coach.email}</strong>.
        </p>
      ) : null}
      {assignments.length === 0 ? (
        <section className="rounded-lg bg-white p-5 ring-1 ring-ink/5">
          <h2 className="text-lg font-medium">Your practice work</h2>
          <p className="mt-1 text-muted">
            Your coach will set you a ladder of challenges, starting small. When they do, your current step will show here: what to do, how
            you&apos;ll know you did it, and a place to reflect afterwards.
          </p>
        </section>
      ) : (
        assignments.map((assignment) => <AssignmentSection key={assignment.id} assignment={assignment} base={base} />)
      )}
      {home.recent.length > 0 ? (
        <section aria-labelledby="recent-heading" className="space-y-2">
          <h2 id="recent-heading" className="text-lg font-medium">
            Recent attempts
          </h2>
          <ul className="divide-y divide-ink/10 rounded-lg bg-white ring-1 ring-ink/5">
            {home.recent.map((attempt) => (
              <li key={attempt.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3">
                <Link href={`${base}/practice/attempts/${attempt.id}`}>{attempt.levelTitle}</Link>
                <span className="text-sm text-muted">
                  {attempt.status === "prepared" ? "Prepared, not recorded yet" : attempt.outcome === "success" ? "Success" : "Setback"} ·{" "}
                  {formatDateTime(attempt.lastActivityAt, member.org.timezone)}
                </span>
                {attempt.newReply ? <span className="rounded bg-brand px-2 py-0.5 text-xs font-medium text-white">New reply</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
