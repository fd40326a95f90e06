import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { appSettings } from "@/db/schema";

const KEY = "auth_secret";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, otherwise one created at first start
 * and kept in the database, so a two-command start works and sessions survive restarts.
 */
export async function getAuthSecret(db: Database): Promise<string> {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters long.");
    return fromEnv;
  }
  await db
    .insert(appSettings)
    .values({ key: KEY, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, KEY));
  return row!.value;
}
