import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormMessage } from "@/app/_components/form-controls";
import { getDb } from "@/db/client";
import { domainByKey } from "@/lib/inventory/domains";
import { findOwnEntry } from "@/lib/inventory/find-entry";
import { guidedStep } from "@/lib/inventory/guided";
import { PIN_DRAFT_MESSAGE } from "@/lib/inventory/pin-entry";
import { PIN_LIMIT_MESSAGE } from "@/lib/inventory/pins";
import { RECALL_KEYS, RECALL_QUESTIONS, type RecallKey } from "@/lib/inventory/recall";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { pinAction, saveAnswerAction, updateDetailsAction } from "../actions";
import { DetailsForm } from "../_details-form";
import { PinButton } from "../_pin-button";
import { AnswerForm } from "./_answer-form";

export const metadata: Metadata = { title: "A win" };

const NOTICES: Record<string, string> = { "pin-limit": PIN_LIMIT_MESSAGE, "pin-draft": PIN_DRAFT_MESSAGE };

// One inventory entry: the next unanswered question while it is a draft (one at a time),
// the whole account once complete. ?q=<question> edits one answer, ?edit=details the title.
export default async function WinPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; entry: string }>;
  searchParams: Promise<{ q?: string; edit?: string; notice?: string }>;
}) {
  const { org, entry: entryId } = await params;
  const query = await searchParams;
  const member = await requireMember(org, { roles: ["client"] });
  const entry = await withTenant(getDb(), member.scope, (tx) =>
    findOwnEntry(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, entryId }),
  );
  if (!entry) notFound();
  const slug = member.org.slug;
  const base = `/o/${slug}/client/wins`;
  const here = `${base}/${entry.id}`;
  const domain = domainByKey(entry.domain);
  const step = guidedStep(entry);
  const editKey = RECALL_KEYS.find((key) => key === query.q) as RecallKey | undefined;
  const saveAnswer = saveAnswerAction.bind(null, slug, entry.id);

  const header = (
    <div>
      <Link href={base} className="text-sm">
        ← My wins
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{entry.title}</h1>
      <p className="text-muted">
        {domain.label} · <Link href={`${here}?edit=details`}>Change title or area</Link>
      </p>
    </div>
  );

  if (query.edit === "details" || step.kind === "details") {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        {header}
        <DetailsForm action={updateDetailsAction.bind(null, slug, entry.id)} title={entry.title} domain={entry.domain} submitLabel="Save" />
      </div>
    );
  }

  const asked = editKey ? RECALL_QUESTIONS.find((q) => q.key === editKey) : step.kind === "question" ? step.question : undefined;
  if (asked) {
    const index = RECALL_QUESTIONS.indexOf(asked);
    const previous = RECALL_QUESTIONS[index - 1];
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        {header}
        <p className="text-sm text-muted">
          Question {index + 1} of {RECALL_QUESTIONS.length} · {domain.prompt}
        </p>
        <AnswerForm
          key={asked.key}
          action={saveAnswer}
          questionKey={asked.key}
          question={asked.text}
          answer={entry.answers[asked.key] ?? ""}
          submitLabel={editKey || index === RECALL_QUESTIONS.length - 1 ? "Save" : "Save and continue"}
        />
        <div className="flex flex-wrap gap-4 text-sm">
          {previous ? <Link href={`${here}?q=${previous.key}`}>← Previous question</Link> : null}
          <Link href={base}>Finish later (your answers so far are saved)</Link>
        </div>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {header}
      <FormMessage message={query.notice ? NOTICES[query.notice] : undefined} ok={false} />
      <dl className="space-y-4">
        {RECALL_QUESTIONS.map((question) => (
          <div key={question.key} className="rounded-lg bg-white p-4 ring-1 ring-ink/5">
            <dt className="text-sm font-medium text-muted">{question.text}</dt>
            <dd className="mt-1 whitespace-pre-line">{entry.answers[question.key]}</dd>
            <dd className="mt-2 text-sm">
              <Link href={`${here}?q=${question.key}`} aria-label={`Edit your answer to: ${question.text}`}>
                Edit
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap items-center gap-3">
        <PinButton action={pinAction.bind(null, slug)} entryId={entry.id} pinned={Boolean(entry.pinnedAt)} title={entry.title} from="entry" />
        <Link href={`${here}/reliving`} className="rounded-md bg-brand px-4 py-2 font-medium text-white no-underline hover:bg-brand/90">
          Relive this win
        </Link>
      </div>
    </div>
  );
}
