"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { isUuid } from "@/lib/inventory/ids";
import { calendarDateIn } from "@/lib/inventory/calendar-date";
import { journalEntrySchema } from "@/lib/inventory/journal";
import { addJournalEntry } from "@/lib/journal/add-journal-entry";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form";

export async function addJournalEntryAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formValues(formData, ["text", "date", "clientKey"]);
  // "Today" on the practice's calendar: the product keeps no per-client time zone.
  const parsed = journalEntrySchema(calendarDateIn(new Date(), member.org.timezone)).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  if (!isUuid(values.clientKey)) notFound();
  const entry = await withTenant(getDb(), member.scope, (tx) =>
    addJournalEntry(tx, {
      orgId: member.org.id,
      clientMembershipId: member.membershipId,
      clientKey: values.clientKey!,
      text: parsed.data.text,
      occurredOn: parsed.data.date,
    }),
  );
  if (!entry) notFound();
  // A fresh page renders a fresh key for the next win.
  redirect(`/o/${member.org.slug}/client/journal?added=1`);
}
