import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { DatabaseConfigError } from "../db/config";
import { acquireDataDirLock, currentLockHolder, lockPathFor } from "../db/lock";
import { organizations } from "../db/schema";

const tmpDirs: string[] = [];
function freshDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-lock-"));
  tmpDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tmpDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function startHolder(dataDir: string): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-data-dir.ts", dataDir]);
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve(child);
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}: ${output}`)));
  });
}

describe("embedded database directory lock", () => {
  it("refuses a second process on the same directory with a clear message, and the first keeps its data", async () => {
    const dataDir = freshDir();
    const holder = await startHolder(dataDir);
    try {
      const second = openDatabase({ kind: "pglite", dataDir });
      await expect(second).rejects.toThrow(DatabaseConfigError);
      await expect(second).rejects.toThrow(/already in use by another process \(pid \d+/);
      expect(currentLockHolder(dataDir)?.pid).toBe(holder.pid);
    } finally {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.stdin.end();
      await exited;
    }

    // Once the first process has stopped, the directory is free again and nothing it wrote was lost.
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
    const handle = await openDatabase({ kind: "pglite", dataDir });
    try {
      const rows = await handle.db.select().from(organizations);
      expect(rows.map((r) => r.slug)).toEqual(["first"]);
    } finally {
      await handle.close();
    }
  });

  it("takes over a lock left by a process that died", () => {
    const dataDir = freshDir();
    const dead = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid!;
    fs.writeFileSync(
      lockPathFor(dataDir),
      JSON.stringify({ pid: dead, host: os.hostname(), since: "2020-01-01T00:00:00Z" }),
    );
    expect(currentLockHolder(dataDir)).toBeNull();
    const release = acquireDataDirLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dataDir), "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });
});

describe("PostgreSQL connection errors", () => {
  it("stops with a clear message when nothing listens at DATABASE_URL, without falling back", async () => {
    const attempt = openDatabase({
      kind: "postgres",
      url: "postgres://nobody:pw@127.0.0.1:1/tracker",
      display: "postgres://nobody@127.0.0.1:1/tracker",
    });
    await expect(attempt).rejects.toThrow(DatabaseConfigError);
    await expect(attempt).rejects.toThrow(/postgres:\/\/nobody@127\.0\.0\.1:1\/tracker.*nothing is listening/);
    await expect(attempt).rejects.not.toThrow(/pw/);
  });
});
