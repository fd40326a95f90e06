import type { ApiData } from "./api-client";
import type { ReferenceEntity } from "./reference-entity-form";

// Searching organizations or regions by any of their names: the operation each one uses, and the matches
// in its answer (with `q` the list operations answer name matches, not whole records).

export const NAME_SEARCH = {
  organization: "GET /api/v1/organizations",
  region: "GET /api/v1/regions",
} as const;

export type NameSearchOperation = (typeof NAME_SEARCH)[ReferenceEntity];

export type NameMatch = { slug: string; name: string; parentName: string | null; exact: boolean };

/** The name matches in a search's answer. */
export function nameMatches(answer: ApiData<NameSearchOperation>): NameMatch[] {
  return answer.data.filter((item): item is NameMatch => "exact" in item);
}
