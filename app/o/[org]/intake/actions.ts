"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { goalsSchema } from "@/lib/intake/goals";
import { saveIntakeGoals } from "@/lib/intake/save-goals";
import { sectionById, type SectionId } from "@/lib/screening/sections";
import { sendScreeningAlert } from "@/lib/screening/send-screening-alert";
import { submitScreeningSection } from "@/lib/screening/submit-section";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form";

// Each action authorizes itself as the client: the page's check does not cover a direct POST.

export async function saveGoalsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formValues(formData, ["goals"]);
  const parsed = goalsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  await withTenant(getDb(), member.scope, (tx) =>
    saveIntakeGoals(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, goals: parsed.data.goals }),
  );
  redirect(`/o/${member.org.slug}/intake`);
}

const SECTIONS: readonly SectionId[] = ["phq2", "phq9", "other"];

export async function submitSectionAction(slug: string, section: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  if (!SECTIONS.includes(section as SectionId)) redirect(`/o/${member.org.slug}/intake`);
  const ids = sectionById(section as SectionId).groups.flatMap((group) => group.questions.map((q) => q.id));
  const values = formValues(formData, ids);
  const result = await withTenant(getDb(), member.scope, (tx) =>
    submitScreeningSection(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, section: section as SectionId, input: values }),
  );
  if (result.kind === "invalid") {
    return { ok: false, message: "Please choose an answer for each question.", fieldErrors: result.fieldErrors, values };
  }
  if (result.completedNow && result.safety && result.screeningId) {
    await sendScreeningAlert(getDb(), member.scope, { clientMembershipId: member.membershipId, screeningId: result.screeningId });
  }
  redirect(`/o/${member.org.slug}/intake`);
}
