import { z } from "zod";
import { EMAIL_MODES } from "@/db/schema-inbox";
import { notificationSettingsSchema } from "@/lib/notify/schemas";
import { mailConfig } from "@/lib/notify/send";
import { emailModeOf, setEmailMode } from "@/lib/notify/settings";
import { operation } from "../operation";
import { writer } from "../route";

const tag = "Following";

const settingsResponse = z
  .object({
    email: z.enum(EMAIL_MODES),
    emailConfigured: z.boolean().meta({ description: "Whether this instance can send email (SMTP_URL is set)." }),
  })
  .meta({ id: "NotificationSettings" });

export const notificationSettingsOp = operation({
  method: "GET",
  path: "/api/v1/notifications",
  id: "notificationSettings",
  tag,
  summary: "How you are told by email of what happens to what you follow",
  access: "viewer",
  response: settingsResponse,
  examples: [{ name: "Yours" }],
  run: async ({ db, actor }) => ({
    email: await emailModeOf(db, writer(actor).userId),
    emailConfigured: Boolean(mailConfig().smtpUrl),
  }),
});

export const setNotificationSettingsOp = operation({
  method: "PUT",
  path: "/api/v1/notifications",
  id: "setNotificationSettings",
  tag,
  summary: "Choose email: `off`, `instant`, a `daily` or a `weekly` digest",
  access: "viewer",
  body: notificationSettingsSchema,
  response: settingsResponse,
  examples: [{ name: "Weekly", body: { email: "weekly" } }],
  run: async ({ db, body, actor }) => ({
    ...(await setEmailMode(db, writer(actor).userId, body.email)),
    emailConfigured: Boolean(mailConfig().smtpUrl),
  }),
});
