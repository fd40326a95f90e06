import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import path from "node:path";
import postgres from "postgres";
import type { BackupManifest } from "./backup/manifest";
import { snapshotPglite } from "./backup/pglite";
import { snapshotPostgres } from "./backup/postgres";
import { type DatabaseConfig, DatabaseConfigError } from "./config";
import { acquireDataDirLock } from "./lock";
import { migratePglite, migratePostgres } from "./migrate";
import * as schema from "./schema";

/** The one database type every query takes; both drivers (and their transactions) satisfy it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseConfig["kind"];
  /** Runs raw SQL text with several statements (maintenance scripts, test resets). */
  exec: (sqlText: string) => Promise<void>;
  /** Runs one raw parameterized statement ($1, $2…) and returns its rows (benchmarks, EXPLAIN). */
  query: <T extends Record<string, unknown>>(sqlText: string, params?: unknown[]) => Promise<T[]>;
  /** Applies the committed migrations that have not run yet. */
  migrate: () => Promise<void>;
  /** Writes a consistent copy of the whole database into `dir` (db/backup/) and returns what it holds. */
  snapshot: (dir: string) => Promise<BackupManifest>;
  close: () => Promise<void>;
};

export const pgliteExtensions = { pg_trgm };

export function pgliteDataPath(dataDir: string): string {
  return path.join(dataDir, "pgdata");
}

/** Wraps an open PGlite instance (from a directory, memory or a dumped template). */
export function fromPglite(client: PGlite, onClose: () => void = () => {}): DatabaseHandle {
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    exec: async (text) => {
      await client.exec(text);
    },
    query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
      (await client.query<T>(text, params)).rows,
    migrate: () => migratePglite(client),
    snapshot: (dir) => snapshotPglite(client, dir),
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        onClose();
      }
    },
  };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(pgliteDataPath(dataDir), { extensions: pgliteExtensions });
    return fromPglite(client, release);
  } catch (error) {
    release();
    throw new DatabaseConfigError(
      `Could not open the embedded database in ${dataDir}: ${(error as Error).message}. ` +
        "If the directory holds data from another program or version, move it away or set DATA_DIR elsewhere.",
    );
  }
}

function explainConnectionError(display: string, error: unknown): string {
  const err = error as NodeJS.ErrnoException & { code?: string };
  const reasons: Record<string, string> = {
    ECONNREFUSED: "nothing is listening there (is the server running?)",
    ENOTFOUND: "the host name does not resolve",
    EAI_AGAIN: "the host name does not resolve",
    CONNECT_TIMEOUT: "the server did not answer in time",
    ETIMEDOUT: "the server did not answer in time",
    "28P01": "the password was refused",
    "28000": "the server refused this user",
    "3D000": "that database does not exist (create it first, e.g. createdb)",
  };
  const reason = (err?.code && reasons[err.code]) || err?.message || String(error);
  return (
    `Cannot use the PostgreSQL database given by DATABASE_URL (${display}): ${reason}. ` +
    "Fix DATABASE_URL, or unset it to use the embedded database in DATA_DIR."
  );
}

async function openPostgres(url: string, display: string): Promise<DatabaseHandle> {
  let client: postgres.Sql;
  try {
    client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connect_timeout: 5,
      onnotice: () => {},
      // The app's statements are short; PostgreSQL's JIT, triggered by cost estimates (a recursive name tree is
      // estimated at hundreds of thousands of rows), spent 235 ms compiling a 68 ms facet count at 100k rows.
      connection: { jit: "off" },
    });
  } catch (error) {
    throw new DatabaseConfigError(explainConnectionError(display, error));
  }
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseConfigError(explainConnectionError(display, error));
  }
  const db = drizzlePostgres({ client, schema }) as unknown as Database;
  return {
    db,
    kind: "postgres",
    exec: async (text) => {
      await client.unsafe(text).simple();
    },
    query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
      (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[],
    migrate: () => migratePostgres(url),
    snapshot: (dir) => snapshotPostgres(url, dir),
    close: async () => {
      await client.end({ timeout: 5 });
    },
  };
}

/** Opens the configured database; fails with a DatabaseConfigError whose message says what to fix. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === "postgres" ? openPostgres(config.url, config.display) : openPglite(config.dataDir);
}
