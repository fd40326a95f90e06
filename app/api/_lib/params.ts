import { z } from "zod";
import { parseRowId } from "@/lib/row-id";

/** A numeric row id in the address (commitment, evidence, source). */
export const rowIdParam = z
  .string()
  .transform((raw, ctx) => {
    const id = parseRowId(raw);
    if (id === null) ctx.addIssue({ code: "custom", message: `"${raw}" is not an id` });
    return id ?? 0;
  })
  .meta({ description: "A positive whole number.", example: "1" });

/** An organization's or region's slug in the address. */
export const slugParam = z.string().min(1).max(200).meta({ example: "bmw-group" });

/** An account's or token's id in the address. */
export const textIdParam = z.string().min(1).max(100);

export const idParams = z.object({ id: rowIdParam });
export const slugParams = z.object({ slug: slugParam });
export const textIdParams = z.object({ id: textIdParam });
