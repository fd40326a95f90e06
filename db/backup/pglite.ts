import type { PGlite } from "@electric-sql/pglite";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import * as tar from "tar";
import { DatabaseConfigError } from "../config";
import { type BackupManifest, describeDatabase, newManifest } from "./manifest";

export const PGLITE_PAYLOAD = "pglite-data.tar.gz";

/** Files PostgreSQL recreates on start and that must not travel with a copy. */
const NOT_COPIED = new Set(["postmaster.pid", "postmaster.opts"]);

/**
 * Writes a consistent copy of a running embedded database into `dir` and returns its manifest. While the row
 * counts are read and the data directory's files are copied, a transaction keeps every other statement
 * waiting (PGlite runs one at a time), after a checkpoint has written every change to those files; the
 * copy is then compressed with the database free again. The pause is the checkpoint, the counts and a
 * file copy: seconds at 100,000 commitments (docs/benchmarks.md), where PGlite's own dumpDataDir holds the
 * database for the whole in-memory tar and gzip.
 */
export async function snapshotPglite(client: PGlite, dir: string): Promise<BackupManifest> {
  const dataDir = client.dataDir;
  if (!dataDir || !fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new DatabaseConfigError("Only an embedded database kept in a directory (DATA_DIR) can be backed up.");
  }
  const copy = path.join(dir, "pgdata");
  const description = await client.transaction(async (tx) => {
    await tx.query("checkpoint");
    const counted = await describeDatabase(async (text) => (await tx.query(text)).rows as never[]);
    await fs.promises.cp(dataDir, copy, {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(path.basename(source)),
    });
    return counted;
  });
  // Compressed by Node's zlib, in its thread pool (so the server keeps answering), at the fastest level.
  await pipeline(
    tar.create({ cwd: copy, portable: true }, ["."]),
    zlib.createGzip({ level: 1 }),
    fs.createWriteStream(path.join(dir, PGLITE_PAYLOAD)),
  );
  await fs.promises.rm(copy, { recursive: true, force: true });
  return newManifest("pglite", PGLITE_PAYLOAD, description);
}

/** Unpacks a payload written by snapshotPglite into an empty data directory. */
export async function unpackPglite(payload: string, pgdata: string): Promise<void> {
  await fs.promises.mkdir(pgdata, { recursive: true, mode: 0o700 });
  await tar.extract({ file: payload, cwd: pgdata, strict: true });
}
