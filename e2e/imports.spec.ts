import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import fs from "node:fs";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "./accounts";
import { signIn, uniqueTitle } from "./fixtures";
import { currentLockHolder } from "../db/lock";
import { isListening, sidePort, startInstance } from "./instances";

// An analyst's spreadsheet with Chinese headers, one of which the tracker does not know, a status word it
// does not know, and a row with an impossible date: mapped on the screen, fixed, and imported.

const HEADERS = ["编号", "标题", "承诺方", "类型", "地区", "宣布日期", "阶段"];

async function workbook(rows: unknown[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("承诺");
  for (const row of [HEADERS, ...rows]) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test("imports an Excel file with Chinese headers through the mapping screen, after fixing a refused row", async ({
  page,
}) => {
  test.slow();
  const tag = uniqueTitle("import").replace(/\s+/g, "-");
  const good = [`${tag}-1`, `扩大沈阳产能 ${tag}`, "宝马", "承诺", "沈阳", "2024-05-01", "推进"];
  const badDate = [`${tag}-2`, `本地化供应链 ${tag}`, "宝马", "承诺", "沈阳", "2024-02-30", "推进"];
  const fixedDate = [...badDate.slice(0, 5), "2024-02-28", "推进"];
  const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  await signIn(page, "editor", "/imports");
  await expect(page.getByRole("heading", { name: "Import", exact: true })).toBeVisible();
  const fileInput = page.getByLabel("CSV or Excel file");
  await fileInput.setInputFiles({ name: "承诺.xlsx", mimeType: xlsx, buffer: await workbook([good, badDate]) });

  // 阶段 is no header the tracker knows: the analyst says it is the status.
  await expect(page.getByText("No column gives")).toHaveCount(0);
  const stage = page.getByLabel("Field for column 阶段");
  await expect(stage).toHaveValue("");
  await expect(page.getByLabel("Field for column 承诺方")).toHaveValue("maker");
  await stage.selectOption("status");
  await page.getByRole("button", { name: "Check again" }).click();

  // …and that 推进 means in progress.
  const word = page.getByLabel("Status “推进” means");
  await expect(word).toBeVisible();
  await word.selectOption("in_progress");
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByRole("list", { name: "Rows" })).toContainText("1 refused");
  await expect(page.getByRole("table", { name: "Refused rows" })).toContainText("Announced on");
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();

  // The fixed file has the same columns: the mapping just chosen is used again.
  await fileInput.setInputFiles({ name: "承诺-fixed.xlsx", mimeType: xlsx, buffer: await workbook([good, fixedDate]) });
  await expect(page.getByText(/Using the mapping chosen for import \d+/)).toBeVisible();
  await expect(page.getByRole("list", { name: "Rows" })).toContainText("2 to create");
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("heading", { name: /Imported: 承诺-fixed\.xlsx/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Rows" })).toContainText("2 created");
  await expect(page.getByRole("region", { name: "Recent imports" })).toContainText("承诺-fixed.xlsx");

  const found = await page.request.get(`/api/v1/commitments?q=${encodeURIComponent(tag)}`);
  const imported = ((await found.json()) as { data: { title: string; status: string }[] }).data;
  expect(imported).toHaveLength(2);
  expect(imported).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ title: `扩大沈阳产能 ${tag}`, status: "in_progress" }),
      expect.objectContaining({ title: `本地化供应链 ${tag}`, status: "in_progress" }),
    ]),
  );
});

/** The first admin an empty embedded database gets, as the server prints it on its first start. */
function firstAdmin(output: string) {
  const printed = /email:\s+(\S+)\s[\s\S]*?password:\s+(\S+)/.exec(output);
  if (!printed) throw new Error(`The server printed no first admin:\n${output}`);
  return { email: printed[1]!, password: printed[2]! };
}

