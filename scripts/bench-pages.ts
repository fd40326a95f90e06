// Whole pages as a browser asks for them, over HTTP from a production server (what users wait for: the
// server's rendering and serialization on top of the queries), beside the JSON API for the same view.
// Only when BENCH_APP_URL names a running server on the benchmark data, e.g.
//   DATABASE_URL=<the bench database> BACKGROUND_JOBS=off PORT=3900 npm start
//   BENCH_APP_URL=http://127.0.0.1:3900 BENCH_DATABASE_URL=<the same> npm run bench -- --only page
// Pages need no sign-in: a reader's view is public.

import { commitmentsHref } from "../components/explorer-links";
import { type CommitmentListParams, DEFAULT_LIST_PARAMS } from "../lib/commitments/list-spec";
import { serializeListParams } from "../lib/commitments/url-state";
import type { BenchContext, Measurement } from "./bench-measurements";

type View = [string, (ctx: BenchContext) => Partial<CommitmentListParams>];

/** One GET, read to its end; a non-200 answer fails the run, so that an error page is never timed as a page. */
async function timedGet(base: string, path: string): Promise<number> {
  const response = await fetch(`${base}${path}`, { redirect: "manual" });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}, not 200`);
  return body.byteLength;
}

function httpMeasurement(base: string, name: string, path: (ctx: BenchContext) => string): Measurement {
  return {
    name,
    unit: "bytes",
    describe: (ctx) => `GET ${decodeURIComponent(path(ctx))}`,
    run: (ctx) => timedGet(base, path(ctx)),
  };
}

export function pageMeasurements(views: View[]): Measurement[] {
  const base = process.env.BENCH_APP_URL?.replace(/\/$/, "");
  if (!base) return [];
  const full = (ctx: BenchContext, params: View[1]): CommitmentListParams => ({
    ...DEFAULT_LIST_PARAMS,
    ...params(ctx),
  });
  return [
    ...views.flatMap(([name, params]) => [
      httpMeasurement(base, `http page: explorer, ${name}`, (ctx) => commitmentsHref(full(ctx, params))),
      httpMeasurement(
        base,
        `http API: ${name}`,
        (ctx) => `/api/v1/commitments${serializeListParams(full(ctx, params))}`,
      ),
    ]),
    httpMeasurement(base, "http page: dashboard", () => "/"),
    httpMeasurement(base, "http page: largest company", (ctx) => `/companies/${ctx.picks.company.slug}`),
    httpMeasurement(base, "http page: largest province", (ctx) => `/regions/${ctx.picks.province.slug}`),
  ];
}
