import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readArchive } from "../db/backup/archive";
import { describeContents } from "../db/backup/create";
import { codeMigrationLevel } from "../db/backup/manifest";
import { restorePayload } from "../db/backup/restore";
import { verifyRestore } from "../db/backup/verify";
import { DatabaseConfigError, readDatabaseConfig } from "../db/config";
import { runScript } from "./run-script";

const USAGE = `Usage: npm run restore -- FILE [--force]

Restores a backup made by npm run backup into the configured database (DATABASE_URL, or DATA_DIR),
then checks it: migration level, rows in every table, and the summaries the triggers keep.
The target must be empty; --force replaces what is there (an embedded database is moved aside).`;

const WHERE = { pglite: "the embedded database (DATA_DIR)", postgres: "PostgreSQL (DATABASE_URL)" };

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false }, help: { type: "boolean" } },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const config = readDatabaseConfig();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-restore-"));
  try {
    const { manifest, payloadPath } = await readArchive(path.resolve(positionals[0]!), work);
    if (manifest.database !== config.kind) {
      throw new DatabaseConfigError(
        `This backup is of ${WHERE[manifest.database]}, but the configured database is ${WHERE[config.kind]}. ` +
          `Restore it with the same kind of database it was taken from.`,
      );
    }
    const code = codeMigrationLevel();
    if (manifest.migrations.applied > code.applied) {
      throw new DatabaseConfigError(
        `This backup was made by a newer version of the app (migration level ${manifest.migrations.applied}; ` +
          `this one knows ${code.applied}). Update the app, then restore.`,
      );
    }
    console.log(`Restoring a backup of ${manifest.createdAt}: ${describeContents(manifest)}.`);
    const handle = await restorePayload(config, payloadPath, { force: values.force, log: (line) => console.log(line) });
    try {
      const { ok, lines } = await verifyRestore(handle, manifest);
      console.log(lines.map((line) => `  ${line}`).join("\n"));
      if (!ok) throw new DatabaseConfigError("The restored database does not match the backup (see MISMATCH above).");
    } finally {
      await handle.close();
    }
    const newer = code.applied - manifest.migrations.applied;
    console.log(
      `Restored and verified.${newer > 0 ? ` The app will apply ${newer} newer migration(s) when it starts.` : ""}`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
