// The region tree of the synthetic data (countries, provinces, cities, zones from data/countries.json) and
// how commitments are spread over it: by country share, then by rank within each country and province.

import { slugify } from "../../db/slug";
import type { RegionKind } from "../../db/vocabulary";
import { COUNTRIES, type CountrySpec, type PlaceEntry } from "./data";
import { zipfWeights } from "./random";

export type RegionNode = {
  index: number;
  slug: string;
  name: string;
  kind: RegionKind;
  parent: number | null;
  aliases: string[];
  country: CountrySpec;
  zhName: string | undefined;
  /** Nearest province (or the country itself for a country node). */
  province: number;
  children: number[];
};

export const HAN = /\p{Script=Han}/u;
export const chineseNameOf = (aliases: readonly string[]) => aliases.find((a) => HAN.test(a));

/** Names given out so far, by slug: synthetic names must not collide. */
export class Names {
  private readonly used = new Set<string>();

  has(name: string): boolean {
    return this.used.has(slugify(name));
  }

  claim(name: string): string {
    const slug = slugify(name);
    if (this.used.has(slug)) throw new Error(`Duplicate synthetic name "${name}"`);
    this.used.add(slug);
    return slug;
  }
}

export function buildRegions(): RegionNode[] {
  const nodes: RegionNode[] = [];
  const names = new Names();
  const add = (entry: PlaceEntry, kind: RegionKind, parent: number | null, country: CountrySpec): number => {
    let name = entry.name;
    if (names.has(name) && parent !== null) name = `${name} (${nodes[parent]!.name})`;
    const index = nodes.length;
    nodes.push({
      index,
      slug: names.claim(name),
      name,
      kind,
      parent,
      aliases: entry.aliases,
      country,
      zhName: chineseNameOf(entry.aliases),
      province: parent === null ? index : kind === "province" ? index : nodes[parent]!.province,
      children: [],
    });
    if (parent !== null) nodes[parent]!.children.push(index);
    return index;
  };

  for (const country of COUNTRIES) {
    const countryIndex = add({ name: country.name, aliases: country.aliases }, "country", null, country);
    const byName = new Map<string, number>();
    country.provinces.forEach((province, p) => {
      const provinceIndex = add(province, "province", countryIndex, country);
      byName.set(province.name, provinceIndex);
      province.cities.forEach((city, c) => {
        const cityIndex = add(city, "city", provinceIndex, country);
        byName.set(city.name, cityIndex);
        // A development zone in every third Chinese city, in the style of "沈阳高新区".
        if (country.code === "CN" && (p + c) % 3 === 1 && city.aliases[0]) {
          const zh = city.aliases[0].replace(/(市|区)$/, "");
          add(
            {
              name: `${city.name} High-tech Industrial Development Zone`,
              aliases: [`${zh}高新技术产业开发区`, `${zh}高新区`, `${city.name} High-tech Zone`],
            },
            "zone",
            cityIndex,
            country,
          );
        }
      });
    });
    for (const zone of country.zones) {
      const parentIndex = byName.get(zone.parent);
      if (parentIndex === undefined) throw new Error(`Zone "${zone.name}" names unknown parent "${zone.parent}"`);
      add(zone, "zone", parentIndex, country);
    }
  }
  return nodes;
}

/** Country share × rank of the province in its country × rank of the city in its province. */
export function regionWeights(regions: RegionNode[]): number[] {
  const weights = new Array<number>(regions.length).fill(0);
  for (const country of regions.filter((r) => r.kind === "country")) {
    const countryTotal = country.country.weight;
    weights[country.index] = countryTotal * 0.03;
    const provinceWeights = zipfWeights(country.children.length, 0.9);
    const provinceSum = provinceWeights.reduce((a, b) => a + b, 0);
    country.children.forEach((p, i) => {
      const provinceTotal = (countryTotal * 0.97 * provinceWeights[i]!) / provinceSum;
      distributeWithin(regions, weights, p, provinceTotal);
    });
  }
  return weights;
}

function distributeWithin(regions: RegionNode[], weights: number[], province: number, total: number): void {
  const node = regions[province]!;
  const cities = node.children.filter((c) => regions[c]!.kind === "city");
  const zones = node.children.filter((c) => regions[c]!.kind === "zone");
  weights[province] = total * 0.25;
  const cityWeights = zipfWeights(cities.length, 0.8);
  const citySum = cityWeights.reduce((a, b) => a + b, 0) || 1;
  cities.forEach((c, i) => {
    const cityTotal = (total * 0.65 * cityWeights[i]!) / citySum;
    const cityZones = regions[c]!.children;
    weights[c] = cityZones.length ? cityTotal * 0.8 : cityTotal;
    for (const z of cityZones) weights[z] = (cityTotal * 0.2) / cityZones.length;
  });
  for (const z of zones) weights[z] = (total * 0.1) / zones.length;
  if (zones.length === 0) weights[province]! += total * 0.1;
}

export function subtreeOf(regions: RegionNode[], root: number): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...regions[out[i]!]!.children);
  return out;
}
