import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as confirmUnsubscribe } from "../app/api/unsubscribe/route";
import { PUT as putSettings } from "../app/api/v1/notifications/route";
import { emailDeliveries, follows, user } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { recordDateEvents } from "../lib/monitoring/date-events";
import { markRead } from "../lib/inbox/mutations";
import { type MailConfig, sendDueEmails } from "../lib/notify/send";
import { emailModeOf } from "../lib/notify/settings";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { createCommitment, createEvidence, createOrganization } from "./support/factories";
import { send } from "./support/http";
import { type TestMailServer, startMailServer } from "./support/smtp";

const t = setupTestDatabase();
let smtp: TestMailServer;
let config: MailConfig;
let viewer: Record<string, string>;
let viewerId: string;
let viewerEmail: string;
beforeAll(async () => {
  smtp = await startMailServer();
  config = { smtpUrl: smtp.url, from: "Tracker <tracker@test.example>", appUrl: "https://tracker.test.example" };
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.messages.length = 0;
  await seedDemoData(t.db);
  viewer = await sessionHeaders(t.db, "viewer");
  const [row] = await t.db.select({ id: user.id, email: user.email }).from(user).where(eq(user.role, "viewer"));
  viewerId = row!.id;
  viewerEmail = row!.email;
});

const setMode = (email: string) => send(putSettings, "PUT", "/api/v1/notifications", { email }, { headers: viewer });

/** The viewer follows a company of their own, so only what the test does lands in their inbox. */
async function followedCompany() {
  const org = await createOrganization(t.db, { name: "Mail Test Motors", slug: "mail-test-motors" });
  await t.db.insert(follows).values({ userId: viewerId, target: "company", organizationId: org.id });
  return org;
}

/** A header as the message carried it, after its name. */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "");
const unsubscribeLink = (mail: ParsedMail) => header(mail, "list-unsubscribe")?.replace(/^<|>$/g, "");

