import { z } from "zod";
import { badRequest } from "./errors";

const searchQuery = z
  .object({
    q: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
    limit: z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .default(20),
  })
  .strict();

/** `?q=…&limit=…` of the reference lists; without q the whole list is answered. */
export function readSearchQuery(url: URL): { q?: string; limit: number } {
  const result = searchQuery.safeParse(Object.fromEntries(url.searchParams));
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : String(issue.path[0] ?? "query");
    fields[key] = issue.code === "unrecognized_keys" ? "unknown parameter; use q and limit" : issue.message;
  }
  throw badRequest("Some query parameters are invalid.", fields);
}
