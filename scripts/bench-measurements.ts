// What `npm run bench` measures. Each entry is one row of the report: `run` is timed (p50/p95 over the
// iterations) and, when `statements` is given, the same SQL is run under EXPLAIN ANALYZE for the
// "raw SQL" column. To measure something new (export throughput, the dashboard), append a Measurement
// to `measurements`; bench.ts needs no change.

import { PgDialect } from "drizzle-orm/pg-core";
import type { DatabaseHandle } from "../db/client";
import { organizations, regions } from "../db/schema";
import { resolveIdsQuery } from "../lib/named-tree";
import { type CommitmentListParams, DEFAULT_LIST_PARAMS } from "../lib/commitments/list-spec";
import { commitmentsHref } from "../components/explorer-links";
import { serializeListParams } from "../lib/commitments/url-state";
import type { StatsScope } from "../lib/analytics/scope";
import { getStatsFor } from "../lib/analytics/stats";
import { exportCommitments } from "../lib/commitments/export";
import { csvStream, jsonStream } from "../lib/commitments/export-stream";
import { getFacets } from "../lib/commitments/facets";
import { resolveReferences } from "../lib/commitments/filter-sql";
import { pageWindow } from "../lib/commitments/page-window";
import { buildListQueries, listCommitments, waitsForTotal } from "../lib/commitments/queries";
import type { Statement } from "./bench-lib";
import { importMeasurements, importMemoryMeasurements } from "./bench-imports";
import { intakeMeasurements } from "./bench-intake";
import { pageMeasurements } from "./bench-pages";

/** Parameter values picked from the data once per database, so views hit realistic, heavy cases. */
export type DataPicks = {
  /** The parent company whose group (with subsidiaries) has made the most commitments. */
  company: { slug: string; name: string; commitments: number };
  /** The province with the most commitments, counting its cities and zones. */
  province: { slug: string; name: string; commitments: number };
  latinTerm: string;
  chineseTerm: string;
  /** All commitments, for the last page of the default view. */
  commitments: number;
};

export type BenchContext = { handle: DatabaseHandle; today: string; picks: DataPicks };

export type Measurement = {
  name: string;
  /** What exactly is measured, shown under the table (for list views: the query string). */
  describe: (ctx: BenchContext) => string;
  /** One timed iteration. May return a count (matching rows, exported rows…) shown in the report. */
  run: (ctx: BenchContext) => Promise<number | void>;
  /** Untimed, after each call of `run`: waits for what that call left running (the rest of a streamed page). */
  settle?: () => Promise<void>;
  /** The label of the count `run` returns ("rows", "bytes"…). */
  unit?: string;
  /** The SQL one iteration runs, for the raw-SQL column; omit when there is no single set of statements. */
  statements?: (ctx: BenchContext) => Promise<Statement[]>;
  /** Overrides the default iteration count, e.g. for slow measurements such as a full export. */
  iterations?: number;
  /** The measurement's own goal for the server p95 (on each database, when they differ), where the default does not apply. */
  targetP95Ms?: number | ((kind: DatabaseHandle["kind"]) => number);
};

/** A page of the commitments list, as the explorer page and the API load it. */
export function listView(name: string, params: (ctx: BenchContext) => Partial<CommitmentListParams>): Measurement {
  const full = (ctx: BenchContext): CommitmentListParams => ({ ...DEFAULT_LIST_PARAMS, ...params(ctx) });
  return {
    name,
    unit: "matching",
    describe: (ctx) => decodeURIComponent(commitmentsHref(full(ctx))),
    run: async (ctx) => (await listCommitments(ctx.handle.db, full(ctx), { today: ctx.today })).total,
    // Every statement the list runs: name resolution (for a company or region filter), page and count.
    statements: async (ctx) => {
      const params = full(ctx);
      // A deep page is read from the nearer end once the total is known, as listCommitments does.
      const window = waitsForTotal(params)
        ? pageWindow(
            (await listCommitments(ctx.handle.db, { ...params, page: 1 }, { today: ctx.today })).total,
            params.page,
            params.perPage,
          )
        : undefined;
      const queries = await buildListQueries(ctx.handle.db, params, ctx.today, undefined, window);
      const dialect = new PgDialect();
      const resolution = [
        params.company
          ? resolveIdsQuery(organizations, params.company, { withDescendants: params.subsidiaries })
          : null,
        params.region ? resolveIdsQuery(regions, params.region) : null,
      ].flatMap((query) => (query ? [dialect.sqlToQuery(query)] : []));
      return [...resolution, queries.rows.toSQL(), queries.count.toSQL()];
    },
  };
}

/** The explorer page's filter counts (every facet) for a list view, computed beside its rows. */
export function facetsView(name: string, params: (ctx: BenchContext) => Partial<CommitmentListParams>): Measurement {
  const full = (ctx: BenchContext): CommitmentListParams => ({ ...DEFAULT_LIST_PARAMS, ...params(ctx) });
  return {
    name: `facets: ${name}`,
    unit: "regions counted",
    describe: (ctx) => `the filter counts of ${decodeURIComponent(commitmentsHref(full(ctx)))}`,
    run: async (ctx) => {
      const filters = full(ctx);
      const refs = await resolveReferences(ctx.handle.db, filters);
      return (await getFacets(ctx.handle.db, filters, refs, ctx.today)).regions.length;
    },
  };
}

