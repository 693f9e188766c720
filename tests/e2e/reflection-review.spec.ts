import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { attempts, reflections } from "@/db/schema";
import { tagReflection } from "@/lib/attribution";
import { saveReflection } from "@/lib/reflections/save-reflection";
import { enterTenant } from "@/lib/tenancy/scope";
import { arrangeAssignment } from "../support/ladder-factory";
import { type ArrangedPractice, arrangePractice, ownerDb } from "./support/arrange";
import { signIn } from "./support/mailbox";

const LUCKY = "The audience was really kind, and I was lucky with the running order.";
const HTML = 'I got <b>lucky</b> <img src=x onerror="alert(1)"> <script>alert("x")</script> today.';

/** A recorded attempt with a reflection, saved the way the practice loop saves it (tagged at save time). */
async function arrangeReflection(practice: ArrangedPractice, text: string) {
  const db = ownerDb();
  const orgId = practice.org.id;
  const { assignment, levels } = await arrangeAssignment(db, { orgId, clientMembershipId: practice.clientMembershipId });
  return db.transaction(async (tx) => {
    await enterTenant(tx, { orgId, userId: null });
    const [attempt] = await tx
      .insert(attempts)
      .values({ orgId, assignmentId: assignment.id, levelId: levels[0]!.id, clientMembershipId: practice.clientMembershipId, clientKey: crypto.randomUUID(), status: "recorded", confidenceBefore: 35, outcome: "success", recordedAt: new Date() })
      .returning();
    return saveReflection(tx, { orgId, clientMembershipId: practice.clientMembershipId, outcome: "success", text, attemptId: attempt!.id });
  });
}

