import { z } from "zod";
import { EMAIL_MODES } from "@/db/schema-inbox";

export const EMAIL_MODE_LABELS = {
  off: "No email",
  instant: "Each event as it happens",
  daily: "A daily digest",
  weekly: "A weekly digest",
} as const satisfies Record<(typeof EMAIL_MODES)[number], string>;

/** PUT /api/v1/notifications: how to be told by email. */
export const notificationSettingsSchema = z
  .object({ email: z.enum(EMAIL_MODES, { error: `must be one of ${EMAIL_MODES.join(", ")}` }) })
  .strict();
