// Server-side timings of the commitments list views against large synthetic data (npm run db:synth).
// Runs on PostgreSQL when BENCH_DATABASE_URL is set and on PGlite in BENCH_DATA_DIR (default .data-bench)
// when that directory holds a database. It never reads DATABASE_URL or DATA_DIR, so a developer's own
// data is never benchmarked by accident. Prints a markdown report; progress goes to stderr.
// Usage: npm run bench -- [--iterations 30] [--warmup 5] [--raw-runs 5] [--only name,name] [--out file.md]
//        [--today YYYY-MM-DD]

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type DatabaseHandle, openDatabase, pgliteDataPath } from "../db/client";
import { DatabaseConfigError, describePostgresUrl } from "../db/config";
import { isIsoDate, todayIso } from "../lib/dates";
import {
  type Column,
  type PlanTimes,
  count,
  machineInfo,
  markdownTable,
  ms,
  percentile,
  pgliteVersion,
  rawSqlTimes,
  timeIterations,
} from "./bench-lib";
import { type BenchContext, type Measurement, measurements, pickFromData } from "./bench-measurements";
import { runScript } from "./run-script";

/** The list-page goal on PostgreSQL at 100k commitments. */
const TARGET_P95_MS = 50;
/** The whole dashboard's queries, at 100k commitments and 1M evidence on PostgreSQL. */
const TARGET_STATS_P95_MS = 150;
const TARGET_RATIO = 2;

type Options = {
  iterations: number;
  warmup: number;
  rawRuns: number;
  only: string[];
  out: string | undefined;
  today: string;
};

type Target = { label: string; where: string; open: () => Promise<DatabaseHandle> };

type Result = {
  measurement: Measurement;
  description: string;
  result: number | void;
  p50: number;
  p95: number;
  raw: PlanTimes | undefined;
  /** The same EXPLAIN ANALYZE with TIMING OFF: closer to what the statements cost when not instrumented. */
  rawUntimed: PlanTimes | undefined;
};

const log = (message: string) => process.stderr.write(`${message}\n`);

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      iterations: { type: "string", default: "30" },
      warmup: { type: "string", default: "5" },
      "raw-runs": { type: "string", default: "5" },
      only: { type: "string" },
      out: { type: "string" },
      today: { type: "string" },
    },
    strict: true,
  });
  const positive = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new DatabaseConfigError(`--${name} must be a whole number of at least 1, not "${value}".`);
    return n;
  };
  // Fixed once for the whole run, so both databases see the same "overdue" and "stale" even across midnight.
  const today = values.today ?? todayIso();
  if (!isIsoDate(today)) throw new DatabaseConfigError(`--today must be a date written YYYY-MM-DD, not "${today}".`);
  return {
    today,
    iterations: positive("iterations", values.iterations),
    warmup: positive("warmup", values.warmup),
    rawRuns: positive("raw-runs", values["raw-runs"]),
    only: values.only
      ? values.only
          .split(",")
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean)
      : [],
    out: values.out,
  };
}

function benchTargets(env: NodeJS.ProcessEnv): Target[] {
  const targets: Target[] = [];
  const url = env.BENCH_DATABASE_URL?.trim();
  if (url) {
    const display = describePostgresUrl(url);
    targets.push({ label: "PostgreSQL", where: display, open: () => openDatabase({ kind: "postgres", url, display }) });
  }
  const dataDir = path.resolve(env.BENCH_DATA_DIR?.trim() || ".data-bench");
  if (fs.existsSync(pgliteDataPath(dataDir))) {
    targets.push({ label: "PGlite", where: dataDir, open: () => openDatabase({ kind: "pglite", dataDir }) });
  } else if (env.BENCH_DATA_DIR) {
    log(`BENCH_DATA_DIR is set but ${dataDir} holds no database; skipping PGlite.`);
  }
  if (targets.length === 0) {
    throw new DatabaseConfigError(
      "Nothing to benchmark: set BENCH_DATABASE_URL to a PostgreSQL database, or fill the PGlite directory " +
        "BENCH_DATA_DIR (default .data-bench), e.g. DATA_DIR=.data-bench npm run db:synth -- --commitments 100000 --evidence 10. " +
        "DATABASE_URL and DATA_DIR are ignored on purpose.",
    );
  }
  return targets;
}

async function one<T extends Record<string, unknown>>(handle: DatabaseHandle, text: string): Promise<T> {
  const [row] = await handle.query<T>(text);
  if (!row) throw new Error(`No row from: ${text}`);
  return row;
}

async function describeDatabase(handle: DatabaseHandle): Promise<{ lines: string[]; commitments: number }> {
  const { version } = await one<{ version: string }>(handle, "select version() as version");
  const tables = ["commitments", "evidence", "status_changes", "organizations", "regions", "sources"];
  const counts = await Promise.all(
    tables.map(async (t) => Number((await one<{ n: string | number }>(handle, `select count(*) as n from ${t}`)).n)),
  );
  const { size } = await one<{ size: string }>(
    handle,
    "select pg_size_pretty(pg_database_size(current_database())) as size",
  );
  const settings = await handle.query<{ name: string; value: string }>(
    `select name, current_setting(name) as value from pg_settings
      where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit', 'max_parallel_workers_per_gather')
      order by name`,
  );
  const pglite = handle.kind === "pglite" && !version.includes("PGlite") ? ` (PGlite ${pgliteVersion()})` : "";
  return {
    commitments: counts[0] ?? 0,
    lines: [
      `- Server: ${version}${pglite}`,
      `- Settings: ${settings.map((s) => `${s.name}=${s.value}`).join(", ")}`,
      `- Data: ${tables.map((t, i) => `${count(counts[i] ?? 0)} ${t}`).join(", ")}; database size ${size}`,
    ],
  };
}

