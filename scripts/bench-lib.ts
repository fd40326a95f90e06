// Timing, EXPLAIN and reporting helpers for scripts/bench.ts.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { DatabaseHandle } from "../db/client";

export type Statement = { sql: string; params: unknown[] };

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/**
 * Runs `work` `warmup` times untimed, then `iterations` times timed; returns the sorted durations in ms.
 * `settle`, when given, runs after each call, untimed: whatever the call left running ends before the next.
 */
export async function timeIterations<T>(
  work: () => Promise<T>,
  warmup: number,
  iterations: number,
  settle: () => Promise<void> = async () => {},
): Promise<{ samples: number[]; last: T }> {
  let last = await work();
  await settle();
  for (let i = 1; i < warmup; i++) {
    last = await work();
    await settle();
  }
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    last = await work();
    samples.push(performance.now() - started);
    await settle();
  }
  return { samples: samples.sort((a, b) => a - b), last };
}

export type PlanTimes = { execution: number; planning: number; jit: boolean };

type ExplainJson = [{ "Execution Time": number; "Planning Time": number; JIT?: unknown }];

/**
 * EXPLAIN (ANALYZE, FORMAT JSON) of one statement with its parameters: the server's own timings. With
 * `perNodeTiming` false (TIMING OFF) the clock is not read around every row of every plan node, which
 * otherwise inflates the execution time of plans that touch many rows.
 */
export async function explainTimes(
  handle: DatabaseHandle,
  statement: Statement,
  perNodeTiming = true,
): Promise<PlanTimes> {
  const options = perNodeTiming ? "analyze, format json" : "analyze, timing off, format json";
  const rows = await handle.query<Record<string, unknown>>(`explain (${options}) ${statement.sql}`, statement.params);
  const cell = rows[0] ? Object.values(rows[0])[0] : undefined;
  const plan = (typeof cell === "string" ? JSON.parse(cell) : cell) as ExplainJson | undefined;
  const top = plan?.[0];
  if (!top) throw new Error(`EXPLAIN returned nothing for: ${statement.sql.slice(0, 120)}`);
  return { execution: top["Execution Time"], planning: top["Planning Time"], jit: top.JIT !== undefined };
}

/** Sums the statements' EXPLAIN ANALYZE times, `runs` times, and keeps the median run. */
export async function rawSqlTimes(
  handle: DatabaseHandle,
  statements: Statement[],
  runs: number,
  perNodeTiming = true,
): Promise<PlanTimes> {
  const results: PlanTimes[] = [];
  for (let run = 0; run < runs; run++) {
    const total: PlanTimes = { execution: 0, planning: 0, jit: false };
    for (const statement of statements) {
      const times = await explainTimes(handle, statement, perNodeTiming);
      total.execution += times.execution;
      total.planning += times.planning;
      total.jit ||= times.jit;
    }
    results.push(total);
  }
  results.sort((a, b) => a.execution - b.execution);
  return results[Math.floor((results.length - 1) / 2)]!;
}

export type MachineInfo = { cpu: string; cores: number; ramGb: number; node: string; os: string };

export function machineInfo(): MachineInfo {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = fs
      .readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) cpu = line.split(":").slice(1).join(":").trim();
  } catch {
    // not Linux: keep what os.cpus() says
  }
  return {
    cpu,
    cores: os.cpus().length,
    ramGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

export function pgliteVersion(): string {
  try {
    const file = path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json");
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

export const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : "–";
export const count = (value: number) => value.toLocaleString("en-US");

export type Column = { label: string; numeric?: boolean };

export function markdownTable(columns: Column[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(columns.map((c) => c.label)),
    line(columns.map((c) => (c.numeric ? "---:" : "---"))),
    ...rows.map(line),
  ].join("\n");
}
