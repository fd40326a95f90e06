import { parseRowId } from "@/lib/row-id";
import { badRequest } from "./errors";

/** A numeric id from a URL segment, or a 400 naming the segment. */
export function idParam(raw: string, name = "id"): number {
  const id = parseRowId(raw);
  if (id === null)
    throw badRequest(`The ${name} must be a positive whole number.`, { [name]: `"${raw}" is not an id` });
  return id;
}
