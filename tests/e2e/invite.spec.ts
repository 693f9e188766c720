import { expect, test } from "@playwright/test";
import { followMailLink, openLatestMail, signIn, uniqueEmail } from "./support/mailbox";

test("a new coach signs up, creates a practice, invites a client who joins from the mailbox link", async ({ browser }) => {
  const coachEmail = uniqueEmail("coach");
  const clientEmail = uniqueEmail("client");
  const slug = `practice-${Date.now().toString(36)}`;

  const coach = await (await browser.newContext()).newPage();
  await signIn(coach, coachEmail);

  // First sign-in with no organization: create the practice.
  await expect(coach).toHaveURL(/\/orgs\/new$/);
  await coach.getByLabel("Practice name").fill("Harbour Light Coaching");
  await coach.getByLabel("Address").fill(slug);
  await coach.getByRole("button", { name: "Create practice" }).click();
  await expect(coach).toHaveURL(new RegExp(`/o/${slug}/coach$`));
  await expect(coach.getByTestId("current-org")).toHaveText("Harbour Light Coaching");

  // Invite a client; a bad address is refused with the text kept.
  await coach.getByRole("link", { name: "Invitations" }).click();
  await coach.getByLabel("Email address").fill("not-an-address");
  await coach.getByRole("button", { name: "Send invitation" }).click();
  await expect(coach.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(coach.getByLabel("Email address")).toHaveValue("not-an-address");
  await coach.getByLabel("Email address").fill(clientEmail);
  await coach.getByRole("button", { name: "Send invitation" }).click();
  await expect(coach.getByText(`Invitation sent to ${clientEmail}.`)).toBeVisible();
  await expect(coach.getByTestId("invited-email")).toHaveText([clientEmail]);

  // The client, in their own browser, opens the invitation from the mailbox.
  const client = await (await browser.newContext()).newPage();
  await openLatestMail(client, clientEmail, "You're invited to Harbour Light Coaching on Foothold");
  await followMailLink(client, "/invitations/");
  await expect(client.getByRole("heading", { name: "Join Harbour Light Coaching" })).toBeVisible();
  await client.getByRole("link", { name: "Sign in to accept" }).click();
  await expect(client.getByLabel("Email address")).toHaveValue(clientEmail);
  const invitationUrl = await client.evaluate(() => new URL(location.href).searchParams.get("callbackUrl"));
  await signIn(client, clientEmail, invitationUrl ?? undefined);
  await client.getByRole("button", { name: "Join Harbour Light Coaching" }).click();

  // A new client starts with the intake before the portal opens.
  await expect(client).toHaveURL(new RegExp(`/o/${slug}/intake$`));
  await expect(client.getByRole("heading", { name: "What brings you here" })).toBeVisible();
  await expect(client.getByTestId("current-org")).toHaveText("Harbour Light Coaching");
  await expect(client.getByRole("link", { name: "Invitations" })).toHaveCount(0);
  expect((await client.goto(`/o/${slug}/coach`))?.status()).toBe(404);

  // The coach sees the new client; the invitation is no longer open.
  await coach.getByRole("link", { name: "Clients" }).click();
  await expect(coach.getByRole("cell", { name: clientEmail })).toBeVisible();
  await coach.getByRole("link", { name: "Invitations" }).click();
  await expect(coach.getByText("None open.")).toBeVisible();

  // The used link cannot be used again.
  await client.goto(invitationUrl!);
  await expect(client.getByRole("heading", { name: "This invitation has been used" })).toBeVisible();
});

test("an invitation opened while signed in as someone else says so and joins nobody", async ({ browser }) => {
  const coachEmail = uniqueEmail("coach2");
  const invitedEmail = uniqueEmail("invited");
  const strangerEmail = uniqueEmail("stranger");
  const slug = `other-${Date.now().toString(36)}`;

  const coach = await (await browser.newContext()).newPage();
  await signIn(coach, coachEmail);
  await coach.getByLabel("Practice name").fill("Second Practice");
  await coach.getByLabel("Address").fill(slug);
  await coach.getByRole("button", { name: "Create practice" }).click();
  await coach.goto(`/o/${slug}/coach/invitations`);
  await coach.getByLabel("Email address").fill(invitedEmail);
  await coach.getByRole("button", { name: "Send invitation" }).click();
  await expect(coach.getByText(`Invitation sent to ${invitedEmail}.`)).toBeVisible();

  const stranger = await (await browser.newContext()).newPage();
  await signIn(stranger, strangerEmail);
  await openLatestMail(stranger, invitedEmail, "You're invited to Second Practice on Foothold");
  await followMailLink(stranger, "/invitations/");
  await expect(stranger.getByRole("heading", { name: "This invitation is for someone else" })).toBeVisible();
  await expect(stranger.getByText(`It was sent to ${invitedEmail}`)).toBeVisible();
  const response = await stranger.goto(`/o/${slug}/client`);
  expect(response?.status()).toBe(404);
});
