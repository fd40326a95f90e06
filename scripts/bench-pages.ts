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
 * One GET read until `marker` has arrived (the page controls under the table, sent after its rows): the time
 * until the browser can show the rows. The rest of the page (the filter counts) is still streaming; it is read
 * in `remainder`, so that the next request does not share the server with this one's counts.
 */
async function readUntil(
  base: string,
  path: string,
  marker: string,
): Promise<{ length: number; remainder: Promise<void> }> {
  const response = await fetch(`${base}${path}`, { redirect: "manual" });
  if (response.status !== 200 || !response.body) throw new Error(`GET ${path} answered ${response.status}, not 200`);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let text = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    text += decoder.decode(chunk.value, { stream: true });
    if (text.includes(marker)) {
      const remainder = (async () => {
        while (!(await reader.read()).done);
      })();
      return { length: text.length, remainder };
    }
  }
  throw new Error(`GET ${path} ended without ${marker}`);
}

/** The time until the rows of a streamed page have arrived; the rest of the page is read untimed. */
function rowsMeasurement(base: string, name: string, path: (ctx: BenchContext) => string): Measurement {
  let remainder: Promise<void> = Promise.resolve();
  return {
    name,
    unit: "characters",
    describe: (ctx) => `GET ${decodeURIComponent(path(ctx))} until the page controls (the rest read untimed)`,
    run: async (ctx) => {
      const read = await readUntil(base, path(ctx), 'aria-label="Pagination"');
      remainder = read.remainder;
      return read.length;
    },
    settle: () => remainder,
  };
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
      rowsMeasurement(base, `http rows: explorer, ${name}`, (ctx) => commitmentsHref(full(ctx, params))),
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
