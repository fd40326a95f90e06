import { type DatabaseConfig, DatabaseConfigError, readDatabaseConfig } from "./config";
import { type Database, type DatabaseHandle, openDatabase } from "./client";
import { isDatabaseEmpty, seedDemoData } from "./seed/load";

export type { Database } from "./client";
export { DatabaseConfigError } from "./config";

type Runtime = { handle: Promise<DatabaseHandle>; config: DatabaseConfig };

// Kept on globalThis so that module re-evaluation (dev reloads) never opens the embedded database twice.
const globalRuntime = globalThis as typeof globalThis & { __commitmentTrackerDb?: Runtime };

async function prepare(config: DatabaseConfig): Promise<DatabaseHandle> {
  const handle = await openDatabase(config);
  try {
    await handle.migrate();
    if (process.env.SEED_DEMO_DATA !== "false" && (await isDatabaseEmpty(handle.db))) {
      const { commitments } = await seedDemoData(handle.db);
      console.log(`Loaded the demo data (${commitments} commitments) into the empty database.`);
    }
    return handle;
  } catch (error) {
    await handle.close().catch(() => {});
    if (error instanceof DatabaseConfigError) throw error;
    throw new DatabaseConfigError(`Could not prepare the database: ${(error as Error).message}`);
  }
}

export const BUILD_MUST_NOT_OPEN_DATABASE =
  "`next build` tried to open the database: a page or layout reads data outside a request. Call headers() or connection() before reading the database.";

/** The app's database: opened, migrated and (when empty) seeded once per process. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!globalRuntime.__commitmentTrackerDb) {
    // A build worker that opened the embedded database would lock it (and seed it) under the server that
    // starts right after the build, so a page that reads data outside a request fails the build instead.
    if (process.env.NEXT_PHASE === "phase-production-build") {
      return Promise.reject(new Error(BUILD_MUST_NOT_OPEN_DATABASE));
    }
    const config = readDatabaseConfig();
    const handle = prepare(config);
    globalRuntime.__commitmentTrackerDb = { handle, config };
    // A failed start must not be cached: the next call tries again (and reports again).
    handle.catch(() => {
      if (globalRuntime.__commitmentTrackerDb?.handle === handle) delete globalRuntime.__commitmentTrackerDb;
    });
  }
  return globalRuntime.__commitmentTrackerDb.handle;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/**
 * Closes the app's database if this process opened it (PGlite flushes and releases the data directory's
 * lock). The HTTP server calls it on shutdown; it shares the handle through globalThis with the app's
 * bundled code.
 */
export async function closeAppDatabase(): Promise<void> {
  const runtime = globalRuntime.__commitmentTrackerDb;
  if (!runtime) return;
  // A request still running after the grace period must not open the database again behind the close.
  const closed = Promise.reject(new DatabaseConfigError("The server is stopping."));
  closed.catch(() => {});
  globalRuntime.__commitmentTrackerDb = { handle: closed, config: runtime.config };
  const handle = await runtime.handle.catch(() => null); // a start that failed has nothing to close
  await handle?.close();
}

/** For tests: make the app's code (route handlers, pages) use this already-open database. */
export function installTestDatabase(handle: DatabaseHandle): void {
  globalRuntime.__commitmentTrackerDb = { handle: Promise.resolve(handle), config: readDatabaseConfig() };
}
