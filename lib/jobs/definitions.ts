import "server-only";
import type { Database } from "@/db/client";
import { todayIso } from "@/lib/dates";
import { recordDateEvents } from "@/lib/monitoring/date-events";
import { checkLinks, linkCheckConfig } from "@/lib/links/check";
import { mailConfig, sendDueEmails } from "@/lib/notify/send";

export type JobContext = { db: Database; now: Date };

/**
 * A background job: what it does, how often (a cron expression for pg-boss on PostgreSQL, the same period
 * in seconds for the embedded database's scheduler), and its work, which answers a line saying what it did.
 * Every job is safe to run twice: what it writes is keyed so that a second run adds nothing.
 */
export type JobDefinition = {
  name: string;
  description: string;
  cron: string;
  everySeconds: number;
  run: (context: JobContext) => Promise<string>;
};

const counted = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([what, n]) => `${n} ${what}`)
    .join(", ") || "nothing new";

export const dateChecks: JobDefinition = {
  name: "date-checks",
  description: "Target dates within 90 and 30 days, overdue and stale commitments, as events",
  cron: "7 * * * *",
  everySeconds: 3600,
  run: async ({ db, now }) => counted(await recordDateEvents(db, todayIso(now))),
};

export const email: JobDefinition = {
  name: "email",
  description: "Email each person what happened to what they follow: instantly, or their daily or weekly digest",
  cron: "* * * * *",
  everySeconds: 60,
  run: async ({ db, now }) => {
    const config = mailConfig();
    if (!config.smtpUrl) return "SMTP_URL is not set: no email sent";
    const { sent, events, failed } = await sendDueEmails(db, now, config);
    const done = `${sent} ${sent === 1 ? "email" : "emails"} (${events} events)`;
    if (failed.length > 0) throw new Error(`${done}; not sent: ${failed.join("; ")}`);
    return done;
  },
};

export const linkChecks: JobDefinition = {
  name: "link-checks",
  description: "Check evidence and source addresses (politely, public addresses only) and flag those not answering",
  cron: "23 * * * *",
  everySeconds: 3600,
  run: async ({ db, now }) => {
    if (process.env.LINK_CHECK === "off") return "LINK_CHECK=off: nothing checked";
    const { checked, broken, newlyBroken } = await checkLinks(db, now, linkCheckConfig());
    return `${checked} checked, ${broken} not answering (${newlyBroken} newly)`;
  },
};

export const JOBS: JobDefinition[] = [dateChecks, email, linkChecks];
