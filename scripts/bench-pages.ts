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

/**
 * One GET read until `marker` has arrived (the page controls under the table, sent after its rows), then
 * dropped: the time until the browser can show the rows, the rest of the page (the filter counts) still
 * streaming.
 */
async function timedUntil(base: string, path: string, marker: string): Promise<number> {
  const response = await fetch(`${base}${path}`, { redirect: "manual" });
  if (response.status !== 200 || !response.body) throw new Error(`GET ${path} answered ${response.status}, not 200`);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let text = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    text += decoder.decode(chunk.value, { stream: true });
    if (text.includes(marker)) {
      await reader.cancel();
      return text.length;
    }
  }
  throw new Error(`GET ${path} ended without ${marker}`);
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
      {
        name: `http rows: explorer, ${name}`,
        unit: "characters",
        describe: (ctx: BenchContext) =>
          `GET ${decodeURIComponent(commitmentsHref(full(ctx, params)))} until the page controls`,
        run: (ctx: BenchContext) => timedUntil(base, commitmentsHref(full(ctx, params)), 'aria-label="Pagination"'),
      },
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
