// The statements commitments are recorded from: press releases and reports by governments, companies and
// the media, dated more often in recent years.

import { PHRASES, PUBLISHERS, WEIGHTS, fillOneOf } from "./data";
import { Rng, isoOf } from "./random";
import type { OrgNode } from "./organizations";
import type { RegionNode } from "./regions";
import type { World } from "./world";

export type SourceNode = {
  index: number;
  url: string;
  title: string;
  publisher: string;
  publishedDay: number;
  eventDay: number | null;
  language: string;
  focusProvince: number;
  maker: number;
  counterpart: number | null;
};

/** A day between firstDay and today, with more in recent years (the tracker is used for current events). */
export function announcementDay(rng: Rng, firstDay: number, today: number): number {
  const span = today - firstDay;
  for (;;) {
    const day = firstDay + Math.floor(rng.next() * (span + 1));
    const weight = WEIGHTS.announcementYears[isoOf(day).slice(0, 4)] ?? 10;
    if (rng.next() * 13 < weight) return day;
  }
}

export function asciiWord(text: string): string {
  return text
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function sourceTitle(
  rng: Rng,
  language: string,
  maker: OrgNode,
  counterpart: OrgNode | undefined,
  focus: RegionNode,
  day: number,
): string {
  const year = isoOf(day).slice(0, 4);
  const n = rng.int(3, 40);
  const other = counterpart?.name ?? focus.name;
  const titles = PHRASES.titles.source;
  if (language === "zh") {
    return fillOneOf(rng, titles.zh, {
      maker: maker.zhName ?? maker.name,
      other: counterpart?.zhName ?? focus.zhName ?? other,
      place: focus.zhName ?? focus.name,
      year,
      n,
    });
  }
  return fillOneOf(rng, language === "de" ? titles.de : titles.en, {
    maker: maker.base,
    other,
    place: focus.name,
    year,
    n,
  });
}

export function buildSources(
  rng: Rng,
  world: Omit<World, "sources" | "sourcePicker">,
  count: number,
  firstDay: number,
  today: number,
): SourceNode[] {
  const sources: SourceNode[] = [];
  for (let index = 0; index < count; index++) {
    const region = world.regions[world.regionPicker.pick(rng)]!;
    const focus = world.regions[region.province]!;
    const maker = world.orgs[world.companyPicker.pick(rng)]!;
    const counterpartIndex = world.governmentFor(focus.index);
    const counterpart = counterpartIndex === undefined ? undefined : world.orgs[counterpartIndex];
    const publishedDay = announcementDay(rng, firstDay, today);
    const eventDay = rng.chance(0.6) ? Math.max(firstDay, publishedDay - rng.int(0, 3)) : null;
    const local = focus.country.language;
    const language = rng.chance(0.45) && (local === "zh" || local === "de") ? local : rng.chance(0.1) ? "de" : "en";
    const byGovernment = counterpart && rng.chance(0.5);
    const media = PUBLISHERS.filter((p) => p.language === language);
    const publisher = byGovernment
      ? counterpart.name
      : rng.chance(0.3)
        ? maker.name
        : rng.pick(media.length ? media : PUBLISHERS).name;
    const host = byGovernment
      ? `www.${asciiWord(focus.name)}.${focus.country.code === "CN" ? "gov.cn" : focus.country.code === "DE" ? "de" : "gov"}`
      : publisher === maker.name
        ? `www.${asciiWord(maker.base)}.com`
        : (PUBLISHERS.find((p) => p.name === publisher)?.host ?? "www.example.org");
    const iso = isoOf(publishedDay);
    sources.push({
      index,
      url: `https://${host}/${iso.slice(0, 4)}/${iso.slice(5, 7)}${iso.slice(8, 10)}/statement-${index + 1}.html`,
      title: sourceTitle(rng, language, maker, counterpart, focus, publishedDay),
      publisher,
      publishedDay,
      eventDay,
      language,
      focusProvince: focus.index,
      maker: maker.index,
      counterpart: counterpart?.index ?? null,
    });
  }
  return sources;
}
