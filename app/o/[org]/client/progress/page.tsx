import type { Metadata } from "next";
import Link from "next/link";
import { ConfidenceChart } from "@/app/_components/charts/confidence-chart";
import { getDb } from "@/db/client";
import { loadProgress } from "@/lib/journal/load-progress";
import { winsByWeek } from "@/lib/journal/wins-by-week";
import { cadenceStatus } from "@/lib/practice/cadence";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { WinsChart } from "./_wins-chart";

export const metadata: Metadata = { title: "Progress" };

function streakText(weeks: number): string {
  if (weeks === 0) return "No practice weeks in a row yet: a streak starts with one attempt this week.";
  return `${weeks} week${weeks === 1 ? "" : "s"} in a row with at least one attempt.`;
}

// The client's progress: wins over time, levels mastered, confidence before and after
// attempts, and how many weeks in a row they have practised. Charts are server-rendered SVG.
export default async function ProgressPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  const progress = await withTenant(getDb(), member.scope, (tx) => loadProgress(tx, { orgId: member.org.id, clientMembershipId: member.membershipId }));
  const now = new Date();
  const timeZone = member.org.timezone;
  const buckets = winsByWeek(progress.wins, { now, timeZone, weeks: 12 });
  const streak = cadenceStatus({ attemptsPerWeek: null, attemptDates: progress.attemptDates, now, timeZone }).streakWeeks;
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone });
  const base = `/o/${member.org.slug}/client`;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-2xl font-semibold">Progress</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          { label: "Practice streak", value: `${streak} wk`, testId: "streak" },
          { label: "Journal wins", value: progress.totals.journal },
          { label: "Inventory entries", value: progress.totals.inventory },
          { label: "Levels mastered", value: progress.totals.levels },
        ].map((item) => (
          <div key={item.label} className="rounded-lg bg-white p-3 ring-1 ring-ink/5">
            <dt className="text-sm text-muted">{item.label}</dt>
            <dd className="text-2xl font-semibold" data-testid={item.testId}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      <p>{streakText(streak)}</p>

      <section className="space-y-2">
        <h2 className="text-lg font-medium">Wins over the last 12 weeks</h2>
        <WinsChart buckets={buckets} />
        <p className="text-sm">
          <Link href={`${base}/journal`}>Add a win to your journal</Link> · <Link href={`${base}/wins`}>Your success inventory</Link>
        </p>
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-medium">Levels mastered</h2>
        {progress.mastered.length === 0 ? (
          <p className="text-muted">None yet: each level you master will be listed here with the day you did it.</p>
        ) : (
          <ol className="space-y-1">
            {progress.mastered.map((level, index) => (
              <li key={index}>
                <span className="font-medium">{level.title}</span> <span className="text-sm text-muted">· {day.format(level.on)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-medium">Confidence before and after attempts</h2>
        <ConfidenceChart points={progress.confidence} timeZone={timeZone} />
      </section>
    </div>
  );
}
