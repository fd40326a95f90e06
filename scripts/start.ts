import { DatabaseConfigError, describePostgresUrl, readDatabaseConfig } from "../db/config";
import { currentLockHolder, describeHolder } from "../db/lock";
import { ensureBuild } from "./ensure-build";

// `npm start`: check the configuration, build if needed, then serve in this same process (server/main.ts),
// so that a signal sent to `npm start` reaches the server itself. The server migrates the database and
// loads the demo data into an empty one as it starts (instrumentation.ts).

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

await import("../server/main");
