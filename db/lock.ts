import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseConfigError } from "./config";

type LockInfo = { pid: number; host: string; since: string };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(lockPath: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath, "utf8")) as Partial<LockInfo>;
    return typeof info.pid === "number" ? (info as LockInfo) : null;
  } catch {
    return null; // unreadable or half-written: treat as stale
  }
}

export function lockPathFor(dataDir: string): string {
  return path.join(dataDir, "lock");
}

/** Returns who holds the data directory, or null when it is free (no lock, or a dead holder's lock). */
export function currentLockHolder(dataDir: string): LockInfo | null {
  const info = readLock(lockPathFor(dataDir));
  if (!info || info.pid === process.pid) return null;
  if (info.host !== os.hostname()) return info; // cannot check a process on another machine: assume held
  return isRunning(info.pid) ? info : null;
}

export function describeHolder(dataDir: string, holder: LockInfo): string {
  return (
    `The data directory ${dataDir} is already in use by another process (pid ${holder.pid} on ${holder.host}, ` +
    `since ${holder.since}). Two processes on one embedded database silently lose writes, so this one stops. ` +
    `Stop the other process, or set DATA_DIR to a different directory.`
  );
}

/**
 * Takes the data directory for this process. PGlite itself lets a second process open the same directory
 * and then loses that process's writes, so this is the only guard. The lock is a file holding our pid;
 * a lock left by a process that died is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = lockPathFor(dataDir);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(mine), { flag: "wx" });
      const release = () => {
        if (readLock(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once("exit", release);
      return () => {
        process.off("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = currentLockHolder(dataDir);
      if (holder) throw new DatabaseConfigError(describeHolder(dataDir, holder));
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone (or it is our own from a previous life)
    }
  }
  throw new DatabaseConfigError(`Could not take the lock ${lockPath}; another process keeps creating it.`);
}
