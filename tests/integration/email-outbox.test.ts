import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { deliverPendingEmails, enqueueEmail, sendEmail } from "@/lib/email/outbox";
import { resendTransport } from "@/lib/email/transport";
import { startResendStandIn } from "../support/resend-stand-in";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const message = { subject: "Hello", html: "<p>Hello</p>", text: "Hello" };

describe("the outbox", () => {
  it("sends through the Resend SDK with the outbox key as the idempotency key", async () => {
    const resend = await startResendStandIn();
    process.env.RESEND_BASE_URL = resend.baseUrl;
    try {
      const id = await enqueueEmail(t.db, { idempotencyKey: "welcome:1", to: "a@example.com", kind: "test", message });
      const result = await deliverPendingEmails(t.db, { id, transport: resendTransport("re_test_key") });
      expect(result).toEqual({ sent: 1, failed: 0 });
      expect(resend.received).toHaveLength(1);
      const [request] = resend.received;
      expect(request).toMatchObject({ method: "POST", path: "/emails", body: { to: "a@example.com", subject: "Hello", text: "Hello" } });
      expect(request!.headers["idempotency-key"]).toBe("welcome:1");
      expect(request!.headers.authorization).toBe("Bearer re_test_key");
      const [row] = await t.owner.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      expect(row).toMatchObject({ status: "sent", transport: "resend", providerMessageId: "re_test_1", attempts: 1 });
    } finally {
      delete process.env.RESEND_BASE_URL;
      await resend.close();
    }
  });

  it("keeps a failed delivery pending with the error, for the worker to retry", async () => {
    const resend = await startResendStandIn({ failWith: 503 });
    process.env.RESEND_BASE_URL = resend.baseUrl;
    try {
      const id = await enqueueEmail(t.db, { idempotencyKey: "retry:1", to: "b@example.com", kind: "test", message });
      expect(await deliverPendingEmails(t.db, { id, transport: resendTransport("re_test_key") })).toEqual({ sent: 0, failed: 1 });
      const [row] = await t.owner.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row?.lastError).toContain("Service unavailable");
    } finally {
      delete process.env.RESEND_BASE_URL;
      await resend.close();
    }
  });

  it("stores one email per idempotency key however often it is sent", async () => {
    await Promise.all([1, 2, 3].map(() => sendEmail(t.db, { idempotencyKey: "once:1", to: "c@example.com", kind: "test", message })));
    const rows = await t.owner.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, "once:1"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "sent", transport: "dev" });
  });
});
