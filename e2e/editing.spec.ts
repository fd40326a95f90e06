import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./accounts";
import { originOf, recordCommitment, signIn, uniqueTitle } from "./fixtures";

test.describe("editing and who may do it", () => {
  test("an editor's edit is attributed in the commitment's history", async ({ page }) => {
    await signIn(page, "editor");
    const before = uniqueTitle("Add a paint shop");
    const { id } = await recordCommitment(page, before);
    await page.goto(`/commitments/${id}`);
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Edit commitment" })).toBeVisible();
    await page.getByLabel("Title").fill(`${before} and a body shop`);
    await page.getByLabel("Target date").fill("2027-06-30");
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL(new RegExp(`/commitments/${id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${before} and a body shop`);
    const edit = page.getByRole("list", { name: "History" }).locator('[data-event="edit"]');
    // It reads like prose: the editor's name, the form's labels, dates in words.
    await expect(edit).toContainText(`by ${E2E_ACCOUNTS.editor.name}`);
    await expect(edit).toContainText(`Title: ${before} → ${before} and a body shop`);
    await expect(edit).toContainText("Target date: — → 30 Jun 2027");
    await expect(edit).not.toContainText(E2E_ACCOUNTS.editor.email);
    await expect(edit).not.toContainText("targetOn");
  });

  test("a stale edit is refused with a clear message and the analyst's input is kept", async ({ page, context }) => {
    test.slow(); // two tabs, four page loads
    await signIn(page, "editor");
    const { id } = await recordCommitment(page, uniqueTitle("Hire 300 engineers"));
    const other = await context.newPage();
    await other.goto(`/commitments/${id}/edit`);
    await page.goto(`/commitments/${id}/edit`);

    await other.getByLabel("Title").fill("Hire 300 engineers (changed in the other tab)");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(other).toHaveURL(new RegExp(`/commitments/${id}$`));

    await page.bringToFront();
    await page.getByLabel("Title").fill("Hire 350 engineers");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("form", { name: "Edit commitment" }).getByRole("alert")).toContainText(
      "changed by someone else",
    );
    await expect(page.getByLabel("Title")).toHaveValue("Hire 350 engineers");
    const stored = await (await page.request.get(`/api/v1/commitments/${id}`)).json();
    expect(stored).toMatchObject({ title: "Hire 300 engineers (changed in the other tab)", version: 2 });
  });

  test("a viewer sees no edit controls, and a forged request is refused", async ({ page, browser }) => {
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, "editor");
    const { id } = await recordCommitment(editorPage, uniqueTitle("Open a training school"));

    await signIn(page, "viewer", `/commitments/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const control of ["Edit", "Update status", "Attach evidence"]) {
      await expect(
        page
          .getByRole("button", { name: control, exact: true })
          .or(page.getByRole("link", { name: control, exact: true })),
      ).toHaveCount(0);
    }
    await page.goto(`/commitments/${id}/edit`);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();

    // The viewer's own session, sent from the app's origin: refused for lack of the role.
    const asViewer = await page.request.post(`/api/v1/commitments/${id}/status`, {
      headers: { origin: originOf(page) },
      data: { status: "achieved", reason: "forged", version: 1 },
    });
    expect(asViewer.status()).toBe(403);
    // The editor's session, sent by another site: refused as a cross-site forgery.
    const crossSite = await editorPage.request.post(`/api/v1/commitments/${id}/status`, {
      headers: { origin: "https://attacker.example" },
      data: { status: "achieved", reason: "forged", version: 1 },
    });
    expect(crossSite.status()).toBe(403);
    const stored = await (await page.request.get(`/api/v1/commitments/${id}`)).json();
    expect(stored).toMatchObject({ status: "announced", version: 1 });
    await editorContext.close();
  });

  test("editors add and rename organizations; the old name keeps working", async ({ page }) => {
    await signIn(page, "editor", "/companies");
    const name = uniqueTitle("Shenyang Auto Parts");
    await page.getByRole("button", { name: "New organization" }).click();
    const dialog = page.getByRole("dialog", { name: "New organization" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Country").fill("cn");
    await dialog.getByLabel("Parent organization").fill("BBA");
    await dialog.getByRole("button", { name: "Create organization" }).click();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("BMW Brilliance Automotive");
    await expect(row).toContainText("CN");

    await row.getByRole("button", { name: `Edit ${name}` }).click();
    const edit = page.getByRole("dialog", { name: `Edit ${name}` });
    await edit.getByLabel("Name").fill(`${name} Co.`);
    await edit.getByRole("button", { name: "Save changes" }).click();
    const renamed = page.getByRole("row").filter({ hasText: `${name} Co.` });
    await expect(renamed).toContainText(name); // listed among its aliases now
  });

  test("editors add a city to a province, and the region tree shows it", async ({ page }) => {
    await signIn(page, "editor", "/regions");
    const name = uniqueTitle("Anshan");
    await page.getByRole("button", { name: "New region" }).click();
    const dialog = page.getByRole("dialog", { name: "New region" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Kind").selectOption("city");
    await dialog.getByLabel("Parent region").fill("辽宁");
    await dialog.getByRole("button", { name: "Create region" }).click();
    await expect(page.getByRole("list", { name: "Region tree" }).getByRole("link", { name })).toBeVisible();
  });
});

test("an admin sets the exchange rates the dashboard's totals use", async ({ page }) => {
  await signIn(page, "admin", "/admin/rates");
  await expect(page.getByRole("table", { name: "Currency rates" })).toBeVisible();
  await page.getByRole("button", { name: "Add a currency" }).click();
  const last = page.getByRole("table", { name: "Currency rates" }).getByRole("row").last();
  await last.getByLabel(/^Currency/).fill("eur");
  await last.getByLabel(/^Rate of/).fill("1.2");
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Some rates are invalid.");
  await expect(page.getByText("EUR is listed twice")).toBeVisible();

  await last.getByLabel(/^Currency/).fill("CHF");
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Rates saved.");
  const rates = await (await page.request.get("/api/v1/rates")).json();
  expect(rates.rates).toContainEqual(expect.objectContaining({ currency: "CHF", rate: 1.2 }));
});
