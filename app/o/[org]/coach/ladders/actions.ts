"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { createBlankLadder } from "@/lib/ladders/create-blank-ladder";
import { createLadderFromTemplate } from "@/lib/ladders/create-ladder-from-template";
import { LadderError } from "@/lib/ladders/ladder-error";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";

// Each action authorizes itself. The hidden clientKey was made when the page rendered: a
// double click arrives twice with the same key and lands on the same ladder.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

async function createThenOpen(slug: string, create: (scope: { orgId: string; userId: string }) => Parameters<typeof withTenant<{ ladderId: string }>>[2]) {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  const scope = { orgId: member.org.id, userId: member.user.id };
  let ladderId: string;
  try {
    ({ ladderId } = await withTenant(getDb(), member.scope, create(scope)));
  } catch (error) {
    // An unknown template or a key that is not this practice's: nothing was created.
    if (error instanceof LadderError) notFound();
    throw error;
  }
  redirect(`/o/${member.org.slug}/coach/ladders/${ladderId}`);
}

export async function copyTemplateAction(slug: string, formData: FormData): Promise<void> {
  const templateKey = text(formData, "templateKey");
  const clientKey = text(formData, "clientKey");
  await createThenOpen(slug, (scope) => (tx) => createLadderFromTemplate(tx, { ...scope, templateKey, clientKey }));
}

export async function createBlankLadderAction(slug: string, formData: FormData): Promise<void> {
  const clientKey = text(formData, "clientKey");
  await createThenOpen(slug, (scope) => (tx) => createBlankLadder(tx, { ...scope, clientKey }));
}
