import type { Database } from "@/db/client";
import { insertMany } from "@/db/insert-many";
import { auditLog } from "@/db/schema";

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "retract",
  "status_change",
  "restatement",
  "delete",
  "restore",
  "merge",
  "role_change",
  "user_create",
  "password_change",
  "token_create",
  "token_revoke",
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "import",
  "import_undo",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: "Created",
  update: "Edited",
  retract: "Retracted",
  status_change: "Status changed",
  restatement: "Restated",
  delete: "Deleted",
  restore: "Restored",
  merge: "Merged",
  role_change: "Role changed",
  user_create: "Account created",
  password_change: "Password changed",
  token_create: "API token created",
  token_revoke: "API token revoked",
  sign_in: "Signed in",
  sign_in_failed: "Sign-in failed",
  sign_out: "Signed out",
  import: "Imported",
  import_undo: "Import undone",
};

/** Who did something, as the audit log records it. */
export type AuditActor = { id: string | null; label: string };

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };

type Plain = Record<string, unknown>;
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

// Bookkeeping fields that change on every write and say nothing an analyst needs.
const IGNORED_FIELDS = new Set(["updatedAt", "createdAt"]);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field by field, what differs between two versions of a record (null when nothing does). */
export function diffRecords(before: Plain | null | undefined, after: Plain | null | undefined): FieldChanges | null {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChanges = {};
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key)) continue;
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (!same(from, to)) changes[key] = { from, to };
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

export type AuditInput = {
  actor: AuditActor;
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  before?: Plain | null;
  after?: Plain | null;
  ip?: string | null;
};

const auditRow = (entry: AuditInput) => {
  const before = entry.before ? (JSON.parse(JSON.stringify(entry.before)) as Plain) : null;
  const after = entry.after ? (JSON.parse(JSON.stringify(entry.after)) as Plain) : null;
  return {
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    before,
    after,
    changes: before || after ? diffRecords(before, after) : null,
    ip: entry.ip ?? null,
  };
};

/** Appends entries in one statement; run it in the same transaction as the writes they describe. */
export async function recordAudits(db: Database, entries: AuditInput[]): Promise<void> {
  await insertMany(db, auditLog, entries.map(auditRow));
}

/** Appends one entry; run it in the same transaction as the write it describes. */
export async function recordAudit(db: Database, entry: AuditInput): Promise<void> {
  await recordAudits(db, [entry]);
}
