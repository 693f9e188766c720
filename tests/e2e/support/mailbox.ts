import { type Page, expect } from "@playwright/test";

/** Opens the newest development-mailbox email to `to` with `subject`. */
export async function openLatestMail(page: Page, to: string, subject: string | RegExp) {
  await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
  await page.getByRole("link", { name: subject }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Follows the link in the open email whose address contains `fragment`. */
export async function followMailLink(page: Page, fragment: string) {
  await page.getByRole("link", { name: new RegExp(fragment.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")) }).first().click();
}

/** Signs in through the real flow: request a link, open it from the mailbox, confirm. */
export async function signIn(page: Page, email: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLatestMail(page, email, "Your Foothold sign-in link");
  await followMailLink(page, "/sign-in/confirm");
  await expect(page.getByText(`Continue as ${email}?`)).toBeVisible();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}@example.com`;
}
