import "server-only";
import { sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import type { Database } from "@/db/client";
import type { JobDefinition } from "./definitions";
import { runRecorded } from "./runs";

/** An advisory lock's key, held while queues are set up (7301 is the imports'). */
const QUEUE_SETUP_LOCK = 7302;

const RETRIES = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

export type PgBossJobs = {
  boss: PgBoss;
  /** Asks for a run now; of several asks (from any instance) within `withinSeconds`, one job is kept. */
  trigger: (name: string, withinSeconds?: number) => Promise<string | null>;
  stop: () => Promise<void>;
};

/**
 * Runs the jobs on pg-boss, in the PostgreSQL database the app uses (schema `pgboss`). Each instance
 * schedules the same crons and works the same queues; pg-boss keeps one schedule per job and hands each
 * job to one worker, so several instances run a job once. Failures are retried with backoff, and each
 * try is recorded in job_runs.
 */
export async function startPgBossJobs(
  connectionString: string,
  db: Database,
  jobs: JobDefinition[],
  { schedule = true }: { schedule?: boolean } = {},
): Promise<PgBossJobs> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", application_name: "commitment-tracker-jobs", max: 4 });
  boss.on("error", (error) => console.error(`Background jobs (pg-boss): ${error.message}`));
  await boss.start();
  // pg-boss deadlocks when two instances create the same queue at once, so instances take turns.
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${QUEUE_SETUP_LOCK})`);
    for (const job of jobs) {
      if (!(await boss.getQueue(job.name)))
        await boss.createQueue(job.name, { name: job.name, policy: "stately", expireInSeconds: 15 * 60, ...RETRIES });
      if (schedule) await boss.schedule(job.name, job.cron, {}, { tz: "UTC", ...RETRIES });
    }
  });
  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds: 2, includeMetadata: true }, async ([run]) => {
      await runRecorded(db, job, run?.retryCount ?? 0);
    });
  }
  return {
    boss,
    trigger: (name, withinSeconds = 60) =>
      boss.send(name, {}, { singletonKey: name, singletonSeconds: withinSeconds, ...RETRIES }),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 5_000 }),
  };
}
