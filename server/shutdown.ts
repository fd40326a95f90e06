import type http from "node:http";
import { closeAppDatabase } from "@/db";
import { stopBackgroundJobs } from "@/lib/jobs/registry";

/** How long requests in flight may take to finish once a stop was asked for. */
export const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? 5_000);

/**
 * Stops the server cleanly: no new connections, the requests in flight finish (cut off after the grace
 * period), then Next.js and the database close. Closing the embedded database flushes it and releases the
 * data directory's lock, so the next start finds it free.
 */
export async function stopGracefully({
  signal,
  server,
  closeApp,
  control,
}: {
  signal: NodeJS.Signals;
  server: http.Server;
  closeApp: () => Promise<void>;
  control: { close: () => Promise<void> } | null;
}): Promise<void> {
  console.log(`\n${signal}: finishing the requests in flight (at most ${SHUTDOWN_GRACE_MS / 1000} s), then stopping.`);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A kept-alive connection counts as open until it is closed; close each one as soon as it falls idle.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cutOff = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await closed;
  clearInterval(sweep);
  clearTimeout(cutOff);
  await control?.close();
  await closeApp().catch((error: unknown) => console.error(`Closing Next.js: ${(error as Error).message}`));
  await stopBackgroundJobs();
  await closeAppDatabase();
  console.log("Stopped.");
}
