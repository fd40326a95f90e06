// Draws commitments and their status history from the world of world.ts, as rows of the schema's insert
// types (see write.ts), and remembers what evidence.ts needs of each.

import { COMMITMENT_STATUSES, type CommitmentKind, type CommitmentStatus } from "../../db/vocabulary";
import { Rng, WeightedPicker, isoOf, timestampOn } from "./random";
import { PHRASES, SECTORS, type Term, WEIGHTS, fillOneOf } from "./data";
import type { commitments, statusChanges } from "../../db/schema";
import type { InsertRow } from "./write";
import type { OrgNode } from "./organizations";
import type { RegionNode } from "./regions";
import { announcementDay } from "./sources";
import type { World } from "./world";
import { withArticle } from "../../lib/text/article";

export type CommitmentRow = InsertRow<typeof commitments>;
export type StatusChangeRow = InsertRow<typeof statusChanges>;

export type WorldIds = { regions: number[]; orgs: number[]; sources: number[] };

/** What the evidence pass needs to remember of each commitment (kept compact: 100k+ of them). */
export class CommitmentFacts {
  readonly announcedDay: Int32Array;
  readonly status: Uint8Array;
  readonly maker: Int32Array;
  readonly region: Int32Array;
  readonly sector: Int16Array;
  readonly evidenceCount: Uint16Array;

  constructor(readonly count: number) {
    this.announcedDay = new Int32Array(count);
    this.status = new Uint8Array(count);
    this.maker = new Int32Array(count);
    this.region = new Int32Array(count);
    this.sector = new Int16Array(count);
    this.evidenceCount = new Uint16Array(count);
  }
}

export type GeneratorOptions = {
  seed: number;
  today: number;
  firstDay: number;
  evidencePerCommitment: number;
  firstId: number;
};

const CHANGED_BY = "synth";
const MAX_EVIDENCE_PER_COMMITMENT = 1000;

function drawStatus(rng: Rng, ageYears: number): CommitmentStatus {
  const a = ageYears;
  const weights = [Math.max(4, 60 - 10 * a), 30, 3 + 2 * a, 1 + 3 * a, 3 + 2 * a, 1 + 1.2 * a];
  return new WeightedPicker(COMMITMENT_STATUSES, weights).pick(rng);
}

function drawProgress(rng: Rng, status: CommitmentStatus): number {
  switch (status) {
    case "announced":
      return rng.chance(0.85) ? 0 : rng.int(1, 9);
    case "in_progress":
      return rng.int(10, 90);
    case "partially_achieved":
      return rng.chance(0.9) ? rng.int(50, 95) : rng.int(30, 49);
    case "achieved":
      return 100;
    case "stalled":
      return rng.int(0, 60);
    case "abandoned":
      return rng.chance(0.5) ? 0 : rng.int(0, 40);
  }
}

function roundedAmount(usd: number, currency: string): string {
  const value = usd * (WEIGHTS.usdRates[currency] ?? 1);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return (Math.round(value / step) * step).toFixed(2);
}

