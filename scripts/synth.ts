// Synthetic data for load tests and benchmarks: organizations, a region tree, sources, commitments with
// their status history, and evidence, written into the configured database (DATABASE_URL, else PGlite
// in DATA_DIR). Usage: npm run db:synth -- --commitments 100000 --evidence 10 [--seed 1] [--append]

import { type SQL, sql } from "drizzle-orm";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { type DatabaseHandle, openDatabase } from "../db/client";
import { DatabaseConfigError, readDatabaseConfig } from "../db/config";
import { queryRows } from "../db/sql";
import { todayIso } from "../lib/dates";
import {
  CommitmentFacts,
  CommitmentGenerator,
  type EvidenceRow,
  EvidenceGenerator,
  type GeneratorOptions,
  type WorldIds,
} from "./synth-commitments";
import {
  COMMITMENT_COLUMNS,
  DISABLE_SUMMARY_TRIGGER,
  ENABLE_SUMMARY_TRIGGER,
  EVIDENCE_COLUMNS,
  STATUS_CHANGE_COLUMNS,
  insertNamedTree,
  insertRows,
  insertSources,
  refreshEvidenceSummary,
  reserveIds,
  runPipelined,
} from "./synth-load";
import { dayOf, isoOf } from "./synth-random";
import { type World, buildWorld } from "./synth-world";
import { runScript } from "./run-script";

const USAGE = `Usage: npm run db:synth -- [options]

Fills the configured database (DATABASE_URL, else the embedded database in DATA_DIR) with synthetic data.

  --commitments N   commitments to generate (default 10000)
  --evidence N      average evidence items per commitment, skewed (default 10)
  --seed S          random seed; the same seed and --today give the same data (default 1)
  --today DATE      the date taken as today, YYYY-MM-DD (default: today, UTC)
  --append          add to a database that already holds commitments
  --help            show this text`;

const COMMITMENT_BATCH = 2_000;
const EVIDENCE_BATCH = 5_000;
const COMMITMENTS_PER_TRANSACTION = 20_000;
const EVIDENCE_COMMITMENTS_PER_TRANSACTION = 10_000;
const FIRST_DAY = dayOf("2015-01-01");

type Options = { commitments: number; evidence: number; seed: number; today: string; append: boolean };

/** A problem the operator must fix; runScript prints its message alone and exits with 1. */
class UsageError extends DatabaseConfigError {}

class Interrupted extends UsageError {
  constructor() {
    super("Interrupted: the current transaction was rolled back; rows committed before it stay.");
  }
}

let interrupted = false;

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || isoOf(dayOf(today)) !== today || dayOf(today) < FIRST_DAY) {
    throw new UsageError(`--today must be a date from 2015-01-01 on, written YYYY-MM-DD, not "${today}".`);
  }
  return {
    commitments: whole("commitments", values.commitments, 10_000, 1),
    evidence: whole("evidence", values.evidence, 10, 0),
    seed: whole("seed", values.seed, 1, 0),
    today,
    append: values.append,
  };
}

const fmt = (n: number) => n.toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Prints "label  done / total" at every tenth of the way, with the rate so far. */
class Progress {
  private readonly started = performance.now();
  private nextReport: number;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {
    this.nextReport = total / 10;
  }

  update(done: number): void {
    if (done < this.nextReport && done < this.total) return;
    while (this.nextReport <= done) this.nextReport += this.total / 10;
    const elapsed = performance.now() - this.started;
    const rate = done / Math.max(elapsed / 1000, 0.001);
    console.log(
      `  ${this.label}: ${fmt(done)} / ${fmt(this.total)}  (${fmt(Math.round(rate))}/s, ${seconds(elapsed)})`,
    );
  }
}

async function countRows(handle: DatabaseHandle, table: string): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(handle.db, sql`select count(*) as n from ${sql.raw(table)}`);
  return Number(row?.n ?? 0);
}

