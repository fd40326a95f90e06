// The background jobs this process runs, shared through globalThis between the app's bundled code (which
// starts them, lib/jobs/start.ts) and the HTTP server's own code (which stops them before the database closes).

export type RunningJobs = { runner: "pg-boss" | "in-process"; stop: () => Promise<void> };

const globalJobs = globalThis as typeof globalThis & { __commitmentTrackerJobs?: RunningJobs };

export function runningJobs(): RunningJobs | undefined {
  return globalJobs.__commitmentTrackerJobs;
}

export function registerJobs(jobs: RunningJobs): void {
  globalJobs.__commitmentTrackerJobs = jobs;
}

export async function stopBackgroundJobs(): Promise<void> {
  const running = globalJobs.__commitmentTrackerJobs;
  if (!running) return;
  delete globalJobs.__commitmentTrackerJobs;
  await running
    .stop()
    .catch((error: unknown) => console.error(`Stopping background jobs: ${(error as Error).message}`));
}
