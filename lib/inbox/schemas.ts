import { z } from "zod";
import { EVENT_KINDS, type EventKind } from "@/db/schema-events";

const isEventKind = (value: string): value is EventKind => (EVENT_KINDS as readonly string[]).includes(value);

/** Comma-separated event kinds ("evidence_added,status_changed"). */
const kinds = z
  .string()
  .transform((value) => value.split(",").filter(Boolean))
  .refine((values): values is EventKind[] => values.every(isEventKind), {
    error: `must be among ${EVENT_KINDS.join(", ")}`,
  });

/** GET /api/v1/inbox: newest first, 50 at a time; `before` is the last id of the page before. */
export const inboxQuerySchema = z
  .object({
    kind: kinds.optional(),
    unread: z
      .enum(["true", "false"], { error: "must be true or false" })
      .transform((v) => v === "true")
      .optional(),
    before: z.coerce.number({ error: "must be an inbox item's id" }).int().positive().optional(),
    limit: z.coerce.number({ error: "must be a number" }).int().min(1).max(200).default(50),
  })
  .strict();
export type InboxQuery = z.output<typeof inboxQuerySchema>;

/** POST /api/v1/inbox/read: these items, or everything in the inbox. */
export const readSchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type ReadInput = z.output<typeof readSchema>;
