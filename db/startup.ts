import { DatabaseConfigError } from "./config";
import { getDatabaseHandle } from "./index";

export async function prepareDatabaseOrExit(): Promise<void> {
  try {
    await getDatabaseHandle();
  } catch (error) {
    const message =
      error instanceof DatabaseConfigError ? error.message : `Could not start: ${(error as Error).message}`;
    console.error(`\nError: ${message}\n`);
    process.exit(1);
  }
}
