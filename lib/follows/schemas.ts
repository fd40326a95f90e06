import { z } from "zod";

const slugRef = (what: string) =>
  z
    .string({ error: `must be the ${what}'s slug or name` })
    .trim()
    .min(1, `must be the ${what}'s slug or name`)
    .max(200);

/** POST /api/v1/follows: one of a company (with its subsidiaries), a region (with its sub-regions), a commitment or a named explorer view. */
export const followSchema = z
  .object({
    company: slugRef("company").optional(),
    region: slugRef("region").optional(),
    commitment: z.number({ error: "must be a commitment's id" }).int().positive().optional(),
    view: z
      .object({
        name: z.string({ error: "is required" }).trim().min(1, "is required").max(120),
        url: z
          .string({ error: "is required: the explorer's address" })
          .trim()
          .min(1, "is required: the explorer's address")
          .max(4000),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = (["company", "region", "commitment", "view"] as const).filter((k) => body[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: given.length === 0 ? ["company"] : [given[1]!],
        message:
          given.length === 0
            ? "say what to follow: one of company, region, commitment or view"
            : `follow one thing at a time (${given.join(" and ")} were given)`,
      });
    }
  });
export type FollowInput = z.output<typeof followSchema>;

/** POST /api/v1/follows/seen: the follows whose changes were seen, or all of them. */
export const seenSchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type SeenInput = z.output<typeof seenSchema>;
