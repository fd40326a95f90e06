import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { BUILD_MUST_NOT_OPEN_DATABASE, getDatabaseHandle } from "./index";

const saved = { phase: process.env.NEXT_PHASE, dataDir: process.env.DATA_DIR, url: process.env.DATABASE_URL };
afterEach(() => {
  for (const [key, value] of [
    ["NEXT_PHASE", saved.phase],
    ["DATA_DIR", saved.dataDir],
    ["DATABASE_URL", saved.url],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

it("refuses to open the database while `next build` prerenders, and leaves the data directory untouched", async () => {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tracker-build-")), "data");
  process.env.NEXT_PHASE = "phase-production-build";
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;

  await expect(getDatabaseHandle()).rejects.toThrow(BUILD_MUST_NOT_OPEN_DATABASE);
  expect(fs.existsSync(dataDir)).toBe(false);
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
});
