import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackupArchive, describeContents } from "../db/backup/create";
import type { BackupManifest } from "../db/backup/manifest";
import { openDatabase, pgliteDataPath } from "../db/client";
import { DatabaseConfigError, readDatabaseConfig } from "../db/config";
import { currentLockHolder } from "../db/lock";
import { requestBackupFromServer } from "../server/control-socket";
import { runScript } from "./run-script";

const USAGE = `Usage: npm run backup -- --out FILE [--force]

Writes a backup of the whole database (DATABASE_URL, or the embedded one in DATA_DIR) to FILE.
The embedded database can be backed up while the server runs: the server takes the copy.
--force overwrites FILE if it exists.`;

async function backupEmbedded(dataDir: string, file: string): Promise<BackupManifest> {
  const holder = currentLockHolder(dataDir);
  if (holder) {
    const manifest = await requestBackupFromServer(dataDir, file);
    if (manifest) return manifest;
    throw new DatabaseConfigError(
      `The server (pid ${holder.pid}) holds ${dataDir} but does not answer on its control socket. ` +
        `Stop it (kill -TERM ${holder.pid}) and run the backup again.`,
    );
  }
  if (!fs.existsSync(path.join(pgliteDataPath(dataDir), "PG_VERSION"))) {
    throw new DatabaseConfigError(`There is no database in ${dataDir} to back up.`);
  }
  const handle = await openDatabase({ kind: "pglite", dataDir });
  try {
    return await createBackupArchive(handle, file);
  } finally {
    await handle.close();
  }
}

runScript(async () => {
  const { values } = parseArgs({
    options: { out: { type: "string" }, force: { type: "boolean", default: false }, help: { type: "boolean" } },
  });
  if (values.help || !values.out) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const file = path.resolve(values.out);
  if (fs.existsSync(file) && !values.force) {
    throw new DatabaseConfigError(`${file} already exists. Choose another name, or add --force to overwrite it.`);
  }
  const config = readDatabaseConfig();
  const partial = `${file}.partial`; // FILE appears only once the backup is whole
  fs.rmSync(partial, { force: true });
  try {
    const manifest =
      config.kind === "pglite"
        ? await backupEmbedded(config.dataDir, partial)
        : await (async () => {
            const handle = await openDatabase(config);
            try {
              return await createBackupArchive(handle, partial);
            } finally {
              await handle.close();
            }
          })();
    fs.renameSync(partial, file);
    const megabytes = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
    console.log(`Backup written to ${file} (${megabytes} MB): ${describeContents(manifest)}.`);
  } finally {
    fs.rmSync(partial, { force: true });
  }
});