async function measure(measurement: Measurement, ctx: BenchContext, options: Options): Promise<Result> {
  const iterations = measurement.iterations ?? options.iterations;
  const { samples, last } = await timeIterations(
    () => measurement.run(ctx),
    options.warmup,
    iterations,
    measurement.settle,
  );
  const statements = measurement.statements ? await measurement.statements(ctx) : undefined;
  const raw = statements ? await rawSqlTimes(ctx.handle, statements, options.rawRuns) : undefined;
  const rawUntimed = statements ? await rawSqlTimes(ctx.handle, statements, options.rawRuns, false) : undefined;
  return {
    measurement,
    description: measurement.describe(ctx),
    result: last,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    raw,
    rawUntimed,
  };
}

const COLUMNS: Column[] = [
  { label: "view" },
  { label: "result", numeric: true },
  { label: "server p50 ms", numeric: true },
  { label: "server p95 ms", numeric: true },
  { label: "raw SQL ms", numeric: true },
  { label: "raw, TIMING OFF", numeric: true },
  { label: "planning ms", numeric: true },
  { label: "p50 / (raw + planning)", numeric: true },
  { label: `p95 ≤ ${TARGET_P95_MS} ms and ≤ ${TARGET_RATIO}× SQL` },
];

// The SQL side of the ratio is what the database spends on the statements: planning plus execution
// (EXPLAIN's "Execution Time" leaves planning out, but every call pays it). Medians are compared with
// medians; the p95 column shows the spread on this shared machine.
function resultRow(r: Result, kind: DatabaseHandle["kind"]): string[] {
  const ratio = r.raw ? r.p50 / (r.raw.execution + r.raw.planning) : Number.NaN;
  // List pages: p95 and ratio; statistics: p95 only; exports have no target.
  const isStats = r.measurement.unit === "commitments in scope";
  const target = r.measurement.targetP95Ms;
  const own = typeof target === "function" ? target(kind) : target;
  const meets = own
    ? r.p95 <= own
      ? `yes (≤ ${own} ms)`
      : `**no** (> ${own} ms)`
    : isStats
      ? r.p95 <= TARGET_STATS_P95_MS
        ? "yes (≤ 150 ms)"
        : "**no** (> 150 ms)"
      : !r.raw
        ? "–"
        : r.p95 <= TARGET_P95_MS && ratio <= TARGET_RATIO
          ? "yes"
          : "**no**";
  const perSecond =
    r.measurement.unit === "rows exported" && typeof r.result === "number"
      ? ` (${count(Math.round(r.result / (r.p50 / 1000)))}/s)`
      : "";
  return [
    r.measurement.name,
    typeof r.result === "number"
      ? `${count(r.result)}${r.measurement.unit ? ` ${r.measurement.unit}` : ""}${perSecond}`
      : "",
    ms(r.p50),
    ms(r.p95),
    r.raw ? `${ms(r.raw.execution)}${r.raw.jit ? " (JIT)" : ""}` : "–",
    r.rawUntimed ? ms(r.rawUntimed.execution) : "–",
    r.raw ? ms(r.raw.planning) : "–",
    Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : "–",
    meets,
  ];
}

async function benchTarget(target: Target, options: Options, selected: Measurement[]): Promise<string> {
  log(`${target.label}: opening ${target.where}`);
  const handle = await target.open();
  try {
    // Data made before the latest migrations are measured with the schema the app would run on them.
    await handle.migrate();
    const about = await describeDatabase(handle);
    if (about.commitments === 0)
      return `## ${target.label}\n\n${target.where} holds no commitments; fill it with npm run db:synth first.\n`;
    const picks = await pickFromData(handle);
    const ctx: BenchContext = { handle, today: options.today, picks };
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ");
    const results: Result[] = [];
    for (const measurement of selected) {
      log(`${target.label}: ${measurement.name}`);
      results.push(await measure(measurement, ctx, options));
    }
    return [
      `## ${target.label}`,
      "",
      ...about.lines,
      `- Load average (1, 5, 15 min) before the measurements: ${load}`,
      `- Picked from the data: company "${picks.company.name}" (${count(picks.company.commitments)} commitments with its subsidiaries), ` +
        `province "${picks.province.name}" (${count(picks.province.commitments)} commitments with its cities and zones); today = ${ctx.today}`,
      `- ${options.warmup} warm-up and ${options.iterations} timed calls per view; raw SQL = median of ${options.rawRuns} EXPLAIN ANALYZE runs, ` +
        'sum of the page and count statements\' Execution Time; the ratio compares the server p50 with that plus their planning time (name resolution included where the view filters by company or region); "raw, TIMING OFF" = the same without per-node timing',
      "",
      markdownTable(
        COLUMNS,
        results.map((r) => resultRow(r, ctx.handle.kind)),
      ),
      "",
      ...results.map((r) => `- ${r.measurement.name}: \`${r.description}\``),
      "",
    ].join("\n");
  } finally {
    await handle.close();
  }
}

runScript(async () => {
  const options = parseOptions(process.argv.slice(2));
  const targets = benchTargets(process.env);
  const selected = options.only.length
    ? measurements.filter((m) => options.only.some((o) => m.name.toLowerCase().includes(o)))
    : measurements;
  if (selected.length === 0)
    throw new DatabaseConfigError(
      `--only matched no measurement; there are: ${measurements.map((m) => m.name).join(", ")}`,
    );

  const machine = machineInfo();
  const sections = [
    "# Benchmark: commitments list views",
    "",
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, ${machine.os}, Node ${machine.node}`,
    "",
  ];
  for (const target of targets) sections.push(await benchTarget(target, options, selected));
  const report = sections.join("\n");
  console.log(report);
  if (options.out) fs.writeFileSync(options.out, `${report}\n`);
});
