import { describeAnswers } from "@/lib/screening/describe-answers";

/** The client's answers, question by question, for the coach's eyes only. */
export function ScreeningAnswers({ answers }: { answers: Record<string, unknown> }) {
  const sections = describeAnswers(answers);
  return (
    <details className="rounded-md bg-paper p-3">
      <summary className="cursor-pointer font-medium">Answers</summary>
      <div className="mt-3 space-y-4">
        {sections.map((section) => (
          <div key={section.title}>
            <h4 className="text-sm font-semibold">{section.title}</h4>
            <dl className="mt-1 space-y-2 text-sm">
              {section.items.map((item) => (
                <div key={item.id}>
                  <dt className="text-muted">{item.question}</dt>
                  <dd className="font-medium">{item.answer}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </details>
  );
}
