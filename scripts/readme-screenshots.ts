import { type Page, chromium } from "@playwright/test";
import fs from "node:fs";
import { parseArgs } from "node:util";

// The README's screenshots, taken from a running app (npm start, with the demo data):
//   npm run screenshots -- --url http://127.0.0.1:3000
// Writes docs/dashboard.png and docs/screenshot.png (the explorer filtered to BMW Group).

const { values } = parseArgs({ options: { url: { type: "string", default: "http://127.0.0.1:3000" } } });
const base = values.url!.replace(/\/$/, "");
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

/** Charts animate as they draw: wait until every chart's shapes are the same in two polls running. */
async function chartsAtRest(page: Page) {
  await page.waitForFunction(
    () => {
      const shapes = [...document.querySelectorAll(".recharts-surface path")].map((p) => p.getAttribute("d")).join("|");
      const state = window as unknown as { lastShapes?: string };
      const resting = state.lastShapes === shapes;
      state.lastShapes = shapes;
      return resting;
    },
    undefined,
    { polling: 400 },
  );
}

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });

  await page.goto(`${base}/`);
  // Charts draw after hydration: wait for the last of them.
  await page.getByTestId("evidence-by-month-chart").locator(".recharts-bar-rectangle").first().waitFor();
  await page.getByTestId("status-over-time-chart").locator(".recharts-area").first().waitFor();
  await chartsAtRest(page);
  await page.screenshot({ path: "docs/dashboard.png", fullPage: true });

  await page.goto(`${base}/commitments?company=bmw-group`);
  await page.getByRole("table", { name: "Commitments" }).locator("tbody tr").first().waitFor();
  await page.screenshot({ path: "docs/screenshot.png" });
  console.log("Wrote docs/dashboard.png and docs/screenshot.png");
} finally {
  await browser.close();
}
