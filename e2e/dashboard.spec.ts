import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { todayIso } from "../lib/dates";
import { demoStaleCount } from "../tests/support/demo-facts";

/** Recharts draws after hydration: wait for the bars (or areas) themselves. */
async function chartDrawn(page: Page, testId: string, shape = ".recharts-bar-rectangle") {
  // Hydrating a page of charts and fetching their code is browser CPU work: on a busy 2-core machine the
  // first bars took over 10 s, and at a load average of 10 more than 30 s.
  test.slow();
  const chart = page.getByTestId(testId);
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 90_000 });
  await expect(chart.locator(shape).first()).toBeVisible({ timeout: 30_000 });
  return chart;
}

async function seriousViolations(page: Page) {
  // An axe scan of a page full of charts is CPU work in the browser: on a busy 2-core machine (two suites
  // at once) it alone took most of the default 30 s, so these tests get the "slow" budget.
  test.slow();
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

test.describe("dashboard", () => {
  test("shows the headline counts of the demo data", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Commitments\s*15$/ })).toBeVisible();
    // Stale depends on the day: the open demo commitments with no evidence in the year before it.
    await expect(
      page.getByRole("link", { name: new RegExp(`^Stale\\s*${demoStaleCount(todayIso())}(?!\\d)`) }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: /^Stated amounts/ })).toContainText("rates as of 2026-11-01");
  });

  test("draws every chart once hydrated, each with its numbers as a table", async ({ page }) => {
    await page.goto("/");
    await chartDrawn(page, "status-by-company-chart");
    await chartDrawn(page, "status-by-region-chart");
    await chartDrawn(page, "status-over-time-chart", ".recharts-area");

    const byCompany = page.getByRole("region", { name: "Status by company" });
    await byCompany.getByText("View as table").click();
    const bmw = byCompany.getByRole("row", { name: /^BMW Group/ });
    // Its own 4 pledges and intents (all in progress); the 4 requests Liaoning made of it are counted apart.
    await expect(bmw.getByRole("cell").last()).toHaveText("4");
    const asked = page.getByRole("region", { name: "Requests by party asked" });
    await asked.getByText("View as table").click();
    await expect(
      asked
        .getByRole("row", { name: /^BMW Group/ })
        .getByRole("cell")
        .last(),
    ).toHaveText("4");
    await expect(
      byCompany
        .getByRole("row", { name: /^BMW Brilliance Automotive/ })
        .getByRole("cell")
        .last(),
    ).toHaveText("1");

    const byRegion = page.getByRole("region", { name: "Status by region" });
    await byRegion.getByText("View as table").click();
    // Everything is in Liaoning, so the chart shows Liaoning (with its cities) and then Shenyang.
    await expect(
      byRegion
        .getByRole("row", { name: /^Liaoning/ })
        .getByRole("cell")
        .last(),
    ).toHaveText("15");
    await expect(
      byRegion
        .getByRole("row", { name: /^Shenyang/ })
        .getByRole("cell")
        .last(),
    ).toHaveText("4");

    const overTime = page.getByRole("region", { name: "Status over time" });
    await overTime.getByText("View as table").click();
    await expect(
      overTime
        .getByRole("row", { name: /^2024-01/ })
        .getByRole("cell")
        .last(),
    ).toHaveText("15");

    // The demo's follow-up: evidence by month, the latest item first.
    await chartDrawn(page, "evidence-by-month-chart");
    const perMonth = page.getByRole("region", { name: "Evidence per month" });
    await perMonth.getByText("View as table").click();
    // January 2026: the report of trial production, attached to two commitments, supporting both.
    await expect(
      perMonth
        .getByRole("row", { name: /^2026-01/ })
        .getByRole("cell")
        .first(), // the month is the row's header; Supports comes first
    ).toHaveText("2");
    const latest = page.getByRole("region", { name: "Latest evidence" });
    await expect(latest.getByRole("listitem").first()).toContainText("2026-01-05");
    await expect(latest).toContainText("Pre-series cars of the long-wheelbase Neue Klasse iX3");
    // No amounts in the demo data: that panel says so instead of drawing an empty chart.
    await expect(page.getByRole("region", { name: "Stated amounts by company" })).toContainText("No amounts stated");
  });

  test("clicking a company's bar opens the explorer on exactly those commitments", async ({ page }) => {
    await page.goto("/");
    const chart = await chartDrawn(page, "status-by-company-chart");
    // Bars are ordered by total: the first is BMW Group, whose own pledges and intents are all in progress
    // (the second series; a series draws no rectangle where it counts nothing).
    await chart.locator(".recharts-bar").nth(1).locator(".recharts-bar-rectangle path").first().click();
    await expect(page).toHaveURL(/\/commitments\?company=bmw-group&subsidiaries=false&status=in_progress/);
    await expect(page).toHaveURL(/kind=pledge(%2C|,)intent/);
    await expect(page.getByRole("table", { name: "Commitments" }).locator("tbody tr")).toHaveCount(4);
  });

  test("clicking a region's bar opens the explorer on that region and its sub-regions", async ({ page }) => {
    await page.goto("/");
    const chart = await chartDrawn(page, "status-by-region-chart");
    // In progress (the second series): Liaoning first, then Shenyang with its three.
    await chart.locator(".recharts-bar").nth(1).locator(".recharts-bar-rectangle path").nth(1).click();
    await expect(page).toHaveURL(/\/commitments\?region=shenyang&status=in_progress/);
    await expect(page.getByRole("table", { name: "Commitments" }).locator("tbody tr")).toHaveCount(3);
  });

  test("has no serious or critical accessibility problems", async ({ page }) => {
    await page.goto("/");
    await chartDrawn(page, "status-by-company-chart");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("company and region pages", () => {
  test("a company page shows its group, its commitments with its subsidiaries', and its charts", async ({ page }) => {
    await page.goto("/companies");
    await page.getByRole("link", { name: "BMW Group" }).click();
    await expect(page).toHaveURL(/\/companies\/bmw-group$/);
    await expect(page.getByRole("heading", { name: "BMW Group", level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Group", exact: true })).toContainText("BMW Brilliance Automotive");
    await expect(page.getByRole("heading", { name: "Commitments (9)" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Commitments" }).locator("tbody tr")).toHaveCount(9);
    await chartDrawn(page, "status-by-company-chart");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("a company page's table sorts and pages through the company's own address", async ({ page }) => {
    await page.goto("/companies/bmw-group?perPage=5");
    const table = page.getByRole("table", { name: "Commitments" });
    await expect(table.locator("tbody tr")).toHaveCount(5);
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
    const address = () => {
      const url = new URL(page.url());
      return `${url.pathname} ${[...url.searchParams].sort().join(" ")}`;
    };
    await expect.poll(address).toBe("/companies/bmw-group page,2 perPage,5");
    await expect(table.locator("tbody tr")).toHaveCount(4);
    const header = page.getByRole("columnheader", { name: "Commitment" });
    await header.getByRole("link").click();
    await expect.poll(address).toBe("/companies/bmw-group perPage,5 sort,title");
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(table.locator("tbody tr")).toHaveCount(5);
  });

  test("a company page shows what others committed to it, as their counterpart", async ({ page }) => {
    await page.goto("/companies/liaoning-provincial-government");
    const to = page.getByRole("region", { name: "Committed to Liaoning Provincial Government" });
    await expect(to).toContainText("12 commitments with Liaoning Provincial Government as counterpart");
    await expect(to).toContainText("5 requests");
    await expect(to.getByRole("listitem")).toHaveCount(10);
    await expect(to.getByRole("link", { name: "BMW Group" }).first()).toBeVisible();
  });

  test("a company's alias in the address leads to its page", async ({ page }) => {
    await page.goto(`/companies/${encodeURIComponent("华晨宝马")}`);
    await expect(page).toHaveURL(/\/companies\/bmw-brilliance-automotive$/);
    await expect(page.getByRole("heading", { name: "Commitments (1)" })).toBeVisible();
  });

  test("a region page shows its parents, sub-regions with counts, and commitments including sub-regions", async ({
    page,
  }) => {
    await page.goto("/regions");
    await page.getByRole("list", { name: "Region tree" }).getByRole("link", { name: "Liaoning" }).click();
    await expect(page).toHaveURL(/\/regions\/liaoning$/);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Regions / China / Liaoning");
    const subRegions = page.getByRole("region", { name: "Sub-regions" });
    await expect(subRegions.getByRole("link", { name: /Shenyang\s*4/ })).toBeVisible();
    await expect(subRegions.getByRole("link", { name: /Dalian\s*0/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Commitments (15)" })).toBeVisible();
    await chartDrawn(page, "status-by-region-chart");
    expect(await seriousViolations(page)).toEqual([]);

    await subRegions.getByRole("link", { name: /Shenyang/ }).click();
    await expect(page.getByRole("heading", { name: "Commitments (4)" })).toBeVisible();
  });

  test("an unknown company or region is a 404", async ({ page }) => {
    expect((await page.goto("/companies/no-such-company"))?.status()).toBe(404);
    // It says what is missing: a company, not "the commitment".
    await expect(page.getByRole("main")).toContainText("There is no company or organization by this name.");
    await expect(page.getByRole("main")).not.toContainText("commitment may have been");
    await expect(page.getByRole("link", { name: "All companies" })).toHaveAttribute("href", "/companies");
    expect((await page.goto("/regions/atlantis"))?.status()).toBe(404);
    await expect(page.getByRole("main")).toContainText("There is no region by this name.");
  });

  test("the stats API answers the dashboard's numbers", async ({ request }) => {
    const stats = await (await request.get("/api/v1/stats?region=liaoning")).json();
    expect(stats.overview).toMatchObject({
      total: 15,
      achieved: 1,
      inProgress: 8,
      overdue: 0,
      stale: demoStaleCount(stats.today),
    });
    expect(stats.statusByRegion.focus).toMatchObject({ slug: "liaoning", total: 15 });
  });
});
