import { expect, test } from "@playwright/test";

test.describe("commitment page", () => {
  test("shows the fields, the source, the evidence and the status history", async ({ page }) => {
    await page.goto("/commitments");
    await page.getByRole("link", { name: /sixth-generation power battery/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Accelerate construction of the sixth-generation power battery project",
    );

    const details = page.getByRole("region", { name: "Details" });
    await expect(details).toContainText("BMW Brilliance Automotive");
    await expect(details).toContainText("Shenyang");
    await expect(details).toContainText("2023-10-13");

    const source = page.getByRole("region", { name: "Source" });
    const link = source.getByRole("link", { name: /visits BMW Group and Siemens/ });
    await expect(link).toHaveAttribute("href", "https://en.dl.gov.cn/art/2023/10/14/art_689_2200902.html");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
    await expect(source).toContainText("para. 2");

    // The demo's follow-up: three reports, from construction to pilot production.
    const evidence = page.getByRole("region", { name: "Evidence" });
    await expect(evidence.getByRole("listitem")).toHaveCount(3);
    const pilot = evidence.getByRole("listitem").filter({ hasText: "began pilot production" });
    await expect(pilot).toContainText("Supports");
    await expect(pilot).toContainText("2025-02-22");
    await expect(pilot).toContainText("People's Daily Online (from Xinhua)");
    await expect(evidence.getByRole("listitem").filter({ hasText: "Construction begins" })).toContainText("Chinese");

    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("Recorded as In progress (10%)");
    await expect(history).toContainText("2023-10-14");
    const achieved = history.locator('[data-event="status"]').filter({ hasText: "→ Achieved" });
    await expect(achieved).toContainText("In progress → Achieved (100%)");
    await expect(achieved).toContainText("2025-02-26");
    await expect(achieved).toContainText("by demo data");
    await expect(achieved.getByRole("link", { name: /began pilot production/ })).toHaveAttribute(
      "href",
      /^#evidence-\d+$/,
    );

    // Recorded before intake kept texts: one statement, without a quote; its source page says so.
    const statements = page.getByRole("region", { name: "Statements" });
    await expect(statements).toContainText("Announced once");
    await expect(statements).toContainText("No quote: the text of this statement is not stored.");
    await statements.getByRole("link", { name: /visits BMW Group and Siemens/ }).click();
    await expect(page).toHaveURL(/\/sources\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("visits BMW Group and Siemens");
    await expect(page.getByText("No text is stored for this source")).toBeVisible();
    await expect(page.getByRole("region", { name: /^Quotes/ })).toContainText("No commitment quotes this text yet.");
  });

  test("a commitment nobody has followed up says it has no evidence yet", async ({ page }) => {
    await page.goto("/commitments");
    await page.getByRole("link", { name: /Improve the coordination mechanism/ }).click();
    await expect(page.getByRole("region", { name: "Evidence" })).toContainText("No evidence attached yet");
    await expect(page.locator("header").getByText("Stale")).toBeVisible();
  });

  test("an unknown or malformed id shows the not-found page", async ({ page }) => {
    for (const path of ["/commitments/999999", "/commitments/abc", "/sources/999999", "/sources/x"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      const thing = path.startsWith("/commitments") ? "commitment" : "source";
      await expect(page.getByRole("main")).toContainText(`There is no ${thing} at this address.`);
    }
  });
});

test("an unknown address shows the not-found page with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "All commitments" }).click();
  await expect(page).toHaveURL(/\/commitments$/);
});

test("the navigation bar marks the current page", async ({ page }) => {
  await page.goto("/commitments");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Commitments" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
});
