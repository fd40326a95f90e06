import { expect, test } from "@playwright/test";

const rows = (page: import("@playwright/test").Page) => page.getByRole("table", { name: "Commitments" }).locator("tbody tr");

test.describe("commitments explorer", () => {
  test("lists every demo commitment", async ({ page }) => {
    await page.goto("/commitments");
    await expect(rows(page)).toHaveCount(15);
    await expect(page.getByText("1–15 of 15")).toBeVisible();
    await expect(page.getByRole("link", { name: /sixth-generation power battery/ })).toBeVisible();
  });

  test("the company filter narrows the list and the URL reproduces it", async ({ page, context }) => {
    await page.goto("/commitments");
    await page.getByLabel("Company").selectOption({ label: "Siemens" });
    await expect(page).toHaveURL(/company=siemens/);
    await expect(rows(page)).toHaveCount(3);
    for (const text of await rows(page).locator("td:nth-child(2)").allTextContents()) expect(text).toBe("Siemens");

    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(rows(shared)).toHaveCount(3);
    await expect(shared.getByLabel("Company")).toHaveValue("siemens");

    await page.goBack();
    await expect(rows(page)).toHaveCount(15);
  });

  test("a parent company includes its subsidiaries", async ({ page }) => {
    await page.goto("/commitments?company=bmw-group");
    // BMW Group's own 8, plus the battery project of BMW Brilliance Automotive.
    await expect(rows(page)).toHaveCount(9);
    await expect(page.getByRole("cell", { name: "BMW Brilliance Automotive" })).toBeVisible();
  });

  test("a company named by alias works in the URL", async ({ page }) => {
    await page.goto(`/commitments?company=${encodeURIComponent("华晨宝马")}`);
    await expect(rows(page)).toHaveCount(1);
  });

  test("sorting by a column header reorders the rows and is kept in the URL", async ({ page }) => {
    await page.goto("/commitments");
    await page.getByRole("button", { name: "Commitment" }).click();
    await expect(page).toHaveURL(/sort=title/);
    // aria-sort comes from the server's answer, so once it flips the rows are the re-sorted ones.
    await expect(page.getByRole("columnheader", { name: "Commitment" })).toHaveAttribute("aria-sort", "ascending");
    const titles = await rows(page).locator("td:first-child").allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
  });

  test("pages through the list", async ({ page }) => {
    await page.goto("/commitments?perPage=10");
    await expect(rows(page)).toHaveCount(10);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(rows(page)).toHaveCount(5);
    await expect(page.getByText("11–15 of 15")).toBeVisible();
  });

  test("an invalid filter in the address is reported and ignored", async ({ page }) => {
    await page.goto("/commitments?status=done");
    await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toContainText('unknown status "done"');
    await expect(rows(page)).toHaveCount(15);
  });

  test("an empty result says so and offers to clear the filters", async ({ page }) => {
    await page.goto("/commitments?company=siemens&status=achieved");
    await expect(page.getByText("No commitments match these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(rows(page)).toHaveCount(15);
  });
});
