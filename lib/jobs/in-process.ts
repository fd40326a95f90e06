import "server-only";
import type { Database } from "@/db/client";
import type { JobDefinition } from "./definitions";
import { lastRun, runRecorded } from "./runs";

/** After a failure, wait 30 s, then 1, 2, 4… minutes, never longer than the job's own period. */
export function retryDelaySeconds(job: JobDefinition, failedAttempt: number): number {
  return Math.min(job.everySeconds, 30 * 2 ** failedAttempt);
}

/** Whether a job is due now, and as which attempt, judged from its last recorded run. */
export async function dueAttempt(db: Database, job: JobDefinition, now: Date): Promise<number | null> {
  const last = await lastRun(db, job.name);
  if (!last) return 0;
  if (last.ok) return now.getTime() - last.startedAt.getTime() >= job.everySeconds * 1000 ? 0 : null;
  const waited = now.getTime() - last.finishedAt.getTime();
  return waited >= retryDelaySeconds(job, last.attempt) * 1000 ? last.attempt + 1 : null;
}

/** The jobs due now, each with the attempt it would be, leaving out those named in `busy`. */
async function dueJobs(db: Database, jobs: JobDefinition[], now: Date, busy: ReadonlySet<string> = new Set()) {
  const due: { job: JobDefinition; attempt: number }[] = [];
  for (const job of jobs) {
    if (busy.has(job.name)) continue;
    const attempt = await dueAttempt(db, job, now);
    if (attempt !== null) due.push({ job, attempt });
  }
  return due;
}

const reportFailure = (job: JobDefinition, attempt: number) => (error: unknown) =>
  console.error(`Background job ${job.name} failed (attempt ${attempt + 1}): ${(error as Error).message}`);

/** One pass, one job after another: runs every job that is due. A failure is recorded and left for its retry. */
export async function runDueJobs(db: Database, jobs: JobDefinition[], now = new Date()): Promise<string[]> {
  const due = await dueJobs(db, jobs, now);
  for (const { job, attempt } of due) await runRecorded(db, job, attempt, now).catch(reportFailure(job, attempt));
  return due.map(({ job }) => job.name);
}

/**
 * The embedded database's scheduler. PGlite serves one process, so pg-boss (which needs its own PostgreSQL
 * connections) does not run there; this runs the same jobs in the server's process, deciding from the
 * recorded runs (which survive a restart) what is due. It looks every `tickSeconds`; each job runs on its
 * own, so a long one (link checks) never holds up another (email).
 */
export function startInProcessJobs(
  db: Database,
  jobs: JobDefinition[],
  tickSeconds: number,
): { stop: () => Promise<void> } {
  const running = new Map<string, Promise<unknown>>();
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    const due = await dueJobs(db, jobs, new Date(), new Set(running.keys())).catch((error: unknown) => {
      console.error(`Background jobs: ${(error as Error).message}`);
      return [];
    });
    for (const { job, attempt } of due) {
      const run = runRecorded(db, job, attempt)
        .catch(reportFailure(job, attempt))
        .finally(() => running.delete(job.name));
      running.set(job.name, run);
    }
  };
  let ticking: Promise<void> = tick();
  const timer = setInterval(() => {
    ticking = ticking.then(tick);
  }, tickSeconds * 1000);
  timer.unref();
  // A job in flight gets a few seconds to finish; a long one (link checks) is cut off by the database closing.
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      const settled = Promise.all([ticking, ...running.values()]);
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    },
  };
}
