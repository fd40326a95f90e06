import { PGlite } from "@electric-sql/pglite";
import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { type Database, type DatabaseHandle, fromPglite, openDatabase, pgliteExtensions } from "../../db/client";
import { readDatabaseConfig } from "../../db/config";
import { truncateAll } from "../../db/reset";
import { installTestDatabase } from "../../db/index";

export const onPostgres = readDatabaseConfig().kind === "postgres";

async function openTestDatabase(): Promise<DatabaseHandle> {
  const config = readDatabaseConfig();
  if (config.kind === "postgres") return openDatabase(config); // migrated by the global setup
  const template = fs.readFileSync(inject("pgliteTemplate"));
  const client = await PGlite.create({ loadDataDir: new Blob([template]), extensions: pgliteExtensions });
  return fromPglite(client);
}

/**
 * Gives a test file a migrated database that is empty before each test. On PGlite each file has its own
 * copy; on PostgreSQL the files share DATABASE_URL and run one at a time.
 */
export function setupTestDatabase(): { readonly db: Database; readonly handle: DatabaseHandle } {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
    installTestDatabase(handle); // route handlers under test read through getDb()
  });
  beforeEach(async () => {
    await truncateAll(handle!.db);
  });
  afterAll(async () => {
    await handle?.close();
  });
  return {
    get db() {
      if (!handle) throw new Error("setupTestDatabase: the database is not open yet (use it inside a test or hook)");
      return handle.db;
    },
    get handle() {
      if (!handle) throw new Error("setupTestDatabase: the database is not open yet");
      return handle;
    },
  };
}
