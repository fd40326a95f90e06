import { z } from "zod";
import { EVENT_KINDS } from "@/db/schema-events";
import { timestamp } from "./common";

export const inboxItem = z
  .object({
    id: z.number().int().meta({ description: "The event's id; `before` pages by it." }),
    kind: z.enum(EVENT_KINDS),
    at: timestamp,
    commitment: z.object({ id: z.number().int(), title: z.string() }),
    summary: z.string(),
    read: z.boolean(),
  })
  .meta({ id: "InboxItem" });

export const inboxResponse = z.object({
  data: z.array(inboxItem),
  unread: z.number().int().meta({ description: "Unread items in the whole inbox, whatever the filters." }),
});

export const readResponse = z.object({ read: z.number().int().meta({ description: "Items newly marked read." }) });
