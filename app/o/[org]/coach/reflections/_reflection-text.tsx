import { highlightSegments } from "@/lib/reflections/highlight";
import { LABEL_ORDER, labelName } from "./_labels";

/**
 * A reflection with the evidence for its shown causes and flags marked. Every segment is
 * rendered as text (React escapes it), so HTML a client typed shows as characters.
 */
export function ReflectionText({
  text,
  evidence,
  shown,
}: {
  text: string;
  evidence: Record<string, { start: number; end: number }[] | undefined>;
  /** Only evidence for the labels on display (a coach's correction may have removed some). */
  shown: readonly string[];
}) {
  const relevant = Object.fromEntries(Object.entries(evidence).filter(([label]) => shown.includes(label)));
  const segments = highlightSegments(text, relevant, LABEL_ORDER);
  return (
    <blockquote className="whitespace-pre-wrap break-words border-l-4 border-brand/30 pl-3 leading-relaxed" data-testid="reflection-text">
      {segments.map((segment) =>
        segment.labels.length === 0 ? (
          <span key={segment.start}>{segment.text}</span>
        ) : (
          <mark
            key={segment.start}
            title={`Evidence for: ${segment.labels.map(labelName).join(", ")}`}
            data-evidence={segment.labels.join(" ")}
            className="rounded bg-amber-100 px-0.5 text-ink underline decoration-amber-600 decoration-2 underline-offset-2"
          >
            {segment.text}
          </mark>
        ),
      )}
    </blockquote>
  );
}
