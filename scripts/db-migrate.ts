import { readDatabaseConfig } from "../db/config";
import { openDatabase } from "../db/client";
import { runScript } from "./run-script";

runScript(async () => {
  const config = readDatabaseConfig();
  const handle = await openDatabase(config);
  try {
    await handle.migrate();
    console.log(
      `Migrated ${config.kind === "postgres" ? config.display : `the embedded database in ${config.dataDir}`}.`,
    );
  } finally {
    await handle.close();
  }
});
