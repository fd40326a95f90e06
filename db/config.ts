import path from "node:path";

/** Where the data lives, decided once from the environment (CONTRACT.md, "Configuration"). */
export type DatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; display: string };

/** A configuration or connection problem the operator must fix; its message is meant to be printed as is. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export function readDatabaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url, display: describePostgresUrl(url) };
  const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DATA_DIR?.trim() || ".data");
  return { kind: "pglite", dataDir };
}

/** Checks the shape of DATABASE_URL and returns it without its password, for messages. */
export function describePostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConfigError(
      "DATABASE_URL is not a valid URL. Expected postgres://user:password@host:5432/database " +
        "(or unset DATABASE_URL to use the embedded database in DATA_DIR).",
    );
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgres:// or postgresql://, not ${parsed.protocol}//. ` +
        "Unset it to use the embedded database in DATA_DIR.",
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!database) {
    throw new DatabaseConfigError(
      "DATABASE_URL names no database: add one after the host, as in postgres://host:5432/tracker.",
    );
  }
  const host = parsed.hostname || process.env.PGHOST || "localhost";
  const port = parsed.port || "5432";
  const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : "";
  return `postgres://${user}${host}:${port}/${database}`;
}
