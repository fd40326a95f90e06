import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type JobRun, jobRuns } from "@/db/schema";
import type { JobDefinition } from "./definitions";

/** How long the record of a run is kept. */
export const KEEP_RUNS_DAYS = 14;

/**
 * Runs a job as of `now` and records how it went (started at `now`, finished as much later as it took); a
 * failure is recorded, then thrown again for the runner to retry.
 */
export async function runRecorded(db: Database, job: JobDefinition, attempt = 0, now = new Date()): Promise<string> {
  const began = Date.now();
  const record = (ok: boolean, outcome: string) =>
    db.insert(jobRuns).values({
      name: job.name,
      startedAt: now,
      finishedAt: new Date(now.getTime() + (Date.now() - began)),
      ok,
      outcome: outcome.slice(0, 2000),
      attempt,
    });
  try {
    const outcome = await job.run({ db, now });
    await record(true, outcome);
    return outcome;
  } catch (error) {
    await record(false, error instanceof Error ? error.message : String(error));
    throw error;
  } finally {
    // A job that runs each minute would otherwise grow the table by half a million rows a year.
    const cutoff = new Date(now.getTime() - KEEP_RUNS_DAYS * 86_400_000);
    await db.delete(jobRuns).where(and(eq(jobRuns.name, job.name), lt(jobRuns.startedAt, cutoff)));
  }
}

export async function lastRun(db: Database, name: string): Promise<JobRun | null> {
  const [row] = await db
    .select()
    .from(jobRuns)
    .where(eq(jobRuns.name, name))
    .orderBy(desc(jobRuns.startedAt), desc(jobRuns.id))
    .limit(1);
  return row ?? null;
}

/** The latest runs, newest first, for the admin's Jobs page (failures are kept as long as the rest). */
export function recentRuns(db: Database, limit = 100): Promise<JobRun[]> {
  return db.select().from(jobRuns).orderBy(desc(jobRuns.startedAt), desc(jobRuns.id)).limit(limit);
}