test("a client's external-success reflection shows up flagged with its evidence; the coach corrects it and the export carries the correction", async ({ page, browser }) => {
  // The premise: the tagger reads this reflection as giving the credit away.
  expect(tagReflection({ outcome: "success", text: LUCKY }).flags).toEqual(["external_success"]);
  const practice = await arrangePractice("review");
  const lucky = await arrangeReflection(practice, LUCKY);
  await arrangeReflection(practice, HTML);
  const slug = practice.org.slug;
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await signIn(page, practice.coach.email);
  await page.getByRole("link", { name: "Reflections", exact: true }).click();
  await page.getByLabel("Flag", { exact: true }).selectOption({ label: "Gives the credit away" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/flag=external_success/);

  const card = page.getByTestId("reflection").filter({ hasText: "lucky with the running order" });
  await expect(card).toHaveCount(1);
  await expect(card.locator("mark", { hasText: "lucky" })).toHaveAttribute("title", /Luck/);
  await expect(card.locator("mark", { hasText: "audience" })).toHaveAttribute("title", /Other people/);
  await expect(card.getByTestId("reflection-labels")).toContainText("Gives the credit away");
  await expect(card.getByTestId("reflection-labels")).toContainText("external");
  await expect(card.getByTestId("guidance-external_success")).toContainText("What specifically did YOU do that led to this success?");
  await expect(card.getByRole("link", { name: /^Attempt/ })).toHaveAttribute("href", `/o/${slug}/coach/attempts/${lucky.attemptId}`);

  // An unknown filter value is ignored with a note.
  await page.goto(`/o/${slug}/coach/reflections?flag=nonsense&client=${practice.clientMembershipId}`);
  await expect(page.getByRole("status")).toContainText('Ignored the flag filter: there is no flag called "nonsense".');
  await expect(page.getByTestId("reflection")).toHaveCount(2);

  // HTML a client typed is shown as text, never run or rendered.
  const htmlCard = page.getByTestId("reflection").filter({ hasText: "today." });
  await expect(htmlCard.getByTestId("reflection-text")).toContainText('<b>lucky</b> <img src=x onerror="alert(1)"> <script>alert("x")</script>');
  await expect(htmlCard.locator("blockquote b, blockquote img, blockquote script")).toHaveCount(0);
  expect(dialogs).toEqual([]);

  // The coach corrects it: the client credited their own effort too.
  const target = page.getByTestId("reflection").filter({ hasText: "lucky with the running order" });
  await target.getByText("Correct the labels").click();
  await target.getByLabel("Effort", { exact: true }).check();
  await target.getByLabel("Gives the credit away").uncheck();
  await target.getByLabel("Credits effort or method").check();
  await target.getByLabel("Note (optional)").fill("She rehearsed the opening twice; we talked it through.");
  await target.getByRole("button", { name: "Save correction" }).click();
  await expect(target.getByTestId("corrected")).toContainText("Corrected by coach");
  await expect(target.getByTestId("reflection-labels")).toContainText("Credits effort or method");
  await expect(target.getByTestId("reflection-labels")).toContainText("mixed");
  await expect(target.getByTestId("reflection-labels")).toContainText("Tagger said");
  const [stored] = await ownerDb().select().from(reflections).where(eq(reflections.id, lucky.id));
  expect(stored).toMatchObject({ coachCauses: ["effort", "luck", "others"], coachFlags: ["internal_controllable"], tag: lucky.tag });

  // The download holds the correction, in the guide's format.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export corrected labels (JSONL)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-reflections-corrected-.*\\.jsonl$`));
  const lines = readFileSync((await download.path())!, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line));
  expect(lines).toEqual([{ id: lucky.id, outcome: "success", text: LUCKY, causes: ["effort", "luck", "others"], locus: "mixed", flags: ["internal_controllable"] }]);
  const all = await page.request.get(`/o/${slug}/coach/reflections/export?all=1`);
  expect(all.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect((await all.text()).trimEnd().split("\n")).toHaveLength(2);

  // Clearing the correction brings the tagger's label back (the correction section is still open).
  await expect(target.locator("details")).toHaveAttribute("open", "");
  await target.getByRole("button", { name: "Clear correction" }).click();
  await expect(target.getByTestId("corrected")).toHaveCount(0);
  await expect(target.getByTestId("reflection-labels")).toContainText("Gives the credit away");

  // The client page's panel: latest reflections, a link to the filtered feed, the nudge switch.
  await page.goto(`/o/${slug}/coach/clients/${practice.clientMembershipId}`);
  const panel = page.getByRole("region", { name: "Reflections" });
  await expect(panel.locator("mark", { hasText: "lucky" }).first()).toBeVisible();
  await expect(panel.getByRole("link", { name: "All reflections" })).toHaveAttribute("href", `/o/${slug}/coach/reflections?client=${practice.clientMembershipId}`);
  await panel.getByRole("button", { name: "Switch off the attribution question" }).click();
  await expect(panel.getByTestId("nudge-status")).toContainText("switched off");
  await panel.getByRole("button", { name: "Switch on the attribution question" }).click();
  await expect(panel.getByTestId("nudge-status")).toContainText("asked once");

  // The export is for staff: the practice's client gets 404.
  const client = await (await browser.newContext()).newPage();
  await signIn(client, practice.client.email);
  expect((await client.request.get(`/o/${slug}/coach/reflections/export`)).status()).toBe(404);
  await client.context().close();
});

test("the client is asked once what they did, and their answer joins the reflection", async ({ page }) => {
  const practice = await arrangePractice("nudge");
  const lucky = await arrangeReflection(practice, `${LUCKY} <i>really</i>`);
  const slug = practice.org.slug;
  const followUp = `/o/${slug}/client/reflections/${lucky.id}/follow-up`;
  await signIn(page, practice.client.email);

  await page.goto(followUp);
  await expect(page.getByRole("heading", { name: "One question before you move on" })).toBeVisible();
  await expect(page.getByTestId("reflection-text")).toHaveText(`${LUCKY} <i>really</i>`);
  await expect(page.getByText("What specifically did YOU do that led to this?")).toBeVisible();
  await page.getByRole("button", { name: "Add to my reflection" }).click();
  await expect(page.getByText("Write what you did, or choose Skip.")).toBeVisible();
  await page.getByLabel("Add to your reflection").fill("I rehearsed the opening five times and slowed my breathing.");
  await page.getByRole("button", { name: "Add to my reflection" }).click();
  await page.waitForURL(`**/o/${slug}/client/practice/attempts/${lucky.attemptId}`);

  const [stored] = await ownerDb().select().from(reflections).where(eq(reflections.id, lucky.id));
  expect(stored!.text).toBe(`${LUCKY} <i>really</i>\n\nI rehearsed the opening five times and slowed my breathing.`);
  expect(stored!.tag!.causes).toContain("effort");
  expect(stored!.attributionPromptedAt).not.toBeNull();

  // Asked once: coming back moves straight on.
  await page.goto(followUp);
  await page.waitForURL(`**/o/${slug}/client/practice/attempts/${lucky.attemptId}`);
});
