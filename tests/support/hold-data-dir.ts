// Child process for the lock test: opens the embedded database in the given directory, writes a row,
// says "ready", and holds the directory until its stdin closes.
import { openDatabase } from "../../db/client";
import { organizations } from "../../db/schema";

const dataDir = process.argv[2]!;
try {
  const handle = await openDatabase({ kind: "pglite", dataDir });
  await handle.migrate();
  await handle.db.insert(organizations).values({ name: "Written by the first process", slug: "first", kind: "other" });
  console.log("ready");
  process.stdin.resume();
  process.stdin.on("end", () => {
    void handle.close().then(() => process.exit(0));
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
