import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "./accounts";
import { originOf, signIn } from "./fixtures";

test.describe("accounts", () => {
  test("sign in and out", async ({ page }) => {
    await signIn(page, "editor");
    await expect(page.getByRole("button", { name: /Account: editor@e2e.test/ })).toContainText("editor");
    await page.getByRole("button", { name: /Account:/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("a wrong password and an unknown email get the same answer", async ({ page }) => {
    for (const email of [E2E_ACCOUNTS.viewer.email, "nobody-here@e2e.test"]) {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("not the right password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("form").getByRole("alert")).toHaveText("The email or password is not right.");
    }
  });

  test("pages for signed-in people send others to sign in, then back", async ({ page }) => {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
    await page.getByLabel("Email").fill(E2E_ACCOUNTS.viewer.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "Role: Viewer" })).toBeVisible();
  });

  test("only admins reach the administration pages", async ({ page }) => {
    await signIn(page, "editor");
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByText("This page needs the admin role; your account is an editor.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Accounts" })).toHaveCount(0);
    // The API says it the same way.
    const answer = await page.request.get("/api/v1/admin/users", { headers: { origin: originOf(page) } });
    expect(answer.status()).toBe(403);
    expect((await answer.json()).error.message).toContain("your account is an editor");
  });

  test("an admin creates an account, changes its role, and the audit log shows both", async ({ page }) => {
    await signIn(page, "admin", "/admin/users");
    const email = `analyst-${Date.now()}@e2e.test`;
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Generate a password" }).click();
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toContainText(`Created ${email}`);
    const role = page.getByLabel(`Role of ${email}`);
    await expect(role).toHaveValue("viewer");
    await role.selectOption("editor");
    await expect(role).toHaveValue("editor");

    await page.goto(`/admin/audit?actor=${encodeURIComponent(E2E_ACCOUNTS.admin.email)}&action=role_change`);
    const entry = page.getByRole("row").filter({ hasText: email });
    await expect(entry).toContainText("Role changed");
    await expect(entry).toContainText("Role: viewer → editor");
    await expect(entry.getByRole("cell").nth(1)).toContainText(E2E_ACCOUNTS.admin.name);
  });

  test("an API token is shown once, works as a Bearer token, and stops working when revoked", async ({
    page,
    request,
  }) => {
    await signIn(page, "admin", "/admin/tokens");
    const name = `script ${Date.now()}`;
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Acts as").selectOption({ label: `${E2E_ACCOUNTS.editor.email} (editor)` });
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    expect(token).toMatch(/^ct_/);

    const bearer = { Authorization: `Bearer ${token}` };
    expect((await request.get("/api/v1/commitments?perPage=1", { headers: bearer })).status()).toBe(200);

    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0); // never shown again
    const row = page.getByRole("row").filter({ hasText: name });
    await row.getByRole("button", { name: "Revoke" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke token" }).click();
    await expect(row).toContainText("Revoked");
    const refused = await request.get("/api/v1/commitments?perPage=1", { headers: bearer });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("unauthorized");
  });

  test("pages carry the security headers", async ({ request }) => {
    const response = await request.get("/commitments");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const api = await request.get("/api/v1/regions");
    expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  });
});
