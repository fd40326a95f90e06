import type { Candidate, Reference } from "../../lib/intake/types";
import type { Label, Statement } from "./corpus";

// How well the extractor finds a statement's commitments: a candidate counts as found when it covers at
// least half of a labelled quote, or the label at least half of it (a label may quote two sentences, or a
// clause of one). Precision: the share of candidates that find a label. Recall: the share of labels
// found. For each label found, the best-overlapping candidate is checked for kind, maker and region.
// A sentence labelled once per maker (two makers sharing one verb) may be found once per maker: candidates
// of the same span are paired with those labels one to one (the one with the labelled maker first), and
// copies beyond the labels they cover count as spurious.

export type FieldCheck = {
  kind: boolean;
  maker: boolean;
  region: boolean;
  amount: boolean;
  jobs: boolean;
  targetOn: boolean;
};

export type StatementScore = {
  id: string;
  candidates: number;
  candidatesOnLabels: number;
  labels: number;
  labelsFound: number;
  allRight: number;
  fields: Record<keyof FieldCheck, number>;
  /** Labels no candidate found. */
  missed: Label[];
  /** Candidates that are on no label. */
  spurious: Candidate[];
  /** Labels found with a wrong kind, maker or region. */
  wrong: { label: Label; candidate: Candidate; check: FieldCheck }[];
};

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function covers(candidate: Candidate, label: Label): boolean {
  const shared = overlap(candidate, label);
  return shared >= 0.5 * Math.min(candidate.end - candidate.start, label.end - label.start);
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b(inc|ltd|limited|co|corp|corporation|company|companies|group|llc|plc|ag|se)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Whether a candidate's organization or region is the labelled one: the known one, or the same name as written. */
function sameName(
  known: { name: string } | null,
  text: string | null,
  label: string | null,
  knownNames: Map<string, string>,
): boolean {
  if (label === null) return known === null && text === null;
  const canonical = knownNames.get(fold(label));
  if (canonical) return known?.name === canonical;
  if (!text) return false;
  const a = fold(text);
  const b = fold(label);
  return a.length > 0 && b.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

function namesOf(entities: { name: string; aliases: string[] }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) map.set(fold(n), e.name);
  return map;
}

/** The candidates that find a label, copies of one span counted at most as often as the labels they cover. */
function onLabels(candidates: Candidate[], labels: Label[]): Candidate[] {
  const used = new Map<string, number>();
  return candidates.filter((c) => {
    const covered = labels.filter((l) => covers(c, l)).length;
    const key = `${c.start}:${c.end}`;
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    return covered > 0 && n <= covered;
  });
}

export function scoreStatement(statement: Statement, candidates: Candidate[], reference: Reference): StatementScore {
  const organizations = namesOf(reference.organizations);
  const regions = namesOf(reference.regions);
  const counted = onLabels(candidates, statement.labels);
  const found: StatementScore = {
    id: statement.id,
    candidates: candidates.length,
    candidatesOnLabels: counted.length,
    labels: statement.labels.length,
    labelsFound: 0,
    allRight: 0,
    fields: { kind: 0, maker: 0, region: 0, amount: 0, jobs: 0, targetOn: 0 },
    missed: [],
    spurious: candidates.filter((c) => !counted.includes(c)),
    wrong: [],
  };
  const taken = new Set<Candidate>();
  for (const label of statement.labels) {
    const makerRight = (c: Candidate) => sameName(c.maker, c.makerText, label.maker, organizations);
    const best = candidates
      .filter((c) => covers(c, label))
      .sort(
        (a, b) =>
          overlap(b, label) - overlap(a, label) ||
          Number(taken.has(a)) - Number(taken.has(b)) ||
          Number(makerRight(b)) - Number(makerRight(a)),
      )[0];
    if (!best) {
      found.missed.push(label);
      continue;
    }
    found.labelsFound++;
    taken.add(best);
    const check: FieldCheck = {
      kind: best.kind === label.kind,
      maker: sameName(best.maker, best.makerText, label.maker, organizations),
      region: sameName(best.region, best.regionText, label.region, regions),
      amount: best.amount === label.amount && best.currency === label.currency,
      jobs: best.jobs === label.jobs,
      targetOn: best.targetOn === label.targetOn,
    };
    for (const key of Object.keys(check) as (keyof FieldCheck)[]) if (check[key]) found.fields[key]++;
    if (check.kind && check.maker && check.region) found.allRight++;
    else found.wrong.push({ label, candidate: best, check });
  }
  return found;
}

export type Totals = {
  statements: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of the labels found whose kind, maker and region are all right. */
  allRight: number;
  fieldAccuracy: Record<keyof FieldCheck, number>;
};

export function totals(scores: StatementScore[]): Totals {
  const sum = (pick: (s: StatementScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const candidates = sum((s) => s.candidates);
  const labels = sum((s) => s.labels);
  const found = sum((s) => s.labelsFound);
  const precision = candidates === 0 ? 0 : sum((s) => s.candidatesOnLabels) / candidates;
  const recall = labels === 0 ? 0 : found / labels;
  const share = (n: number) => (found === 0 ? 0 : n / found);
  const fieldAccuracy = Object.fromEntries(
    (["kind", "maker", "region", "amount", "jobs", "targetOn"] as const).map((k) => [
      k,
      share(sum((s) => s.fields[k])),
    ]),
  ) as Record<keyof FieldCheck, number>;
  return {
    statements: scores.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    allRight: share(sum((s) => s.allRight)),
    fieldAccuracy,
  };
}
