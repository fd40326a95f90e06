import { z } from "zod";
import { FOLLOW_TARGETS } from "@/db/schema";
import { timestamp } from "./common";

export const followResponse = z
  .object({
    id: z.number().int(),
    target: z.enum(FOLLOW_TARGETS),
    ref: z
      .string()
      .meta({ description: "The company's or region's slug, the commitment's id, or the view's query string." }),
    name: z.string(),
    href: z.string().meta({ description: "The page that shows it." }),
    createdAt: timestamp,
    lastSeenAt: timestamp,
    changes: z
      .object({ commitments: z.number().int(), evidence: z.number().int(), statusChanges: z.number().int() })
      .meta({
        description:
          "Since lastSeenAt: commitments added in its scope (a company with its subsidiaries, as maker or counterpart; a region with its sub-regions; what a view's filters select today), evidence attached, statuses changed.",
      }),
  })
  .meta({ id: "Follow" });

export const unfollowedResponse = z.object({ id: z.number().int(), deleted: z.literal(true) });
export const seenResponse = z.object({ seen: z.number().int() });
