import { expect, test } from "@playwright/test";

test.describe("dashboard", () => {
  test("shows the headline counts of the demo data", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
    const commitments = page.getByRole("link", { name: /^Commitments\s*15$/ });
    await expect(commitments).toBeVisible();
  });

  test("draws the status-by-company chart once hydrated, with its numbers as a table", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("status-by-company-chart");
    // Recharts renders its SVG only after hydration: wait for the bars themselves.
    await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();

    await page.getByText("View as table").click();
    const row = page.getByRole("row", { name: /BMW Group/ });
    await expect(row).toBeVisible();
    // BMW Group makes 8 of the demo commitments, all announced.
    await expect(row.getByRole("cell").last()).toHaveText("8");
  });

  test("clicking a company's bar opens the explorer on those commitments", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("status-by-company-chart");
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    // Bars are ordered by total: the first is BMW Group, whose commitments are all "announced".
    await chart.locator(".recharts-bar-rectangle path").first().click();
    await expect(page).toHaveURL(/\/commitments\?company=bmw-group&status=announced/);
    await expect(page.getByRole("table", { name: "Commitments" }).locator("tbody tr")).toHaveCount(8);
  });
});
