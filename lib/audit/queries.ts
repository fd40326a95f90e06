import "server-only";
import { and, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { auditLog } from "@/db/schema";
import { addDays } from "@/lib/dates";
import { isoDateParam } from "@/lib/validation";
import { AUDIT_ACTIONS, type AuditAction, type FieldChanges } from "./record";

export type AuditEntryJson = {
  id: number;
  at: string;
  actor: { id: string | null; label: string };
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: FieldChanges | null;
  ip: string | null;
};

const toJson = (row: typeof auditLog.$inferSelect): AuditEntryJson => ({
  id: row.id,
  at: row.at.toISOString(),
  actor: { id: row.actorId, label: row.actorLabel },
  action: row.action as AuditAction,
  entityType: row.entityType,
  entityId: row.entityId,
  before: row.before as Record<string, unknown> | null,
  after: row.after as Record<string, unknown> | null,
  changes: row.changes as FieldChanges | null,
  ip: row.ip,
});

/** Filters of the admin audit page and GET /api/v1/admin/audit. */
export const auditQuerySchema = z
  .object({
    action: z.enum(AUDIT_ACTIONS, { error: `must be one of: ${AUDIT_ACTIONS.join(", ")}` }).optional(),
    entityType: z.string().trim().min(1).max(50).optional(),
    entityId: z.string().trim().min(1).max(100).optional(),
    actor: z.string().trim().min(1).max(320).optional(),
    from: isoDateParam.optional(),
    to: isoDateParam.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    perPage: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** Newest first, filtered in SQL. */
export async function listAudit(db: Database, query: AuditQuery): Promise<{ data: AuditEntryJson[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.actor) conditions.push(ilike(auditLog.actorLabel, `%${query.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (query.from) conditions.push(gte(auditLog.at, new Date(`${query.from}T00:00:00Z`)));
  if (query.to) conditions.push(lt(auditLog.at, new Date(`${addDays(query.to, 1)}T00:00:00Z`)));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.perPage)
      .offset((query.page - 1) * query.perPage),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { data: rows.map(toJson), total: totals[0]?.n ?? 0 };
}

/** Every entry about one record, oldest first (for a commitment's history). */
export async function auditForEntity(
  db: Database,
  entityType: string,
  entityId: string | number,
): Promise<AuditEntryJson[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(auditLog.at, auditLog.id);
  return rows.map(toJson);
}
