import { expect, test } from "@playwright/test";
import { arrangePractice } from "./support/arrange";
import { followMailLink, openLatestMail, signIn, uniqueEmail } from "./support/mailbox";

test("opening the magic link does not sign in until the button is pressed, and the link works once", async ({ page, browser }) => {
  const email = uniqueEmail("scanner");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLatestMail(page, email, "Your Foothold sign-in link");
  const link = await page.getByRole("link", { name: /\/sign-in\/confirm/ }).first().getAttribute("href");

  // A mail scanner fetches the link (and the raw Auth.js callback) with GET: nothing is consumed.
  const scanner = await browser.newContext();
  const scanned = await scanner.request.get(link!);
  expect(scanned.status()).toBe(200);
  const raw = new URL(link!);
  raw.pathname = "/api/auth/callback/email";
  const rawScan = await scanner.request.get(raw.toString(), { maxRedirects: 0 });
  expect(rawScan.status()).toBe(303);
  await scanner.close();

  await page.goto(link!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/orgs\/new$/);

  // The same link a second time: a clear message, not a sign-in.
  const other = await (await browser.newContext()).newPage();
  await other.goto(link!);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("heading", { name: "We couldn't sign you in" })).toBeVisible();
  await expect(other.getByText(/expired or has already been used/)).toBeVisible();
});

test("an invalid address is refused with the typed text kept; too many requests get a clear limit message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("someone@");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("someone@");

  const email = uniqueEmail("flood");
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(/Too many sign-in emails were requested\. Please wait \d+ minutes? and try again/)).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(email);
});

test("signing out everywhere ends the session in every browser", async ({ browser }) => {
  const email = uniqueEmail("devices");
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, email);
  await signIn(phone, email);
  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Sign out on every device" }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);
  await phone.goto("/account");
  await expect(phone).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
});

test("a duplicate practice address is refused and the form keeps what was typed", async ({ page }) => {
  const existing = await arrangePractice("taken");
  await signIn(page, uniqueEmail("dup"));
  await page.getByLabel("Practice name").fill("Copy Cat Coaching");
  await page.getByLabel("Address").fill(existing.org.slug);
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page.getByText(`The address "${existing.org.slug}" is already taken. Try another.`)).toBeVisible();
  await expect(page.getByLabel("Practice name")).toHaveValue("Copy Cat Coaching");
  await expect(page.getByLabel("Address")).toHaveValue(existing.org.slug);
});
