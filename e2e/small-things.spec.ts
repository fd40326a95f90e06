import { type Page, expect, test } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "./accounts";
import { Explorer } from "./pages/explorer";
import { signIn } from "./fixtures";

/** The width the placeholder's text takes in the input's own font, and the room the input leaves for it. */
async function placeholderFit(page: Page) {
  // The working box, not the disabled one drawn until its code has loaded (which it replaces).
  const box = page.getByRole("searchbox", { name: "Search commitments" });
  await expect(box).toBeEnabled();
  return box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, room };
  });
}

test("the app has a favicon", async ({ page }) => {
  await page.goto("/");
  const icon = page.locator('link[rel="icon"]').first();
  const href = await icon.getAttribute("href");
  expect(href).toBeTruthy();
  const answer = await page.request.get(href!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toContain("image/svg+xml");
});

test("the search box's placeholder fits, on a desktop and on a phone", async ({ page }) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await new Explorer(page).open();
    const fit = await placeholderFit(page);
    expect(fit.text, `placeholder at ${size.width}px`).toBeLessThanOrEqual(fit.room);
  }
});

test("a company's count in the picker is what choosing it shows, and the chip says whether subsidiaries count", async ({
  page,
}) => {
  const explorer = new Explorer(page);
  await explorer.open();
  await explorer.filterButton("Company").click();
  const dialog = page.getByRole("dialog");
  // BMW Group's own eight and its joint venture's one.
  await expect(dialog.getByRole("option", { name: /^BMW Group/ })).toContainText("9");
  await dialog.getByRole("option", { name: /^BMW Group/ }).click();
  await expect(explorer.rows).toHaveCount(9);
  const chips = page.getByRole("group", { name: "Active filters" });
  await expect(chips).toContainText("Company: BMW Group, with subsidiaries");

  await explorer.filterButton("Company").click();
  await page.locator("label").filter({ hasText: "Include subsidiaries" }).click();
  await expect(page).toHaveURL(/subsidiaries=false/);
  await expect(page.getByRole("dialog").getByRole("option", { name: /^BMW Group/ })).toContainText("8");
  await page.keyboard.press("Escape");
  await expect(explorer.rows).toHaveCount(8);
  await expect(chips).toContainText("Company: BMW Group, without subsidiaries");
});

test("signing in shows progress until the next page is there", async ({ page }) => {
  await page.goto("/sign-in?next=%2Fcompanies");
  // Hold the next page while it loads, to see what the form shows meanwhile.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/companies",
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByLabel("Email").fill(E2E_ACCOUNTS.viewer.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  const signedIn = page.waitForResponse((r) => r.url().includes("/api/auth/sign-in/email"));
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await signedIn).status()).toBe(200);
  // Signed in, the next page still loading: the button still says so and cannot be pressed twice.
  const button = page.getByRole("button", { name: "Signing in…" });
  await expect(button).toBeVisible();
  await expect(button).toBeDisabled();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toHaveCount(0);
  release();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByRole("button", { name: `Account: ${E2E_ACCOUNTS.viewer.email}` })).toBeVisible();
});

test("an idle connection is kept open for a minute, so a client reusing it is not reset", async ({ request }) => {
  const answer = await request.get("/api/v1/regions");
  expect(answer.status()).toBe(200);
  expect(answer.headers()["keep-alive"]).toBe("timeout=65");
});

test("an admin's navigation fits the window at every width from a tablet's to a desktop's", async ({ page }) => {
  await signIn(page, "admin");
  for (const width of [768, 1024, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeVisible();
    const overflow = await nav.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `at ${width}px`).toBeLessThanOrEqual(0);
  }
});
