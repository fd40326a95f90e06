import { COMMITMENT_KINDS, COMMITMENT_STATUSES, EVIDENCE_STANCES } from "@/lib/vocabulary";
import { EXPLORER_COLUMNS } from "./columns";
import {
  type AnyParam,
  type SortOf,
  type ValuesOf,
  choice,
  date,
  enumList,
  flag,
  sortBy,
  text,
  textList,
  whole,
} from "./param-kinds";

// The query of the commitments list (CONTRACT.md, GET /api/v1/commitments), declared once. The server's parser
// (list-params.ts), the browser's URL state and the links into the explorer (url-state.ts) are all derived from
// it, so a URL means the same rows everywhere. A new filter is a line here and its condition in filter-sql.ts.

/** Sort keys a URL may name; each maps to one SQL expression in list-query.ts and nothing else is accepted. */
export const SORT_KEYS = ["id", ...EXPLORER_COLUMNS] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = SortOf<SortKey>;

/** Which side of a commitment the `company` filter looks at. */
export const COMPANY_ROLES = ["maker", "counterpart", "any"] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

export const DEFAULT_SORT: Sort = { key: "announcedOn", desc: true };
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

/** What the rows must be. The order is that of URLs written and of the list of known parameters. */
export const FILTER_PARAMS = {
  /** An organization by slug, name or alias. */
  company: text(200),
  companyRole: { ...choice(COMPANY_ROLES, "maker"), onlyWith: "company" },
  /** Whether `company` also covers its subsidiaries. */
  subsidiaries: { ...flag(true), onlyWith: "company" },
  /** A region by slug, name or alias, with the regions below it. */
  region: text(200),
  status: enumList(COMMITMENT_STATUSES, "status"),
  kind: enumList(COMMITMENT_KINDS, "kind"),
  sector: textList(100),
  /** Free text: title, summary, source location, and the names of makers, counterparts and regions. */
  q: text(200),
  overdue: flag(false),
  stale: flag(false),
  announcedFrom: date(),
  announcedTo: date({ notBefore: "announcedFrom" }),
  targetFrom: date(),
  targetTo: date({ notBefore: "targetFrom" }),
  /** Only commitments with live evidence of these stances (and, with the dates, published in that range). */
  evidenceStance: enumList(EVIDENCE_STANCES, "stance"),
  evidenceFrom: date(),
  evidenceTo: date({ notBefore: "evidenceFrom" }),
  /** Only commitments with a stated amount. */
  hasAmount: flag(false),
  /** Only commitments with a stated number of jobs. */
  hasJobs: flag(false),
  /** Only commitments stated again by a later statement. */
  restated: flag(false),
} as const satisfies Record<string, AnyParam>;

/** How the rows are shown: their order and which page of them. */
export const VIEW_PARAMS = {
  sort: sortBy(SORT_KEYS, DEFAULT_SORT),
  page: whole(1, 1_000_000, 1),
  perPage: whole(1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
} as const satisfies Record<string, AnyParam>;

/** Every parameter of the list query. */
export const LIST_PARAMS = { ...FILTER_PARAMS, ...VIEW_PARAMS } as const satisfies Record<string, AnyParam>;

export type FilterKey = keyof typeof FILTER_PARAMS;
export type ListParamKey = keyof typeof LIST_PARAMS;
export type CommitmentFilters = ValuesOf<typeof FILTER_PARAMS>;
export type CommitmentListParams = ValuesOf<typeof LIST_PARAMS>;

const keysOf = <S extends object>(spec: S) => Object.keys(spec) as (keyof S & string)[];

export const FILTER_KEYS: readonly FilterKey[] = keysOf(FILTER_PARAMS);
export const LIST_PARAM_KEYS: readonly ListParamKey[] = keysOf(LIST_PARAMS);

/** The parameters of a URL that gives none: each parameter's default, where it has one. */
export const DEFAULT_LIST_PARAMS = Object.fromEntries(
  Object.entries(LIST_PARAMS as Record<string, AnyParam>).flatMap(([key, param]) =>
    param.default === undefined ? [] : [[key, param.default]],
  ),
) as CommitmentListParams;