/** The whole filtered view streamed as the export endpoints stream it, counting rows and bytes. */
export function exportView(
  name: string,
  format: "csv" | "json",
  params: (ctx: BenchContext) => Partial<CommitmentListParams>,
): Measurement {
  return {
    name,
    unit: "rows exported",
    iterations: 3,
    describe: (ctx) =>
      decodeURIComponent(
        serializeListParams(`/api/v1/commitments/export.${format}`, { ...DEFAULT_LIST_PARAMS, ...params(ctx) }),
      ),
    run: async (ctx) => {
      const run = await exportCommitments(
        ctx.handle.db,
        { ...DEFAULT_LIST_PARAMS, ...params(ctx) },
        { today: ctx.today },
      );
      const reader = (format === "csv" ? csvStream(run) : jsonStream(run, "2026-01-01T00:00:00Z")).getReader();
      // Read and drop each chunk, as a download does: memory stays at one batch however large the view.
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());
      return run.total;
    },
  };
}

/** Everything the dashboard (or a company's or region's page) computes, as the page and /api/v1/stats do. */
export function statsView(
  name: string,
  scope: (ctx: BenchContext) => StatsScope,
  targetP95Ms?: Measurement["targetP95Ms"],
): Measurement {
  return {
    name,
    unit: "commitments in scope",
    iterations: 20,
    targetP95Ms,
    describe: (ctx) => {
      const s = scope(ctx);
      const query = new URLSearchParams(Object.entries(s).filter(([, v]) => v) as [string, string][]).toString();
      return `/api/v1/stats${query ? `?${query}` : ""} (the dashboard's ${s.company ? "company page" : s.region ? "region page" : "own"} queries)`;
    },
    run: async (ctx) => (await getStatsFor(ctx.handle.db, scope(ctx), ctx.today)).overview.total,
  };
}

/** A company's or region's statistics: 100 ms p95 on PostgreSQL, 300 ms on the embedded database. */
const SCOPED_STATS_P95_MS = (kind: DatabaseHandle["kind"]) => (kind === "postgres" ? 100 : 300);

/** The list views measured: in-process here, and as whole pages over HTTP by bench-pages.ts. */
export const LIST_VIEWS: [string, (ctx: BenchContext) => Partial<CommitmentListParams>][] = [
  ["default (newest first)", () => ({})],
  ["company incl. subsidiaries", (ctx) => ({ company: ctx.picks.company.slug })],
  ["province + status", (ctx) => ({ region: ctx.picks.province.slug, status: ["announced", "in_progress"] })],
  ["search, Latin word", (ctx) => ({ q: ctx.picks.latinTerm })],
  ["search, Chinese term", (ctx) => ({ q: ctx.picks.chineseTerm })],
  ["search, a company's name", (ctx) => ({ q: ctx.picks.company.name })],
  ["search, a province's name", (ctx) => ({ q: ctx.picks.province.name })],
  ["overdue by target date", () => ({ overdue: true, sort: { key: "targetOn", desc: false } })],
  ["stale", () => ({ stale: true })],
  ["sorted by maker", () => ({ sort: { key: "maker", desc: false } })],
  ["sorted by title", () => ({ sort: { key: "title", desc: false } })],
  ["deep page (200)", () => ({ page: 200 })],
  ["last page", (ctx) => ({ page: Math.max(1, Math.ceil(ctx.picks.commitments / DEFAULT_LIST_PARAMS.perPage)) })],
];

export const measurements: Measurement[] = [
  ...LIST_VIEWS.map(([name, params]) => listView(name, params)),
  ...LIST_VIEWS.map(([name, params]) => facetsView(name, params)),
  statsView("dashboard: all statistics", () => ({})),
  statsView("company page statistics", (ctx) => ({ company: ctx.picks.company.slug }), SCOPED_STATS_P95_MS),
  statsView("region page statistics", (ctx) => ({ region: ctx.picks.province.slug }), SCOPED_STATS_P95_MS),
  exportView("export CSV, all 100k", "csv", () => ({})),
  exportView("export JSON, all 100k", "json", () => ({})),
  ...intakeMeasurements(),
  ...importMeasurements(),
  ...importMemoryMeasurements(),
  ...pageMeasurements(LIST_VIEWS),
];

/** Finds the parameter values the views use in this database's data. */
export async function pickFromData(handle: DatabaseHandle): Promise<DataPicks> {
  const [company] = await handle.query<{ slug: string; name: string; n: number }>(`
    with recursive tree(root, id) as (
      select p.id, p.id from organizations p
       where p.parent_id is null and p.kind in ('company', 'joint_venture')
         and exists (select 1 from organizations c where c.parent_id = p.id)
      union all
      select tree.root, o.id from organizations o join tree on o.parent_id = tree.id
    )
    select r.slug, r.name, count(c.id)::integer as n
      from tree join organizations r on r.id = tree.root join commitments c on c.maker_id = tree.id
     group by r.slug, r.name order by n desc, r.slug limit 1`);
  const [province] = await handle.query<{ slug: string; name: string; n: number }>(`
    with recursive tree(root, id) as (
      select id, id from regions where kind = 'province'
      union all
      select tree.root, r.id from regions r join tree on r.parent_id = tree.id
    )
    select p.slug, p.name, count(c.id)::integer as n
      from tree join regions p on p.id = tree.root join commitments c on c.region_id = tree.id
     group by p.slug, p.name order by n desc, p.slug limit 1`);
  const [all] = await handle.query<{ n: number }>(`select count(*)::integer as n from commitments`);
  if (!company || !province)
    throw new Error("The database has no company group or province with commitments; run npm run db:synth first.");
  return {
    company: { slug: company.slug, name: company.name, commitments: Number(company.n) },
    province: { slug: province.slug, name: province.name, commitments: Number(province.n) },
    latinTerm: "battery",
    chineseTerm: "沈阳",
    commitments: Number(all?.n ?? 0),
  };
}
