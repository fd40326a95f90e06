import { DatabaseConfigError } from "../db/config";

/** Runs a command-line entry point: operator errors print as one clear line, exit code 1. */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof DatabaseConfigError) {
        console.error(`Error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
