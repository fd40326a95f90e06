import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";

const port = Number(process.env.E2E_PORT ?? 3100);

// The servers the tests start (and those the tests start themselves) check no links on the internet and
// ask no web archive for snapshots: both are tested against local servers in the integration tests.
process.env.LINK_CHECK ??= "off";
process.env.ARCHIVE_SAVE_URL ??= "off";
const baseURL = `http://127.0.0.1:${port}`;

// Playwright cannot download its own browser on the build machines; use Debian's Chromium when it is
// installed, and Playwright's own browser elsewhere (a developer laptop after `npx playwright install`).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // The build machines are shared and busy; a test that signs in and opens several pages can need more
  // than 30 s there without anything being wrong.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Read-only specs see the pristine demo data; the specs that record and edit run after them.
    {
      name: "readers",
      testIgnore: /\/(recording|editing|intake|corrections|imports|following|inbox|backup)\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"] },
    },
    {
      name: "editors",
      testMatch: /\/(recording|editing|intake|corrections|imports|following|inbox)\.spec\.ts$/,
      dependencies: ["readers"],
      use: { ...devices["Desktop Chrome"] },
    },
    // The backup round trip compares two servers' answers, so nothing may write while it runs.
    {
      name: "operators",
      testMatch: /\/backup\.spec\.ts$/,
      dependencies: ["editors"],
      use: { ...devices["Desktop Chrome"] },
    },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/`,
    // The first run builds the app, which takes a while on a two-core machine.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
