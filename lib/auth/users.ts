import { randomBytes } from "node:crypto";
import { isAPIError } from "better-auth/api";
import { asc, count, eq, or } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { user } from "@/db/schema";
import { type AuditActor, SYSTEM_ACTOR, recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { getAuthFor } from "./auth";
import type { UserRole } from "./roles";
import type { newUserSchema } from "./schemas";

export type UserSummary = { id: string; email: string; name: string; role: string | null; createdAt: string };

const toSummary = (u: typeof user.$inferSelect): UserSummary => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  createdAt: u.createdAt.toISOString(),
});

export async function listUsers(db: Database): Promise<UserSummary[]> {
  return (await db.select().from(user).orderBy(asc(user.email))).map(toSummary);
}

/** An account by id or email. */
export async function findUser(db: Database, idOrEmail: string): Promise<UserSummary | null> {
  const [row] = await db
    .select()
    .from(user)
    .where(or(eq(user.id, idOrEmail), eq(user.email, idOrEmail.trim().toLowerCase())));
  return row ? toSummary(row) : null;
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(user);
  return row?.n ?? 0;
}

/** Creates an account with a password and a role (validated by newUserSchema first). */
export async function createUser(
  db: Database,
  input: z.output<typeof newUserSchema>,
  actor: AuditActor,
): Promise<UserSummary> {
  if (await findUser(db, input.email)) {
    throw new DomainError("conflict", "An account with this email already exists.", { email: "already in use" });
  }
  const auth = await getAuthFor(db);
  let created: { id: string };
  try {
    ({ user: created } = await auth.api.createUser({
      body: {
        email: input.email,
        password: input.password,
        name: input.name ?? input.email.split("@")[0]!,
        role: input.role,
      },
    }));
  } catch (error) {
    if (isAPIError(error)) throw new DomainError("invalid", `The account could not be created: ${error.message}`);
    throw error;
  }
  const summary = (await findUser(db, created.id))!;
  await recordAudit(db, {
    actor,
    action: "user_create",
    entityType: "user",
    entityId: summary.id,
    after: { email: summary.email, name: summary.name, role: summary.role },
  });
  return summary;
}

/** Changes an account's role; the last admin cannot be demoted, so the instance always has one. */
export async function setUserRole(
  db: Database,
  userId: string,
  role: UserRole,
  actor: AuditActor,
): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(user).where(eq(user.id, userId)).for("update");
    if (!current) throw new DomainError("not_found", "There is no such account.");
    if (current.role === role) return toSummary(current);
    if (current.role === "admin") {
      const [admins] = await tx.select({ n: count() }).from(user).where(eq(user.role, "admin"));
      if ((admins?.n ?? 0) <= 1) {
        throw new DomainError("conflict", "This is the only admin account; make another account admin first.", {
          role: "the last admin cannot be demoted",
        });
      }
    }
    const [updated] = await tx.update(user).set({ role }).where(eq(user.id, userId)).returning();
    await recordAudit(tx, {
      actor,
      action: "role_change",
      entityType: "user",
      entityId: userId,
      before: { email: current.email, role: current.role },
      after: { email: current.email, role },
    });
    return toSummary(updated!);
  });
}

export const FIRST_ADMIN_EMAIL = "admin@tracker.local";

/**
 * On the very first start of an empty instance there is no account to sign in with: create an admin with
 * a random password and return it, to be printed once. Returns null when accounts already exist.
 */
export async function ensureFirstAdmin(db: Database): Promise<{ email: string; password: string } | null> {
  if ((await countUsers(db)) > 0) return null;
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase() || FIRST_ADMIN_EMAIL;
  const password = randomBytes(18).toString("base64url");
  try {
    await createUser(db, { email, password, role: "admin", name: "Administrator" }, SYSTEM_ACTOR);
  } catch (error) {
    // Another server starting on the same database at the same moment made it first.
    if (error instanceof DomainError && error.code === "conflict") return null;
    throw error;
  }
  return { email, password };
}
