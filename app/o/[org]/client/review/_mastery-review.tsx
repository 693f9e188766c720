import Link from "next/link";
import type { MasteryReview } from "@/lib/reliving/review";

const MISSING_TEXT = {
  pinned: "Pin up to three wins to see them here.",
  capabilityStatement: "Relive a win to write your “I am someone who can …” statement.",
  anchorCue: "Relive a win to set your anchor.",
} as const;

/** The pre-performance mastery review, section by section, in the client's own words. */
export function MasteryReviewView({ review, winsUrl }: { review: MasteryReview; winsUrl: string }) {
  return (
    <div className="space-y-5">
      {review.sections.map((section, index) => {
        switch (section.kind) {
          case "intro":
            return (
              <div key={index}>
                <h2 className="text-xl font-semibold">{section.heading}</h2>
                <p className="mt-1">{section.text}</p>
              </div>
            );
          case "wins":
            return (
              <section key={index} className="space-y-3">
                <h2 className="text-lg font-medium">{section.heading}</h2>
                {section.wins.map((win) => (
                  <article key={win.id ?? win.title} className="rounded-lg bg-white p-4 ring-1 ring-ink/5">
                    <h3 className="font-semibold">{win.title}</h3>
                    <p className="text-sm text-muted">{win.domainLabel}</p>
                    <dl className="mt-2 space-y-2">
                      {win.quotes.map((quote) => (
                        <div key={quote.key}>
                          <dt className="text-sm text-muted">{quote.label}</dt>
                          <dd className="whitespace-pre-line">{quote.text}</dd>
                        </div>
                      ))}
                    </dl>
                  </article>
                ))}
              </section>
            );
          case "capability":
            return (
              <section key={index}>
                <h2 className="text-lg font-medium">{section.heading}</h2>
                <p className="mt-1 text-lg" data-testid="capability-statement">
                  {section.statement}
                </p>
              </section>
            );
          case "anchor":
            return (
              <section key={index}>
                <h2 className="text-lg font-medium">{section.heading}</h2>
                <p className="mt-1">
                  Your cue: <strong data-testid="anchor-cue">{section.cue}</strong>
                </p>
                <p className="mt-1">{section.text}</p>
              </section>
            );
          case "level":
            return (
              <section key={index}>
                <h2 className="text-lg font-medium">{section.heading}</h2>
                <p className="mt-1 font-medium">{section.levelTitle}</p>
                <p className="whitespace-pre-line">{section.successCriteria}</p>
              </section>
            );
          case "close":
            return (
              <p key={index} className="rounded-lg bg-brand-soft p-4">
                {section.text}
              </p>
            );
        }
      })}
      {review.missing.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
          {review.missing.map((piece) => (
            <li key={piece}>
              <Link href={winsUrl}>{MISSING_TEXT[piece]}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
