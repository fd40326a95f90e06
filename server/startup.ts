import { getDatabaseHandle } from "@/db";
import { DatabaseConfigError } from "@/db/config";
import { ensureFirstAdmin } from "@/lib/auth/users";
import { startBackgroundJobs } from "@/lib/jobs/start";

/** Server start: database ready (locked, migrated, seeded when empty), and a first admin when there is none. */
export async function prepareAppOrExit(): Promise<void> {
  try {
    const { db } = await getDatabaseHandle();
    const admin = await ensureFirstAdmin(db);
    if (admin) printFirstAdmin(admin);
    await startBackgroundJobs();
  } catch (error) {
    const message =
      error instanceof DatabaseConfigError ? error.message : `Could not start: ${(error as Error).message}`;
    console.error(`\nError: ${message}\n`);
    process.exit(1);
  }
}

function printFirstAdmin({ email, password }: { email: string; password: string }) {
  const lines = [
    "First start: an admin account was created. This password is shown only now:",
    "",
    `  email:    ${email}`,
    `  password: ${password}`,
    "",
    "Sign in at /sign-in and change it under Account. More accounts: npm run admin -- create-user",
  ];
  const width = Math.max(...lines.map((l) => l.length)) + 2;
  console.log(`\n┌${"─".repeat(width)}┐`);
  for (const line of lines) console.log(`│ ${line.padEnd(width - 1)}│`);
  console.log(`└${"─".repeat(width)}┘\n`);
}
