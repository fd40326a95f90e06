import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit/record";
import { timestamp } from "./common";

export const userResponse = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: z.string().nullable(), createdAt: timestamp })
  .meta({ id: "User" });

export const tokenResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string().nullable() }),
    createdAt: timestamp,
    lastUsedAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
  })
  .meta({ id: "ApiToken" });

export const createdTokenResponse = tokenResponse.extend({
  token: z.string().meta({ description: "The token itself; it is shown this once and never again." }),
});

export const auditEntryResponse = z
  .object({
    id: z.number().int(),
    at: timestamp,
    actor: z.object({ id: z.string().nullable(), label: z.string() }),
    action: z.enum(AUDIT_ACTIONS),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: "AuditEntry" });
