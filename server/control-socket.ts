import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { getDatabaseHandle } from "@/db";
import { createBackupArchive } from "@/db/backup/create";
import { manifestSchema, type BackupManifest } from "@/db/backup/manifest";

// While the server runs it holds the embedded database, so `npm run backup` cannot open it; it asks the
// server instead, over a Unix socket. The socket lives in a directory of the user's own under the system's
// temporary directory (mode 0700; not every file system can hold a socket, so not in DATA_DIR), so only
// the user who runs the server, who may copy the data anyway, can reach it.

const MANIFEST_HEADER = "x-backup-manifest";

function socketDirectory(): string {
  return path.join(os.tmpdir(), `commitment-tracker-${os.userInfo().uid}`);
}

/** The control socket of the server that holds `dataDir`. */
export function controlSocketPath(dataDir: string): string {
  const id = crypto.createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(socketDirectory(), `${id}.sock`);
}

/** Creates the socket directory, or checks that the one there is this user's and private. */
function preparePrivateDirectory(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = fs.statSync(dir);
  if (stat.uid !== os.userInfo().uid || (stat.mode & 0o077) !== 0) {
    throw new Error(`${dir} is not a private directory of this user; remove it and start again`);
  }
}

async function answerBackup(res: http.ServerResponse) {
  const work = await fs.promises.mkdtemp(path.join(os.tmpdir(), "tracker-backup-out-"));
  try {
    const file = path.join(work, "backup.tar");
    const manifest = await createBackupArchive(await getDatabaseHandle(), file);
    res.writeHead(200, { "content-type": "application/x-tar", [MANIFEST_HEADER]: JSON.stringify(manifest) });
    await pipeline(fs.createReadStream(file), res);
  } finally {
    await fs.promises.rm(work, { recursive: true, force: true });
  }
}

/**
 * Listens on the control socket of `dataDir` (the server holds the directory's lock, so a socket left there
 * is stale). Without it the app still serves; only backups taken while it runs are unavailable.
 */
export async function startControlSocket(dataDir: string): Promise<{ close: () => Promise<void> } | null> {
  const socketPath = controlSocketPath(dataDir);
  try {
    preparePrivateDirectory(path.dirname(socketPath));
    fs.rmSync(socketPath, { force: true });
    return await listenOn(socketPath);
  } catch (error) {
    console.warn(
      `Warning: no control socket (${(error as Error).message}). npm run backup will ask you to stop the server first.`,
    );
    return null;
  }
}

async function listenOn(socketPath: string): Promise<{ close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/backup") {
      res.writeHead(404).end();
      return;
    }
    answerBackup(res).catch((error: unknown) => {
      console.error(`Backup failed: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`The backup failed: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        fs.rmSync(socketPath, { force: true });
      }),
  };
}

/**
 * Asks the server that holds `dataDir` for a backup and writes it to `file`. Resolves with its manifest,
 * or null when no server answers on the socket.
 */
export function requestBackupFromServer(dataDir: string, file: string): Promise<BackupManifest | null> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: controlSocketPath(dataDir), method: "POST", path: "/backup" }, (res) => {
      if (res.statusCode !== 200) {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => reject(new Error(text || `the server answered ${res.statusCode}`)));
        return;
      }
      const manifest = manifestSchema.parse(JSON.parse(String(res.headers[MANIFEST_HEADER])));
      pipeline(res, fs.createWriteStream(file)).then(() => resolve(manifest), reject);
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(null);
      else reject(error);
    });
    req.end();
  });
}
