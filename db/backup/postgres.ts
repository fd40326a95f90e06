import path from "node:path";
import postgres from "postgres";
import { type BackupManifest, describeDatabase, newManifest } from "./manifest";
import { runTool } from "./run-tool";

export const POSTGRES_PAYLOAD = "postgres.dump";

/**
 * Writes `pg_dump -Fc` of the database into `dir` and returns its manifest. The row counts are read in a
 * repeatable-read transaction whose snapshot pg_dump imports, so they describe exactly what was dumped,
 * however busy the database is.
 */
export async function snapshotPostgres(url: string, dir: string): Promise<BackupManifest> {
  const client = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    return await client.begin("isolation level repeatable read read only", async (tx) => {
      const [{ snapshot }] = (await tx`select pg_export_snapshot() as snapshot`) as unknown as [{ snapshot: string }];
      const description = await describeDatabase(async (text) => (await tx.unsafe(text)) as unknown as never[]);
      await runTool("pg_dump", [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        `--snapshot=${snapshot}`,
        // The background jobs' queue (pg-boss, lib/jobs) is not data: the app recreates it when it starts,
        // and a restore target that has run the app already has one.
        "--exclude-schema=pgboss",
        `--file=${path.join(dir, POSTGRES_PAYLOAD)}`,
        `--dbname=${url}`,
      ]);
      return newManifest("postgres", POSTGRES_PAYLOAD, description);
    });
  } finally {
    await client.end({ timeout: 5 });
  }
}
