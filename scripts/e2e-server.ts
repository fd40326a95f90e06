import { sql } from "drizzle-orm";
import { spawn } from "node:child_process";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "../e2e/accounts";
import { E2E_MAIL_DIR } from "../e2e/mailbox";
import { openDatabase } from "../db/client";
import { readDatabaseConfig } from "../db/config";
import { assertDisposableDatabase } from "../db/disposable";
import { currentLockHolder, describeHolder } from "../db/lock";
import { truncateAll } from "../db/reset";
import { seedDemoData } from "../db/seed/load";
import { SYSTEM_ACTOR } from "../lib/audit/record";
import { createUser } from "../lib/auth/users";
import { ensureBuild } from "./ensure-build";

// The server the browser tests run against: a production build on its own port, with its own fresh
// database (DATA_DIR .data-e2e, or the PostgreSQL test database emptied), holding the demo data and one
// account per role.

const env = {
  ...process.env,
  DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e",
  NEXT_TELEMETRY_DISABLED: "1",
  // The tests sign in often from one address; the per-email lockout stays as it is.
  AUTH_SIGN_INS_PER_MINUTE: "1000",
  // Two browsers and Next.js's link prefetching queue more requests than a person would, and on a busy
  // build machine the embedded database's 2-second wait turned pages into "server busy". The limits
  // themselves are tested on an instance of their own (e2e/operations.spec.ts).
  MAX_QUEUED_REQUESTS: process.env.MAX_QUEUED_REQUESTS ?? "64",
  MAX_QUEUE_WAIT_MS: process.env.MAX_QUEUE_WAIT_MS ?? "20000",
};
const config = readDatabaseConfig(env);

if (config.kind === "pglite") {
  const holder = currentLockHolder(config.dataDir);
  if (holder) {
    console.error(`Error: ${describeHolder(config.dataDir, holder)}`);
    process.exit(1);
  }
  fs.rmSync(config.dataDir, { recursive: true, force: true });
} else {
  assertDisposableDatabase(config.display);
}

const handle = await openDatabase(config);
await handle.migrate();
if (config.kind === "postgres") {
  await truncateAll(handle.db);
  // The job queue too (pg-boss, lib/jobs), so no job of an earlier run is pending or counted.
  await handle.db.execute(sql`drop schema if exists pgboss cascade`);
}
await seedDemoData(handle.db);
for (const account of Object.values(E2E_ACCOUNTS)) {
  await createUser(handle.db, { ...account, password: E2E_PASSWORD }, SYSTEM_ACTOR);
}
await handle.close();

ensureBuild();

// A real SMTP server for the app to send its email to; each message lands in E2E_MAIL_DIR for the tests.
fs.rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
fs.mkdirSync(E2E_MAIL_DIR, { recursive: true });
let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    const file = path.join(E2E_MAIL_DIR, `${Date.now()}-${String(++received).padStart(4, "0")}.eml`);
    // Written aside and renamed when whole, so a test never reads half a message.
    stream
      .pipe(fs.createWriteStream(`${file}.part`))
      .on("finish", () => fs.rename(`${file}.part`, file, (error) => callback(error ?? undefined)))
      .on("error", callback);
  },
});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
const smtpPort = (smtp.server.address() as AddressInfo).port;

// The same server as `npm start` (server/main.ts), so its request guard, admission and shutdown are tested.
const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
  stdio: "inherit",
  env: {
    ...env,
    PORT: process.env.E2E_PORT ?? "3100",
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    APP_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`,
    // The embedded database's scheduler looks for due jobs every few seconds, so email comes soon.
    JOBS_TICK_SECONDS: "3",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => smtp.close(() => process.exit(code ?? 0)));
