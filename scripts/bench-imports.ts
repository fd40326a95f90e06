// Imports in `npm run bench`: a CSV of new commitments (the export's own columns) read, checked, planned and
// committed by runImport, inside a transaction that is rolled back so the benchmark data stay as they are.

import { TransactionRollbackError } from "drizzle-orm";
import v8 from "node:v8";
import vm from "node:vm";
import { SYSTEM_ACTOR } from "../lib/audit/record";
import { runImport } from "../lib/imports/run";
import { importMappingSchema } from "../lib/imports/schemas";
import type { BenchContext, Measurement } from "./bench-measurements";

const HEADER = "external_id,title,maker,kind,region,announced_on,target_on,amount,currency,status,jobs,sector";
const STATUSES = ["announced", "in_progress", "achieved", "stalled"];

/** `rows` commitments of known makers and regions, each with its own external id. */
export function importCsv(rows: number, makers: string[], regions: string[], today: string): Uint8Array {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(
      [
        `bench-${Date.now()}-${i}`,
        `Imported commitment ${i}: expand production and local sourcing`,
        makers[i % makers.length],
        i % 5 === 0 ? "intent" : "pledge",
        regions[i % regions.length],
        `${today.slice(0, 4) > "2024" ? "2024" : "2023"}-0${(i % 9) + 1}-${day}`,
        i % 3 === 0 ? "2030-12-31" : "",
        i % 4 === 0 ? String(1_000_000 + i) : "",
        i % 4 === 0 ? "EUR" : "",
        STATUSES[i % STATUSES.length],
        i % 7 === 0 ? String(100 + (i % 900)) : "",
        "automotive",
      ].join(","),
    );
  }
  return new TextEncoder().encode(lines.join("\r\n"));
}

class Rollback extends Error {}

/** Imports `rows` rows and rolls back: the answer is how many it committed. */
export async function importAndRollBack(
  ctx: BenchContext,
  bytes: Uint8Array,
  afterEachBatch?: () => void,
): Promise<number> {
  let created = 0;
  try {
    await ctx.handle.db.transaction(async (tx) => {
      const report = await runImport(
        tx,
        { name: "bench.csv", bytes },
        { mapping: importMappingSchema.parse({}), dryRun: false, onProgress: afterEachBatch },
        SYSTEM_ACTOR,
        ctx.today,
      );
      created = report.counts.create;
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback) && !(error instanceof TransactionRollbackError)) throw error;
  }
  return created;
}

// A collector the benchmark can call without starting node with --expose-gc.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

/**
 * Runs `work` while measuring the JavaScript heap that stays alive: after each batch (and every 250 ms,
 * when the embedded database leaves timers a turn) the garbage is collected and what is left is sampled.
 * Answers the peak above the start, in MB. (The resident size says little here: V8 grows its heap ahead
 * of need and never gives it back within a run.)
 */
async function peakLiveHeapGrowthMb(work: (sample: () => void) => Promise<unknown>): Promise<number> {
  collectGarbage();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const sample = () => {
    collectGarbage();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 250);
  try {
    await work(sample);
  } finally {
    clearInterval(timer);
  }
  return Math.round((peak - start) / 1024 / 1024);
}

/**
 * The memory an import takes as its file grows: flat in the rows (read and written a batch at a time),
 * but for the external ids already seen (to find one twice in the file). The file's bytes are held once
 * (outside the heap, and not counted).
 */
export function importMemoryMeasurements(sizes = [10_000, 100_000]): Measurement[] {
  return sizes.map((rows) => ({
    name: `import memory: ${rows.toLocaleString("en")} CSV rows`,
    unit: "MB live heap growth",
    iterations: 1,
    describe: (ctx) => {
      const fileMb = importCsv(rows, [ctx.picks.company.slug], [ctx.picks.province.slug], ctx.today).byteLength / 1e6;
      return `the JavaScript heap alive at the peak of one import of ${rows.toLocaleString("en")} rows (as above; garbage collected every 250 ms, so the time is not comparable), above what it was before; the file is ${fileMb.toFixed(1)} MB`;
    },
    run: async (ctx) => {
      const bytes = importCsv(rows, [ctx.picks.company.slug], [ctx.picks.province.slug], ctx.today);
      return peakLiveHeapGrowthMb((sample) => importAndRollBack(ctx, bytes, sample));
    },
  }));
}

export function importMeasurements(rows = 100_000): Measurement[] {
  let bytes: Uint8Array | null = null;
  return [
    {
      name: `import: ${rows.toLocaleString("en")} CSV rows committed`,
      unit: "rows",
      iterations: 3,
      describe: () =>
        `runImport on a ${rows.toLocaleString("en")}-row CSV of new commitments (known makers and regions): read, checked, planned and written batch by batch in one transaction (rolled back after)`,
      run: async (ctx) => {
        bytes ??= importCsv(rows, [ctx.picks.company.slug], [ctx.picks.province.slug], ctx.today);
        return importAndRollBack(ctx, bytes);
      },
    },
  ];
}
