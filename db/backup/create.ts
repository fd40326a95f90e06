import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseHandle } from "../client";
import { writeArchive } from "./archive";
import type { BackupManifest } from "./manifest";

/** Writes a backup of the open database to `file` (via a working directory that is removed afterwards). */
export async function createBackupArchive(handle: DatabaseHandle, file: string): Promise<BackupManifest> {
  const work = await fs.promises.mkdtemp(path.join(os.tmpdir(), "tracker-backup-"));
  try {
    const manifest = await handle.snapshot(work);
    await writeArchive(file, work, manifest);
    return manifest;
  } finally {
    await fs.promises.rm(work, { recursive: true, force: true });
  }
}

/** "15 commitments, 3 evidence items, 2 accounts, 1 API token", for messages. */
export function describeContents(manifest: BackupManifest): string {
  const count = (table: string, one: string, many: string) => {
    const n = manifest.rows[table] ?? 0;
    return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
  };
  return [
    count("commitments", "commitment", "commitments"),
    count("evidence", "evidence item", "evidence items"),
    count("users", "account", "accounts"),
    count("api_tokens", "API token", "API tokens"),
    `migration level ${manifest.migrations.applied}`,
  ].join(", ");
}
