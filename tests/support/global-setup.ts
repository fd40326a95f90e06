import { PGlite } from "@electric-sql/pglite";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase, pgliteExtensions } from "../../db/client";
import { readDatabaseConfig } from "../../db/config";
import { migratePglite } from "../../db/migrate";
import { assertDisposableDatabase } from "../../db/disposable";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/** Migrates once per run: a PGlite template that every test file copies, or the PostgreSQL test database. */
export default async function setup(project: TestProject) {
  const config = readDatabaseConfig();
  if (config.kind === "postgres") {
    assertDisposableDatabase(config.display);
    const handle = await openDatabase(config);
    try {
      await handle.migrate();
    } finally {
      await handle.close();
    }
    project.provide("pgliteTemplate", "");
    return;
  }
  const client = await PGlite.create({ extensions: pgliteExtensions });
  await migratePglite(client);
  const dump = await client.dumpDataDir("gzip");
  await client.close();
  const file = path.resolve(".tmp", `vitest-template-${process.pid}.tar.gz`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(file, { force: true });
}
