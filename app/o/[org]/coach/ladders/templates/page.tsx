import type { Metadata } from "next";
import Link from "next/link";
import { SubmitButton } from "@/app/_components/form-controls";
import { LADDER_TEMPLATES } from "@/lib/ladders/templates";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { copyTemplateAction } from "../actions";

export const metadata: Metadata = { title: "Ladder templates" };

// The templates ship with the product: no query beyond the membership guard.
export default async function LadderTemplatesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const copy = copyTemplateAction.bind(null, member.org.slug);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href={`/o/${member.org.slug}/coach/ladders`} className="text-sm">
          ← Ladders
        </Link>
        <h1 className="text-2xl font-semibold">Ladder templates</h1>
        <p className="text-muted">
          Each template starts with a level achievable with current skills and rises one step at a time. Copy one into your library as a draft, then
          adapt it to your client before publishing.
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {LADDER_TEMPLATES.map((template) => (
          <article key={template.key} aria-labelledby={`template-${template.key}`} className="flex flex-col gap-3 rounded-lg bg-white p-5 ring-1 ring-ink/5">
            <h2 id={`template-${template.key}`} className="text-lg font-semibold">
              {template.title}
            </h2>
            <p className="text-sm font-medium text-brand">{template.skill}</p>
            <p className="text-sm">{template.description}</p>
            <ol className="list-decimal space-y-1 pl-5 text-sm text-muted">
              {template.levels.map((level) => (
                <li key={level.title}>{level.title}</li>
              ))}
            </ol>
            <form action={copy} className="mt-auto">
              <input type="hidden" name="templateKey" value={template.key} />
              <input type="hidden" name="clientKey" value={crypto.randomUUID()} />
              <SubmitButton pendingLabel="Copying…">Copy to my library</SubmitButton>
            </form>
          </article>
        ))}
      </div>
    </div>
  );
}
