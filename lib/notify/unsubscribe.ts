import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { user } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/secret";
import { setEmailMode } from "./settings";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/** Whose email an unsubscribe link stops (their address), or null for a link this instance did not make. */
export async function unsubscribeTarget(
  db: Database,
  token: string,
): Promise<{ userId: string; email: string } | null> {
  const userId = verifyUnsubscribeToken(token, await getAuthSecret(db));
  if (!userId) return null;
  const [found] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
  return found ? { userId, email: found.email } : null;
}

/** Stops all email to the person an unsubscribe link names; null when the link is not valid. */
export async function unsubscribe(db: Database, token: string): Promise<{ email: string } | null> {
  const target = await unsubscribeTarget(db, token);
  if (!target) return null;
  await setEmailMode(db, target.userId, "off");
  return { email: target.email };
}
