import Link from "next/link";
import { getDb } from "@/db/client";
import { FLAG_INFO } from "@/lib/attribution";
import { listReflections } from "@/lib/reflections/list-reflections";
import { findAttributionNudge } from "@/lib/reflections/set-attribution-nudge";
import { withTenant } from "@/lib/tenancy/scope";
import { formatWhen } from "../../reflections/_format";
import { ReflectionText } from "../../reflections/_reflection-text";
import type { ClientPanelProps } from "./_panel-props";
import { setAttributionNudgeAction } from "./_reflections-actions";

const LATEST = 3;

// The client's latest reflections with their flags (the full review, with guidance and
// correction, is the feed filtered to this client) and the attribution-question switch.
export async function ReflectionsPanel({ member, client }: ClientPanelProps) {
  const orgId = member.org.id;
  const { page, nudgeEnabled } = await withTenant(getDb(), member.scope, async (tx) => ({
    page: await listReflections(tx, { orgId, filters: { client: client.membershipId }, limit: LATEST }),
    nudgeEnabled: await findAttributionNudge(tx, { orgId, clientMembershipId: client.membershipId }),
  }));
  const slug = member.org.slug;
  const feed = `/o/${slug}/coach/reflections?client=${client.membershipId}`;
  const toggle = setAttributionNudgeAction.bind(null, slug, client.membershipId);
  return (
    <section aria-labelledby="reflections-heading" className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-ink/5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="reflections-heading" className="text-lg font-medium">
          Reflections
        </h2>
        <Link href={feed}>All reflections</Link>
      </div>
      {page.items.length === 0 ? (
        <p className="text-muted">No reflections yet.</p>
      ) : (
        <ul className="space-y-4">
          {page.items.map((item) => (
            <li key={item.id} className="space-y-2 border-b border-ink/5 pb-4 last:border-0 last:pb-0">
              <p className="text-sm text-muted">
                {formatWhen(item.createdAt, member.org.timezone)} · {item.outcome === "success" ? "Success" : "Setback"} ·{" "}
                {item.source === "attempt" ? `Attempt${item.levelTitle ? `: ${item.levelTitle}` : ""}` : `Inventory entry${item.entryTitle ? `: ${item.entryTitle}` : ""}`}
                {item.labels.corrected ? " · corrected by coach" : ""}
              </p>
              <ReflectionText text={item.text} evidence={item.evidence} shown={[...item.labels.causes, ...item.labels.flags]} />
              {item.labels.flags.length ? (
                <ul className="flex flex-wrap gap-1 text-sm" aria-label="Flags">
                  {item.labels.flags.map((flag) => (
                    <li key={flag} className="rounded-full bg-brand-soft px-2 py-0.5 text-brand" title={FLAG_INFO[flag].explanation}>
                      {FLAG_INFO[flag].label}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form action={toggle} className="flex flex-wrap items-center gap-3 border-t border-ink/10 pt-4">
        <input type="hidden" name="enabled" value={nudgeEnabled ? "off" : "on"} />
        <p className="text-sm" data-testid="nudge-status">
          {nudgeEnabled
            ? "After a success they credit to luck or others, or play down, the client is asked once what they did."
            : "The attribution question after a success is switched off for this client."}
        </p>
        <button type="submit" className="rounded-md border border-brand px-3 py-1.5 text-sm font-medium text-brand hover:bg-brand-soft">
          {nudgeEnabled ? "Switch off the attribution question" : "Switch on the attribution question"}
        </button>
      </form>
    </section>
  );
}
