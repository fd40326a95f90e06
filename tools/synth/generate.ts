// Writes one synthetic data set: the world (regions, organizations, sources), then commitments with their
// status history, then evidence. The command line (main.ts) and the determinism test both call this.

import type { SQL } from "drizzle-orm";
import { performance } from "node:perf_hooks";
import type { DatabaseHandle } from "../../db/client";
import { CommitmentFacts, CommitmentGenerator, type GeneratorOptions, type WorldIds } from "./commitments";
import { type EvidenceRow, EvidenceGenerator } from "./evidence";
import { dayOf, isoOf } from "./random";
import { type World, buildWorld } from "./world";
import { withCountsDeferred } from "./deferred-counts";
import { withIndexesDeferred } from "./deferred-indexes";
import {
  disableSummaryTrigger,
  enableSummaryTrigger,
  insertNamedTree,
  insertRows,
  insertSources,
  refreshEvidenceSummary,
  reserveIds,
  runPipelined,
} from "./write";
import { commitments, evidence, organizations, regions, statusChanges } from "../../db/schema";

export const FIRST_DAY = "2015-01-01";

const COMMITMENT_BATCH = 2_000;
const EVIDENCE_BATCH = 5_000;
const COMMITMENTS_PER_TRANSACTION = 20_000;
const EVIDENCE_COMMITMENTS_PER_TRANSACTION = 10_000;

export type SynthOptions = {
  commitments: number;
  /** Average evidence items per commitment (skewed). */
  evidence: number;
  seed: number;
  /** The day taken as today, YYYY-MM-DD: nothing is dated after it. */
  today: string;
  /** Where progress lines go; nowhere by default. */
  log?: (line: string) => void;
  /** Checked between batches: an abort rolls back the current transaction and throws the abort's reason. */
  signal?: AbortSignal;
  /**
   * Write without upkeep and catch up once at the end: the secondary indexes of commitments and evidence are
   * dropped and built afterwards, and the count tables are counted afresh instead of kept by triggers. Much
   * faster, but only for a database nobody else uses meanwhile (a fresh benchmark data set).
   */
  bulkLoad?: boolean;
};

export const formatCount = (n: number) => n.toLocaleString("en-US");
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Reports "label  done / total" at every tenth of the way, with the rate so far. */
class Progress {
  private readonly started = performance.now();
  private nextReport: number;

  constructor(
    private readonly log: (line: string) => void,
    private readonly label: string,
    private readonly total: number,
  ) {
    this.nextReport = total / 10;
  }

  update(done: number): void {
    if (done < this.nextReport && done < this.total) return;
    while (this.nextReport <= done) this.nextReport += this.total / 10;
    const elapsed = performance.now() - this.started;
    const rate = Math.round(done / Math.max(elapsed / 1000, 0.001));
    this.log(
      `  ${this.label}: ${formatCount(done)} / ${formatCount(this.total)}  (${formatCount(rate)}/s, ${formatSeconds(elapsed)})`,
    );
  }
}

async function timed<T>(log: (line: string) => void, label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  log(`${label} (${formatSeconds(performance.now() - started)})`);
  return result;
}

