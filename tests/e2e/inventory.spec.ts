import { type Page, expect, test } from "@playwright/test";
import { RELIVING_STEPS } from "@/lib/reliving/script";
import { arrangeAssignment } from "../support/ladder-factory";
import { arrangePractice, ownerDb } from "./support/arrange";
import { followMailLink, openLatestMail, signIn } from "./support/mailbox";

type Choice = Record<string, string>;

/** Picks one option per question of the current screening page; questions are groups named by their wording. */
async function answerPage(page: Page, choices: Choice) {
  for (const [question, option] of Object.entries(choices)) {
    await page.getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Continue" }).click();
}

const PHQ2 = (answer: string) => ({
  "Little interest or pleasure in doing things": answer,
  "Feeling down, depressed, or hopeless": answer,
});

const OTHER_CALM = {
  "When something goes wrong, I feel there is little I can do to change it.": "Not like me",
  "Trying harder rarely makes a difference to how things turn out for me.": "A little like me",
  "How things go for me depends more on luck or other people than on what I do.": "Not like me",
  "Has something very frightening or distressing happened to you that still affects you today?": "No",
  "When you are about to perform, present, compete or be assessed, do you feel strong distress — for example panic, freezing, or unwanted memories coming back?":
    "Never or rarely",
};

async function startIntake(page: Page, email: string, slug: string) {
  await signIn(page, email);
  // The portal sends a client whose intake is not done to the intake.
  await page.goto(`/o/${slug}/client`);
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/intake$`));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Write a sentence or two about what you'd like to work on")).toBeVisible();
  await page.getByLabel("What would you like to be able to do, that feels hard today?").fill("Speak up in meetings without freezing");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "How you have been feeling" })).toBeVisible();
}

async function addWin(page: Page, slug: string, title: string, domain: string, answers: readonly string[]) {
  await page.goto(`/o/${slug}/client/wins`);
  await page.getByRole("link", { name: "Add a win" }).click();
  await page.getByLabel("Give this win a short title").fill(title);
  await page.getByLabel(domain).check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByText("Question 1 of 5")).toBeVisible();
  for (const [index, answer] of answers.entries()) {
    await page.locator("textarea[name=answer]").fill(answer);
    await page.getByRole("button", { name: index === answers.length - 1 ? "Save" : "Save and continue", exact: true }).click();
    if (index < answers.length - 1) await expect(page.getByText(`Question ${index + 2} of 5`)).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Relive this win" })).toBeVisible();
}

test("a flagged client: intake takes the safety route, wins are recorded, pinned and relived; the coach acknowledges before assigning", async ({ browser }) => {
  const p = await arrangePractice("invflag", { intakeDone: false });
  const slug = p.org.slug;
  const client = await (await browser.newContext()).newPage();
  await startIntake(client, p.client.email, slug);

  // A missing answer is named, and what was chosen stays chosen.
  await client.getByRole("group", { name: "Little interest or pleasure in doing things" }).getByLabel("Nearly every day").check();
  await client.getByRole("button", { name: "Continue" }).click();
  await expect(client.getByText("Please choose an answer for: “Feeling down, depressed, or hopeless”")).toBeVisible();
  await expect(client.getByRole("group", { name: "Little interest or pleasure in doing things" }).getByLabel("Nearly every day")).toBeChecked();
  await answerPage(client, PHQ2("Nearly every day"));

  // PHQ-2 positive: the rest of the PHQ-9. Item 9 above zero ends the screening at once.
  await expect(client.getByRole("heading", { name: "A few more questions about the last two weeks" })).toBeVisible();
  await answerPage(client, {
    "Trouble falling or staying asleep, or sleeping too much": "Several days",
    "Feeling tired or having little energy": "Several days",
    "Poor appetite or overeating": "Not at all",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down": "Several days",
    "Trouble concentrating on things, such as reading the newspaper or watching television": "Not at all",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual":
      "Not at all",
    "Thoughts that you would be better off dead or of hurting yourself in some way": "Several days",
  });
  await expect(client.getByRole("heading", { name: "Thank you for telling us" })).toBeVisible();
  await expect(client.getByText("988 Suicide & Crisis Lifeline: call or text 988.")).toBeVisible();
  await expect(client.getByText(/score|PHQ|depress/i)).toHaveCount(0);
  await client.getByRole("link", { name: "Continue to your practice" }).click();
  await expect(client).toHaveURL(new RegExp(`/o/${slug}/client$`));

  // Success inventory: an empty answer and an over-long one are refused, the text kept.
  await client.goto(`/o/${slug}/client/wins`);
  await client.getByRole("link", { name: "Add a win" }).click();
  await client.getByRole("button", { name: "Start" }).click();
  await expect(client.getByText("Give this win a short title", { exact: true }).last()).toBeVisible();
  await expect(client.getByText("Choose the part of life this win comes from")).toBeVisible();
  await client.getByLabel("Give this win a short title").fill("Spoke at the all-hands");
  await client.getByLabel("Professional / Academic").check();
  await client.getByRole("button", { name: "Start" }).click();
  await client.getByRole("button", { name: "Save and continue" }).click();
  await expect(client.getByText("Please answer: Describe what made this challenging")).toBeVisible();
  const long = "I had to stand up in front of everyone. ".repeat(60);
  await client.locator("textarea[name=answer]").fill(long);
  await client.getByRole("button", { name: "Save and continue" }).click();
  await expect(client.getByText(/Keep this answer under 2,000 characters \(you have 2,\d{3}\)/)).toBeVisible();
  await expect(client.locator("textarea[name=answer]")).toHaveValue(long);
  const entryUrl = client.url();
  const answers = [
    "Two hundred people, and my manager in the front row.",
    "I wrote the talk out, practised it aloud five times and timed it.",
    "My slides froze and I kept talking without them.",
    "Preparation, and remembering I had handled a client call like it.",
    "Nervous before, steady once I started, proud after.",
  ];
  for (const [index, answer] of answers.entries()) {
    await client.locator("textarea[name=answer]").fill(answer);
    await client.getByRole("button", { name: /^Save( and continue)?$/ }).click();
    if (index < answers.length - 1) await expect(client.getByText(`Question ${index + 2} of 5`)).toBeVisible();
  }
  await expect(client.getByText("I wrote the talk out, practised it aloud five times and timed it.")).toBeVisible();
  // Leaving and coming back shows the complete entry, not a blank form.
  await client.goto(entryUrl);
  await expect(client.getByRole("link", { name: "Relive this win" })).toBeVisible();

  await addWin(client, slug, "Finished the coastal 10k", "Athletic / Physical", [
    "I had never run further than 5 km.",
    "I trained three mornings a week for two months.",
    "A calf strain in week five; I rested and came back.",
    "Patience.",
    "Tired and very glad.",
  ]);
  await client.goto(`/o/${slug}/client/wins`);
  await expect(client.getByRole("heading", { name: "Professional / Academic" })).toBeVisible();
  await client.getByRole("button", { name: "Pin “Spoke at the all-hands”", exact: true }).click();
  await expect(client.getByTestId("pinned-count")).toHaveText("Pinned: 1 of 3");
  await expect(client.getByRole("button", { name: "Unpin “Spoke at the all-hands”", exact: true })).toBeVisible();

  // Guided reliving, one step at a time, then the anchor and capability statement.
  await client.getByRole("link", { name: "Spoke at the all-hands" }).click();
  await client.getByRole("link", { name: "Relive this win" }).click();
  await expect(client.getByRole("heading", { name: RELIVING_STEPS[0]!.title })).toBeVisible();
  await client.getByRole("button", { name: "Next", exact: true }).click();
  await expect(client.getByRole("heading", { name: RELIVING_STEPS[1]!.title })).toBeVisible();
  await client.getByRole("button", { name: "Back", exact: true }).click();
  await expect(client.getByRole("heading", { name: RELIVING_STEPS[0]!.title })).toBeVisible();
  for (let step = 1; step < RELIVING_STEPS.length; step += 1) {
    await client.getByRole("button", { name: "Next", exact: true }).click();
    await expect(client.getByRole("heading", { name: RELIVING_STEPS[step]!.title })).toBeVisible();
  }
  await client.getByRole("button", { name: "Finish" }).click();
  await client.getByLabel("Your anchor cue").fill("thumb and finger together");
  await client.getByLabel("I am someone who can …").fill("keep going when the plan falls apart");
  await client.getByRole("button", { name: "Save my anchor and statement" }).click();
  await expect(client.getByTestId("anchor-cue")).toHaveText("thumb and finger together");
  await expect(client.getByTestId("capability-statement")).toHaveText("I am someone who can keep going when the plan falls apart");
  await expect(client.getByRole("heading", { name: "Spoke at the all-hands" })).toBeVisible();

  // The pinned win appears in the pre-attempt review of a ladder level.
  await arrangeAssignment(ownerDb(), { orgId: p.org.id, clientMembershipId: p.clientMembershipId });
  await client.goto(`/o/${slug}/client`);
  await client.getByRole("link", { name: "Prepare for this level" }).click();
  await expect(client.getByRole("heading", { name: "Before you start" })).toBeVisible();
  await expect(client.getByText("Spoke at the all-hands")).toBeVisible();
  await client.context().close();

  // The coach was emailed (no answers in it); the link opens the client's page.
  const coach = await (await browser.newContext()).newPage();
  await signIn(coach, p.coach.email);
  await openLatestMail(coach, p.coach.email, /a client's answers need your attention/);
  await expect(coach.getByText(/Several days|PHQ/)).toHaveCount(0);
  await followMailLink(coach, `/coach/clients/${p.clientMembershipId}`);
  await expect(coach.getByRole("heading", { name: "Screening" })).toBeVisible();
  await expect(coach.getByText("Urgent: safety answer")).toBeVisible();
  await expect(coach.getByText("Consider a referral to a clinician before mastery work.", { exact: true })).toBeVisible();
  await expect(coach.getByText("Speak up in meetings without freezing")).toBeVisible();
  await expect(coach.getByText("Acknowledge the screening flag before assigning a ladder.")).toBeVisible();
  await expect(coach.getByRole("button", { name: "Assign ladder" })).toHaveCount(0);
  await coach.getByRole("button", { name: "Acknowledge" }).click();
  await expect(coach.getByRole("button", { name: "Assign ladder" })).toBeVisible();
  await expect(coach.getByTestId("screening-status")).toContainText("Flag acknowledged by Coach invflag");
  await expect(coach.getByText("Acknowledge the screening flag before assigning a ladder.")).toHaveCount(0);

  // A repeat request sends the client back to the questions on their next visit.
  await coach.getByRole("button", { name: "Ask to repeat the screening" }).click();
  await expect(coach.getByTestId("screening-status")).toContainText("Waiting for the client to answer again");
  const again = await (await browser.newContext()).newPage();
  await signIn(again, p.client.email);
  await again.goto(`/o/${slug}/client/wins`);
  await expect(again).toHaveURL(new RegExp(`/o/${slug}/intake$`));
  await expect(again.getByRole("heading", { name: "How you have been feeling" })).toBeVisible();
});

test("an unflagged client: intake ends with a thank-you, then the journal and progress pages work", async ({ page }) => {
  const p = await arrangePractice("invcalm", { intakeDone: false });
  const slug = p.org.slug;
  await startIntake(page, p.client.email, slug);
  await answerPage(page, PHQ2("Not at all"));
  // PHQ-2 negative: straight to the last page.
  await expect(page.getByRole("heading", { name: "How challenges tend to feel for you" })).toBeVisible();
  await answerPage(page, OTHER_CALM);
  await expect(page.getByRole("heading", { name: "Thank you", exact: true })).toBeVisible();
  await expect(page.getByText("988")).toHaveCount(0);
  await page.getByRole("link", { name: "Continue to your practice" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/client$`));

  await page.goto(`/o/${slug}/client/journal`);
  await page.getByLabel("Your win, in a few words").fill("Asked my question first in the team meeting");
  await page.getByRole("button", { name: "Add to journal" }).click();
  await expect(page.getByText("Added to your journal.")).toBeVisible();
  await expect(page.getByTestId("journal-text")).toHaveText(["Asked my question first in the team meeting"]);
  await page.getByLabel("Your win, in a few words").fill("x".repeat(281));
  await page.getByRole("button", { name: "Add to journal" }).click();
  await expect(page.getByText("Keep your win to 280 characters (you have 281)")).toBeVisible();
  await expect(page.getByTestId("journal-text")).toHaveCount(1);

  await page.goto(`/o/${slug}/client/progress`);
  await expect(page.getByRole("img", { name: "Wins per week" })).toBeVisible();
  await expect(page.getByTestId("streak")).toHaveText("0 wk");

  // The coach sees a finished screening with nothing flagged, and no gate.
  const coach = await (await page.context().browser()!.newContext()).newPage();
  await signIn(coach, p.coach.email);
  await coach.goto(`/o/${slug}/coach/clients/${p.clientMembershipId}`);
  await expect(coach.getByTestId("screening-status")).toContainText("Nothing was flagged");
  await expect(coach.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
});
