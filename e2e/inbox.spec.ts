import { expect, test } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { E2E_ACCOUNTS } from "./accounts";
import { originOf, signIn } from "./fixtures";
import { receivedMail } from "./mailbox";

// An analyst follows BMW Group; another editor attaches evidence to a commitment of BMW Brilliance (its
// subsidiary); the analyst's navigation counts it unread, the inbox shows it until it is marked read, and
// the email the analyst asked for arrives.

test("follow BMW Group, and evidence another editor attaches to BMW Brilliance arrives in the inbox", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await signIn(page, "analyst", "/account");
  const headers = { origin: originOf(page) };
  // A retry starts from an empty inbox.
  await page.request.post("/api/v1/inbox/read", { headers, data: { all: true } });
  await page.reload();
  const emailForm = page.getByRole("form", { name: "Email" });
  await emailForm.getByLabel("Email me").selectOption("instant");
  await emailForm.getByRole("button", { name: "Save" }).click();
  await expect(emailForm.getByRole("status")).toHaveText("Saved: each event as it happens.");
  await page.goto("/companies/bmw-group");
  const follow = page.getByRole("button", { name: "Follow", exact: true });
  const following = page.getByRole("button", { name: "Following ✓" });
  // A retry finds the company followed already; wait for the button to be drawn before reading which it is.
  await expect(follow.or(following)).toBeVisible();
  if (await follow.isVisible()) await follow.click();
  await expect(following).toBeVisible();

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, "editor", "/");
  const list = await editor.request.get("/api/v1/commitments?company=bmw-brilliance-automotive&perPage=1");
  const [commitment] = ((await list.json()) as { data: { id: number; title: string }[] }).data;
  const evidenceTitle = `Second plant opens ${Date.now().toString(36)}`;
  const added = await editor.request.post(`/api/v1/commitments/${commitment!.id}/evidence`, {
    headers: { origin: originOf(editor) },
    data: {
      url: `https://example.org/bba/${Date.now().toString(36)}`,
      title: evidenceTitle,
      publishedOn: "2024-06-01",
      stance: "supports",
    },
  });
  expect(added.status(), await added.text()).toBe(201);
  await editorContext.close();

  await page.reload();
  const inboxLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Inbox/ });
  // Other tests record BMW commitments meanwhile, so the count is at least one.
  await expect(inboxLink).toHaveAccessibleName(/^Inbox\d+ unread$/);
  await inboxLink.click();
  await expect(page.getByRole("heading", { name: "Inbox", exact: true })).toBeVisible();
  const item = page.getByRole("list", { name: "Inbox" }).getByRole("listitem").filter({ hasText: evidenceTitle });
  await expect(item).toContainText("New evidence");
  await expect(item).toContainText("Unread");
  await expect(item.getByRole("link", { name: commitment!.title })).toHaveAttribute(
    "href",
    `/commitments/${commitment!.id}`,
  );

  // The email arrives at the SMTP server the test harness runs (the email job runs each minute), before
  // the item is read in the app (what was read is not emailed); its link later stops email without signing in.
  let mail: ParsedMail | undefined;
  await expect(async () => {
    mail = (await receivedMail()).find(
      (m) => m.text?.includes(evidenceTitle) && JSON.stringify(m.to).includes(E2E_ACCOUNTS.analyst.email),
    );
    expect(mail).toBeDefined();
  }).toPass({ timeout: 150_000, intervals: [2_000] });
  expect(mail!.html).toContain(evidenceTitle);
  const unsubscribe = /Stop these emails: (\S+)/.exec(mail!.text!)![1]!;

  await page.goto("/inbox?kind=gossip");
  await expect(page.getByText("The address holds a filter the inbox cannot read; showing everything.")).toBeVisible();
  await expect(item).toBeVisible();

  await page.getByRole("link", { name: "Status changed" }).click();
  await expect(page).toHaveURL(/\/inbox\?kind=status_changed$/);
  await expect(page.getByRole("list", { name: "Inbox" }).filter({ hasText: evidenceTitle })).toHaveCount(0);
  await page.getByRole("link", { name: "Everything" }).click();

  await item.getByRole("button", { name: `Mark read: ${commitment!.title}` }).click();
  await expect(item).not.toContainText("Unread");
  await page.getByRole("link", { name: "Unread only" }).click();
  await expect(page).toHaveURL(/\/inbox\?unread=true$/);
  await expect(page.getByRole("listitem").filter({ hasText: evidenceTitle })).toHaveCount(0);

  const stranger = await browser.newContext();
  const anonymous = await stranger.newPage();
  await anonymous.goto(unsubscribe);
  await expect(anonymous.getByText(`Stop all email from the tracker to ${E2E_ACCOUNTS.analyst.email}?`)).toBeVisible();
  await anonymous.getByRole("button", { name: "Stop emails" }).click();
  await expect(anonymous.getByRole("status")).toContainText(
    `no more email will be sent to ${E2E_ACCOUNTS.analyst.email}`,
  );
  await stranger.close();
  await page.goto("/account");
  await expect(page.getByRole("form", { name: "Email" }).getByLabel("Email me")).toHaveValue("off");
});
