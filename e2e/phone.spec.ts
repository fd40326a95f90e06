import { type Page, expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// A phone held upright (390 × 844 CSS pixels): every page fits its width; what is wider (a table) scrolls
// inside its own box. Read-only: nothing is saved.
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });
// Each test walks several pages, the explorer and the dashboard among them: over 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function pagesWiderThanPhone(page: Page, paths: string[]) {
  const wider: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) wider.push(`${path}: ${width}px`);
  }
  return wider;
}

test("the public pages fit a phone's width", async ({ page }) => {
  const paths = ["/", "/commitments", "/companies", "/regions", "/sign-in", "/no-such-page"];
  expect(await pagesWiderThanPhone(page, paths)).toEqual([]);
});

test("signed in, the explorer, a commitment, its source, company and region fit a phone's width", async ({ page }) => {
  await signIn(page, "admin");
  const paths = [
    "/commitments",
    "/commitments/1",
    "/sources/1",
    "/companies/bmw-group",
    "/regions/liaoning",
    "/companies",
  ];
  expect(await pagesWiderThanPhone(page, paths)).toEqual([]);
});

test("the editors' and admins' pages fit a phone's width", async ({ page }) => {
  await signIn(page, "admin");
  const paths = [
    "/commitments/new",
    "/commitments/1/edit",
    "/intake",
    "/imports",
    "/following",
    "/inbox",
    "/regions",
    "/account",
    "/admin/users",
    "/admin/tokens",
    "/admin/rates",
    "/admin/audit",
    "/admin/deleted",
    "/admin/jobs",
  ];
  expect(await pagesWiderThanPhone(page, paths)).toEqual([]);
});

test("the navigation sits behind a menu button", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Companies" })).toBeHidden();
  await nav.getByRole("button", { name: "Menu" }).click();
  const menu = page.getByRole("dialog", { name: "Navigation" });
  await menu.getByRole("link", { name: "Companies" }).click();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Companies and governments");
  await expect(menu).toBeHidden();
});

test("the status dialog fits the screen, its Save button within reach", async ({ page }) => {
  await signIn(page, "editor", "/commitments/1");
  await page.getByRole("button", { name: "Update status" }).click();
  const dialog = page.getByRole("dialog", { name: "Update status" });
  await dialog.getByLabel("New status").selectOption("partially_achieved");
  await expect(dialog.getByRole("button", { name: "Save status" })).toBeInViewport({ ratio: 1 });
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});
