import type { PGlite } from "@electric-sql/pglite";
import fs from "node:fs";
import path from "node:path";
import { type BackupManifest, BACKUP_FORMAT, describeDatabase } from "./manifest";

export const PGLITE_PAYLOAD = "pglite-data.tar.gz";

/**
 * Writes a consistent copy of a running embedded database into `dir` and returns its manifest. Row counts
 * and the copy come from one moment: both happen inside one transaction, which keeps every other statement
 * waiting (PGlite runs one at a time), so the app pauses for as long as the copy takes.
 */
export async function snapshotPglite(client: PGlite, dir: string): Promise<BackupManifest> {
  await client.query("checkpoint"); // data files current, so the copy needs no WAL replay to be complete
  return client.transaction(async (tx) => {
    const description = await describeDatabase(async (text) => (await tx.query(text)).rows as never[]);
    const dump = await client.dumpDataDir("gzip");
    await fs.promises.writeFile(path.join(dir, PGLITE_PAYLOAD), Buffer.from(await dump.arrayBuffer()));
    return {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      createdAt: new Date().toISOString(),
      database: "pglite",
      payload: PGLITE_PAYLOAD,
      ...description,
    };
  });
}
