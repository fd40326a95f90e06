import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiTokens, user } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";

const TOKEN_PREFIX = "ct_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  user: { id: string; email: string; name: string; role: string | null };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

const summaryColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  userId: user.id,
  email: user.email,
  userName: user.name,
  role: user.role,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]["_"]["data"] | null };

function toSummary(row: SummaryRow): ApiTokenSummary {
  return {
    id: row.id!,
    name: row.name!,
    prefix: row.prefix!,
    user: { id: row.userId!, email: row.email!, name: row.userName!, role: row.role },
    createdAt: row.createdAt!.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiTokens(db: Database): Promise<ApiTokenSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(apiTokens)
    .innerJoin(user, eq(apiTokens.userId, user.id))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(toSummary);
}

/**
 * Creates a token that acts as `userId` (with that account's role). The token is returned only here;
 * the database keeps its hash.
 */
export async function createApiToken(
  db: Database,
  input: { userId: string; name: string },
  actor: AuditActor,
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [owner] = await tx.select().from(user).where(eq(user.id, input.userId));
    if (!owner) throw new DomainError("invalid", "There is no such account.", { userId: "no account has this id" });
    const id = randomUUID();
    await tx.insert(apiTokens).values({
      id,
      userId: owner.id,
      name: input.name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      createdBy: actor.id,
    });
    const [row] = await tx
      .select(summaryColumns)
      .from(apiTokens)
      .innerJoin(user, eq(apiTokens.userId, user.id))
      .where(eq(apiTokens.id, id));
    const summary = toSummary(row!);
    await recordAudit(tx, {
      actor,
      action: "token_create",
      entityType: "api_token",
      entityId: id,
      after: { name: summary.name, prefix: summary.prefix, user: owner.email },
    });
    return { token, summary };
  });
}

export async function revokeApiToken(db: Database, id: string, actor: AuditActor): Promise<ApiTokenSummary> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id));
    if (!current) throw new DomainError("not_found", "There is no such API token.");
    if (current.revokedAt) throw new DomainError("conflict", "This API token was already revoked.");
    await tx.update(apiTokens).set({ revokedAt: new Date(), revokedBy: actor.id }).where(eq(apiTokens.id, id));
    const [row] = await tx
      .select(summaryColumns)
      .from(apiTokens)
      .innerJoin(user, eq(apiTokens.userId, user.id))
      .where(eq(apiTokens.id, id));
    await recordAudit(tx, {
      actor,
      action: "token_revoke",
      entityType: "api_token",
      entityId: id,
      before: { revoked: false },
      after: { revoked: true },
    });
    return toSummary(row!);
  });
}

export type TokenOwner = {
  tokenId: string;
  tokenName: string;
  userId: string;
  email: string;
  name: string;
  role: string | null;
};

/** The account a presented token acts for, or null when it is unknown or revoked. */
export async function findTokenOwner(db: Database, token: string): Promise<TokenOwner | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      tokenName: apiTokens.name,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      banned: user.banned,
    })
    .from(apiTokens)
    .innerJoin(user, eq(apiTokens.userId, user.id))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row || row.banned) return null;
  // Record use at most once a minute, so a busy script does not write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  }
  const { lastUsedAt: _used, banned: _banned, ...owner } = row;
  return owner;
}
