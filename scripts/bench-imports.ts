// Imports in `npm run bench`: a CSV of new commitments (the export's own columns) read, checked, planned and
// committed by runImport, inside a transaction that is rolled back so the benchmark data stay as they are.

import { TransactionRollbackError } from "drizzle-orm";
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
export async function importAndRollBack(ctx: BenchContext, bytes: Uint8Array): Promise<number> {
  let created = 0;
  try {
    await ctx.handle.db.transaction(async (tx) => {
      const report = await runImport(
        tx,
        { name: "bench.csv", bytes },
        { mapping: importMappingSchema.parse({}), dryRun: false },
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
