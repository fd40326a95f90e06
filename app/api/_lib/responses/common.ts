import { z } from "zod";

export const dateString = z.string().meta({ description: "A date, YYYY-MM-DD.", example: "2023-10-19" });
export const timestamp = z.string().meta({ description: "An instant, ISO 8601.", example: "2023-10-19T08:00:00.000Z" });
export const named = z.object({ slug: z.string(), name: z.string() });

/** `{ data: [...] }`, the shape of every list that is not paged. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

/** `{ data, page, perPage, total }`, the shape of every paged list. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), page: z.number().int(), perPage: z.number().int(), total: z.number().int() });

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "bad_request" }),
      message: z.string().meta({ example: "Some fields are invalid." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ example: { announcedOn: "must be YYYY-MM-DD" } }),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: "Error", description: "Every error: a code, a message to show, and a message per field." });