export function chineseOf(region: RegionNode, regions: RegionNode[]): string {
  return (
    region.zhName?.replace(/市$/, "") ??
    (region.parent !== null && region.kind === "zone" ? chineseOf(regions[region.parent]!, regions) : region.name)
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

type TitleParts = { place: string; placeZh: string; product: Term; topic: Term; year: string; jobs: number };

function titleFor(rng: Rng, language: string, kind: CommitmentKind, isGovernment: boolean, p: TitleParts): string {
  const lang = language === "zh" || language === "de" ? language : "en";
  const term = lang === "zh" ? 1 : lang === "de" ? 2 : 0;
  const which = kind === "pledge" ? (isGovernment ? "government" : "company") : kind;
  return fillOneOf(rng, PHRASES.titles.commitment[lang][which], {
    place: lang === "zh" ? p.placeZh : p.place,
    product: p.product[term],
    topic: p.topic[term],
    aProduct: withArticle(p.product[0]),
    year: p.year,
    jobs: p.jobs,
  });
}

function summaryFor(
  rng: Rng,
  language: string,
  maker: OrgNode,
  counterpart: OrgNode | undefined,
  title: string,
  amount: string | null,
  currency: string | null,
): string {
  if (language === "zh") {
    const who = maker.zhName ?? maker.name;
    return `${who}表示，将${title}。${counterpart ? `${counterpart.zhName ?? counterpart.name}表示支持。` : ""}`;
  }
  if (language === "de") {
    return `${maker.base} kündigte an: ${title}.${amount ? ` Genannt wurden ${Number(amount).toLocaleString("de-DE")} ${currency}.` : ""}`;
  }
  const said = rng.pick(["said it would", "undertook to", "announced plans to", "told the delegation it would"]);
  const money = amount ? ` The investment was put at ${currency} ${Number(amount).toLocaleString("en-US")}.` : "";
  const timeline = rng.chance(0.3) ? " No timeline was given." : "";
  return `${maker.base} ${said} ${lowerFirst(title)}.${money}${timeline}`;
}

/** Generates commitment i (0-based in this run) with its status history, and remembers its facts. */
export class CommitmentGenerator {
  private readonly rng: Rng;

  constructor(
    private readonly world: World,
    private readonly ids: WorldIds,
    private readonly options: GeneratorOptions,
    readonly facts: CommitmentFacts,
  ) {
    this.rng = new Rng(options.seed, "commitments");
  }

  next(i: number): { row: CommitmentRow; changes: StatusChangeRow[] } {
    const { rng, world, options } = this;
    const id = options.firstId + i;
    const source = rng.chance(0.88) ? world.sources[world.sourcePicker.pick(rng)] : undefined;
    const announcedDay = source
      ? (source.eventDay ?? source.publishedDay)
      : announcementDay(rng, options.firstDay, options.today);

    const fromSource = source !== undefined && rng.chance(0.6);
    const makerIndex = fromSource ? source.maker : world.makerPicker.pick(rng);
    const maker = world.orgs[makerIndex]!;
    const isGovernment = maker.kind === "government" || maker.kind === "agency";
    const regionIndex = this.regionFor(maker, source);
    const region = world.regions[regionIndex]!;
    const counterpartIndex = this.counterpartFor(maker, regionIndex, fromSource ? source.counterpart : undefined);
    const counterpart = counterpartIndex === null ? undefined : world.orgs[counterpartIndex];

    const sectorIndex = rng.chance(0.03)
      ? -1
      : maker.sector !== undefined && rng.chance(0.75)
        ? maker.sector
        : rng.int(0, SECTORS.length - 1);
    const sector = SECTORS[sectorIndex < 0 ? 0 : sectorIndex]!;
    const kind = WEIGHTS.commitmentKinds.pick(rng);
    const ageYears = (options.today - announcedDay) / 365;
    const status = drawStatus(rng, ageYears);
    const progress = drawProgress(rng, status);

    const targetDay = rng.chance(0.6)
      ? announcedDay + rng.pick([1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 8, 10]) * 365 + rng.int(-60, 60)
      : null;
    const hasAmount = rng.chance(0.3);
    const currency = hasAmount
      ? rng.chance(0.75)
        ? region.country.currency
        : (world.countryByCode.get(maker.country ?? "")?.currency ?? "USD")
      : null;
    const amount = hasAmount && currency ? roundedAmount(10 ** (6 + rng.next() * 4.7), currency) : null;

    const local = region.country.language;
    const language = source?.language ?? (rng.chance(0.35) && (local === "zh" || local === "de") ? local : "en");
    const title = titleFor(rng, language, kind, isGovernment, {
      place: region.name,
      placeZh: chineseOf(region, world.regions),
      product: rng.pick(sector.products),
      topic: rng.pick(sector.topics),
      year: isoOf(announcedDay + 365 * rng.int(1, 4)).slice(0, 4),
      jobs: rng.int(1, 30) * 100,
    });
    const summary = rng.chance(0.6) ? summaryFor(rng, language, maker, counterpart, title, amount, currency) : null;
    const location =
      source && rng.chance(0.9) ? rng.pick(PHRASES.sourceLocations).replace("{n}", String(rng.int(1, 12))) : null;

    const changes = this.history(id, announcedDay, status, progress);
    const facts = this.facts;
    facts.announcedDay[i] = announcedDay;
    facts.status[i] = COMMITMENT_STATUSES.indexOf(status);
    facts.maker[i] = makerIndex;
    facts.region[i] = regionIndex;
    facts.sector[i] = sectorIndex;
    facts.evidenceCount[i] = Math.min(
      MAX_EVIDENCE_PER_COMMITMENT,
      Math.floor(options.evidencePerCommitment * rng.skewedFactor(1.1) + rng.next()),
    );

    const row: CommitmentRow = {
      id,
      title,
      summary,
      makerId: this.ids.orgs[makerIndex]!,
      counterpartId: counterpartIndex === null ? null : this.ids.orgs[counterpartIndex]!,
      kind,
      sector: sectorIndex < 0 ? null : sector.name,
      regionId: this.ids.regions[regionIndex]!,
      announcedOn: isoOf(announcedDay),
      targetOn: targetDay === null ? null : isoOf(Math.max(announcedDay, targetDay)),
      amount,
      currency: amount ? currency : null,
      status,
      progress,
      sourceId: source ? this.ids.sources[source.index]! : null,
      sourceLocation: location,
      version: changes.length,
      createdAt: changes[0]!.changedAt,
      updatedAt: changes.at(-1)!.changedAt,
    };
    return { row, changes };
  }

  private regionFor(maker: OrgNode, source: World["sources"][number] | undefined): number {
    const { rng, world } = this;
    if (maker.homeRegion !== undefined && maker.kind !== "other") {
      // A government pledges within its own territory.
      const home = world.regions[maker.homeRegion]!;
      return home.kind === "city" || home.kind === "zone" || rng.chance(0.3)
        ? home.index
        : world.regionWithin(home.province).pick(rng);
    }
    if (source && rng.chance(0.7)) return world.regionWithin(source.focusProvince).pick(rng);
    return world.regionPicker.pick(rng);
  }

  private counterpartFor(maker: OrgNode, region: number, fromSource: number | null | undefined): number | null {
    const { rng, world } = this;
    if (fromSource !== undefined && fromSource !== maker.index && rng.chance(0.8)) return fromSource;
    if (maker.kind === "company" || maker.kind === "joint_venture") {
      const roll = rng.next();
      if (roll < 0.8) return world.governmentFor(region) ?? null;
      if (roll < 0.85) return world.companyPicker.pick(rng);
      return null;
    }
    return rng.chance(0.75) ? world.companyPicker.pick(rng) : null;
  }

  /** The initial status row and up to four later changes, ending at the current status and progress. */
  private history(id: number, announcedDay: number, status: CommitmentStatus, progress: number): StatusChangeRow[] {
    const { rng, options } = this;
    const path: CommitmentStatus[] = [status];
    // Most histories walk back to "announced"; an announced commitment rarely has a history at all
    // (stalled, then announced again), and a few were first recorded when already under way.
    const wanted = status === "announced" ? (rng.chance(0.05) ? 2 : 0) : rng.chance(0.15) ? 0 : rng.int(1, 4);
    while (path.length - 1 < wanted) {
      const first = path[0]!;
      if (first === "announced" && path.length > 1) break;
      // Drawn backwards from the current status, through plausible predecessors.
      path.unshift(WEIGHTS.statusPredecessors[first].pick(rng));
    }

    const recordedDay = Math.min(options.today, announcedDay + rng.int(0, 20));
    const days = [recordedDay];
    for (let k = 1; k < path.length; k++) days.push(rng.int(recordedDay, options.today));
    days.sort((a, b) => a - b);
    const stamps = days.map((d) => timestampOn(d, rng, options.today)).sort((a, b) => a.getTime() - b.getTime());

    let previous = 0;
    return path.map((to, k) => {
      const last = k === path.length - 1;
      const value = last ? progress : progressOnTheWay(to, previous, progress, (k + 1) / path.length);
      previous = value;
      return {
        commitmentId: id,
        fromStatus: k === 0 ? null : path[k - 1]!,
        toStatus: to,
        progress: value,
        reason: k === 0 ? rng.pick(PHRASES.initialStatusReasons) : rng.pick(PHRASES.statusChangeReasons[to]),
        changedAt: stamps[k]!,
        changedBy: CHANGED_BY,
      };
    });
  }
}

function progressOnTheWay(status: CommitmentStatus, previous: number, final: number, share: number): number {
  switch (status) {
    case "announced":
      return 0;
    case "in_progress":
      return Math.min(90, Math.max(10, previous, Math.round(final * share)));
    case "partially_achieved":
      return Math.min(95, Math.max(50, previous, Math.round(final * share)));
    case "achieved":
      return 100;
    default:
      return previous; // stalled or abandoned: progress stays where it was
  }
}