async function writeWorld(handle: DatabaseHandle, world: World): Promise<WorldIds> {
  return handle.db.transaction(async (tx) => {
    const regionIds = await insertNamedTree(
      tx,
      "regions",
      world.regions.map((r) => ({
        slug: r.slug,
        name: r.name,
        kind: r.kind,
        parent_slug: r.parent === null ? null : world.regions[r.parent]!.slug,
        aliases: r.aliases,
      })),
    );
    const orgIds = await insertNamedTree(
      tx,
      "organizations",
      world.orgs.map((o) => ({
        slug: o.slug,
        name: o.name,
        kind: o.kind,
        country: o.country,
        parent_slug: o.parent === null ? null : world.orgs[o.parent]!.slug,
        aliases: o.aliases,
      })),
    );
    const sourceIds = await insertSources(
      tx,
      world.sources.map((s) => ({
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        published_on: isoOf(s.publishedDay),
        event_on: s.eventDay === null ? null : isoOf(s.eventDay),
        language: s.language,
      })),
    );
    const idOf = (map: Map<string, number>, key: string) => {
      const id = map.get(key);
      if (id === undefined) throw new Error(`No id was stored for "${key}"`);
      return id;
    };
    return {
      regions: world.regions.map((r) => idOf(regionIds, r.slug)),
      orgs: world.orgs.map((o) => idOf(orgIds, o.slug)),
      sources: world.sources.map((s) => idOf(sourceIds, s.url)),
    };
  });
}

function* commitmentBatches(
  generator: CommitmentGenerator,
  from: number,
  to: number,
  progress: Progress,
): Generator<SQL[]> {
  for (let start = from; start < to; start += COMMITMENT_BATCH) {
    if (interrupted) throw new Interrupted();
    const end = Math.min(to, start + COMMITMENT_BATCH);
    const rows = [];
    const changes = [];
    for (let i = start; i < end; i++) {
      const drawn = generator.next(i);
      rows.push(drawn.row);
      changes.push(...drawn.changes);
    }
    yield [
      insertRows("commitments", COMMITMENT_COLUMNS, rows, { overridingIds: true }),
      insertRows("status_changes", STATUS_CHANGE_COLUMNS, changes),
    ];
    progress.update(end);
  }
}

function* evidenceBatches(
  generator: EvidenceGenerator,
  from: number,
  to: number,
  onRows: (n: number) => void,
): Generator<SQL[]> {
  let rows: EvidenceRow[] = [];
  for (let i = from; i < to; i++) {
    if (interrupted) throw new Interrupted();
    generator.rowsFor(i, rows);
    if (rows.length >= EVIDENCE_BATCH || (i === to - 1 && rows.length > 0)) {
      yield [insertRows("evidence", EVIDENCE_COLUMNS, rows)];
      onRows(rows.length);
      rows = [];
    }
  }
}

async function writeCommitments(handle: DatabaseHandle, generator: CommitmentGenerator, total: number): Promise<void> {
  const progress = new Progress("commitments", total);
  for (let from = 0; from < total; from += COMMITMENTS_PER_TRANSACTION) {
    const to = Math.min(total, from + COMMITMENTS_PER_TRANSACTION);
    await handle.db.transaction((tx) => runPipelined(tx, commitmentBatches(generator, from, to, progress)));
  }
}

async function writeEvidence(
  handle: DatabaseHandle,
  generator: EvidenceGenerator,
  facts: CommitmentFacts,
): Promise<number> {
  const expected = facts.evidenceCount.reduce((a, b) => a + b, 0);
  const progress = new Progress("evidence", expected);
  let written = 0;
  const onRows = (n: number) => progress.update((written += n));
  await handle.exec(DISABLE_SUMMARY_TRIGGER);
  try {
    for (let from = 0; from < facts.count; from += EVIDENCE_COMMITMENTS_PER_TRANSACTION) {
      const to = Math.min(facts.count, from + EVIDENCE_COMMITMENTS_PER_TRANSACTION);
      await handle.db.transaction((tx) => runPipelined(tx, evidenceBatches(generator, from, to, onRows)));
    }
  } finally {
    // Also after a failure or Ctrl-C: the chunks committed so far get their summaries, and the
    // trigger is back on for everyone else.
    try {
      await timed("  updated the evidence summaries of commitments", () => refreshEvidenceSummary(handle));
    } finally {
      await handle.exec(ENABLE_SUMMARY_TRIGGER);
    }
  }
  return written;
}

