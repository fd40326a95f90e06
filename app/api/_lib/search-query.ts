import { z } from "zod";

/** `?q=…&limit=…` of the reference lists; without q the whole list is answered. */
export const searchQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(100, "must be at most 100 characters")
      .optional()
      .meta({ description: "Text in the name, slug or an alias.", example: "bmw" }),
    limit: z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .default(20)
      .meta({ description: "At most this many matches (with q)." }),
  })
  .strict();
