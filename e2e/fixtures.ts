import { type Page, expect, test as base } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_PASSWORD, type E2ERole } from "./accounts";

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, role: E2ERole, next = "/") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(E2E_ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: `Account: ${E2E_ACCOUNTS[role].email}` })).toBeVisible();
}

export const test = base;
export { expect };
