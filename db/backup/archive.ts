import fs from "node:fs";
import path from "node:path";
import * as tar from "tar";
import { DatabaseConfigError } from "../config";
import { type BackupManifest, MANIFEST_FILE, manifestSchema } from "./manifest";

// A backup file is a plain tar archive of two files: manifest.json and the database itself (PGlite's own
// dump of its data directory, or pg_dump's custom format). `tar tf FILE` shows what is inside.

/** Packs `dir` (which holds the payload the manifest names) into `file`. */
export async function writeArchive(file: string, dir: string, manifest: BackupManifest): Promise<void> {
  await fs.promises.writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  await tar.create({ file, cwd: dir, portable: true }, [MANIFEST_FILE, manifest.payload]);
}

/** Unpacks a backup into `dir` and returns its manifest and the path of its payload. */
export async function readArchive(
  file: string,
  dir: string,
): Promise<{ manifest: BackupManifest; payloadPath: string }> {
  if (!fs.existsSync(file)) throw new DatabaseConfigError(`There is no file ${file}.`);
  const expected = new Set([MANIFEST_FILE, "pglite-data.tar.gz", "postgres.dump"]);
  try {
    await tar.extract({ file, cwd: dir, strict: true, filter: (entry) => expected.has(entry) });
  } catch (error) {
    throw new DatabaseConfigError(`${file} is not a backup of this app (${(error as Error).message}).`);
  }
  const manifestPath = path.join(dir, MANIFEST_FILE);
  const parsed = fs.existsSync(manifestPath)
    ? manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestPath, "utf8")))
    : null;
  if (!parsed?.success)
    throw new DatabaseConfigError(`${file} is not a backup of this app: its manifest is missing or unreadable.`);
  const payloadPath = path.join(dir, parsed.data.payload);
  if (!fs.existsSync(payloadPath))
    throw new DatabaseConfigError(`${file} is incomplete: it lacks ${parsed.data.payload}.`);
  return { manifest: parsed.data, payloadPath };
}
