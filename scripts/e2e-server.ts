import { spawn } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/client";
import { readDatabaseConfig } from "../db/config";
import { assertDisposableDatabase } from "../db/disposable";
import { currentLockHolder, describeHolder } from "../db/lock";
import { truncateAll } from "../db/reset";
import { ensureBuild } from "./ensure-build";

// The server the browser tests run against: a production build on its own port, with its own fresh
// database (DATA_DIR .data-e2e, or the PostgreSQL test database emptied), seeded with the demo data.

const env = { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e", NEXT_TELEMETRY_DISABLED: "1" };
const config = readDatabaseConfig(env);

if (config.kind === "pglite") {
  const holder = currentLockHolder(config.dataDir);
  if (holder) {
    console.error(`Error: ${describeHolder(config.dataDir, holder)}`);
    process.exit(1);
  }
  fs.rmSync(config.dataDir, { recursive: true, force: true });
} else {
  assertDisposableDatabase(config.display);
  const handle = await openDatabase(config);
  await handle.migrate();
  await truncateAll(handle.db);
  await handle.close();
}

ensureBuild();

const nextBin = fileURLToPath(import.meta.resolve("next/dist/bin/next"));
const server = spawn(process.execPath, [nextBin, "start", "--port", process.env.E2E_PORT ?? "3100"], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
