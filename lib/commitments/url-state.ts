import { createSerializer, parseAsArrayOf, parseAsString } from "nuqs/server";
import type { AnyParam } from "./param-kinds";
import { type CommitmentListParams, FILTER_KEYS, type FilterKey, LIST_PARAMS } from "./list-spec";

// The list query in the browser (nuqs) and in links, derived from list-spec.ts: the same keys, defaults and
// validation as the server's parser, with defaults left out of the URL.

type ListParsers = { [K in keyof typeof LIST_PARAMS]: (typeof LIST_PARAMS)[K]["parser"] };

const SPEC = Object.entries(LIST_PARAMS as Record<string, AnyParam>);

/** The nuqs parser of every list parameter, by key: the same keys as the server's schemas. */
export const listParsers = Object.fromEntries(SPEC.map(([key, param]) => [key, param.parser])) as ListParsers;

/** Keys of the explorer page's own URL state beside the list query: the visible columns (`cols`). */
export const EXPLORER_PAGE_KEYS = ["cols"] as const;

/** The explorer page's URL state: the list query plus the visible columns. */
export const explorerUrlState = {
  ...listParsers,
  cols: parseAsArrayOf(parseAsString).withDefault([]),
};

/** Parameters that mean nothing without another one (companyRole without company) are left out of URLs. */
function dropOrphans(search: URLSearchParams): URLSearchParams {
  for (const [key, param] of SPEC) {
    if (param.onlyWith && !search.has(param.onlyWith)) search.delete(key);
  }
  return search;
}

/** Writes list parameters as a query string (`?…`, or "" when all are defaults); undefined or null is the default. */
export const serializeListParams = createSerializer(listParsers, { processUrlSearchParams: dropOrphans });

/** List parameters to write into a URL: any subset, null for the default. */
export type ListParamsPatch = { [K in keyof CommitmentListParams]?: CommitmentListParams[K] | null };

/** Every filter back to its default (sort and page size stay as they are). */
export const CLEAR_ALL_FILTERS = Object.fromEntries(FILTER_KEYS.map((key) => [key, null])) as {
  [K in FilterKey]: null;
};

/** Writes the explorer page's own address: the list parameters and the visible columns. */
export const serializeExplorerUrl = createSerializer(explorerUrlState, { processUrlSearchParams: dropOrphans });

/** A change to a list page's address: any list parameter or the columns, null for the default. */
export type ListPagePatch = ListParamsPatch & { cols?: string[] | null };

/** The address of a list page after a change: `path` and what its address holds now, with `patch` applied. */
export type ListPageHref = (patch: ListPagePatch) => string;

export function listPageHref(path: string, current: ListPagePatch): ListPageHref {
  return (patch) => serializeExplorerUrl(path, { ...current, ...patch });
}
