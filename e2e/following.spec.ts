import { expect, test } from "@playwright/test";
import { originOf, recordCommitment, signIn, uniqueTitle } from "./fixtures";

// A viewer follows a company and a commitment from their pages, and a view of the explorer; an editor attaches evidence to the
// commitment; the viewer's Following page says so until it is marked seen.

test("follow a commitment, see new evidence on the Following page, mark it seen and unfollow", async ({
  page,
  browser,
}) => {
  test.slow();
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, "editor", "/");
  const title = uniqueTitle("Followed plant");
  const made = await recordCommitment(editor, title);

  await signIn(page, "viewer", "/companies/bmw-group");
  // A retry starts from nothing followed.
  const before = (await (
    await page.request.get("/api/v1/follows", { headers: { origin: originOf(page) } })
  ).json()) as { data: { id: number }[] };
  for (const { id } of before.data)
    await page.request.delete(`/api/v1/follows/${id}`, { headers: { origin: originOf(page) } });
  await page.reload();
  const followCompany = page.getByRole("button", { name: "Follow", exact: true });
  await followCompany.click();
  await expect(page.getByRole("button", { name: "Following ✓" })).toHaveAttribute("aria-pressed", "true");

  await page.goto(`/commitments/${made.id}`);
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByRole("button", { name: "Following ✓" })).toBeVisible();

  const evidence = await editor.request.post(`/api/v1/commitments/${made.id}/evidence`, {
    headers: { origin: originOf(editor) },
    data: {
      url: `https://example.org/${made.id}/news`,
      title: "Ground broken",
      publishedOn: "2024-06-01",
      stance: "supports",
    },
  });
  expect(evidence.status(), await evidence.text()).toBe(201);
  await editorContext.close();

  await page.getByRole("link", { name: "Following" }).click();
  await expect(page.getByRole("heading", { name: "Following", exact: true })).toBeVisible();
  const followed = page.getByRole("list", { name: "Followed" });
  const item = followed.getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText("1 new evidence item");
  await expect(followed.getByRole("listitem").filter({ hasText: "BMW Group" })).toContainText(
    "Company, with its subsidiaries",
  );

  await item.getByRole("button", { name: `Mark ${title} as seen` }).click();
  await expect(item).toContainText("Nothing new since");
  await item.getByRole("button", { name: `Unfollow ${title}` }).click();
  await expect(followed.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
  await followed.getByRole("button", { name: "Unfollow BMW Group" }).click();
  await expect(page.getByText("You follow nothing yet.")).toBeVisible();

  // The explorer's filters, followed as a named view, open again from the Following page.
  await page.goto("/commitments?status=stalled&page=2");
  await page.getByRole("button", { name: "Follow view" }).click();
  await page.getByLabel("Name of this view").fill("Stalled ones");
  await page.getByRole("dialog").getByRole("button", { name: "Follow" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You follow “Stalled ones”" })).toBeVisible();
  await page.goto("/following");
  const view = page.getByRole("listitem").filter({ hasText: "Stalled ones" });
  await expect(view).toContainText("Explorer view");
  await expect(view.getByRole("link", { name: "Stalled ones" })).toHaveAttribute("href", "/commitments?status=stalled");
  await expect(view.getByRole("link", { name: "Atom" })).toHaveAttribute("href", /^\/feeds\/views\/\d+\.atom$/);
  await view.getByRole("button", { name: "Unfollow Stalled ones" }).click();
  await expect(page.getByText("You follow nothing yet.")).toBeVisible();
});
