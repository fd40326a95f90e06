import { spawn } from "node:child_process";
import { DatabaseConfigError } from "../config";

/** Runs a PostgreSQL client program (pg_dump, pg_restore); a failure says what the program printed. */
export function runTool(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        new DatabaseConfigError(
          error.code === "ENOENT"
            ? `${program} was not found. Backups of PostgreSQL use its own tools: install the PostgreSQL client ` +
                `programs of the server's major version (Debian: apt-get install postgresql-client) and try again.`
            : `${program} could not be started: ${error.message}`,
        ),
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new DatabaseConfigError(`${program} failed (exit code ${code}): ${stderr.trim() || "no message"}`));
    });
  });
}
