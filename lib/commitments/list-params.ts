import { z } from "zod";
import { isoDateParam } from "@/lib/validation";
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type CommitmentKind,
  type CommitmentStatus,
  EVIDENCE_STANCES,
  type EvidenceStance,
} from "@/lib/vocabulary";

// The query of the commitments list (CONTRACT.md, GET /api/v1/commitments). One parser serves the
// explorer page, the API and the exports, so a URL means the same rows everywhere.

/** Sort keys a URL may name; each maps to one SQL expression in list-query.ts and nothing else is accepted. */
export const SORT_KEYS = [
  "id",
  "title",
  "maker",
  "counterpart",
  "region",
  "kind",
  "sector",
  "status",
  "progress",
  "announcedOn",
  "targetOn",
  "amount",
  "jobs",
  "evidenceCount",
  "latestEvidenceOn",
  "updatedAt",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; desc: boolean };

/** Which side of a commitment the `company` filter looks at. */
export const COMPANY_ROLES = ["maker", "counterpart", "any"] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

export const DEFAULT_SORT: Sort = { key: "announcedOn", desc: true };
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

export type CommitmentFilters = {
  company?: string;
  companyRole: CompanyRole;
  /** Whether `company` also covers its subsidiaries (default true). */
  subsidiaries: boolean;
  region?: string;
  status: CommitmentStatus[];
  kind: CommitmentKind[];
  sector: string[];
  q?: string;
  overdue: boolean;
  stale: boolean;
  announcedFrom?: string;
  announcedTo?: string;
  targetFrom?: string;
  targetTo?: string;
  /** Only commitments with live evidence of these stances (and, with the dates, published in that range). */
  evidenceStance: EvidenceStance[];
  evidenceFrom?: string;
  evidenceTo?: string;
  /** Only commitments with a stated amount. */
  hasAmount: boolean;
  /** Only commitments with a stated number of jobs. */
  hasJobs: boolean;
  /** Only commitments stated again by a later statement. */
  restated: boolean;
};

export type CommitmentListParams = CommitmentFilters & { sort: Sort; page: number; perPage: number };

export const LIST_PARAM_KEYS = [
  "company",
  "companyRole",
  "subsidiaries",
  "region",
  "status",
  "kind",
  "sector",
  "q",
  "overdue",
  "stale",
  "announcedFrom",
  "announcedTo",
  "targetFrom",
  "targetTo",
  "evidenceStance",
  "evidenceFrom",
  "evidenceTo",
  "hasAmount",
  "hasJobs",
  "restated",
  "sort",
  "page",
  "perPage",
] as const;
type ListParamKey = (typeof LIST_PARAM_KEYS)[number];

export const DEFAULT_LIST_PARAMS: CommitmentListParams = {
  companyRole: "maker",
  subsidiaries: true,
  status: [],
  kind: [],
  sector: [],
  overdue: false,
  stale: false,
  evidenceStance: [],
  hasAmount: false,
  hasJobs: false,
  restated: false,
  sort: DEFAULT_SORT,
  page: 1,
  perPage: DEFAULT_PER_PAGE,
};

const oneOf = (values: readonly string[]) => values.join(", ");

const text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
  .transform((v) => v === "true" || v === "1");

const sortParam = z.string().transform((value, ctx) => {
  const desc = value.startsWith("-");
  const key = desc ? value.slice(1) : value;
  if (!(SORT_KEYS as readonly string[]).includes(key)) {
    ctx.addIssue({
      code: "custom",
      message: `cannot sort by "${key}"; use one of: ${oneOf(SORT_KEYS)}, with "-" in front for descending`,
    });
    return z.NEVER;
  }
  return { key: key as SortKey, desc };
});

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const enumList = <T extends string>(values: readonly T[], noun: string) =>
  z.array(z.string()).transform((items, ctx) => {
    const unknown = items.filter((item) => !values.includes(item as T));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `unknown ${noun} ${unknown.map((u) => `"${u}"`).join(", ")}; use one of: ${oneOf(values)}`,
      });
      return z.NEVER;
    }
    return [...new Set(items)] as T[];
  });

const singleFields = {
  company: text(200),
  companyRole: z.enum(COMPANY_ROLES, { error: `must be one of: ${oneOf(COMPANY_ROLES)}` }),
  subsidiaries: booleanFlag,
  region: text(200),
  q: text(200),
  overdue: booleanFlag,
  stale: booleanFlag,
  announcedFrom: isoDateParam,
  announcedTo: isoDateParam,
  targetFrom: isoDateParam,
  targetTo: isoDateParam,
  evidenceFrom: isoDateParam,
  evidenceTo: isoDateParam,
  hasAmount: booleanFlag,
  hasJobs: booleanFlag,
  restated: booleanFlag,
  sort: sortParam,
  page: wholeNumber(1, 1_000_000),
  perPage: wholeNumber(1, MAX_PER_PAGE),
} satisfies Partial<Record<ListParamKey, z.ZodType>>;

