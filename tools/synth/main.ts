// Synthetic data for load tests and benchmarks: organizations, a region tree, sources, commitments with
// their status history, and evidence, written into the configured database (DATABASE_URL, else PGlite
// in DATA_DIR). Usage: npm run db:synth -- --commitments 100000 --evidence 10 [--seed 1] [--append]

import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { type DatabaseHandle, openDatabase } from "../../db/client";
import { DatabaseConfigError, readDatabaseConfig } from "../../db/config";
import { todayIso } from "../../lib/dates";
import { runScript } from "../../scripts/run-script";
import { FIRST_DAY, type SynthOptions, formatCount, formatSeconds, generateSynthData } from "./generate";
import { dayOf, isoOf } from "./random";
import { repairDeferredCounts } from "./deferred-counts";
import { repairDeferredIndexes } from "./deferred-indexes";
import { repairEvidenceSummary } from "./write";

const USAGE = `Usage: npm run db:synth -- [options]

Fills the configured database (DATABASE_URL, else the embedded database in DATA_DIR) with synthetic data.

  --commitments N   commitments to generate (default 10000)
  --evidence N      average evidence items per commitment, skewed (default 10)
  --seed S          random seed; the same seed and --today give the same data (default 1)
  --today DATE      the date taken as today, YYYY-MM-DD (default: today, UTC)
  --append          add to a database that already holds commitments
  --help            show this text`;

type Options = SynthOptions & { append: boolean };

/** A problem the operator must fix; runScript prints its message alone and exits with 1. */
class UsageError extends DatabaseConfigError {}

function parseOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      commitments: { type: "string" },
      evidence: { type: "string" },
      seed: { type: "string" },
      today: { type: "string" },
      append: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) return undefined;
  const whole = (name: string, value: string | undefined, fallback: number, min: number) => {
    if (value === undefined) return fallback;
    const n = Number(value.replace(/_/g, ""));
    if (!Number.isInteger(n) || n < min)
      throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}".\n\n${USAGE}`);
    return n;
  };
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || isoOf(dayOf(today)) !== today || today < FIRST_DAY) {
    throw new UsageError(`--today must be a date from ${FIRST_DAY} on, written YYYY-MM-DD, not "${today}".`);
  }
  return {
    commitments: whole("commitments", values.commitments, 10_000, 1),
    evidence: whole("evidence", values.evidence, 10, 0),
    seed: whole("seed", values.seed, 1, 0),
    today,
    append: values.append,
  };
}

async function countRows(handle: DatabaseHandle, table: string): Promise<number> {
  const [row] = await handle.query<{ n: string | number }>(`select count(*) as n from ${table}`);
  return Number(row?.n ?? 0);
}

runScript(async () => {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const config = readDatabaseConfig();
  const handle = await openDatabase(config);
  const interrupt = new AbortController();
  process.once("SIGINT", () => {
    interrupt.abort(
      new UsageError("Interrupted: the current transaction was rolled back; rows committed before it stay."),
    );
    console.error("Stopping after the current batch…");
  });
  try {
    await handle.migrate();
    await repairEvidenceSummary(handle, console.log);
    await repairDeferredIndexes(handle, console.log);
    await repairDeferredCounts(handle, console.log);
    const existing = await countRows(handle, "commitments");
    if (existing > 0 && !options.append) {
      throw new UsageError(
        `The database already holds ${formatCount(existing)} commitments. Synthetic data is written only into a database without ` +
          "commitments; pass --append to add to them anyway, or point DATABASE_URL / DATA_DIR at an empty database.",
      );
    }
    const target = config.kind === "postgres" ? config.display : `the embedded database in ${config.dataDir}`;
    console.log(
      `Generating ${formatCount(options.commitments)} commitments (≈${options.evidence} evidence each, seed ${options.seed}, today ${options.today}) into ${target}`,
    );
    // Into an empty database indexes and counts catch up once at the end; appending keeps them up to date.
    await generateSynthData(handle, {
      ...options,
      log: console.log,
      signal: interrupt.signal,
      bulkLoad: existing === 0,
    });
    const tables = ["commitments", "evidence", "status_changes", "organizations", "regions", "sources"];
    const counts = await Promise.all(tables.map(async (t) => `${formatCount(await countRows(handle, t))} ${t}`));
    console.log(`The database now holds ${counts.join(", ")}.`);
    console.log(`Done in ${formatSeconds(performance.now() - started)}.`);
  } finally {
    await handle.close();
  }
});
