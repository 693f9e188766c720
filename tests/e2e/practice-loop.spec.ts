import { type Page, expect, test } from "@playwright/test";
import { arrangeAssignment } from "../support/ladder-factory";
import { arrangePractice, ownerDb } from "./support/arrange";
import { signIn } from "./support/mailbox";

const LEVEL_1 = "Present to supportive friend for 2 minutes";
const LEVEL_2 = "Present to small group (3-5) familiar people for 5 minutes";

async function prepare(page: Page, slug: string, confidence: string) {
  await page.goto(`/o/${slug}/client`);
  await page.getByRole("link", { name: "Prepare for this level" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Before you start" })).toBeVisible();
  await page.getByLabel("How sure are you that you can do this?").fill(confidence);
  await page.getByRole("button", { name: "I'm ready" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How did it go?" })).toBeVisible();
}

async function logSuccess(page: Page, slug: string, reflection: string) {
  await prepare(page, slug, "60");
  await page.getByRole("radio", { name: "Success" }).check();
  await page.getByLabel("How sure are you now that you can do this?").fill("75");
  await page.getByRole("radio", { name: /^4 – / }).check();
  await page.getByLabel("What did you do that led to this success?").fill(reflection);
  await page.getByRole("button", { name: "Save attempt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your attempt" })).toBeVisible();
  await expect(page.getByText(`You succeeded at “${LEVEL_1}”.`)).toBeVisible();
}

test("a coach copies, publishes and assigns the public-speaking ladder; the client masters level 1; the coach sees attempt, reflection and chart", async ({ browser }) => {
  const p = await arrangePractice("loop");
  const coach = await (await browser.newContext()).newPage();
  await signIn(coach, p.coach.email);

  await coach.goto(`/o/${p.org.slug}/coach/ladders/templates`);
  await coach.getByRole("article", { name: "Public speaking" }).getByRole("button", { name: "Copy to my library" }).click();
  await coach.waitForURL(/\/coach\/ladders\/[0-9a-f-]{36}/);
  await coach.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(coach.getByTestId("ladder-status")).toContainText("Published");

  await coach.goto(`/o/${p.org.slug}/coach/clients/${p.clientMembershipId}`);
  const assign = coach.getByRole("region", { name: "Assign a ladder" });
  await assign.getByLabel("Ladder", { exact: true }).selectOption({ label: "Public speaking" });
  await assign.getByRole("button", { name: "Assign ladder" }).click();
  await expect(assign.getByText("Ladder assigned.")).toBeVisible();

  const client = await (await browser.newContext()).newPage();
  await signIn(client, p.client.email);
  await client.goto(`/o/${p.org.slug}/client`);
  const ladder = client.getByRole("region", { name: "Public speaking" });
  await expect(ladder.getByTestId("current-level")).toHaveText(`Level 1: ${LEVEL_1}`);
  await expect(ladder.getByText("What to do")).toBeVisible();
  await expect(ladder.getByText("You'll know you succeeded when")).toBeVisible();

  // Level 1 asks for two successes.
  await logSuccess(client, p.org.slug, "I rehearsed my opening three times and kept eye contact with my friend.");
  await expect(client.getByText("That is 1 of 2 successful attempts needed to master this level.")).toBeVisible();
  await expect(client.getByTestId("level-mastered")).toHaveCount(0);

  await logSuccess(client, p.org.slug, "I wrote three key points on a card and practised my pauses.");
  await expect(client.getByTestId("level-mastered")).toHaveText("Level mastered");
  await expect(client.getByTestId("level-unlocked")).toHaveText(`Unlocked: ${LEVEL_2}`);
  await expect(client.getByText("Great job")).toHaveCount(0);

  await client.goto(`/o/${p.org.slug}/client`);
  await expect(client.getByRole("region", { name: "Public speaking" }).getByTestId("current-level")).toHaveText(`Level 2: ${LEVEL_2}`);

  // The practice overview puts the fresh mastery on the coach's list.
  await coach.goto(`/o/${p.org.slug}/coach`);
  const attention = coach.getByRole("region", { name: "Needs attention" });
  await expect(attention.getByTestId("attention-item")).toContainText(`Newly mastered: “${LEVEL_1}” today`);

  // The coach sees the attempts, the reflection and the chart.
  await coach.goto(`/o/${p.org.slug}/coach/clients/${p.clientMembershipId}`);
  const progress = coach.getByRole("region", { name: "Progress" });
  await expect(progress.getByRole("img", { name: /Confidence before and after attempts/ })).toBeVisible();
  await expect(progress.getByTestId("timeline-attempt")).toHaveCount(2);
  await expect(progress.getByText("I wrote three key points on a card and practised my pauses.")).toBeVisible();
  await expect(progress.getByRole("list", { name: "Levels of Public speaking" }).getByRole("listitem").first()).toContainText("Mastered");

  await progress.getByRole("link", { name: `Success: ${LEVEL_1}` }).first().click();
  await expect(coach.getByRole("heading", { level: 1, name: /Attempt by/ })).toBeVisible();
  await expect(coach.getByTestId("reflection")).toContainText("I wrote three key points on a card and practised my pauses.");
  await coach.getByLabel(/Reply to/).fill("You planned your pauses. What will you keep for the small group?");
  await coach.getByRole("button", { name: "Send reply" }).click();
  await expect(coach.getByRole("list", { name: "Comments" })).toContainText("What will you keep for the small group?");

  // The client sees the reply surfaced on their home and answers it in the thread.
  await client.goto(`/o/${p.org.slug}/client`);
  const recent = client.getByRole("region", { name: "Recent attempts" });
  await expect(recent.getByText("New reply")).toHaveCount(1);
  await recent.getByRole("listitem").filter({ hasText: "New reply" }).getByRole("link").click();
  await expect(client.getByRole("list", { name: "Comments" })).toContainText("What will you keep for the small group?");
  await client.getByLabel("Write to your coach").fill("The card with three points.");
  await client.getByRole("button", { name: "Send", exact: true }).click();
  await expect(client.getByRole("list", { name: "Comments" })).toContainText("The card with three points.");
  await expect(client.getByLabel("Write to your coach")).toHaveValue("");
});

test("with a ladder already assigned, bad input is refused with the client's words kept, and a setback is reframed", async ({ page }) => {
  const p = await arrangePractice("loop-arranged");
  await arrangeAssignment(ownerDb(), { orgId: p.org.id, clientMembershipId: p.clientMembershipId });
  await signIn(page, p.client.email);

  await page.goto(`/o/${p.org.slug}/client`);
  await page.getByRole("link", { name: "Prepare for this level" }).click();
  // No pinned wins yet: the prompt to recall one, and where to write them down.
  await expect(page.getByText("Remember a time when you accomplished something difficult")).toBeVisible();
  await expect(page.getByRole("link", { name: "Write down and pin your past wins" })).toHaveAttribute("href", `/o/${p.org.slug}/client/wins`);

  await page.getByLabel("How sure are you that you can do this?").fill("150");
  await page.getByLabel("Where").fill("The café on Main Street");
  await page.getByRole("button", { name: "I'm ready" }).click();
  await expect(page.getByText("Rate your confidence from 0 to 100.")).toBeVisible();
  await expect(page.getByLabel("Where")).toHaveValue("The café on Main Street");
  await page.getByLabel("How sure are you that you can do this?").fill("40");
  await page.getByRole("button", { name: "I'm ready" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How did it go?" })).toBeVisible();
  const attemptUrl = page.url();

  await page.getByRole("radio", { name: "Setback" }).check();
  await expect(page.getByText("This is information, not a verdict on your capability.")).toBeVisible();
  await page.getByLabel("How sure are you now that you can do this?").fill("101");
  await page.getByRole("radio", { name: /^5 – / }).check();
  const learned = "I rushed the start. <script>alert(1)</script> Next time I will breathe first.";
  await page.getByLabel("What did you learn from this attempt?").fill(learned);
  await page.getByRole("button", { name: "Save attempt" }).click();
  await expect(page.getByText("Rate your confidence from 0 to 100.")).toBeVisible();
  await expect(page.getByLabel("What did you learn from this attempt?")).toHaveValue(learned);

  await page.getByLabel("How sure are you now that you can do this?").fill("45");
  await page.getByRole("button", { name: "Save attempt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your attempt" })).toBeVisible();
  await expect(page.getByText(`You attempted “${LEVEL_1}”. This is information, not a verdict on your capability.`)).toBeVisible();
  // The reflection is shown as text, never as markup.
  await expect(page.getByTestId("reflection")).toContainText(learned);
  expect(page.url()).toBe(attemptUrl);

  await page.goto(`/o/${p.org.slug}/client`);
  await expect(page.getByRole("region", { name: "Public speaking" }).getByTestId("current-level")).toHaveText(`Level 1: ${LEVEL_1}`);
});

test("a client with no ladder yet reads a calm note that their coach will set one", async ({ page }) => {
  const p = await arrangePractice("loop-empty");
  await signIn(page, p.client.email);
  await page.goto(`/o/${p.org.slug}/client`);
  await expect(page.getByText("Your coach will set you a ladder of challenges")).toBeVisible();
});
