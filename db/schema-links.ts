import { boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The last check of each evidence and source address (lib/links): whether it answered, with what status,
 * and since when it has not. One row per address, however many items cite it.
 */
export const linkChecks = pgTable(
  "link_checks",
  {
    url: text("url").primaryKey(),
    /** False when the address stopped answering: no connection, a timeout, 404, 410 or a server error. */
    ok: boolean("ok").notNull(),
    /** The HTTP status of the last answer (after redirects); null when there was none. */
    status: integer("status"),
    /** Why it is not ok, or why it was not checked (robots.txt, a private address). */
    note: text("note"),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull(),
    /** When it was first found not answering, in the current run of failures. */
    failingSince: timestamp("failing_since", { withTimezone: true }),
  },
  (t) => [index("link_checks_checked_at_idx").on(t.checkedAt)],
);

export type LinkCheck = typeof linkChecks.$inferSelect;
