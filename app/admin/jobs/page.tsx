import type { Metadata } from "next";
import { connection } from "next/server";
import { requirePageRole } from "@/app/_lib/page-actor";
import { columnFactory } from "@/components/data-table/columns";
import { StaticDataTable } from "@/components/data-table/static-data-table";
import { getDb } from "@/db";
import type { JobRun } from "@/db/schema";
import { JOBS } from "@/lib/jobs/definitions";
import { runningJobs } from "@/lib/jobs/registry";
import { lastRun, recentRuns } from "@/lib/jobs/runs";

export const metadata: Metadata = { title: "Background jobs" };

const column = columnFactory<JobRun>();

/** A moment to the second, in UTC, without the zone's name (the column's label, or the caller, gives it). */
const utcSeconds = (at: Date) => at.toISOString().replace("T", " ").slice(0, 19);
const resultText = (r: JobRun) =>
  r.ok ? r.outcome : `failed${r.attempt > 0 ? ` (retry ${r.attempt})` : ""}: ${r.outcome}`;

const columns = [
  column.value("name", (r) => r.name, { label: "Job", className: "font-medium text-slate-900" }),
  column.value("startedAt", (r) => utcSeconds(r.startedAt), {
    label: "Started (UTC)",
    className: "text-slate-600",
  }),
  column.display("result", { label: "Result" }, (r) => (
    <span className={r.ok ? "text-slate-700" : "text-red-700"}>{resultText(r)}</span>
  )),
];

const RUNNER_NAMES = {
  "pg-boss": "pg-boss, in the PostgreSQL database: each job runs once whatever the number of app instances",
  "in-process": "the embedded database's scheduler, in this server's process",
} as const;

/** What runs in the background, how often, and how its latest runs went (failures first to the eye). */
export default async function JobsPage() {
  await connection();
  const { allowed } = await requirePageRole("admin", "/admin/jobs");
  if (!allowed) return null;
  const db = await getDb();
  const [runs, lastRuns] = await Promise.all([recentRuns(db), Promise.all(JOBS.map((job) => lastRun(db, job.name)))]);
  const runner = runningJobs()?.runner;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        {runner
          ? `Jobs run on ${RUNNER_NAMES[runner]}. A failed run is retried with a growing wait.`
          : "Background jobs are off in this server (BACKGROUND_JOBS=off); another instance may run them."}
      </p>
      <ul aria-label="Jobs" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {JOBS.map((job, i) => (
          <li key={job.name} className="p-3 text-sm">
            <span className="font-medium text-slate-900">{job.name}</span>{" "}
            <span className="text-slate-600">
              — {job.description}; every{" "}
              {job.everySeconds >= 3600 ? `${job.everySeconds / 3600} h` : `${job.everySeconds / 60} min`}
            </span>
            <span className={`block ${lastRuns[i]?.ok === false ? "text-red-700" : "text-slate-600"}`}>
              {lastRuns[i]
                ? `Last run ${utcSeconds(lastRuns[i].startedAt)} UTC: ${resultText(lastRuns[i])}`
                : "Not run yet."}
            </span>
          </li>
        ))}
      </ul>
      {runs.length === 0 ? (
        <p className="text-sm text-slate-600">No job has run yet.</p>
      ) : (
        <StaticDataTable
          columns={columns}
          data={runs}
          getRowId={(r) => String(r.id)}
          label="Recent runs"
          frameClassName="[&_table]:min-w-[36rem]"
        />
      )}
    </div>
  );
}
