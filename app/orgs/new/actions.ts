"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { SlugTakenError, createOrganization, createOrganizationSchema } from "@/lib/tenancy/create-organization";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form";

export async function createPractice(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/orgs/new");
  const values = formValues(formData, ["name", "slug", "timezone"]);
  const parsed = createOrganizationSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  let slug: string;
  try {
    ({ slug } = await createOrganization(getDb(), { userId: user.id, input: parsed.data }));
  } catch (error) {
    if (error instanceof SlugTakenError) return { ok: false, fieldErrors: { slug: error.message }, values };
    throw error;
  }
  redirect(`/o/${slug}/coach`);
}
