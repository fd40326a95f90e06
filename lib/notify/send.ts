import "server-only";
import { and, desc, eq, isNull, notExists, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Database } from "@/db/client";
import { type EmailMode, commitments, emailDeliveries, events, inboxReads } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { getAuthSecret } from "@/lib/auth/secret";
import { eventColumns, onItsCommitment, toEventItem } from "@/lib/events/queries";
import { inboxCondition, readJoin } from "@/lib/inbox/queries";
import { type MailEvent, composeMail } from "./compose";
import { DEFAULT_EMAIL_MODE } from "./settings";
import { unsubscribeToken } from "./unsubscribe-token";

export type MailConfig = {
  /** smtp://user:pass@host:587 or smtps://…; without it no email is sent (the inbox still works). */
  smtpUrl: string | undefined;
  from: string;
  /** The app's public address, for the links in emails. */
  appUrl: string;
};

export function mailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  return {
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    from: env.SMTP_FROM?.trim() || "Commitment Tracker <tracker@localhost>",
    appUrl: (env.APP_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ""),
  };
}

const PERIOD_HOURS: Record<Exclude<EmailMode, "off">, number> = { instant: 0, daily: 24, weekly: 24 * 7 };
/** The most events one email lists; the rest come in the next one. */
const MAX_EVENTS_PER_MAIL = 200;

type Recipient = { userId: string; email: string; name: string; mode: EmailMode; lastSent: string | null };

/** Everyone who follows something and wants email, with when they were last emailed. */
function recipients(db: Database): Promise<Recipient[]> {
  return queryRows<Recipient>(
    db,
    sql`select u.id as "userId", u.email, u.name, coalesce(s.email, ${DEFAULT_EMAIL_MODE}) as mode,
          (select max(d.sent_at)::text from email_deliveries d where d.user_id = u.id) as "lastSent"
        from users u left join notification_settings s on s.user_id = u.id
        where exists (select 1 from follows f where f.user_id = u.id) and not coalesce(u.banned, false)
          and coalesce(s.email, ${DEFAULT_EMAIL_MODE}) <> 'off'
        order by u.id`,
  );
}

/** The inbox events a person has neither read nor been emailed, oldest first. */
async function pendingEvents(db: Database, userId: string): Promise<MailEvent[]> {
  const inScope = await inboxCondition(db, userId);
  if (!inScope) return [];
  const rows = await db
    .select(eventColumns)
    .from(events)
    .innerJoin(commitments, onItsCommitment)
    .leftJoin(inboxReads, readJoin(userId))
    .where(
      and(
        inScope,
        isNull(inboxReads.eventId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(emailDeliveries)
            .where(and(eq(emailDeliveries.userId, userId), eq(emailDeliveries.eventId, events.id))),
        ),
      ),
    )
    .orderBy(desc(events.id))
    .limit(MAX_EVENTS_PER_MAIL);
  return rows.reverse().map((row) => toEventItem(row));
}

function due(recipient: Recipient, now: Date): boolean {
  if (recipient.mode === "off") return false;
  if (!recipient.lastSent) return true;
  const hours = (now.getTime() - new Date(recipient.lastSent).getTime()) / 3_600_000;
  return hours >= PERIOD_HOURS[recipient.mode];
}

export type SendOutcome = { sent: number; events: number; failed: string[] };

/**
 * Emails everyone who is due (instant: whenever something is pending; daily and weekly digests: a day or a
 * week after their last email) what happened to what they follow that they have neither read nor been
 * sent. An event is recorded as emailed only once the SMTP server took the message, so a failed send is
 * tried again on the next run; one person's failure does not stop the others'.
 */
export async function sendDueEmails(db: Database, now: Date, config: MailConfig): Promise<SendOutcome> {
  const outcome: SendOutcome = { sent: 0, events: 0, failed: [] };
  if (!config.smtpUrl) return outcome;
  const transport = nodemailer.createTransport(config.smtpUrl);
  const secret = await getAuthSecret(db);
  try {
    for (const recipient of await recipients(db)) {
      if (!due(recipient, now)) continue;
      const pending = await pendingEvents(db, recipient.userId);
      if (pending.length === 0) continue;
      const token = unsubscribeToken(recipient.userId, secret);
      const unsubscribeUrl = `${config.appUrl}/unsubscribe?token=${token}`;
      const mail = composeMail({
        name: recipient.name,
        mode: recipient.mode as Exclude<EmailMode, "off">,
        events: pending,
        appUrl: config.appUrl,
        unsubscribeUrl,
      });
      try {
        await transport.sendMail({
          from: config.from,
          to: { name: recipient.name, address: recipient.email },
          ...mail,
          headers: {
            // RFC 8058: a mail program POSTs "List-Unsubscribe=One-Click" here itself.
            "List-Unsubscribe": `<${config.appUrl}/api/unsubscribe?token=${token}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          },
        });
      } catch (error) {
        outcome.failed.push(`${recipient.email}: ${(error as Error).message}`);
        continue;
      }
      await db
        .insert(emailDeliveries)
        .values(pending.map((e) => ({ userId: recipient.userId, eventId: e.id, sentAt: now })))
        .onConflictDoNothing();
      outcome.sent += 1;
      outcome.events += pending.length;
    }
  } finally {
    transport.close();
  }
  return outcome;
}
