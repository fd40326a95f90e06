import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// Nothing here is saved: the demo commitment stays as it is for the other read-only specs.

test("a click outside the status dialog asks before throwing away a typed reason", async ({ page }) => {
  await signIn(page, "editor", "/commitments/1");
  const open = page.getByRole("button", { name: "Update status" });
  const dialog = page.getByRole("dialog", { name: "Update status" });
  const question = page.getByRole("alertdialog", { name: "Discard what you typed?" });
  const outside = async () => page.mouse.click(8, (page.viewportSize()?.height ?? 600) - 8);

  // Nothing typed: a click outside simply closes it.
  await open.click();
  await expect(dialog).toBeVisible();
  await outside();
  await expect(dialog).toBeHidden();

  await open.click();
  await dialog.getByLabel("Reason").fill("Groundbreaking reported by the city");
  await outside();
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Keep editing" }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByLabel("Reason")).toHaveValue("Groundbreaking reported by the city");

  // Escape asks too; discarding closes the dialog, which opens again empty.
  await page.keyboard.press("Escape");
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Discard" }).click();
  await expect(dialog).toBeHidden();
  await open.click();
  await expect(dialog.getByLabel("Reason")).toHaveValue("");
});

test("Escape closes the attach-evidence form, keeps what was typed, and returns focus to its button", async ({
  page,
}) => {
  await signIn(page, "editor", "/commitments/1");
  const button = page.getByRole("button", { name: "Attach evidence" });
  const form = page.getByRole("form", { name: "Attach evidence" });
  await button.click();
  await expect(form.getByLabel("Link")).toBeFocused();
  await form.getByLabel("Link").fill("https://news.example.org/plant-opens");
  await page.keyboard.press("Escape");
  await expect(form).toBeHidden();
  await expect(button).toBeFocused();

  await button.click();
  await expect(form.getByLabel("Link")).toHaveValue("https://news.example.org/plant-opens");
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(button).toBeFocused();
});
