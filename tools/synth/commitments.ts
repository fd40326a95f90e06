// Draws commitments and their status history from the world of world.ts, as rows of the schema's insert
// types (see write.ts), and remembers what evidence.ts needs of each.

import { COMMITMENT_STATUSES, type CommitmentKind } from "../../db/vocabulary";
import { Rng, isoOf } from "./random";
import { PHRASES, SECTORS, type Term, WEIGHTS, fillOneOf } from "./data";
import type { commitments } from "../../db/schema";
import { type StatusChangeRow, drawProgress, drawStatus, statusHistory } from "./status-history";
import type { InsertRow } from "./write";
import type { OrgNode } from "./organizations";
import type { RegionNode } from "./regions";
import { announcementDay } from "./sources";
import type { World } from "./world";
import { withArticle } from "../../lib/text/article";

export type CommitmentRow = InsertRow<typeof commitments>;

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

const MAX_EVIDENCE_PER_COMMITMENT = 1000;

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

    const changes = statusHistory(rng, { id, announcedDay, status, progress }, options.today);
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
}
