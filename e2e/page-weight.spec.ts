import { expect, test } from "@playwright/test";
import { weighPage } from "../scripts/first-load";

const BUDGET = 150 * 1024;

test("the dashboard's first-load JavaScript stays within 150 KB gzipped; its charts and menus load after", async ({
  page,
  baseURL,
}) => {
  const dashboard = await weighPage(baseURL!, "/");
  const list = dashboard.scripts.map((script) => `${script.src} ${script.gzipped}`).join("\n");
  expect(dashboard.js, `first-load scripts (gzipped bytes):\n${list}`).toBeLessThanOrEqual(BUDGET);

  // What was left out of the first load still arrives: the charts draw, and the narrow screen's menu opens.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByTestId("status-over-time-chart").locator("svg.recharts-surface").first()).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("dialog", { name: "Navigation" }).getByRole("link", { name: "Regions" })).toBeVisible();
});
