// Draws the evidence of each commitment from the facts the commitment pass remembered (commitments.ts).

import { COMMITMENT_STATUSES } from "../../db/vocabulary";
import type { evidence } from "../../db/schema";
import { normalizeUrl } from "../../lib/evidence/normalize-url";
import { type CommitmentFacts, type GeneratorOptions, chineseOf } from "./commitments";
import { Rng, isoOf, timestampOn } from "./random";
import { PHRASES, PUBLISHERS, type Publisher, SECTORS, type Term, WEIGHTS, fillOneOf } from "./data";
import type { OrgNode } from "./organizations";
import type { RegionNode } from "./regions";
import { asciiWord } from "./sources";
import type { World } from "./world";

export type EvidenceRow = typeof evidence.$inferInsert;

function evidenceTitle(
  rng: Rng,
  language: string,
  maker: OrgNode,
  region: RegionNode,
  placeZh: string,
  product: Term,
  topic: Term,
): string {
  const titles: Record<string, string[]> = PHRASES.titles.evidence;
  const zh = language === "zh";
  return fillOneOf(rng, titles[language] ?? PHRASES.titles.evidence.en, {
    maker: zh ? (maker.zhName?.replace(/(（中国）)?有限公司$/, "") ?? maker.base) : maker.base,
    place: zh ? placeZh : region.name,
    product: product[zh ? 1 : 0],
    topic: topic[zh ? 1 : language === "de" ? 2 : 0],
  });
}

export class EvidenceGenerator {
  private readonly rng: Rng;
  private readonly publishersByCountry = new Map<string, Publisher[]>();

  constructor(
    private readonly world: World,
    private readonly options: GeneratorOptions,
    private readonly facts: CommitmentFacts,
  ) {
    this.rng = new Rng(options.seed, "evidence");
    for (const p of PUBLISHERS) {
      if (!p.country) continue;
      this.publishersByCountry.set(p.country, [...(this.publishersByCountry.get(p.country) ?? []), p]);
    }
  }

  rowsFor(i: number, out: EvidenceRow[]): void {
    const { rng, world, options, facts } = this;
    const count = facts.evidenceCount[i]!;
    if (count === 0) return;
    const id = options.firstId + i;
    const status = COMMITMENT_STATUSES[facts.status[i]!]!;
    const announced = facts.announcedDay[i]!;
    // Stalled and abandoned commitments stop being reported on.
    const end =
      status === "stalled" || status === "abandoned"
        ? announced + Math.floor((options.today - announced) * 0.6)
        : options.today;
    const maker = world.orgs[facts.maker[i]!]!;
    const region = world.regions[facts.region[i]!]!;
    const placeZh = chineseOf(region, world.regions);
    const sector = SECTORS[Math.max(0, facts.sector[i]!)]!;
    const local = this.publishersByCountry.get(region.country.code) ?? [];
    const stances = WEIGHTS.evidenceStances[status];

    for (let k = 1; k <= count; k++) {
      const roll = rng.next();
      const publisher: Publisher =
        roll < 0.08
          ? {
              name: maker.name,
              host: `www.${asciiWord(maker.base)}.com`,
              language: maker.country === "DE" ? "de" : "en",
            }
          : roll < 0.6 && local.length
            ? rng.pick(local)
            : rng.pick(PUBLISHERS);
      const day = rng.int(announced, Math.max(announced, end));
      const iso = isoOf(day);
      const path = `/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}/${sector.name}-${id}-${k}.html`;
      const host = rng.chance(0.05) ? publisher.host.toUpperCase() : publisher.host;
      const tracking = rng.chance(0.2) ? rng.pick(PHRASES.trackingParameters) : "";
      const fragment = rng.chance(0.05) ? "#comments" : "";
      // Written as an analyst might paste it; stored as the app stores it (clean address and page key).
      const pasted = `https://${host}${path}${tracking}${fragment}`;
      const checked = normalizeUrl(pasted);
      if (!checked.ok) throw new Error(`Synthetic evidence address ${pasted} ${checked.message}`);
      out.push({
        commitmentId: id,
        url: checked.value.url,
        urlNormalized: checked.value.key,
        title: evidenceTitle(
          rng,
          publisher.language,
          maker,
          region,
          placeZh,
          rng.pick(sector.products),
          rng.pick(sector.topics),
        ),
        publisher: publisher.name,
        publishedOn: iso,
        language: publisher.language,
        stance: stances.pick(rng),
        note: rng.chance(0.15) ? rng.pick(PHRASES.evidenceNotes) : null,
        archiveUrl: rng.chance(0.25)
          ? `https://web.archive.org/web/${iso.replace(/-/g, "")}000000/${checked.value.url}`
          : null,
        addedAt: timestampOn(Math.min(options.today, day + rng.int(0, 30)), rng, options.today),
      });
    }
  }
}
