import { type Page, expect, test as base } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_PASSWORD, type E2ERole } from "./accounts";

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, role: E2ERole, next = "/") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(E2E_ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The wait covers rendering the next page too, and a company page's statistics can take many seconds on a busy run.
  await expect(page.getByRole("button", { name: `Account: ${E2E_ACCOUNTS[role].email}` })).toBeVisible({
    timeout: 30_000,
  });
}

/** The page's own origin, which a browser sends with every write from the app's pages. */
export const originOf = (page: Page) => new URL(page.url()).origin;

/** Records a commitment through the API with the signed-in page's session (a fixture for a test). */
export async function recordCommitment(
  page: Page,
  title: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; version: number }> {
  const response = await page.request.post("/api/v1/commitments", {
    headers: { origin: originOf(page) },
    data: {
      title,
      maker: "bmw-group",
      counterpart: "liaoning-provincial-government",
      kind: "pledge",
      sector: "automotive",
      region: "shenyang",
      announcedOn: "2024-01-10",
      ...overrides,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** A title no other test uses, so parallel tests never see each other's data. */
export const uniqueTitle = (what: string) =>
  `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const test = base;
export { expect };
