import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./accounts";
import { originOf, recordCommitment, signIn, uniqueTitle } from "./fixtures";
import { Explorer } from "./pages/explorer";

const history = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "History" });

test.describe("recording commitments", () => {
  test("records a new commitment through the form, choosing its maker by an alias", async ({ page }) => {
    await signIn(page, "editor", "/commitments");
    await page.getByRole("link", { name: "Record a commitment" }).click();
    const title = uniqueTitle("Build a second battery line in Shenyang");
    await page.getByLabel("Title").fill(title);

    await page.getByRole("combobox", { name: "Maker" }).fill("BBA");
    await page.getByRole("option", { name: /^BMW Brilliance Automotive/ }).click();
    await page.getByRole("combobox", { name: "Region" }).fill("沈阳");
    await page.getByRole("option", { name: /^Shenyang/ }).click();
    await page.getByLabel("Kind").selectOption("pledge");
    await page.getByLabel("Announced on").fill("2024-03-15");
    await page.getByLabel("Target date").fill("2026-12-31");
    await page.getByLabel("Amount").fill("10000000000");
    await page.getByLabel("Currency").fill("CNY");

    await page.getByRole("combobox", { name: "Recorded source" }).fill("Liaoning delegation");
    await page.getByRole("option", { name: /Liaoning delegation/ }).click();
    await page.getByRole("button", { name: "Record commitment" }).click();

    await expect(page).toHaveURL(/\/commitments\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const details = page.getByRole("region", { name: "Details" });
    await expect(details).toContainText("BMW Brilliance Automotive");
    await expect(details).toContainText("Shenyang");
    await expect(details).toContainText("10,000,000,000 CNY");
    await expect(page.getByRole("region", { name: "Source" })).toContainText("Liaoning delegation");
    await expect(history(page)).toContainText(`by ${E2E_ACCOUNTS.editor.name}`);
  });

  // The figures are in the server's page; the chart drawn from them (dashboard.spec.ts) is not needed here.
  test("a recorded amount shows on its maker's page, converted at the demo rate", async ({ page }) => {
    await signIn(page, "editor");
    const name = uniqueTitle("Shenyang Gearbox Works");
    const created = await page.request.post("/api/v1/organizations", {
      headers: { origin: originOf(page) },
      data: { name, kind: "company" },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { slug } = await created.json();
    await recordCommitment(page, uniqueTitle("Build a gearbox plant"), {
      maker: slug,
      amount: 500000000,
      currency: "CNY",
    });

    await page.goto(`/companies/${slug}`);
    const panel = page.getByRole("region", { name: "Stated amounts by company" });
    await panel.getByText("View as table").click();
    await expect(panel.getByRole("row", { name: new RegExp(`^${name}`) })).toContainText("70,000,000");
  });

  test("shows every problem at once, each field marked and described, and records nothing", async ({ page }) => {
    await signIn(page, "editor", "/commitments/new");
    const form = page.getByRole("form", { name: "Record a commitment" });
    const maker = page.getByRole("combobox", { name: "Maker" });
    // Each picker's open list hides the rest of the form from the accessibility tree: leave it with Tab.
    const counterpart = page.getByRole("combobox", { name: "Counterpart" });
    await counterpart.fill("Nor me");
    await counterpart.press("Tab");
    await maker.fill("Nobody chose me");
    await page.getByLabel("Title").fill("\u200b\u200b");
    await page.getByLabel("Announced on").fill("2199-01-01");
    await page.getByLabel("Target date").fill("2198-06-30");
    await page.getByLabel("Amount").fill("5000000");
    await page.getByLabel("Currency").fill("XYZ");
    await page.getByRole("button", { name: "Record commitment" }).click();

    await expect(form.getByRole("alert")).toHaveText(
      "Correct 7 fields: Title, Maker, Counterpart, Region, Announced on, Target date, Currency.",
    );
    const expected: [import("@playwright/test").Locator, string | RegExp][] = [
      [page.getByLabel("Title"), /only invisible characters/],
      [maker, "Choose a maker from the list, or create it there."],
      [
        page.getByRole("combobox", { name: "Counterpart" }),
        "Choose a counterpart from the list, create it there, or clear the field.",
      ],
      [page.getByRole("combobox", { name: "Region" }), "Choose a region from the list, or create it there."],
      [page.getByLabel("Announced on"), /must not be in the future \(today is \d{4}-\d\d-\d\d, UTC\)/],
      [
        page.getByLabel("Target date"),
        /must not be before the announcement date \(2199-01-01\); correct one of the two/,
      ],
      [page.getByLabel("Currency"), /"XYZ" is not an ISO 4217 currency code; use one such as CNY, EUR or USD/],
    ];
    for (const [input, description] of expected) {
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(input).toHaveAccessibleDescription(description);
    }
    await expect(page.getByLabel("Amount")).not.toHaveAttribute("aria-invalid");

    // An over-long title is kept as typed and refused with its length, not cut.
    const long = "x".repeat(301);
    await page.getByLabel("Title").fill(long);
    await page.getByRole("button", { name: "Record commitment" }).click();
    await expect(page.getByLabel("Title")).toHaveValue(long);
    await expect(page.getByLabel("Title")).toHaveAccessibleDescription(
      /is 301 characters long; shorten it to at most 300 characters/,
    );
    await expect(page).toHaveURL(/\/commitments\/new$/);
  });

  test("shows the maker's commitments with a similar title while typing, and still saves", async ({ page }) => {
    await signIn(page, "editor", "/commitments/new");
    const earlier = uniqueTitle("Build a paint shop for the Shenyang plant");
    const { id } = await recordCommitment(page, earlier);
    await page.getByRole("combobox", { name: "Maker" }).fill("宝马");
    await page.getByRole("option", { name: /^BMW Group/ }).click();
    const duplicates = page.getByRole("region", { name: "Possible duplicates" });
    await page.getByLabel("Title").fill(earlier.replace("Build a paint shop", "Build the paint shop"));
    const link = duplicates.getByRole("link", { name: `#${id} “${earlier}”` });
    await expect(link).toHaveAttribute("href", `/commitments/${id}`);
    await expect(duplicates).toContainText("This may be");

    // Another maker's pledge is not a duplicate: the hint goes away.
    const maker = page.getByRole("combobox", { name: "Maker" });
    await maker.fill("Siemens");
    await page
      .getByRole("option", { name: /^Siemens/ })
      .first()
      .click();
    await expect(duplicates).toBeHidden();

    // The analyst may save all the same.
    await maker.fill("BMW Group");
    await page.getByRole("option", { name: /^BMW Group/ }).click();
    await expect(link).toBeVisible();
    await page.getByRole("combobox", { name: "Region" }).fill("沈阳");
    await page.getByRole("option", { name: /^Shenyang/ }).click();
    await page.getByLabel("Announced on").fill("2024-03-15");
    await page.getByRole("button", { name: "Record commitment" }).click();
    await expect(page).toHaveURL(/\/commitments\/\d+$/);
    expect(page.url()).not.toMatch(new RegExp(`/commitments/${id}$`));
  });

  test("creates a missing maker from the picker", async ({ page }) => {
    await signIn(page, "editor", "/commitments/new");
    const name = uniqueTitle("Acme Robotics");
    await page.getByRole("combobox", { name: "Maker" }).fill(name);
    await page.getByRole("option", { name: `Create “${name}”…` }).click();
    const dialog = page.getByRole("dialog", { name: "New organization" });
    await dialog.getByLabel("Aliases").fill("艾克米机器人");
    await dialog.getByRole("button", { name: "Create organization" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Maker" })).toHaveValue(name);
  });
});

test.describe("name pickers", () => {
  test("a name or alias typed exactly and left with Tab is chosen; an existing one is never offered for creation", async ({
    page,
  }) => {
    await signIn(page, "editor", "/commitments/new");
    const title = uniqueTitle("Open a parts warehouse in Shenyang");
    await page.getByLabel("Title").fill(title);
    const maker = page.getByRole("combobox", { name: "Maker" });
    await maker.fill("寶馬");
    await expect(page.getByRole("option", { name: /^BMW Group/ })).toBeVisible();
    await expect(page.getByRole("option", { name: /^Create/ })).toHaveCount(0);
    await maker.fill("bba");
    await maker.press("Tab");
    await expect(maker).toHaveValue("BMW Brilliance Automotive");
    const region = page.getByRole("combobox", { name: "Region" });
    await region.fill("沈阳");
    await region.press("Tab");
    await expect(region).toHaveValue("Shenyang");
    await page.getByLabel("Announced on").fill("2024-03-15");
    await page.getByRole("button", { name: "Record commitment" }).click();
    await expect(page).toHaveURL(/\/commitments\/\d+$/);
    await expect(page.getByRole("region", { name: "Details" })).toContainText("BMW Brilliance Automotive");
  });
});

test.describe("following a commitment", () => {
  test("attaches evidence through the form and sees it in the history", async ({ page }) => {
    await signIn(page, "editor");
    const { id } = await recordCommitment(page, uniqueTitle("Open a logistics hub"));
    await page.goto(`/commitments/${id}`);
    await page.getByRole("button", { name: "Attach evidence" }).click();
    const form = page.getByRole("form", { name: "Attach evidence" });
    await form.getByLabel("Link").fill("https://www.Example-News.com/hub-opens?utm_source=newsletter#top");
    await form.getByLabel("Headline or title").fill("Logistics hub breaks ground");
    await form.getByLabel("Published on").fill("2024-06-02");
    await form.getByRole("radio", { name: "Supports" }).check();
    await form.getByRole("button", { name: "Attach" }).click();

    const evidence = page.getByRole("region", { name: "Evidence" });
    const link = evidence.getByRole("link", { name: "Logistics hub breaks ground" });
    await expect(link).toHaveAttribute("href", "https://www.example-news.com/hub-opens");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
    await expect(evidence).toContainText("example-news.com");
    await expect(history(page).locator('[data-event="evidence"]')).toContainText("Logistics hub breaks ground");
  });

  test("asking for an archive copy says clearly when snapshots are turned off", async ({ page }) => {
    await signIn(page, "editor");
    const { id } = await recordCommitment(page, uniqueTitle("Open a paint shop"));
    const added = await page.request.post(`/api/v1/commitments/${id}/evidence`, {
      headers: { origin: originOf(page) },
      data: {
        url: `https://example.org/paint/${id}`,
        title: "Paint shop opens",
        publishedOn: "2024-06-02",
        stance: "supports",
      },
    });
    expect(added.status()).toBe(201);
    await page.goto(`/commitments/${id}`);
    const evidence = page.getByRole("region", { name: "Evidence" });
    // The browser tests run with ARCHIVE_SAVE_URL=off (playwright.config.ts).
    await evidence.getByRole("button", { name: "Archive a copy of Paint shop opens" }).click();
    await expect(evidence.getByRole("alert")).toHaveText(
      "Archive snapshots are turned off here (ARCHIVE_SAVE_URL=off).",
    );
  });

  test("a bad link gets a clear field error and nothing is stored", async ({ page }) => {
    await signIn(page, "editor");
    const { id } = await recordCommitment(page, uniqueTitle("Train 500 technicians"));
    await page.goto(`/commitments/${id}`);
    await page.getByRole("button", { name: "Attach evidence" }).click();
    const form = page.getByRole("form", { name: "Attach evidence" });
    await form.getByLabel("Link").fill("javascript:alert(document.cookie)");
    await form.getByLabel("Headline or title").fill("<script>alert(1)</script>");
    await form.getByLabel("Published on").fill("2024-06-02");
    await form.getByRole("button", { name: "Attach" }).click();
    await expect(form).toContainText("must be an http or https address, not javascript:");
    const stored = await page.request.get(`/api/v1/commitments/${id}`);
    expect((await stored.json()).evidence).toEqual([]);
  });

  test("points out and refuses the same link twice, however it is written, and links to the existing item", async ({
    page,
  }) => {
    await signIn(page, "editor");
    const { id } = await recordCommitment(page, uniqueTitle("Expand the port"));
    await page.request.post(`/api/v1/commitments/${id}/evidence`, {
      headers: { origin: originOf(page) },
      data: {
        url: "https://news.example.org/port",
        title: "Port expansion starts",
        publishedOn: "2024-05-01",
        stance: "supports",
      },
    });
    await page.goto(`/commitments/${id}`);
    await page.getByRole("button", { name: "Attach evidence" }).click();
    const form = page.getByRole("form", { name: "Attach evidence" });
    // The same page under another scheme, www., a trailing slash and a tracking parameter: pointed out at once.
    await form.getByLabel("Link").fill("http://www.NEWS.example.org/port/?fbclid=abc");
    await expect(form.getByLabel("Link")).toHaveAccessibleDescription(/Already attached as “Port expansion starts”/);
    await form.getByLabel("Headline or title").fill("Same story, shared link");
    await form.getByLabel("Published on").fill("2024-05-02");
    await form.getByRole("button", { name: "Attach" }).click();
    await expect(form.getByRole("alert")).toContainText(
      "already attached to this commitment as “Port expansion starts”",
    );
    await form.getByRole("link", { name: "Go to the existing item" }).click();
    await expect(page).toHaveURL(/#evidence-\d+$/);
  });

  test("changes status with a reason, seen in the history and in the table badge", async ({ page }) => {
    await signIn(page, "editor");
    const title = uniqueTitle("Relocate a research centre");
    const { id } = await recordCommitment(page, title);
    await page.goto(`/commitments/${id}`);
    await page.getByRole("button", { name: "Update status" }).click();
    const dialog = page.getByRole("dialog", { name: "Update status" });
    await dialog.getByLabel("New status").selectOption("in_progress");
    await expect(dialog.getByLabel("Progress (%)")).toHaveAttribute("placeholder", "10");
    await dialog.getByRole("button", { name: "Save status" }).click();
    await expect(dialog).toContainText("is required"); // the reason
    await dialog.getByLabel("Reason").fill("Lease signed for the new building");
    await dialog.getByRole("button", { name: "Save status" }).click();
    await expect(dialog).toBeHidden();

    await expect(page.locator("header").getByText("In progress", { exact: true })).toBeVisible();
    const change = history(page).locator('[data-event="status"]');
    await expect(change).toContainText("Announced → In progress (10%)");
    await expect(change).toContainText("Lease signed for the new building");
    await expect(change).toContainText(`by ${E2E_ACCOUNTS.editor.name}`);

    const explorer = new Explorer(page);
    await explorer.open(`q=${encodeURIComponent(title)}`);
    await expect(explorer.rows).toHaveCount(1);
    await expect(explorer.rows.first().getByText("In progress")).toBeVisible();
  });

  test("suggests a status from new evidence, applied only when the analyst accepts it", async ({ page }) => {
    await signIn(page, "editor");
    const { id } = await recordCommitment(page, uniqueTitle("Localize seat production"), { status: "in_progress" });
    const post = (data: Record<string, unknown>) =>
      page.request.post(`/api/v1/commitments/${id}/evidence`, { headers: { origin: originOf(page) }, data });
    await post({
      url: "https://news.example.org/seats-1",
      title: "Seat supplier signs lease",
      publishedOn: "2024-03-01",
      stance: "supports",
    });
    await post({
      url: "https://news.example.org/seats-2",
      title: "Seat plant put on hold",
      publishedOn: "2024-09-01",
      stance: "contradicts",
    });
    await page.goto(`/commitments/${id}`);

    const suggestion = page.getByRole("status", { name: "Suggested status" });
    await expect(suggestion).toContainText("Suggested: Stalled.");
    await expect(suggestion).toContainText("Seat plant put on hold");
    await expect(page.locator("header").getByText("In progress", { exact: true })).toBeVisible(); // nothing changed yet

    await suggestion.getByRole("button", { name: "Review and apply" }).click();
    const dialog = page.getByRole("dialog", { name: "Update status" });
    await expect(dialog.getByLabel("New status")).toHaveValue("stalled");
    await expect(dialog.getByLabel("Evidence behind it")).toHaveValue(/\d+/);
    await dialog.getByRole("button", { name: "Save status" }).click();
    await expect(page.locator("header").getByText("Stalled", { exact: true })).toBeVisible();
    await expect(history(page).locator('[data-event="status"]')).toContainText("(see Seat plant put on hold)");
  });

  test("retracts evidence with a reason; it stays in the history, struck through", async ({ page }) => {
    await signIn(page, "editor");
    const { id } = await recordCommitment(page, uniqueTitle("Build a test track"));
    await page.request.post(`/api/v1/commitments/${id}/evidence`, {
      headers: { origin: originOf(page) },
      data: {
        url: "https://news.example.org/track",
        title: "Test track approved",
        publishedOn: "2024-04-01",
        stance: "supports",
      },
    });
    await page.goto(`/commitments/${id}`);
    await page.getByRole("button", { name: "Retract evidence “Test track approved”" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Retract evidence" });
    await dialog.getByLabel("Reason").fill("The article was about another company's track");
    await dialog.getByRole("button", { name: "Retract" }).click();
    await expect(page.getByRole("region", { name: "Evidence" })).toContainText("Retracted");
    await expect(history(page).locator('[data-event="retraction"]')).toContainText("another company's track");
    const stored = await (await page.request.get(`/api/v1/commitments/${id}`)).json();
    expect(stored).toMatchObject({
      evidenceCount: 0,
      evidence: [{ retracted: { reason: "The article was about another company's track" } }],
    });
  });
});

test.describe("at a phone's width", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a long unbroken title wraps, on its page and in the list", async ({ page }) => {
    await signIn(page, "editor");
    const word = `Shenyang${"Supercalifragilisticexpialidocious".repeat(4)}`;
    const title = uniqueTitle(word);
    const { id } = await recordCommitment(page, title);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

    await page.goto(`/commitments/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(await pageWidth()).toBeLessThanOrEqual(390);

    const explorer = new Explorer(page);
    await explorer.open(`q=${encodeURIComponent(title)}`);
    const link = explorer.rows.first().getByRole("link", { name: title });
    await expect(link).toBeVisible();
    expect((await link.boundingBox())?.width).toBeLessThanOrEqual(390);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
  });
});
