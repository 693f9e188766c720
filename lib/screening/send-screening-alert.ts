import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organizations } from "@/db/schema";
import { ScreeningAlertEmail, screeningAlertSubject, screeningAlertText } from "@/emails/screening-alert";
import { sendEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { env } from "@/lib/env";
import { type TenantScope, withTenant } from "@/lib/tenancy/scope";
import { screeningAlertRecipients } from "./alert-recipients";

/**
 * Emails the client's coach (or the practice's owners and admins) that a client's
 * answers need attention, with a link to the client's page. The email carries no
 * answers, scores or names: mail is a weaker channel than the signed-in page. One email
 * per screening and recipient, however often this runs.
 */
export async function sendScreeningAlert(
  db: Database,
  scope: TenantScope,
  { clientMembershipId, screeningId }: { clientMembershipId: string; screeningId: string },
): Promise<void> {
  const { recipients, org } = await withTenant(db, scope, async (tx) => {
    const [org] = await tx
      .select({ name: organizations.name, slug: organizations.slug })
      .from(organizations)
      .where(and(eq(organizations.id, scope.orgId)));
    return { recipients: await screeningAlertRecipients(tx, { orgId: scope.orgId, clientMembershipId }), org: org! };
  });
  const props = {
    organizationName: org.name,
    url: `${env().APP_URL}/o/${org.slug}/coach/clients/${clientMembershipId}`,
  };
  const message = await renderEmail(screeningAlertSubject(props), ScreeningAlertEmail(props), screeningAlertText(props));
  for (const to of recipients) {
    await sendEmail(db, { idempotencyKey: `screening-alert:${screeningId}:${to}`, to, kind: "screening_alert", orgId: scope.orgId, message });
  }
}
