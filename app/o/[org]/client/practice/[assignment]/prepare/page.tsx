import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { isUuid } from "@/lib/attempts/ids";
import { listPinnedWins } from "@/lib/inventory/list-pinned-wins";
import { loadAssignments } from "@/lib/progress/load-assignments";
import { loadStatements } from "@/lib/reliving/load-statements";
import { buildMasteryReview } from "@/lib/reliving/review";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { prepareAction } from "../../actions";
import { PrepareForm } from "../../_components/prepare-form";

export const metadata: Metadata = { title: "Before you start" };

// Phase 4, Step 2 of the protocol: a brief review of the client's own past wins, then
// "How sure are you?" and an optional plan, before the attempt.
export default async function PreparePage({ params }: { params: Promise<{ org: string; assignment: string }> }) {
  const { org, assignment: assignmentId } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  if (!isUuid(assignmentId)) notFound();
  const scope = { orgId: member.org.id, clientMembershipId: member.membershipId };
  const { assignment, wins, statements } = await withTenant(getDb(), member.scope, async (tx) => ({
    assignment: (await loadAssignments(tx, scope)).find((item) => item.id === assignmentId) ?? null,
    wins: await listPinnedWins(tx, scope),
    statements: await loadStatements(tx, scope),
  }));
  if (!assignment) notFound();
  const base = `/o/${member.org.slug}/client`;
  const level = assignment.currentLevel;

  if (assignment.status !== "active" || !level) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-semibold">Before you start</h1>
        <p>
          {assignment.status === "completed"
            ? `You have completed “${assignment.ladderTitle}”.`
            : `“${assignment.ladderTitle}” is ${assignment.status === "paused" ? "paused" : "no longer active"} for now, so there is nothing to prepare. Your coach will let you know when it continues.`}
        </p>
        <Link href={base}>Back to my practice</Link>
      </div>
    );
  }

  const review = buildMasteryReview({
    pinned: wins,
    capabilityStatement: statements.capabilityStatement,
    anchorCue: statements.anchorCue,
    level: { title: level.title, successCriteria: level.successCriteria },
  });
  const winsSection = review.sections.find((section) => section.kind === "wins");
  const capabilitySection = review.sections.find((section) => section.kind === "capability");
  const anchorSection = review.sections.find((section) => section.kind === "anchor");
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <Link href={base} className="text-sm">
          ← My practice
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Before you start</h1>
        <p className="text-muted">{assignment.ladderTitle}</p>
      </div>

      <section aria-labelledby="level-heading" className="space-y-2 rounded-lg bg-white p-5 ring-1 ring-ink/5">
        <h2 id="level-heading" className="text-lg font-medium">
          Level {level.position + 1}: {level.title}
        </h2>
        <h3 className="text-sm font-medium text-muted">What to do</h3>
        <p className="whitespace-pre-wrap">{level.instructions}</p>
        <h3 className="text-sm font-medium text-muted">You&apos;ll know you succeeded when</h3>
        <p className="whitespace-pre-wrap">{level.successCriteria}</p>
      </section>

      <section aria-labelledby="review-heading" className="space-y-3">
        <h2 id="review-heading" className="text-lg font-medium">
          You&apos;ve succeeded in challenging situations before
        </h2>
        {winsSection && winsSection.kind === "wins" ? (
          <>
            <p>Take a few minutes to look at the evidence, in your own words.</p>
            <ul className="space-y-3">
              {winsSection.wins.map((win, index) => (
                <li key={win.id ?? index} className="rounded-lg bg-white p-4 ring-1 ring-ink/5">
                  <h3 className="font-medium">{win.title}</h3>
                  <p className="text-sm text-muted">{win.domainLabel}</p>
                  <dl className="mt-2 space-y-2">
                    {win.quotes.map((quote) => (
                      <div key={quote.key}>
                        <dt className="text-sm text-muted">{quote.label}</dt>
                        <dd className="whitespace-pre-wrap">{quote.text}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <div className="space-y-2 rounded-lg bg-brand-soft p-4">
            <p>
              Remember a time when you accomplished something difficult, something that required real effort from you. What did you do? What did
              you overcome? Notice what that success reveals about your capabilities.
            </p>
            <p>
              <Link href={`${base}/wins`}>Write down and pin your past wins</Link> so they are here for you before every attempt.
            </p>
          </div>
        )}
      </section>

      {capabilitySection?.kind === "capability" || anchorSection?.kind === "anchor" ? (
        <section aria-labelledby="anchor-heading" className="space-y-2 rounded-lg bg-white p-5 ring-1 ring-ink/5">
          <h2 id="anchor-heading" className="text-lg font-medium">
            Your own words
          </h2>
          {capabilitySection?.kind === "capability" ? <p className="font-medium">{capabilitySection.statement}</p> : null}
          {anchorSection?.kind === "anchor" ? (
            <p>
              Your anchor: <strong>{anchorSection.cue}</strong>. {anchorSection.text}
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="ready-heading" className="space-y-3">
        <h2 id="ready-heading" className="text-lg font-medium">
          When you&apos;re ready
        </h2>
        <PrepareForm action={prepareAction.bind(null, member.org.slug, assignment.id)} clientKey={randomUUID()} levelId={level.id} />
      </section>
    </div>
  );
}
