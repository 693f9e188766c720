import { type Page, expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { ladderVersions, memberships, users } from "@/db/schema";
import { enterTenant } from "@/lib/tenancy/scope";
import { arrangePractice, ownerDb } from "./support/arrange";
import { signIn } from "./support/mailbox";

const LADDER_URL = /\/coach\/ladders\/[0-9a-f-]{36}/;

async function copyPublicSpeaking(page: Page, slug: string) {
  await page.goto(`/o/${slug}/coach/ladders`);
  await expect(page.getByRole("heading", { level: 1, name: "Ladders" })).toBeVisible();
  await page.getByRole("link", { name: "Browse templates" }).click();
  const card = page.getByRole("article", { name: "Public speaking" });
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Public speaking");
  await card.getByRole("button", { name: "Copy to my library" }).click();
  await page.waitForURL(LADDER_URL);
  await expect(page.getByTestId("ladder-status")).toContainText("Draft");
  await expect(page.getByTestId("ladder-status")).toContainText("Version 1");
  return page.url();
}

test("a coach copies a template, edits a level, publishes it and assigns it from the client's page", async ({ page }) => {
  const p = await arrangePractice("ladders");
  await signIn(page, p.coach.email);
  await copyPublicSpeaking(page, p.org.slug);

  const level1 = page.getByRole("group", { name: "Level 1" });
  await expect(level1.getByLabel("Level title")).toHaveValue("Present to supportive friend for 2 minutes");
  await level1.getByLabel("Level title").fill("Present to one supportive friend for 2 minutes");
  await level1.getByLabel("Successes to master").fill("3");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(level1.getByLabel("Level title")).toHaveValue("Present to one supportive friend for 2 minutes");
  await expect(level1.getByLabel("Successes to master")).toHaveValue("3");

  // Bad input keeps what was typed and says what to do.
  await page.getByRole("group", { name: "Level 2" }).getByLabel("Difficulty (1–10)").fill("11");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Difficulty must be a whole number from 1 to 10")).toBeVisible();
  await expect(page.getByRole("group", { name: "Level 2" }).getByLabel("Difficulty (1–10)")).toHaveValue("11");
  await page.getByRole("group", { name: "Level 2" }).getByLabel("Difficulty (1–10)").fill("4");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByTestId("ladder-status")).toContainText("Published");
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);

  await page.goto(`/o/${p.org.slug}/coach/ladders`);
  const row = page.getByRole("row", { name: /Public speaking/ });
  await expect(row).toContainText("Published");

  await page.goto(`/o/${p.org.slug}/coach/clients/${p.clientMembershipId}`);
  const panel = page.getByRole("region", { name: "Assign a ladder" });
  await panel.getByLabel("Ladder", { exact: true }).selectOption({ label: "Public speaking" });
  await expect(panel.getByLabel("Start at level")).toHaveValue("1");
  await panel.getByLabel("Attempts per week").fill("2");
  await panel.getByRole("button", { name: "Assign ladder" }).click();
  await expect(panel.getByText("Ladder assigned.")).toBeVisible();
  const assignments = panel.getByRole("list", { name: "Assignments" }).getByRole("listitem");
  await expect(assignments).toHaveCount(1);
  await expect(assignments.first()).toContainText("Public speaking");
  await expect(assignments.first()).toContainText("Active");
  await expect(assignments.first()).toContainText("Level 1: Present to one supportive friend for 2 minutes");
  await expect(assignments.first()).toContainText("2 attempts a week");

  // The same ladder again while it is open: a clear refusal, no second assignment.
  await panel.getByRole("button", { name: "Assign ladder" }).click();
  await expect(panel.getByText("This client already has this ladder.")).toBeVisible();
  await expect(assignments).toHaveCount(1);

  await assignments.first().getByRole("button", { name: "Pause" }).click();
  await expect(assignments.first()).toContainText("Paused");
  await assignments.first().getByRole("button", { name: "Resume" }).click();
  await expect(assignments.first()).toContainText("Active");
});