const listFields = {
  status: enumList(COMMITMENT_STATUSES, "status"),
  kind: enumList(COMMITMENT_KINDS, "kind"),
  evidenceStance: enumList(EVIDENCE_STANCES, "stance"),
  sector: z.array(text(100)),
} satisfies Partial<Record<ListParamKey, z.ZodType>>;

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(source: ParamSource, key: string): string[] {
  if (source instanceof URLSearchParams) return source.getAll(key);
  const value = source[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function keysOf(source: ParamSource): string[] {
  return source instanceof URLSearchParams ? [...new Set(source.keys())] : Object.keys(source);
}

export type ParseResult = {
  /** The usable parameters: every valid one, with defaults where a value was missing or invalid. */
  params: CommitmentListParams;
  /** Field-level messages for every invalid or unknown parameter; empty when the query was clean. */
  errors: Record<string, string>;
};

/**
 * Parses a list query. Invalid values are reported in `errors` and replaced by their defaults, so the
 * API can refuse the request while the page can show a notice and carry on.
 */
export function parseListParams(source: ParamSource, { allowKeys = [] as readonly string[] } = {}): ParseResult {
  const params: CommitmentListParams = { ...DEFAULT_LIST_PARAMS };
  const errors: Record<string, string> = {};
  const target = params as Record<string, unknown>;

  for (const key of keysOf(source)) {
    if (!(LIST_PARAM_KEYS as readonly string[]).includes(key) && !allowKeys.includes(key)) {
      errors[key] = `unknown parameter; known parameters are: ${oneOf(LIST_PARAM_KEYS)}`;
    }
  }

  for (const [key, schema] of Object.entries(singleFields)) {
    const values = valuesOf(source, key).filter((v) => v !== "");
    if (values.length === 0) continue;
    if (values.length > 1) {
      errors[key] = "give this parameter once";
      continue;
    }
    const result = schema.safeParse(values[0]);
    if (result.success) target[key] = result.data;
    else errors[key] = result.error.issues[0]?.message ?? "is invalid";
  }

  for (const [key, schema] of Object.entries(listFields)) {
    const values = valuesOf(source, key)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
    if (values.length === 0) continue;
    const result = schema.safeParse(values);
    if (result.success) target[key] = result.data;
    else errors[key] = result.error.issues[0]?.message ?? "is invalid";
  }

  for (const [from, to] of [
    ["announcedFrom", "announcedTo"],
    ["targetFrom", "targetTo"],
    ["evidenceFrom", "evidenceTo"],
  ] as const) {
    const start = params[from];
    const end = params[to];
    if (start && end && start > end) {
      errors[to] = `is before ${from} (${start})`;
      delete params[to];
    }
  }

  return { params, errors };
}

/** Writes parameters back to a query string, leaving out defaults, so shared URLs stay short. */
export function toSearchParams(params: Partial<CommitmentListParams>): URLSearchParams {
  const out = new URLSearchParams();
  const given = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
  const full: CommitmentListParams = { ...DEFAULT_LIST_PARAMS, ...given };
  if (full.company) out.set("company", full.company);
  if (full.company && full.companyRole !== DEFAULT_LIST_PARAMS.companyRole) out.set("companyRole", full.companyRole);
  if (full.company && !full.subsidiaries) out.set("subsidiaries", "false");
  if (full.region) out.set("region", full.region);
  if (full.status.length) out.set("status", full.status.join(","));
  if (full.kind.length) out.set("kind", full.kind.join(","));
  if (full.sector.length) out.set("sector", full.sector.join(","));
  if (full.q) out.set("q", full.q);
  if (full.overdue) out.set("overdue", "true");
  if (full.stale) out.set("stale", "true");
  for (const key of ["announcedFrom", "announcedTo", "targetFrom", "targetTo"] as const) {
    if (full[key]) out.set(key, full[key]);
  }
  if (full.evidenceStance.length) out.set("evidenceStance", full.evidenceStance.join(","));
  for (const key of ["evidenceFrom", "evidenceTo"] as const) {
    if (full[key]) out.set(key, full[key]);
  }
  if (full.hasAmount) out.set("hasAmount", "true");
  if (full.hasJobs) out.set("hasJobs", "true");
  if (full.restated) out.set("restated", "true");
  if (full.sort.key !== DEFAULT_SORT.key || full.sort.desc !== DEFAULT_SORT.desc) {
    out.set("sort", `${full.sort.desc ? "-" : ""}${full.sort.key}`);
  }
  if (full.page !== 1) out.set("page", String(full.page));
  if (full.perPage !== DEFAULT_PER_PAGE) out.set("perPage", String(full.perPage));
  return out;
}
