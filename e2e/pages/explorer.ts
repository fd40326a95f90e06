import { type Locator, type Page, expect } from "@playwright/test";

/** The commitments explorer, as an analyst uses it. */
export class Explorer {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table", { name: "Commitments" });
    this.rows = this.table.locator("tbody tr");
  }

  async open(query = "") {
    await this.page.goto(`/commitments${query ? `?${query}` : ""}`);
    await expect(this.page.getByRole("toolbar", { name: "Filters" })).toBeVisible();
  }

  filterButton(name: string) {
    return this.page.getByRole("toolbar", { name: "Filters" }).getByRole("button", { name: new RegExp(`^${name}`) });
  }

  /** Opens a reference filter (Company, Region), searches and picks an option. */
  async pick(filter: "Company" | "Region", search: string, option: RegExp | string) {
    await this.filterButton(filter).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("searchbox").fill(search);
    await dialog.getByRole("option", { name: option }).click();
    await expect(dialog).toBeHidden(); // picking closes the popover
  }

  /** Ticks values in a multi-value filter (Status, Kind, Sector). */
  async tick(filter: "Status" | "Kind" | "Sector", ...labels: string[]) {
    await this.filterButton(filter).click();
    const dialog = this.page.getByRole("dialog");
    // Click the visible label (the checkbox input itself is visually hidden under its drawn box).
    for (const label of labels)
      await dialog
        .locator("label")
        .filter({ hasText: new RegExp(`^${label}`) })
        .click();
    await this.page.keyboard.press("Escape");
  }

  columnText(index: number) {
    return this.rows.locator(`td:nth-child(${index})`).allTextContents();
  }

  /** Waits until the server's answer for the current URL is shown (no pending transition). */
  async settled() {
    await expect(this.table.locator("xpath=ancestor::*[@aria-busy='true']")).toHaveCount(0);
  }
}
