import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseConfigError, describePostgresUrl, readDatabaseConfig } from "./config";

describe("readDatabaseConfig", () => {
  it("uses the embedded database in ./.data by default, or in DATA_DIR", () => {
    expect(readDatabaseConfig({})).toEqual({ kind: "pglite", dataDir: path.resolve(".data") });
    expect(readDatabaseConfig({ DATA_DIR: "/var/lib/tracker" })).toEqual({
      kind: "pglite",
      dataDir: "/var/lib/tracker",
    });
  });

  it("uses PostgreSQL when DATABASE_URL is set, and never shows the password", () => {
    const config = readDatabaseConfig({ DATABASE_URL: "postgres://app:s3cret@db.internal:6432/tracker" });
    expect(config).toMatchObject({ kind: "postgres", display: "postgres://app@db.internal:6432/tracker" });
  });

  it.each([
    ["not a url", /not a valid URL/],
    ["mysql://root@localhost/tracker", /must start with postgres:\/\//],
    ["postgres://localhost:5432", /names no database/],
  ])("stops with a clear message for DATABASE_URL=%s", (url, message) => {
    expect(() => describePostgresUrl(url)).toThrow(DatabaseConfigError);
    expect(() => describePostgresUrl(url)).toThrow(message);
  });
});
