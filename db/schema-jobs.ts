import { boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every run of a background job (lib/jobs), whichever runner ran it: what it did or why it failed. The
 * admin's Jobs page reads it; the embedded database's scheduler also decides from it when to run again.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull().defaultNow(),
    ok: boolean("ok").notNull(),
    /** What it did ("3 events"), or the error's message. */
    outcome: text("outcome").notNull(),
    /** 0 for a first try, then the retry's number. */
    attempt: integer("attempt").notNull().default(0),
  },
  (t) => [index("job_runs_name_started_idx").on(t.name, t.startedAt)],
);

export type JobRun = typeof jobRuns.$inferSelect;