async function writeWorld(handle: DatabaseHandle, world: World): Promise<WorldIds> {
  return handle.db.transaction(async (tx) => {
    const parentSlug = (nodes: { slug: string }[], parent: number | null) =>
      parent === null ? null : nodes[parent]!.slug;
    const regionIds = await insertNamedTree(
      tx,
      regions,
      world.regions.map((r) => ({ ...r, parentSlug: parentSlug(world.regions, r.parent), country: null })),
    );
    const orgIds = await insertNamedTree(
      tx,
      organizations,
      world.orgs.map((o) => ({ ...o, parentSlug: parentSlug(world.orgs, o.parent) })),
    );
    const sourceIds = await insertSources(
      tx,
      world.sources.map((s) => ({
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        publishedOn: isoOf(s.publishedDay),
        eventOn: s.eventDay === null ? null : isoOf(s.eventDay),
        language: s.language,
      })),
    );
    const idOf = (ids: Map<string, number>, key: string) => {
      const id = ids.get(key);
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
  range: { from: number; to: number },
  progress: Progress,
  signal: AbortSignal | undefined,
): Generator<SQL[]> {
  for (let start = range.from; start < range.to; start += COMMITMENT_BATCH) {
    signal?.throwIfAborted();
    const end = Math.min(range.to, start + COMMITMENT_BATCH);
    const rows = [];
    const changes = [];
    for (let i = start; i < end; i++) {
      const drawn = generator.next(i);
      rows.push(drawn.row);
      changes.push(...drawn.changes);
    }
    yield [insertRows(commitments, rows, { overridingIds: true }), insertRows(statusChanges, changes)];
    progress.update(end);
  }
}

function* evidenceBatches(
  generator: EvidenceGenerator,
  range: { from: number; to: number },
  onRows: (n: number) => void,
  signal: AbortSignal | undefined,
): Generator<SQL[]> {
  let rows: EvidenceRow[] = [];
  for (let i = range.from; i < range.to; i++) {
    signal?.throwIfAborted();
    generator.rowsFor(i, rows);
    if (rows.length >= EVIDENCE_BATCH || (i === range.to - 1 && rows.length > 0)) {
      yield [insertRows(evidence, rows)];
      onRows(rows.length);
      rows = [];
    }
  }
}

/** Ranges [from, to) of at most `size` covering [0, total). */
function* chunks(total: number, size: number): Generator<{ from: number; to: number }> {
  for (let from = 0; from < total; from += size) yield { from, to: Math.min(total, from + size) };
}

async function writeEvidence(
  handle: DatabaseHandle,
  generator: EvidenceGenerator,
  facts: CommitmentFacts,
  options: SynthOptions,
): Promise<number> {
  const log = options.log ?? (() => {});
  const progress = new Progress(
    log,
    "evidence",
    facts.evidenceCount.reduce((a, b) => a + b, 0),
  );
  let written = 0;
  const onRows = (n: number) => progress.update((written += n));
  await disableSummaryTrigger(handle);
  try {
    for (const range of chunks(facts.count, EVIDENCE_COMMITMENTS_PER_TRANSACTION)) {
      await handle.db.transaction((tx) => runPipelined(tx, evidenceBatches(generator, range, onRows, options.signal)));
    }
  } finally {
    // Also after a failure or Ctrl-C: the chunks committed so far get their summaries, and the
    // trigger is back on for everyone else.
    try {
      await timed(log, "  updated the evidence summaries of commitments", () => refreshEvidenceSummary(handle));
    } finally {
      await enableSummaryTrigger(handle);
    }
  }
  return written;
}

async function writeCommitmentsAndEvidence(
  handle: DatabaseHandle,
  world: World,
  ids: WorldIds,
  options: SynthOptions,
): Promise<void> {
  const log = options.log ?? (() => {});
  const today = dayOf(options.today);
  const firstDay = dayOf(FIRST_DAY);
  const generatorOptions: GeneratorOptions = {
    seed: options.seed,
    today,
    firstDay,
    evidencePerCommitment: options.evidence,
    firstId: await reserveIds(handle.db, "commitments", options.commitments),
  };
  const facts = new CommitmentFacts(options.commitments);
  const generator = new CommitmentGenerator(world, ids, generatorOptions, facts);
  const progress = new Progress(log, "commitments", options.commitments);
  await timed(log, `Wrote ${formatCount(options.commitments)} commitments with their status history`, async () => {
    for (const range of chunks(options.commitments, COMMITMENTS_PER_TRANSACTION)) {
      await handle.db.transaction((tx) =>
        runPipelined(tx, commitmentBatches(generator, range, progress, options.signal)),
      );
    }
  });

  const evidenceGenerator = new EvidenceGenerator(world, generatorOptions, facts);
  const written = await timed(log, "Wrote evidence", () => writeEvidence(handle, evidenceGenerator, facts, options));
  log(
    `  ${formatCount(written)} evidence items (${(written / options.commitments).toFixed(1)} per commitment on average)`,
  );
}

/** Generates and writes the data set that `options` (above all its seed and today) determine. */
export async function generateSynthData(handle: DatabaseHandle, options: SynthOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const today = dayOf(options.today);
  const firstDay = dayOf(FIRST_DAY);
  const world = buildWorld({
    seed: options.seed,
    parentCompanies: Math.min(1_000, Math.max(40, Math.round(options.commitments / 100))),
    sources: Math.min(5_000, Math.max(20, Math.round(options.commitments / 20))),
    firstDay,
    today,
  });
  const ids = await timed(
    log,
    `Wrote ${formatCount(world.regions.length)} regions, ${formatCount(world.orgs.length)} organizations and ${formatCount(world.sources.length)} sources`,
    () => writeWorld(handle, world),
  );

  const write = () => writeCommitmentsAndEvidence(handle, world, ids, options);
  if (options.bulkLoad) {
    await withIndexesDeferred(handle, ["commitments", "evidence"], () => withCountsDeferred(handle, write, log), log);
  } else {
    await write();
  }

  // The summary update leaves a dead version of every commitment; vacuum so the planner and index-only
  // scans see a clean table, as they would after autovacuum in a long-running database.
  await timed(log, "Vacuumed and analyzed", () => handle.exec("vacuum analyze"));
}
