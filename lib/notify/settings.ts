import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type EmailMode, notificationSettings } from "@/db/schema";

/** Without a choice of their own, people who follow something get a daily digest (when email is set up). */
export const DEFAULT_EMAIL_MODE: EmailMode = "daily";

export async function emailModeOf(db: Database, userId: string): Promise<EmailMode> {
  const [row] = await db
    .select({ email: notificationSettings.email })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId));
  return row?.email ?? DEFAULT_EMAIL_MODE;
}

export async function setEmailMode(db: Database, userId: string, email: EmailMode): Promise<{ email: EmailMode }> {
  await db
    .insert(notificationSettings)
    .values({ userId, email })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { email, updatedAt: sql`now()` } });
  return { email };
}
