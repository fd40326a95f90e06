import { expect, test } from "@playwright/test";
import { weighPage } from "../scripts/first-load";
import { Explorer } from "./pages/explorer";

const BUDGET = 150 * 1024;

async function expectWithinBudget(baseURL: string, path: string) {
  const weighed = await weighPage(baseURL, path);
  const list = weighed.scripts.map((script) => `${script.src} ${script.gzipped}`).join("\n");
  expect(weighed.js, `${path}: first-load scripts (gzipped bytes):\n${list}`).toBeLessThanOrEqual(BUDGET);
}

test("the dashboard's first-load JavaScript stays within 150 KB gzipped; its charts and menus load after", async ({
  page,
  baseURL,
}) => {
  await expectWithinBudget(baseURL!, "/");

  // What was left out of the first load still arrives: the charts draw, and the narrow screen's menu opens.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByTestId("status-over-time-chart").locator("svg.recharts-surface").first()).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("dialog", { name: "Navigation" }).getByRole("link", { name: "Regions" })).toBeVisible();
});

test("the explorer's first-load JavaScript stays within 150 KB gzipped; its filters and menus load after", async ({
  page,
  browser,
  baseURL,
}) => {
  await expectWithinBudget(baseURL!, "/commitments");

  // The server draws every control as it will look, disabled until its code is there; the table's sort and page
  // controls and the filter chips are plain links. (Without scripts the streamed part of the page stays hidden,
  // hence includeHidden: this reads what the server sent.)
  const noScripts = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const served = await noScripts.newPage();
  await served.goto("/commitments?status=achieved");
  // The last toolbar is the one with the counts (the first, drawn while they are counted, may still be there).
  const status = served.getByRole("button", { name: /^Status/, includeHidden: true }).last();
  await expect(status).toBeDisabled();
  await expect(status).toContainText("Achieved");
  const chip = served.getByRole("link", { name: "Remove filter Status: Achieved", includeHidden: true }).first();
  await expect(chip).toHaveAttribute("href", "/commitments");
  const header = served.getByRole("columnheader", { name: "Commitment", includeHidden: true });
  await expect(header.getByRole("link", { includeHidden: true })).toHaveAttribute(
    "href",
    "/commitments?status=achieved&sort=title",
  );
  await noScripts.close();

  const explorer = new Explorer(page);
  await explorer.open("status=achieved");
  await expect(explorer.filterButton("Status")).toContainText("Achieved");
  await explorer.tick("Kind", "Pledge");
  await expect(page).toHaveURL(/kind=pledge/);
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByRole("menuitem", { name: /^CSV/ })).toBeVisible();
});
