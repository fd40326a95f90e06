import { expect, test } from "@playwright/test";
import { originOf, recordCommitment, signIn, uniqueTitle } from "./fixtures";

test.describe("corrections", () => {
  test("an editor deletes a commitment with a reason and an admin restores it", async ({ page, browser }) => {
    await signIn(page, "editor");
    const title = uniqueTitle("Build a duplicate paint shop");
    const { id } = await recordCommitment(page, title);
    await page.goto(`/commitments/${id}`);
    await page.getByRole("button", { name: "Delete…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Delete this commitment?" });
    await dialog.getByRole("button", { name: "Delete commitment" }).click();
    await expect(dialog.getByLabel("Why is it deleted?")).toHaveAttribute("aria-invalid", "true");
    await dialog.getByLabel("Why is it deleted?").fill("Recorded twice");
    await dialog.getByRole("button", { name: "Delete commitment" }).click();
    await expect(page).toHaveURL(/\/commitments$/);
    expect((await page.request.get(`/api/v1/commitments/${id}`)).status()).toBe(404);

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, "admin", "/admin/deleted");
    const row = admin.getByRole("row").filter({ hasText: title });
    await expect(row).toContainText("Recorded twice");
    await row.getByRole("button", { name: `Restore #${id} ${title}` }).click();
    await expect(admin).toHaveURL(new RegExp(`/commitments/${id}$`));
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(title);
    await adminContext.close();
  });

  test("a status change can be back-dated, and the history says when it was recorded", async ({ page }) => {
    await signIn(page, "editor");
    const { id } = await recordCommitment(page, uniqueTitle("Open a logistics hub"), { announcedOn: "2023-10-10" });
    await page.goto(`/commitments/${id}`);
    await page.getByRole("button", { name: "Update status" }).click();
    const dialog = page.getByRole("dialog", { name: "Update status" });
    await dialog.getByLabel("New status").selectOption("in_progress");
    await dialog.getByLabel("Reason").fill("Ground broken in May 2024");
    await dialog.getByLabel("In effect since").fill("2023-01-01");
    await dialog.getByRole("button", { name: "Save status" }).click();
    await expect(dialog.getByText("must be 2023-10-10 or later")).toBeVisible();
    await dialog.getByLabel("In effect since").fill("2024-05-01");
    await dialog.getByRole("button", { name: "Save status" }).click();
    await expect(dialog).toBeHidden();
    const event = page.getByRole("list", { name: "History" }).locator('[data-event="status"]');
    await expect(event).toContainText("2024-05-01");
    await expect(event).toContainText("(recorded ");
  });

  test("an editor merges a duplicate organization into the one to keep", async ({ page }) => {
    await signIn(page, "editor");
    const keep = uniqueTitle("Keep Motors");
    const dup = `${keep} AG`;
    for (const name of [keep, dup]) {
      const created = await page.request.post("/api/v1/organizations", {
        headers: { origin: originOf(page) },
        data: { name, kind: "company" },
      });
      expect(created.status(), await created.text()).toBe(201);
    }
    const dupSlug = dup.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const keepSlug = keep.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const { id } = await recordCommitment(page, uniqueTitle("Assemble buses"), { maker: dupSlug });

    await page.goto(`/companies/${dupSlug}`);
    await page.getByRole("button", { name: "Merge…" }).click();
    const dialog = page.getByRole("dialog", { name: `Merge ${dup} into another organization` });
    await dialog.getByRole("combobox", { name: "Keep this organization" }).fill(keep);
    await dialog.getByRole("combobox", { name: "Keep this organization" }).press("Tab");
    await dialog.getByRole("button", { name: `Merge into ${keep}` }).click();
    await expect(page).toHaveURL(new RegExp(`/companies/${keepSlug}$`));
    await expect(page.getByText(`also known as ${dup}`)).toBeVisible();
    const moved = await (await page.request.get(`/api/v1/commitments/${id}`)).json();
    expect(moved.maker).toEqual({ slug: keepSlug, name: keep });
  });
});
