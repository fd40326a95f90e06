import { type Locator, type Page, expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { signIn, uniqueTitle } from "./fixtures";

const seedText = fs.readFileSync(path.resolve(import.meta.dirname, "../eval/intake/statements/seed.txt"), "utf8");

const candidates = (page: Page) => page.getByRole("region", { name: "Candidates" }).getByRole("listitem");
const candidate = (page: Page, quoteStart: string) =>
  page.getByRole("region", { name: "Candidates" }).locator("li[data-decision]").filter({ hasText: quoteStart });
const counts = (page: Page) => page.getByText(/\d+ accepted · \d+ rejected · \d+ to review/);

/** Selects `words` inside the annotated statement, as a mouse drag would. */
async function selectWords(statement: Locator, words: string) {
  await statement.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in one piece of the text`);
  }, words);
}

test("turns the seed statement into reviewed commitments tied to their quotes", async ({ page }) => {
  test.slow(); // a long walk through the intake, on a shared machine
  await signIn(page, "editor", "/intake");
  await expect(page.getByRole("heading", { name: "Statement intake" })).toBeVisible();
  await page
    .getByLabel("Address (URL)")
    .fill(`https://example.org/readouts/${uniqueTitle("liaoning").replace(/\s/g, "-")}`);
  await page.getByLabel("Title", { exact: true }).fill("Hao Peng visits BMW Group and Siemens");
  await page.getByLabel("Publisher").fill("Dalian Municipal People's Government");
  await page.getByLabel("Published on").fill("2023-10-14");
  await page.getByLabel("Statement text").fill(seedText);
  await expect(page.getByLabel("Language")).toContainText("looks English");
  await page.getByRole("button", { name: "Find commitments" }).click();

  // The BMW, Liaoning and Siemens candidates, highlighted in the text by kind.
  await expect(candidates(page).first()).toBeVisible();
  const statement = page.getByTestId("annotated-statement");
  await expect(statement.locator("mark[data-kind=request]").first()).toBeVisible();
  await expect(statement.locator("mark[data-kind=pledge]").first()).toBeVisible();
  const supplyChain = candidate(page, "The third is to further improve the localization of the supply chain");
  const liaoning = candidate(page, "Liaoning will, as always, firmly support");
  const siemens = candidate(page, "It is hoped that Siemens Group will give full play");
  const energy = candidate(page, "Second, further strengthen cooperation");
  const promises = candidate(page, "We will keep our promises to our partners");
  await expect(liaoning).toContainText("Liaoning Provincial Government");
  await expect(siemens).toContainText("Siemens");
  await expect(supplyChain).toContainText("BMW Group");

  // Keyboard: pick a candidate, then accept and reject without the mouse.
  await supplyChain.getByRole("blockquote").click();
  await page.keyboard.press("a");
  await expect(supplyChain).toHaveAttribute("data-decision", "accepted");
  await energy.getByRole("blockquote").click();
  await page.keyboard.press("r");
  await expect(energy).toHaveAttribute("data-decision", "rejected");
  // A decision moves on to the next candidate.
  await expect(supplyChain).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("k");
  await expect(energy).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("ArrowDown");
  await expect(supplyChain).toHaveAttribute("aria-current", "true");

  // Edit one before accepting it.
  const liaoningTitle = uniqueTitle("Keep improving the business environment for BMW Brilliance");
  await liaoning.getByRole("blockquote").click();
  await liaoning.getByLabel("Title").fill(liaoningTitle);
  await liaoning.getByRole("button", { name: "Accept", exact: true }).click();
  await siemens.getByRole("button", { name: "Accept", exact: true }).click();

  // One is the BMW commitment already recorded: accept it as a restatement.
  const restates = promises.getByRole("button", { name: /^Restates #\d+/ }).first();
  const restatedId = Number(/#(\d+)/.exec((await restates.textContent())!)![1]);
  await restates.click();
  await expect(promises).toHaveAttribute("data-decision", "accepted");
  await expect(counts(page)).toContainText("4 accepted · 1 rejected");

  // The draft survives a reload.
  await page.reload();
  await expect(page.getByText("Your draft was restored from this browser.")).toBeVisible();
  await expect(counts(page)).toContainText("4 accepted · 1 rejected");

  // A commitment the extraction missed, marked in the text; saving names what it still needs.
  await selectWords(statement, "provide high-quality service guarantee for BMW Group");
  await page.getByRole("button", { name: "Add selected text" }).click();
  const marked = candidate(page, "marked by you");
  await expect(marked).toHaveAttribute("data-decision", "accepted");
  await page.getByRole("button", { name: "Save 5 accepted" }).click();
  await expect(page.getByRole("alert").first()).toContainText("need attention");
  await expect(marked.getByText("is required").first()).toBeVisible();
  await marked.getByRole("button", { name: "Reject" }).click();

  await page.getByRole("button", { name: "Save 4 accepted" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+$/);
  await expect(page.getByText("Text verified")).toBeVisible();
  const quotes = page.getByRole("region", { name: /^Quotes/ });
  await expect(quotes.getByRole("listitem")).toHaveCount(4);
  await expect(page.locator("mark")).toHaveCount(4);
  await expect(page.locator("mark").filter({ hasText: "Liaoning will, as always" })).toBeVisible();

  // The new commitment shows its quote in its paragraph; the restated one was announced twice.
  await quotes.getByRole("link", { name: new RegExp(liaoningTitle) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(liaoningTitle);
  const statements = page.getByRole("region", { name: "Statements" });
  await expect(statements.locator("mark")).toContainText("Liaoning will, as always, firmly support");
  await expect(statements).toContainText("Announced once");
  await page.goto(`/commitments/${restatedId}`);
  await expect(page.getByRole("region", { name: "Statements" })).toContainText(/Announced ([2-9]|\d{2,}) times/);
  await expect(page.getByRole("list", { name: "History" })).toContainText("Stated again in");

  // Saved: the intake starts empty again.
  const reopened = await page.goto("/intake");
  expect(reopened?.status()).toBe(200);
  // Drawn in the browser once its script runs, which a busy machine can hold up.
  await expect(page.getByLabel("Statement text")).toHaveValue("", { timeout: 30_000 });
  await expect(page.getByText("Your draft was restored from this browser.")).toHaveCount(0);
});

test("reads an uploaded web page as plain text, and a file it cannot read says why", async ({ page }) => {
  await signIn(page, "editor", "/intake");
  const html = `<html><head><title>Northwind plans a plant</title><script>document.title = "hacked"</script></head>
    <body><nav>Home | News</nav><article><h1>Northwind plans a plant</h1>
    <p>Northwind Motors will invest 2 billion euros in a plant in Shenyang by 2027.</p></article></body></html>`;
  await page
    .getByLabel("Statement file")
    .setInputFiles({ name: "northwind.html", mimeType: "text/html", buffer: Buffer.from(html) });
  const text = page.getByLabel("Statement text");
  await expect(text).toHaveValue(/Northwind Motors will invest 2 billion euros/);
  await expect(text).not.toHaveValue(/hacked|<p>/);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Northwind plans a plant");

  await page.getByLabel("Statement file").setInputFiles({
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("not really a pdf"),
  });
  await expect(page.getByRole("alert").filter({ hasText: "scan.pdf" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(text).toHaveValue("");
});

test("is for editors: a viewer is told so", async ({ page }) => {
  await signIn(page, "viewer", "/intake");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByText("This page needs the editor role")).toBeVisible();
  await expect(page.getByLabel("Statement text")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Intake" })).toHaveCount(0);
});