describe("email", () => {
  it("sends each event once, instantly, with plain text, HTML and a one-click unsubscribe", async () => {
    expect((await setMode("instant")).status).toBe(200);
    const org = await followedCompany();
    const made = await createCommitment(t.db, { makerId: org.id, title: "Open a <paint> shop" });
    await createEvidence(t.db, made.id, { title: "Shop opens", stance: "supports" });

    expect(await sendDueEmails(t.db, new Date(), config)).toEqual({ sent: 1, events: 2, failed: [] });
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail!.to).toMatchObject({ value: [{ address: viewerEmail }] });
    expect(mail!.subject).toBe("2 new in what you follow");
    expect(mail!.text).toContain("Open a <paint> shop");
    expect(mail!.text).toContain(`https://tracker.test.example/commitments/${made.id}`);
    expect(mail!.text).toMatch(/New evidence: Evidence \(supports\): Shop opens/);
    expect(mail!.html).toContain("Open a &lt;paint&gt; shop");
    expect(unsubscribeLink(mail!)).toMatch(/^https:\/\/tracker\.test\.example\/api\/unsubscribe\?token=/);
    expect(mail!.text).toMatch(/Stop these emails: https:\/\/tracker\.test\.example\/unsubscribe\?token=/);
    expect(header(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    // Nothing new: nothing sent; one more event: one more email, with that event only.
    expect(await sendDueEmails(t.db, new Date(), config)).toEqual({ sent: 0, events: 0, failed: [] });
    await createEvidence(t.db, made.id, { title: "Second line", stance: "supports" });
    await sendDueEmails(t.db, new Date(), config);
    expect(smtp.messages).toHaveLength(2);
    expect(smtp.messages[1]!.subject).toBe("New evidence: Open a <paint> shop");
  });

  it("groups a digest by commitment and sends it once a day (or week), leaving out what was read", async () => {
    const org = await followedCompany(); // no choice made: the daily digest
    expect(await emailModeOf(t.db, viewerId)).toBe("daily");
    const first = await createCommitment(t.db, { makerId: org.id, title: "Plant A", announcedOn: "2024-01-01" });
    const second = await createCommitment(t.db, { makerId: org.id, title: "Plant B", announcedOn: "2026-05-01" });
    await createEvidence(t.db, first.id, { title: "A grows" });
    await recordDateEvents(t.db, "2026-06-01"); // Plant A, announced in 2024 without evidence since, is stale
    const readOne = await createEvidence(t.db, second.id, { title: "B read in the app", publishedOn: "2026-05-15" });
    const { data } = await import("../lib/inbox/queries").then((m) => m.listInbox(t.db, viewerId, { limit: 50 }));
    const readEvent = data.find((e) => e.summary.includes("B read in the app"))!;
    await markRead(t.db, viewerId, { ids: [readEvent.id] });
    expect(readOne.id).toBeGreaterThan(0);

    const morning = new Date("2026-06-01T07:00:00Z");
    expect(await sendDueEmails(t.db, morning, config)).toMatchObject({ sent: 1, events: 4 });
    const digest = smtp.messages[0]!;
    expect(digest.subject).toBe("4 new in what you follow today");
    const text = digest.text!;
    // Plant A's group first (its latest event, stale, came last), its three events in order; then Plant B's.
    expect(text.indexOf("Plant A")).toBeLessThan(text.indexOf("Plant B"));
    const plantA = text.slice(text.indexOf("Plant A"));
    expect(
      plantA
        .split("\n")
        .filter((line) => line.startsWith("  - "))
        .slice(0, 3)
        .map((l) => l.split(": ")[0]!.slice(15)),
    ).toEqual(["New commitment", "New evidence", "Stale"]);
    expect(text).not.toContain("B read in the app");

    await createEvidence(t.db, second.id, { title: "B again" });
    const evening = new Date("2026-06-01T19:00:00Z");
    expect(await sendDueEmails(t.db, evening, config)).toMatchObject({ sent: 0 });
    const nextMorning = new Date("2026-06-02T07:00:00Z");
    expect(await sendDueEmails(t.db, nextMorning, config)).toMatchObject({ sent: 1, events: 1 });

    expect((await setMode("weekly")).status).toBe(200);
    await createEvidence(t.db, second.id, { title: "B once more" });
    expect(await sendDueEmails(t.db, new Date("2026-06-05T07:00:00Z"), config)).toMatchObject({ sent: 0 });
    expect(await sendDueEmails(t.db, new Date("2026-06-09T07:00:00Z"), config)).toMatchObject({ sent: 1 });
  });

  it("sends nothing without SMTP_URL or when the person chose no email, and the inbox still fills", async () => {
    const org = await followedCompany();
    await createCommitment(t.db, { makerId: org.id });
    expect(await sendDueEmails(t.db, new Date(), { ...config, smtpUrl: undefined })).toEqual({
      sent: 0,
      events: 0,
      failed: [],
    });
    expect((await setMode("off")).status).toBe(200);
    expect(await sendDueEmails(t.db, new Date(), config)).toMatchObject({ sent: 0 });
    expect(smtp.messages).toHaveLength(0);
    expect(await t.db.$count(emailDeliveries)).toBe(0);
    const { unreadCount } = await import("../lib/inbox/queries");
    expect(await unreadCount(t.db, viewerId)).toBe(1);
  });

  it("keeps what a refusing mail server did not take, to send it on the next run", async () => {
    await setMode("instant");
    const org = await followedCompany();
    await createCommitment(t.db, { makerId: org.id });
    const outcome = await sendDueEmails(t.db, new Date(), { ...config, smtpUrl: "smtp://127.0.0.1:9" });
    expect(outcome.sent).toBe(0);
    expect(outcome.failed).toHaveLength(1);
    expect(await t.db.$count(emailDeliveries)).toBe(0);
    expect(await sendDueEmails(t.db, new Date(), config)).toMatchObject({ sent: 1, events: 1 });
  });

  it("unsubscribes with the email's link, without signing in; a forged link changes nothing", async () => {
    await setMode("instant");
    const org = await followedCompany();
    await createCommitment(t.db, { makerId: org.id });
    await sendDueEmails(t.db, new Date(), config);
    const link = unsubscribeLink(smtp.messages[0]!);
    const token = new URL(link!).searchParams.get("token")!;
    const post = (tokenValue: string) =>
      confirmUnsubscribe(
        new Request(`http://localhost/api/unsubscribe?token=${encodeURIComponent(tokenValue)}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
      );
    const forged = await post(`${token.split(".")[0]}.AAAA`);
    expect(forged.status).toBe(400);
    expect(await emailModeOf(t.db, viewerId)).toBe("instant");
    const oneClick = await post(token);
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toBe(`No more email will be sent to ${viewerEmail}.`);
    expect(await emailModeOf(t.db, viewerId)).toBe("off");
  });

  it("refuses a mode it does not know, naming the field", async () => {
    const answer = await setMode("hourly");
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields.email).toMatch(/must be one of off, instant, daily, weekly/);
  });
});
