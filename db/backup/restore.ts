import { PGlite } from "@electric-sql/pglite";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { type DatabaseHandle, fromPglite, openDatabase, pgliteDataPath, pgliteExtensions } from "../client";
import { type DatabaseConfig, DatabaseConfigError } from "../config";
import { acquireDataDirLock, currentLockHolder } from "../lock";
import { unpackPglite } from "./pglite";
import { runTool } from "./run-tool";

export type RestoreOptions = { force: boolean; log: (line: string) => void };

/**
 * Unpacks the copy of a data directory into DATA_DIR and returns the open database. Refuses while a server uses the
 * directory, and refuses a directory that holds a database unless forced; a forced restore moves the old
 * database aside rather than deleting it.
 */
async function restorePglite(
  dataDir: string,
  payload: string,
  { force, log }: RestoreOptions,
): Promise<DatabaseHandle> {
  const holder = currentLockHolder(dataDir);
  if (holder) {
    throw new DatabaseConfigError(
      `A server (pid ${holder.pid} on ${holder.host}) is using ${dataDir}. A restore replaces the database under ` +
        `it: stop the server first (kill -TERM ${holder.pid}), then restore.`,
    );
  }
  const release = acquireDataDirLock(dataDir);
  try {
    const pgdata = pgliteDataPath(dataDir);
    if (fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
      if (!force) {
        throw new DatabaseConfigError(
          `${dataDir} already holds a database. Restore into an empty DATA_DIR, or add --force to replace it ` +
            "(the current one is moved aside, not deleted).",
        );
      }
      const aside = `${pgdata}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(pgdata, aside);
      log(`The database that was in ${dataDir} is now in ${aside}; delete it once you are satisfied.`);
    }
    await unpackPglite(payload, pgdata);
    const client = await PGlite.create(pgdata, { extensions: pgliteExtensions });
    return fromPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Restores pg_dump's archive into the database at `url`, which must be empty unless forced. */
async function restorePostgres(
  config: Extract<DatabaseConfig, { kind: "postgres" }>,
  payload: string,
  options: RestoreOptions,
) {
  const client = postgres(config.url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    const [{ n }] = (await client`
      select count(*)::int as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
       where s.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'v', 'm', 'S')`) as unknown as [
      { n: number },
    ];
    if (n > 0) {
      if (!options.force) {
        throw new DatabaseConfigError(
          `The database ${config.display} is not empty (${n} tables and other relations). Restore into an ` +
            "empty database (createdb), or add --force to drop everything in it first.",
        );
      }
      await client
        .unsafe("drop schema if exists drizzle cascade; drop schema public cascade; create schema public;")
        .simple();
      options.log(`Dropped everything in ${config.display} (--force).`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  // The target has its own public schema already; leave the dump's entry for it out of the restore.
  const list = `${payload}.list`;
  await runTool("pg_restore", ["--list", `--file=${list}`, payload]);
  const entries = fs.readFileSync(list, "utf8").split("\n");
  fs.writeFileSync(list, entries.filter((line) => !/ SCHEMA - public /.test(line)).join("\n"));
  await runTool("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    `--use-list=${list}`,
    `--dbname=${config.url}`,
    payload,
  ]);
  return openDatabase(config);
}

/** Restores a backup's payload into the configured database and returns it open, for verification. */
export function restorePayload(
  config: DatabaseConfig,
  payload: string,
  options: RestoreOptions,
): Promise<DatabaseHandle> {
  return config.kind === "pglite"
    ? restorePglite(config.dataDir, payload, options)
    : restorePostgres(config, payload, options);
}
