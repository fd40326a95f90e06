import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { Explorer } from "./pages/explorer";

test.describe("commitments explorer", () => {
  test("lists every demo commitment with status badges and progress", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open();
    await expect(explorer.rows).toHaveCount(15);
    await expect(page.getByText("1–15 of 15")).toBeVisible();
    // The demo's follow-up: the battery plant was built (achieved), the new models are in trial production.
    const battery = explorer.rows.filter({ hasText: "sixth-generation power battery" });
    await expect(battery.getByText("Achieved")).toBeVisible();
    await expect(battery.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
    const newModels = explorer.rows.filter({ hasText: "new-generation models into series production" });
    await expect(newModels.getByText("In progress")).toBeVisible();
    await expect(newModels.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "60");
  });

  test("filters by company through the search, by alias, and the URL reproduces the view", async ({
    page,
    context,
  }) => {
    const explorer = new Explorer(page);
    await explorer.open();
    await explorer.pick("Company", "西门子", /^Siemens/);
    await expect(page).toHaveURL(/company=siemens/);
    await expect(explorer.rows).toHaveCount(3);
    expect(new Set(await explorer.columnText(2))).toEqual(new Set(["Siemens"]));

    const shared = await context.newPage();
    const again = new Explorer(shared);
    await shared.goto(page.url());
    await expect(again.rows).toHaveCount(3);
    expect(await again.columnText(1)).toEqual(await explorer.columnText(1));
    await expect(again.filterButton("Company")).toContainText("Siemens");

    await page.goBack();
    await expect(explorer.rows).toHaveCount(15);
  });

  test("a parent company includes its subsidiaries unless told not to", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open("company=bmw-group");
    await expect(explorer.rows).toHaveCount(9);
    await expect(explorer.table.getByRole("cell", { name: "BMW Brilliance Automotive" })).toBeVisible();
    await explorer.filterButton("Company").click();
    await page.locator("label").filter({ hasText: "Include subsidiaries" }).click();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/subsidiaries=false/);
    await expect(explorer.rows).toHaveCount(8);
  });

  test("a region filter includes its sub-regions", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open();
    await explorer.pick("Region", "Shenyang", /^Shenyang/);
    await expect(page).toHaveURL(/region=shenyang/);
    await expect(explorer.rows).toHaveCount(4);
    expect(new Set(await explorer.columnText(3))).toEqual(new Set(["Shenyang"]));

    await explorer.pick("Region", "辽宁", /^Liaoning/);
    await expect(page).toHaveURL(/region=liaoning/);
    await expect(explorer.rows).toHaveCount(15);
    expect(new Set(await explorer.columnText(3))).toEqual(new Set(["Liaoning", "Shenyang"]));
  });

  test("status and kind filters combine, and show how many each value would give", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open("company=bmw-group");
    await explorer.filterButton("Status").click();
    // BMW's own eight are all in progress; its joint venture's battery plant is achieved.
    await expect(page.getByRole("checkbox", { name: /^In progress/ })).toHaveAccessibleName(/In progress\s*8/);
    await expect(page.getByRole("checkbox", { name: /^Achieved/ })).toHaveAccessibleName(/Achieved\s*1/);
    await page.keyboard.press("Escape");

    await explorer.tick("Status", "Achieved");
    await expect(explorer.rows).toHaveCount(1);
    await explorer.tick("Status", "In progress");
    await expect(page).toHaveURL(/status=achieved%2Cin_progress|status=achieved,in_progress/);
    await expect(explorer.rows).toHaveCount(9);
    await explorer.tick("Kind", "Request");
    await expect(explorer.rows).toHaveCount(4);
    await expect(page.getByRole("group", { name: "Active filters" })).toContainText("Kind: Request");
  });

  test("free text search finds Chinese, German and English text", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open();
    const search = page.getByRole("searchbox", { name: "Search commitments" });
    // The shortcut works once the page is interactive; keep pressing until hydration has attached it.
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(search).toBeFocused({ timeout: 200 });
    }).toPass();
    await search.fill("battery");
    await expect(page).toHaveURL(/q=battery/);
    await expect(explorer.rows).toHaveCount(1);
    await explorer.open(`q=${encodeURIComponent("para. 7")}`);
    await expect(explorer.rows).toHaveCount(2);
  });

  test("sorting by a column header reorders the rows and is kept in the URL", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open();
    const header = page.getByRole("columnheader", { name: "Commitment" }).getByRole("link");
    // A link to the sorted view, so that it can be opened in a new tab or copied.
    await expect(header).toHaveAttribute("href", "/commitments?sort=title");
    await header.click();
    await expect(page).toHaveURL(/sort=title/);
    // aria-sort comes from the server's answer, so once it flips the rows are the re-sorted ones.
    await expect(page.getByRole("columnheader", { name: "Commitment" })).toHaveAttribute("aria-sort", "ascending");
    const titles = await explorer.columnText(1);
    expect(titles).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), "en")));
    await header.click();
    await expect(page).toHaveURL(/sort=-title/);
    await expect(page.getByRole("columnheader", { name: "Commitment" })).toHaveAttribute("aria-sort", "descending");
  });

  test("pages through the list and changes the page size", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open("perPage=10");
    await expect(explorer.rows).toHaveCount(10);
    await expect(page.getByText("Previous")).toHaveAttribute("aria-disabled", "true");
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(explorer.rows).toHaveCount(5);
    await expect(page.getByText("11–15 of 15")).toBeVisible();
    await page.getByLabel("Rows per page").selectOption("25");
    await expect(page).not.toHaveURL(/page=2/);
    await expect(explorer.rows).toHaveCount(15);
  });

  test("shows and hides columns, keeping the choice in the URL", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open();
    await expect(page.getByRole("columnheader", { name: "Sector" })).toHaveCount(0);
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("menuitemcheckbox", { name: "Sector" }).click();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/cols=/);
    await expect(page.getByRole("columnheader", { name: "Sector" })).toBeVisible();
    await expect(explorer.table.getByRole("cell", { name: "batteries" })).toBeVisible();
  });

  test("exports the whole filtered view as CSV", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open("company=bmw-group&perPage=5");
    await expect(explorer.rows).toHaveCount(5);
    await page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^commitments-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 9); // header + every page of BMW Group's commitments, with its joint venture
    expect(lines.slice(1).every((line) => /,bmw-(group|brilliance-automotive),/.test(line))).toBe(true);
  });

  test("an invalid filter in the address is reported and left out; an unknown company matches nothing", async ({
    page,
  }) => {
    const explorer = new Explorer(page);
    await explorer.open("status=done&company=nobody");
    const notice = page.getByRole("alert").filter({ hasText: "could not be used" });
    await expect(notice).toContainText('unknown status "done"');
    await expect(notice).not.toContainText("nobody");
    // A company that does not exist is not left out (that would show everything): it is not found, and
    // nothing is shown.
    const notFound = page.getByRole("alert").filter({ hasText: "not found" });
    await expect(notFound).toContainText("Company not found, so no commitments are shown");
    await expect(notFound).toContainText('no organization is named "nobody"');
    await expect(page.getByText("No commitments match these filters.")).toBeVisible();
    await expect(explorer.rows).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Active filters" })).toContainText("Company: nobody (not found)");

    await explorer.open("company=nonexistent");
    await expect(page.getByRole("alert").filter({ hasText: "Company not found" })).toBeVisible();
    await expect(explorer.rows).toHaveCount(0);
  });

  test("a page past the end falls back to the last page with a notice", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open("perPage=10&page=9");
    await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toContainText("only 2 pages");
    await expect(explorer.rows).toHaveCount(5);
  });

  test("an empty result names the filters that emptied it and offers to remove them", async ({ page }) => {
    const explorer = new Explorer(page);
    await explorer.open("company=siemens&status=achieved");
    await expect(page.getByText("No commitments match these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Remove filter Status: Achieved" }).click();
    await expect(explorer.rows).toHaveCount(3);
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(explorer.rows).toHaveCount(15);
    await expect(page).toHaveURL(/\/commitments$/);
  });
});
