import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { loadIntake } from "@/lib/intake/load-intake";
import { clientMessage } from "@/lib/screening/messages";
import { sectionById, SCREENING_SECTIONS } from "@/lib/screening/sections";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { GoalsForm } from "./goals-form";
import { SectionForm } from "./section-form";

export const metadata: Metadata = { title: "Getting started" };

// The intake, one page at a time: goals, then the screening sections in the order the
// answers call for (nextStep). The client only ever sees questions and, at the end, a
// calm message; never a score.
export default async function IntakePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  const view = await withTenant(getDb(), member.scope, (tx) => loadIntake(tx, { orgId: member.org.id, clientMembershipId: member.membershipId }));
  const slug = member.org.slug;

  if (view.step === "finished") {
    const message = clientMessage({ safety: view.safety });
    return (
      <div className="mx-auto max-w-2xl space-y-5">
        <h1 className="text-2xl font-semibold">{message.title}</h1>
        {message.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {message.resources.length > 0 ? (
          <ul className="space-y-2 rounded-lg bg-white p-5 ring-1 ring-ink/5" aria-label="Where to get help now">
            {message.resources.map((resource) => (
              <li key={resource.region}>
                <span className="font-medium">{resource.region}:</span>{" "}
                {resource.href ? <a href={resource.href}>{resource.text}</a> : resource.text}
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <Link href={`/o/${slug}/client`}>Continue to your practice</Link>
        </p>
      </div>
    );
  }

  const position = view.step === "goals" ? 1 : 2 + SCREENING_SECTIONS.findIndex((s) => s.id === view.step);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <p className="text-sm text-muted">Getting started · page {position}</p>
        <h1 className="text-2xl font-semibold">{view.step === "goals" ? "What brings you here" : sectionById(view.step).title}</h1>
        {view.step === "goals" ? (
          <p className="mt-2 text-muted">
            Before you start, a few short questions so your coach can shape the work around you. Your answers go to your coach and the practice's admins, no one else.
          </p>
        ) : (
          <p className="mt-2 text-muted">Your answers are saved as you go and are seen only by your coach and the practice's admins.</p>
        )}
      </div>
      {view.step === "goals" ? <GoalsForm slug={slug} goals={view.goals ?? ""} /> : <SectionForm slug={slug} section={sectionById(view.step)} />}
    </div>
  );
}