/**
 * A run that was killed outright (kill -9, or tsx force-killing a busy process after Ctrl-C) leaves the
 * trigger off and some summaries stale; the next run puts both right before doing anything else.
 */
async function repairEvidenceSummary(handle: DatabaseHandle): Promise<void> {
  const [trigger] = await handle.query<{ enabled: string }>(
    "select tgenabled as enabled from pg_trigger where tgname = 'evidence_summary' and tgrelid = 'evidence'::regclass",
  );
  if (trigger?.enabled !== "D") return;
  console.log(
    "The evidence_summary trigger was left disabled by an interrupted run; refreshing the summaries and enabling it again.",
  );
  await refreshEvidenceSummary(handle);
  await handle.exec(ENABLE_SUMMARY_TRIGGER);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label} (${seconds(performance.now() - started)})`);
  return result;
}

async function generate(handle: DatabaseHandle, options: Options): Promise<void> {
  const today = dayOf(options.today);
  const world = buildWorld({
    seed: options.seed,
    parentCompanies: Math.min(1_000, Math.max(40, Math.round(options.commitments / 100))),
    sources: Math.min(5_000, Math.max(20, Math.round(options.commitments / 20))),
    firstDay: FIRST_DAY,
    today,
  });
  const ids = await timed(
    `Wrote ${fmt(world.regions.length)} regions, ${fmt(world.orgs.length)} organizations and ${fmt(world.sources.length)} sources`,
    () => writeWorld(handle, world),
  );

  const firstId = await reserveIds(handle.db, "commitments", options.commitments);
  const generatorOptions: GeneratorOptions = {
    seed: options.seed,
    today,
    firstDay: FIRST_DAY,
    evidencePerCommitment: options.evidence,
    firstId,
  };
  const facts = new CommitmentFacts(options.commitments);
  const commitments = new CommitmentGenerator(world, ids, generatorOptions, facts);
  await timed(`Wrote ${fmt(options.commitments)} commitments with their status history`, () =>
    writeCommitments(handle, commitments, options.commitments),
  );

  const evidence = new EvidenceGenerator(world, generatorOptions, facts);
  const written = await timed("Wrote evidence", () => writeEvidence(handle, evidence, facts));
  console.log(
    `  ${fmt(written)} evidence items (${(written / options.commitments).toFixed(1)} per commitment on average)`,
  );

  // The summary update leaves a dead version of every commitment; vacuum so the planner and index-only
  // scans see a clean table, as they would after autovacuum in a long-running database.
  await timed("Vacuumed and analyzed", () => handle.exec("vacuum analyze"));
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
  process.once("SIGINT", () => {
    interrupted = true;
    console.error("Stopping after the current batch…");
  });
  try {
    await handle.migrate();
    await repairEvidenceSummary(handle);
    const existing = await countRows(handle, "commitments");
    if (existing > 0 && !options.append) {
      throw new UsageError(
        `The database already holds ${fmt(existing)} commitments. Synthetic data is written only into a database without ` +
          "commitments; pass --append to add to them anyway, or point DATABASE_URL / DATA_DIR at an empty database.",
      );
    }
    const target = config.kind === "postgres" ? config.display : `the embedded database in ${config.dataDir}`;
    console.log(
      `Generating ${fmt(options.commitments)} commitments (≈${options.evidence} evidence each, seed ${options.seed}, today ${options.today}) into ${target}`,
    );
    await generate(handle, options);
    const counts = await Promise.all(
      ["commitments", "evidence", "status_changes", "organizations", "regions", "sources"].map((t) =>
        countRows(handle, t).then((n) => `${fmt(n)} ${t}`),
      ),
    );
    console.log(`The database now holds ${counts.join(", ")}.`);
    console.log(`Done in ${seconds(performance.now() - started)}.`);
  } finally {
    await handle.close();
  }
});
