import { CAUSE_INFO, FLAG_INFO } from "@/lib/attribution";
import type { ReflectionItem } from "@/lib/reflections/list-reflections";

const LOCUS_WORDS = { internal: "internal", external: "external", mixed: "mixed", none: "no cause named" } as const;

/** Causes, locus and flags as shown (the coach's correction wins), and what the tagger said beside a correction. */
export function LabelSummary({ item }: { item: ReflectionItem }) {
  const { labels, machine } = item;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="reflection-labels">
      <dt className="text-muted">Causes</dt>
      <dd>{labels.causes.length ? labels.causes.map((cause) => CAUSE_INFO[cause].label).join(", ") : "none"}</dd>
      <dt className="text-muted">Locus</dt>
      <dd>{LOCUS_WORDS[labels.locus]}</dd>
      <dt className="text-muted">Flags</dt>
      <dd>
        {labels.flags.length ? (
          <ul className="flex flex-wrap gap-1">
            {labels.flags.map((flag) => (
              <li key={flag} className="rounded-full bg-brand-soft px-2 py-0.5 text-brand" data-flag={flag}>
                {FLAG_INFO[flag].label}
              </li>
            ))}
          </ul>
        ) : (
          "none"
        )}
      </dd>
      {labels.corrected ? (
        <>
          <dt className="text-muted">Tagger said</dt>
          <dd className="text-muted">
            {machine.causes.map((cause) => CAUSE_INFO[cause].label).join(", ") || "no causes"}
            {machine.flags.length ? ` · ${machine.flags.map((flag) => FLAG_INFO[flag].label).join(", ")}` : ""}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
