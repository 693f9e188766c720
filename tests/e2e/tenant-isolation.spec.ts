import { expect, test } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { arrangePractice, ownerDb } from "./support/arrange";
import { routeSamples } from "./support/route-samples";
import { signIn } from "./support/mailbox";
import { tenantPageRoutes } from "./support/tenant-routes";

test("a member of practice A gets 404 for every route of practice B, as coach and as client", async ({ browser }) => {
  const a = await arrangePractice("alpha");
  const b = await arrangePractice("bravo");
  const routesOfB = tenantPageRoutes(b.org.slug, await routeSamples(b));
  expect(routesOfB).toContain(`/o/${b.org.slug}/coach`);
  expect(routesOfB).toContain(`/o/${b.org.slug}/client`);
  expect(routesOfB).toContain(`/o/${b.org.slug}/coach/clients/${b.clientMembershipId}`);
  expect(routesOfB).toContain(`/o/${b.org.slug}/coach/reflections/export`);

  for (const person of [a.coach, a.client]) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, person.email);
    // Sanity: their own practice answers.
    expect((await page.goto(`/o/${a.org.slug}`))?.status()).toBe(200);
    for (const route of routesOfB) {
      // Through the browser's own session, so route handlers (exports) are tried too.
      const response = await page.request.get(route, { maxRedirects: 0 });
      expect(response.status(), `${person.email} → ${route}`).toBe(404);
      expect(await response.text()).not.toContain(b.org.name);
    }
    await page.goto(routesOfB[0]!);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.context().close();
  }
});

test("a coach of A asking for B's records under A's own address gets 404", async ({ page }) => {
  const a = await arrangePractice("golf");
  const b = await arrangePractice("hotel");
  const samplesOfB = await routeSamples(b);
  await routeSamples(a);
  const foreignIds = Object.values(samplesOfB);
  const routes = tenantPageRoutes(a.org.slug, samplesOfB).filter((route) => foreignIds.some((id) => route.includes(encodeURIComponent(id))));
  expect(routes.length).toBeGreaterThan(0);
  await signIn(page, a.coach.email);
  for (const route of routes) expect((await page.request.get(route, { maxRedirects: 0 })).status(), route).toBe(404);
});

test("a client of a practice gets 404 on its coach pages", async ({ page }) => {
  const a = await arrangePractice("charlie");
  await signIn(page, a.client.email);
  for (const route of tenantPageRoutes(a.org.slug, await routeSamples(a)).filter((route) => route.includes("/coach"))) {
    expect((await page.request.get(route, { maxRedirects: 0 })).status(), route).toBe(404);
  }
});

test("a coach replaying their own invite action against another practice changes nothing there", async ({ page }) => {
  const a = await arrangePractice("delta");
  const b = await arrangePractice("echo");
  await signIn(page, a.coach.email);
  await page.goto(`/o/${a.org.slug}/coach/invitations`);

  // Rewrite the action's bound organization from A to B on the way out.
  let rewritten = false;
  await page.route("**/*", async (route) => {
    const request = route.request();
    const body = request.postData();
    if (request.method() === "POST" && body?.includes(a.org.slug)) {
      rewritten = true;
      await route.continue({ postData: body.replaceAll(a.org.slug, b.org.slug) });
      return;
    }
    await route.continue();
  });
  const responsePromise = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByLabel("Email address").fill("sneaky@example.com");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const response = await responsePromise;
  expect(rewritten).toBe(true);
  expect(response.status()).toBe(404);

  const rows = await ownerDb().select().from(invitations).where(and(eq(invitations.orgId, b.org.id), eq(invitations.email, "sneaky@example.com")));
  expect(rows).toEqual([]);
  const own = await ownerDb().select().from(invitations).where(eq(invitations.email, "sneaky@example.com"));
  expect(own).toEqual([]);
});

test("a malformed or unknown organization in the URL is a plain 404", async ({ page }) => {
  const a = await arrangePractice("foxtrot");
  await signIn(page, a.coach.email);
  for (const slug of ["NoSuchPractice", "no-such-practice", "%00", "a".repeat(80)]) {
    expect((await page.goto(`/o/${slug}/coach`))?.status(), slug).toBe(404);
  }
});
