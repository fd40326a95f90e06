import "server-only";
import { getDatabaseHandle } from "@/db";
import { readDatabaseConfig } from "@/db/config";
import { JOBS } from "./definitions";
import { startInProcessJobs } from "./in-process";
import { registerJobs, runningJobs } from "./registry";

/**
 * Starts the background jobs in this server process, unless BACKGROUND_JOBS=off: on pg-boss with PostgreSQL,
 * on the in-process scheduler with the embedded database (JOBS_TICK_SECONDS, default 60, is how often it
 * looks for due jobs).
 */
export async function startBackgroundJobs(): Promise<void> {
  if (process.env.BACKGROUND_JOBS === "off" || runningJobs()) return;
  const config = readDatabaseConfig();
  const { db } = await getDatabaseHandle();
  if (config.kind === "postgres") {
    const { startPgBossJobs } = await import("./pg-boss");
    const jobs = await startPgBossJobs(config.url, db, JOBS);
    // Once at start as well as on schedule; of the instances starting within the same minute, one run is kept.
    for (const job of JOBS) await jobs.trigger(job.name, 60);
    registerJobs({ runner: "pg-boss", stop: jobs.stop });
  } else {
    const tick = Math.max(1, Number(process.env.JOBS_TICK_SECONDS ?? 60) || 60);
    registerJobs({ runner: "in-process", ...startInProcessJobs(db, JOBS, tick) });
  }
  console.log(`Background jobs: ${runningJobs()!.runner} (${JOBS.map((j) => j.name).join(", ")}).`);
}
