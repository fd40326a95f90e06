import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The server runs its background jobs from the start (the in-process scheduler on the embedded database,
// pg-boss on PostgreSQL); an admin sees what runs and how its runs went.

test("an admin sees the background jobs and the date checks' first run", async ({ page }) => {
  test.slow();
  await signIn(page, "admin", "/admin/jobs");
  await expect(page.getByRole("heading", { name: "Administration" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Jobs" })).toContainText("date-checks");
  await expect(page.getByText(/Jobs run on (pg-boss|the embedded database's scheduler)/)).toBeVisible();
  const runs = page.getByRole("table", { name: "Recent runs" });
  await expect(async () => {
    await page.reload();
    await expect(runs.getByRole("row").filter({ hasText: "date-checks" }).first()).toBeVisible({ timeout: 2_000 });
    await expect(
      page.getByRole("list", { name: "Jobs" }).getByRole("listitem").filter({ hasText: "date-checks" }),
    ).toContainText("Last run", { timeout: 2_000 });
  }).toPass({ timeout: 90_000, intervals: [2_000] });
});
