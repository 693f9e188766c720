import Link from "next/link";
import { CAUSE_OPTIONS, FLAG_OPTIONS } from "@/lib/reflections/feed-filters";
import type { ReflectionItem } from "@/lib/reflections/list-reflections";
import { clearCorrectionAction } from "./actions";
import { CorrectionForm } from "./_correction-form";
import { formatWhen } from "./_format";
import { FlagGuidanceList } from "./_flag-guidance";
import { LabelSummary } from "./_label-summary";
import { ReflectionText } from "./_reflection-text";

/** One reflection in the coach's feed: who, when, about what, the text with its evidence, labels, guidance and correction. */
export function ReflectionCard({ item, slug, timeZone }: { item: ReflectionItem; slug: string; timeZone: string }) {
  const base = `/o/${slug}/coach`;
  const headingId = `reflection-${item.id}`;
  const correction = [item.correctedBy, item.correctedAt ? formatWhen(item.correctedAt, timeZone) : null].filter(Boolean).join(", ");
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-ink/5" data-testid="reflection" data-reflection-id={item.id}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={headingId} className="font-medium">
          <Link href={`${base}/clients/${item.clientMembershipId}`}>{item.clientName ?? item.clientEmail}</Link>
        </h2>
        <span className="text-sm text-muted">{formatWhen(item.createdAt, timeZone)}</span>
        <span className={`rounded-full px-2 py-0.5 text-xs ${item.outcome === "success" ? "bg-brand-soft text-brand" : "bg-amber-50 text-amber-900"}`}>
          {item.outcome === "success" ? "Success" : "Setback"}
        </span>
        <span className="text-sm">
          {item.source === "attempt" && item.attemptId ? (
            <Link href={`${base}/attempts/${item.attemptId}`}>Attempt{item.levelTitle ? `: ${item.levelTitle}` : ""}</Link>
          ) : (
            <span>Inventory entry{item.entryTitle ? `: ${item.entryTitle}` : ""}</span>
          )}
        </span>
      </header>

      <ReflectionText text={item.text} evidence={item.evidence} shown={[...item.labels.causes, ...item.labels.flags]} />

      <div className="flex flex-wrap items-start justify-between gap-3">
        <LabelSummary item={item} />
        {item.labels.corrected ? (
          <p className="rounded-md bg-brand-soft px-2 py-1 text-sm text-brand" data-testid="corrected">
            Corrected by coach{correction ? ` (${correction})` : ""}
          </p>
        ) : null}
      </div>
      {item.coachNote ? (
        <p className="text-sm">
          <span className="font-medium">Coach&apos;s note:</span> <span className="whitespace-pre-wrap">{item.coachNote}</span>
        </p>
      ) : null}

      <FlagGuidanceList flags={item.labels.flags} />

      <details className="rounded-md border border-ink/10 p-3">
        <summary className="cursor-pointer text-sm font-medium">Correct the labels</summary>
        <div className="mt-3 space-y-3">
          <CorrectionForm
            // A saved correction changes what the form starts from: remount it.
            key={`${item.labels.causes.join()}|${item.labels.flags.join()}|${item.coachNote ?? ""}`}
            slug={slug}
            reflectionId={item.id}
            causes={item.labels.causes}
            flags={item.labels.flags}
            note={item.coachNote ?? ""}
            causeOptions={CAUSE_OPTIONS}
            flagOptions={FLAG_OPTIONS}
          />
          {item.labels.corrected ? (
            <form action={clearCorrectionAction.bind(null, slug)}>
              <input type="hidden" name="reflectionId" value={item.id} />
              <button type="submit" className="text-sm text-danger underline">
                Clear correction
              </button>
              <span className="ml-2 text-sm text-muted">Shows the tagger&apos;s label again.</span>
            </form>
          ) : null}
        </div>
      </details>
    </article>
  );
}
