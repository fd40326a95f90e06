import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Modules of the domain that read or write the database are for the server: a client component that
// imports one by mistake must fail the build, not ship database code to the browser.

const root = path.resolve(import.meta.dirname, "..");

/** Reached by the command-line scripts, which run without the react-server condition `server-only` needs. */
const SCRIPT_MODULES = [/^lib\/auth\//, /^lib\/audit\/record\.ts$/];

function libModules(): string[] {
  return fs
    .readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => `lib/${file.split(path.sep).join("/")}`);
}

describe("server-only", () => {
  it("is imported by every domain module that takes the database", () => {
    const takesDatabase = libModules().filter((file) =>
      /\b(db|tx): Database\b/.test(fs.readFileSync(path.join(root, file), "utf8")),
    );
    expect(takesDatabase.length).toBeGreaterThan(20);
    const unmarked = takesDatabase.filter(
      (file) =>
        !SCRIPT_MODULES.some((pattern) => pattern.test(file)) &&
        !fs.readFileSync(path.join(root, file), "utf8").includes('import "server-only";'),
    );
    expect(unmarked).toEqual([]);
  });
});
