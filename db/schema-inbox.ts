import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth-schema";
import { events } from "./schema-events";

// A person's inbox is computed from their follows and the events (lib/inbox); only what they did with it
// is stored: what they read, how they want to be told by email, and what was emailed to them already.

export const inboxReads = pgTable(
  "inbox_reads",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.eventId] })],
);

export const EMAIL_MODES = ["off", "instant", "daily", "weekly"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** One row per person who chose something; without a row, the default (lib/inbox/email-settings.ts) applies. */
export const notificationSettings = pgTable(
  "notification_settings",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    email: text("email").$type<EmailMode>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("notification_settings_email", sql`${t.email} in ('off', 'instant', 'daily', 'weekly')`)],
);

/** An event emailed to a person (alone or in a digest): never emailed twice. */
export const emailDeliveries = pgTable(
  "email_deliveries",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.eventId] }), index("email_deliveries_sent_at_idx").on(t.sentAt)],
);
