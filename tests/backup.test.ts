import { eq, sql } from "drizzle-orm";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readArchive } from "../db/backup/archive";
import { createBackupArchive } from "../db/backup/create";
import type { BackupManifest } from "../db/backup/manifest";
import { restorePayload } from "../db/backup/restore";
import { verifyRestore } from "../db/backup/verify";
import { type DatabaseHandle, openDatabase } from "../db/client";
import type { DatabaseConfig } from "../db/config";
import { commitments, evidence } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { createEvidence } from "./support/factories";
import { onPostgres, setupTestDatabase } from "./support/database";
import { demoEvidenceCount } from "./support/demo-facts";

// A whole-database backup and its restore, on the database the suite runs on: PGlite's dump of a data
// directory, or pg_dump/pg_restore between two PostgreSQL databases.

const t = setupTestDatabase();
const work: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-backup-test-"));
  work.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of work.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** On PostgreSQL, the database restores go into: a fresh one beside the test database. */
let targetUrl: string | null = null;
const targetName = () => new URL(targetUrl!).pathname.slice(1);
async function asTestUser(statement: string) {
  const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await client.unsafe(statement);
  } finally {
    await client.end();
  }
}
beforeAll(async () => {
  if (!onPostgres) return;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_restore_${process.pid}`;
  targetUrl = url.toString();
  await asTestUser(`drop database if exists "${targetName()}"`);
  await asTestUser(`create database "${targetName()}"`);
});
afterAll(async () => {
  if (targetUrl) await asTestUser(`drop database if exists "${targetName()}" with (force)`);
});

function targetConfig(): DatabaseConfig {
  if (targetUrl) return { kind: "postgres", url: targetUrl, display: targetUrl };
  return { kind: "pglite", dataDir: path.join(tempDir(), "data") };
}

/** Backs up the source database the source handle holds, into a file, and reads it back. */
async function backUp(source: DatabaseHandle): Promise<{ manifest: BackupManifest; payloadPath: string }> {
  const file = path.join(tempDir(), "backup.tar");
  const written = await createBackupArchive(source, file);
  const read = await readArchive(file, tempDir());
  expect(read.manifest).toEqual(written);
  return read;
}

/** The test database, or on PGlite a directory database (PGlite dumps a data directory, not a memory one). */
async function withSource<T>(task: (source: DatabaseHandle) => Promise<T>): Promise<T> {
  if (onPostgres) return task(t.handle);
  const source = await openDatabase({ kind: "pglite", dataDir: path.join(tempDir(), "source") });
  try {
    await source.migrate();
    return await task(source);
  } finally {
    await source.close();
  }
}

const quiet = { force: false, log: () => {} };

describe("backup and restore", () => {
  it("restores every row into an empty database and verifies it against the backup", async () => {
    const { manifest, payloadPath, titles, firstId } = await withSource(async (source) => {
      await seedDemoData(source.db);
      // A server that ran its background jobs has pg-boss's queue in the database; it is not backed up
      // (a forced restore into such a database once failed on it).
      if (onPostgres) await source.db.execute(sql`create schema if not exists pgboss`);
      // The first demo commitment has two items of evidence, the latest from 2026-01-05; one more, older.
      const [first] = await source.db.select().from(commitments).orderBy(commitments.id).limit(1);
      await createEvidence(source.db, first!.id, { publishedOn: "2024-05-01" });
      const titles = (
        await source.db.select({ title: commitments.title }).from(commitments).orderBy(commitments.id)
      ).map((r) => r.title);
      return { ...(await backUp(source)), titles, firstId: first!.id };
    });
    expect(manifest.database).toBe(onPostgres ? "postgres" : "pglite");
    expect(manifest.rows).toMatchObject({ commitments: 15, evidence: demoEvidenceCount + 1, organizations: 4 });
    expect(manifest.migrations.applied).toBeGreaterThanOrEqual(14);

    const target = targetConfig();
    const restored = await restorePayload(target, payloadPath, quiet);
    try {
      expect(await verifyRestore(restored, manifest)).toMatchObject({ ok: true });
      const copied = await restored.db.select({ title: commitments.title }).from(commitments).orderBy(commitments.id);
      expect(copied.map((r) => r.title)).toEqual(titles);
      const [withEvidence] = await restored.db.select().from(commitments).where(eq(commitments.id, firstId));
      expect(withEvidence).toMatchObject({ evidenceCount: 3, latestEvidenceOn: "2026-01-05" });

      // What verification catches: a row too few, and a summary out of step with its rows.
      await restored.db.delete(evidence);
      await restored.db.update(commitments).set({ evidenceCount: 7 }).where(eq(commitments.id, withEvidence!.id));
      const tampered = await verifyRestore(restored, manifest);
      expect(tampered.ok).toBe(false);
      expect(tampered.lines.filter((line) => line.startsWith("MISMATCH"))).toEqual([
        expect.stringContaining(`evidence: 0 rows (backup: ${demoEvidenceCount + 1})`),
        expect.stringContaining("commitments.evidence_count and latest_evidence_on: 1 rows differ"),
      ]);
    } finally {
      await restored.close();
    }

    // A target that holds data is refused, unless forced.
    await expect(restorePayload(target, payloadPath, quiet)).rejects.toThrow(/already holds a database|is not empty/);
    const log: string[] = [];
    const forced = await restorePayload(target, payloadPath, { force: true, log: (line) => log.push(line) });
    try {
      expect(await verifyRestore(forced, manifest)).toMatchObject({ ok: true });
    } finally {
      await forced.close();
    }
    expect(log.join("\n")).toMatch(onPostgres ? /Dropped everything/ : /is now in .*pgdata\.before-restore-/);
  });

  it("refuses a file that is not a backup", async () => {
    const file = path.join(tempDir(), "not-a-backup.tar");
    fs.writeFileSync(file, "hello");
    await expect(readArchive(file, tempDir())).rejects.toThrow(/is not a backup of this app/);
  });
});
