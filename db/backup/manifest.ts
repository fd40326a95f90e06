import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { migrationsFolder } from "../migrate";

// What a backup says about the database it was taken from, so that a restore can be checked against it.

export const BACKUP_FORMAT = "commitment-tracker-backup";
export const MANIFEST_FILE = "manifest.json";

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  database: z.enum(["pglite", "postgres"]),
  /** The file inside the archive that holds the database itself. */
  payload: z.enum(["pglite-data.tar.gz", "postgres.dump"]),
  /** Migrations applied: how many, and the journal time of the last one (db/migrations/meta/_journal.json). */
  migrations: z.object({ applied: z.number().int(), latest: z.number().nullable() }),
  /** Rows in every table of the app, counted in the same snapshot as the backup. */
  rows: z.record(z.string(), z.number().int()),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The manifest of a backup taken now, of what `description` says the database holds. */
export function newManifest(
  database: BackupManifest["database"],
  payload: BackupManifest["payload"],
  description: Pick<BackupManifest, "migrations" | "rows">,
): BackupManifest {
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    database,
    payload,
    ...description,
  };
}

/** One raw statement, whatever the driver (a DatabaseHandle's query, a transaction's). */
export type RawQuery = <T extends Record<string, unknown>>(text: string) => Promise<T[]>;

/** Row counts of every table and the migration level, read through `query` (inside a snapshot, for backups). */
export async function describeDatabase(query: RawQuery): Promise<Pick<BackupManifest, "migrations" | "rows">> {
  const tables = await query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
  );
  const rows: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await query<{ n: number | string }>(
      `select count(*) as n from public."${name.replaceAll('"', '""')}"`,
    );
    rows[name] = Number(row?.n ?? 0);
  }
  const [level] = await query<{ applied: number | string; latest: number | string | null }>(
    `select count(*) as applied, max(created_at) as latest from drizzle.__drizzle_migrations`,
  );
  return {
    rows,
    migrations: { applied: Number(level?.applied ?? 0), latest: level?.latest == null ? null : Number(level.latest) },
  };
}

/** The migration level of this copy of the app: every migration it ships. */
export function codeMigrationLevel(): BackupManifest["migrations"] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  return { applied: journal.entries.length, latest: journal.entries.at(-1)?.when ?? null };
}
