import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn, uniqueTitle } from "./fixtures";

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
