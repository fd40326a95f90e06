import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// What happened to commitments, one row per happening. Triggers write what a write caused, in the same
// transaction, whatever wrote it: a form, the API, statement intake or an import (migration 0022;
// db/sql/functions.sql). Dates falling due are written by a background job (lib/monitoring). Feeds
// (lib/feeds) and inboxes (lib/inbox) read it. `cause` names what caused the event ("evidence:12",
// "overdue:7:2025-12-31"), unique, so an event is stored once even when its row is written again (a
// restore) or a check runs twice. The commitment is a plain id: a deleted commitment's events stay, and
// readers see them no more.

export const EVENT_KINDS = [
  "commitment_added",
  "evidence_added",
  "status_changed",
  "restated",
  // Written by the date checks (lib/monitoring/date-events.ts), not by triggers.
  "due_in_90_days",
  "due_in_30_days",
  "overdue",
  "stale",
  // Written by the link checks (lib/links).
  "link_broken",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const events = pgTable(
  "events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind").$type<EventKind>().notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    commitmentId: integer("commitment_id").notNull(),
    cause: text("cause").notNull(),
    summary: text("summary").notNull(),
  },
  (t) => [
    check(
      "events_kind",
      sql`${t.kind} in ('commitment_added', 'evidence_added', 'status_changed', 'restated', 'due_in_90_days', 'due_in_30_days', 'overdue', 'stale', 'link_broken')`,
    ),
    uniqueIndex("events_cause_key").on(t.cause),
    index("events_commitment_at_idx").on(t.commitmentId, t.at),
    index("events_at_idx").on(t.at),
  ],
);

export type Event = typeof events.$inferSelect;
