"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { addToReflection, additionSchema } from "@/lib/reflections/add-to-reflection";
import { isUuid } from "@/lib/reflections/ids";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf } from "@/lib/validation/form";
import { followUpDestination } from "./_destination";

/**
 * The client's answer to the attribution question (or their skip). Authorizes itself and
 * touches only the caller's own reflection; either way the question counts as asked.
 */
export async function answerFollowUpAction(slug: string, reflectionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  if (!isUuid(reflectionId)) notFound();
  const raw = String(formData.get("addition") ?? "");
  const skip = formData.get("intent") === "skip";
  let addition = "";
  if (!skip) {
    const parsed = additionSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: { addition: fieldErrorsOf(parsed.error).form }, values: { addition: raw } };
    if (parsed.data === "") return { ok: false, fieldErrors: { addition: "Write what you did, or choose Skip." }, values: { addition: raw } };
    addition = parsed.data;
  }
  const result = await withTenant(getDb(), member.scope, (tx) =>
    addToReflection(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, reflectionId, addition }),
  );
  if (result.status === "not_found") notFound();
  redirect(followUpDestination(member.org.slug, result.reflection));
}
