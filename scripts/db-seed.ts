import { readDatabaseConfig } from "../db/config";
import { openDatabase } from "../db/client";
import { isDatabaseEmpty, seedDemoData } from "../db/seed/load";
import { runScript } from "./run-script";

runScript(async () => {
  const handle = await openDatabase(readDatabaseConfig());
  try {
    await handle.migrate();
    if (!(await isDatabaseEmpty(handle.db))) {
      console.log(
        "The database already holds data; the demo data is loaded only into an empty database. Nothing changed.",
      );
      return;
    }
    const { commitments } = await seedDemoData(handle.db);
    console.log(
      `Loaded the demo data: ${commitments} commitments from the October 2023 Liaoning–BMW–Siemens statement.`,
    );
  } finally {
    await handle.close();
  }
});