test("killing the server in the middle of an import's commit leaves the data as it was", async ({ playwright }) => {
  test.setTimeout(300_000);
  const port = sidePort(91);
  const base = `http://127.0.0.1:${port}`;
  const dataDir = `.data-e2e-import-kill-${Date.now()}`;
  // Its own embedded database (whose first admin it prints), or the PostgreSQL test database beside the e2e server.
  // Sign-ins are counted in the database, which on PostgreSQL has the whole e2e run's.
  const env = { PORT: String(port), DATA_DIR: dataDir, SEED_DEMO_DATA: "true", AUTH_SIGN_INS_PER_MINUTE: "1000" };
  const tag = uniqueTitle("killed").replace(/\s+/g, "-");
  const rows = Array.from(
    { length: 30_000 },
    (_, i) => `${tag}-${i},Imported ${tag} ${i},Maker ${tag},pledge,Shenyang,2024-01-01`,
  );
  const file = ["external_id,title,maker,kind,region,announced_on", ...rows].join("\r\n");
  let instance = startInstance(env, { detached: true });
  try {
    // The first admin may be printed before or after "Ready on".
    const started = await instance.waitFor(
      process.env.DATABASE_URL ? /Ready on/ : /password: \S+[\s\S]*Ready on|Ready on[\s\S]*password: \S+/,
    );
    const credentials = process.env.DATABASE_URL
      ? { email: E2E_ACCOUNTS.editor.email, password: E2E_PASSWORD }
      : firstAdmin(started);
    const api = await playwright.request.newContext({ baseURL: base });
    const signedIn = await api.post("/api/auth/sign-in/email", { data: credentials, headers: { origin: base } });
    expect(signedIn.status(), await signedIn.text()).toBe(200);

    // The import writes inside one transaction; once it says rows are written, the server is killed outright.
    const upload = api
      .post("/api/v1/imports", {
        headers: { origin: base },
        multipart: { file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(file) }, dryRun: "false" },
        timeout: 240_000,
      })
      .catch((error: Error) => error);
    const written = await instance.waitFor(/Import \d+: 1,000 rows written, not yet committed/);
    const importId = /Import (\d+): 1,000 rows written/.exec(written)![1];
    process.kill(-instance.child.pid!, "SIGKILL");
    await instance.exited;
    // npm is gone; the server it ran may take a moment longer to be reaped.
    await expect.poll(() => isListening(port)).toBe(false);
    await expect.poll(() => currentLockHolder(dataDir)).toBeNull();
    expect((await upload) instanceof Error).toBe(true);
    await api.dispose();

    instance = startInstance(env, { detached: true });
    await instance.waitFor(/Ready on/);
    const after = await playwright.request.newContext({ baseURL: base });
    const again = await after.post("/api/auth/sign-in/email", { data: credentials, headers: { origin: base } });
    expect(again.status(), await again.text()).toBe(200);
    // The import reads as interrupted; neither its commitments nor the maker it created are there.
    const stopped = await after.get(`/api/v1/imports/${importId}`, { headers: { origin: base } });
    expect(stopped.status(), await stopped.text()).toBe(200);
    expect(await stopped.json()).toMatchObject({ state: "interrupted", rows: [], progress: { total: 30_000 } });
    const found = await after.get(`/api/v1/commitments?q=${encodeURIComponent(tag)}`);
    expect(((await found.json()) as { total: number }).total).toBe(0);
    const makers = await after.get(`/api/v1/organizations?q=${encodeURIComponent(tag)}`);
    expect(((await makers.json()) as { data: unknown[] }).data).toEqual([]);
    await after.dispose();
  } finally {
    if (instance.child.exitCode === null && instance.child.signalCode === null)
      process.kill(-instance.child.pid!, "SIGTERM");
    await instance.exited;
    await expect.poll(() => isListening(port)).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("a running import shows on the imports page opened again, and is cancelled from there", async ({ page }) => {
  test.skip(
    !process.env.DATABASE_URL,
    "the embedded database answers no other request while an import writes, so there is no page to open meanwhile",
  );
  test.setTimeout(300_000);
  const tag = uniqueTitle("cancelled").replace(/\s+/g, "-");
  const rows = Array.from(
    { length: 30_000 },
    (_, i) => `${tag}-${i},Imported ${tag} ${i},BMW Group,pledge,Shenyang,2024-01-01`,
  );
  const file = ["external_id,title,maker,kind,region,announced_on", ...rows].join("\r\n");

  await signIn(page, "editor", "/imports");
  await page
    .getByLabel("CSV or Excel file")
    .setInputFiles({ name: `${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(file) });
  const importAll = page.getByRole("button", { name: "Import 30000 rows" });
  await expect(importAll).toBeEnabled({ timeout: 120_000 });
  await importAll.click();
  await expect(page.getByLabel(/Rows written by import \d+/)).toBeVisible({ timeout: 60_000 });

  // The tab that started it could be closed: another one shows the import going on, and can stop it.
  const again = await page.context().newPage();
  await again.goto("/imports");
  const recent = again.getByRole("region", { name: "Recent imports" });
  const entry = recent.getByRole("listitem").filter({ hasText: `${tag}.csv` });
  await expect(entry).toContainText("Importing since");
  await expect(entry.getByRole("progressbar")).toBeVisible();
  await entry.getByRole("button", { name: "Cancel import" }).click();

  await expect(page.getByText(/Import \d+ was cancelled: nothing of it was written/)).toBeVisible({ timeout: 60_000 });
  await expect(entry).toContainText("Cancelled (nothing written)", { timeout: 30_000 });
  const found = await page.request.get(`/api/v1/commitments?q=${encodeURIComponent(tag)}`);
  expect(((await found.json()) as { total: number }).total).toBe(0);
});
