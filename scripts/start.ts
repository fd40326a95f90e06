import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DatabaseConfigError, describePostgresUrl, readDatabaseConfig } from "../db/config";
import { currentLockHolder, describeHolder } from "../db/lock";
import { ensureBuild } from "./ensure-build";

// `npm start`: check the configuration, build if needed, then serve. The server itself migrates the
// database and loads the demo data into an empty one as it starts (instrumentation.ts).

function preflight(): void {
  const config = readDatabaseConfig();
  if (config.kind === "postgres") {
    describePostgresUrl(config.url); // throws a clear message for a malformed URL before anything is built
    console.log(`Database: PostgreSQL at ${config.display}`);
    return;
  }
  const holder = currentLockHolder(config.dataDir);
  if (holder) throw new DatabaseConfigError(describeHolder(config.dataDir, holder));
  console.log(`Database: embedded (PGlite) in ${config.dataDir}`);
}

try {
  preflight();
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
}

ensureBuild();

const port = process.env.PORT || "3000";
// Run Next's own entry point directly (not through npx), so that signals reach the server process.
const nextBin = fileURLToPath(import.meta.resolve("next/dist/bin/next"));
const server = spawn(process.execPath, [nextBin, "start", "--port", port], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