test("a blank ladder keeps at least two levels", async ({ page }) => {
  const p = await arrangePractice("blank-ladder");
  await signIn(page, p.coach.email);
  await page.goto(`/o/${p.org.slug}/coach/ladders`);
  await page.getByRole("button", { name: "New ladder" }).click();
  await page.waitForURL(LADDER_URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Untitled ladder");
  await expect(page.getByRole("group", { name: /^Level \d$/ })).toHaveCount(2);
  await page.getByLabel("Ladder title").fill("Asking for help");
  await page.getByRole("button", { name: "Remove level 1" }).click();
  await expect(page.getByText("A ladder needs at least 2 levels. Add another level before removing this one.")).toBeVisible();
  await expect(page.getByRole("group", { name: /^Level \d$/ })).toHaveCount(2);
  await expect(page.getByLabel("Ladder title")).toHaveValue("Asking for help");
  await page.getByRole("button", { name: "Add level" }).click();
  await expect(page.getByRole("group", { name: /^Level \d$/ })).toHaveCount(3);
  await page.getByRole("group", { name: "Level 3" }).getByLabel("Level title").fill("Ask a stranger for directions");
  await page.getByRole("button", { name: "Move level 3 up" }).click();
  await expect(page.getByRole("group", { name: "Level 2" }).getByLabel("Level title")).toHaveValue("Ask a stranger for directions");
  // Publishing an unfilled ladder is refused with what to fill in.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Say which skill or goal this ladder builds")).toBeVisible();
  await expect(page.getByTestId("ladder-status")).toContainText("Draft");
});

test("two coaches saving one ladder at once: the second sees a conflict and keeps their changes", async ({ browser }) => {
  const p = await arrangePractice("ladder-conflict");
  const db = ownerDb();
  const [second] = await db.insert(users).values({ email: `second-coach-${p.org.slug}@example.com`, name: "Second coach" }).returning();
  await db.transaction(async (tx) => {
    await enterTenant(tx, { orgId: p.org.id, userId: null });
    await tx.insert(memberships).values({ orgId: p.org.id, userId: second!.id, role: "coach" });
  });

  const first = await (await browser.newContext()).newPage();
  await signIn(first, p.coach.email);
  const url = await copyPublicSpeaking(first, p.org.slug);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, second!.email);
  await other.goto(url);
  await expect(other.getByTestId("ladder-status")).toContainText("Draft");

  await first.getByRole("group", { name: "Level 1" }).getByLabel("Level title").fill("First coach's level one");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText("Changes saved.")).toBeVisible();

  await other.getByLabel("Description").fill("Second coach's description");
  await other.getByRole("group", { name: "Level 2" }).getByLabel("What to do").fill("Second coach's instructions");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(
    other.getByText("Someone else changed this ladder while you were editing. Your changes are below; review the current version and apply them again."),
  ).toBeVisible();
  await expect(other.getByLabel("Description")).toHaveValue("Second coach's description");
  await expect(other.getByRole("group", { name: "Level 2" }).getByLabel("What to do")).toHaveValue("Second coach's instructions");
  await expect(other.getByText("What is saved now: version 1 (Draft)")).toBeVisible();
  await expect(other.getByText("First coach's level one")).toBeVisible();

  // The second coach takes in the first coach's change and saves again.
  await other.getByRole("group", { name: "Level 1" }).getByLabel("Level title").fill("First coach's level one");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByText("Changes saved.")).toBeVisible();

  await first.reload();
  await expect(first.getByLabel("Description")).toHaveValue("Second coach's description");
  await expect(first.getByRole("group", { name: "Level 1" }).getByLabel("Level title")).toHaveValue("First coach's level one");
  await expect(first.getByRole("group", { name: "Level 2" }).getByLabel("What to do")).toHaveValue("Second coach's instructions");
  const ladderId = url.split("/").pop()!.split("?")[0]!;
  const versions = await db.select().from(ladderVersions).where(eq(ladderVersions.ladderId, ladderId));
  expect(versions).toHaveLength(1);
  await first.context().close();
  await other.context().close();
});

test("without JavaScript a coach can still copy a template, edit, publish and assign it", async ({ browser }) => {
  const p = await arrangePractice("ladder-nojs");
  const signedIn = await (await browser.newContext()).newPage();
  await signIn(signedIn, p.coach.email);
  const storageState = await signedIn.context().storageState();
  await signedIn.context().close();

  const context = await browser.newContext({ javaScriptEnabled: false, storageState });
  const page = await context.newPage();
  await copyPublicSpeaking(page, p.org.slug);
  await page.getByRole("group", { name: "Level 2" }).getByLabel("Level title").fill("Present to three colleagues for 5 minutes");
  await page.getByRole("button", { name: "Move level 2 up" }).click();
  await expect(page.getByRole("group", { name: "Level 1" }).getByLabel("Level title")).toHaveValue("Present to three colleagues for 5 minutes");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Level 1" }).getByLabel("Level title")).toHaveValue("Present to three colleagues for 5 minutes");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByTestId("ladder-status")).toContainText("Published");

  await page.goto(`/o/${p.org.slug}/coach/clients/${p.clientMembershipId}`);
  const panel = page.getByRole("region", { name: "Assign a ladder" });
  await panel.getByLabel("Attempts per week").fill("20");
  await panel.getByRole("button", { name: "Assign ladder" }).click();
  await expect(panel.getByText("Attempts per week must be a whole number from 1 to 14, or left blank.")).toBeVisible();
  await expect(panel.getByLabel("Attempts per week")).toHaveValue("20");
  await panel.getByLabel("Attempts per week").fill("3");
  await panel.getByRole("button", { name: "Assign ladder" }).click();
  await expect(panel.getByRole("list", { name: "Assignments" }).getByRole("listitem")).toContainText("Level 1: Present to three colleagues for 5 minutes");
  await context.close();
});
