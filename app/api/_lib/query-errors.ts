import { z } from "zod";
import { zodFieldErrors } from "@/lib/validation";

function knownKeys(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return knownKeys(schema.in as z.ZodType);
  return [];
}

/** Field messages for a query string: an unknown parameter names the known ones, a repeated one says so. */
export function queryFieldErrors(schema: z.ZodType, raw: Record<string, unknown>, error: z.ZodError) {
  const fields = zodFieldErrors(error);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[key] = `unknown parameter; use ${knownKeys(schema).join(", ")}`;
    }
    const key = String(issue.path[0] ?? "");
    if (issue.code === "invalid_type" && Array.isArray(raw[key])) fields[key] = "give this parameter once";
  }
  return fields;
}
