import { parseAsArrayOf, parseAsBoolean, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, EVIDENCE_STANCES } from "@/lib/vocabulary";
import { COMPANY_ROLES, DEFAULT_PER_PAGE, DEFAULT_SORT } from "./list-params";

/**
 * The explorer's URL state for the browser (nuqs). The keys and defaults are those of list-params.ts,
 * which validates the same URL on the server; defaults are left out of the URL.
 */
export const commitmentUrlState = {
  company: parseAsString,
  companyRole: parseAsStringLiteral(COMPANY_ROLES).withDefault("maker"),
  subsidiaries: parseAsBoolean.withDefault(true),
  region: parseAsString,
  status: parseAsArrayOf(parseAsStringLiteral(COMMITMENT_STATUSES)).withDefault([]),
  kind: parseAsArrayOf(parseAsStringLiteral(COMMITMENT_KINDS)).withDefault([]),
  sector: parseAsArrayOf(parseAsString).withDefault([]),
  q: parseAsString,
  overdue: parseAsBoolean.withDefault(false),
  stale: parseAsBoolean.withDefault(false),
  announcedFrom: parseAsString,
  announcedTo: parseAsString,
  targetFrom: parseAsString,
  targetTo: parseAsString,
  evidenceStance: parseAsArrayOf(parseAsStringLiteral(EVIDENCE_STANCES)).withDefault([]),
  evidenceFrom: parseAsString,
  evidenceTo: parseAsString,
  hasAmount: parseAsBoolean.withDefault(false),
  hasJobs: parseAsBoolean.withDefault(false),
  restated: parseAsBoolean.withDefault(false),
  sort: parseAsString.withDefault(`${DEFAULT_SORT.desc ? "-" : ""}${DEFAULT_SORT.key}`),
  page: parseAsInteger.withDefault(1),
  perPage: parseAsInteger.withDefault(DEFAULT_PER_PAGE),
};

/** The explorer page's URL state: the list query plus the visible columns (`cols`, page only). */
export const explorerUrlState = {
  ...commitmentUrlState,
  cols: parseAsArrayOf(parseAsString).withDefault([]),
};
