// The fixed cast of the synthetic data: the region tree, the organizations and the sources commitments are
// recorded from, with the weighted pickers that commitments.ts and evidence.ts draw from.

import type { OrganizationKind } from "../../db/vocabulary";
import { COUNTRIES, type CountrySpec } from "./data";
import { type OrgNode, buildOrganizations } from "./organizations";
import { Rng, WeightedPicker } from "./random";
import { type RegionNode, buildRegions, regionWeights, subtreeOf } from "./regions";
import { type SourceNode, buildSources } from "./sources";

export type World = {
  regions: RegionNode[];
  orgs: OrgNode[];
  sources: SourceNode[];
  /** Where commitments are located: the whole tree, weighted by country and rank. */
  regionPicker: WeightedPicker<number>;
  /** Picks a region within one province's subtree (province itself, cities, zones). */
  regionWithin: (province: number) => WeightedPicker<number>;
  makerPicker: WeightedPicker<number>;
  companyPicker: WeightedPicker<number>;
  sourcePicker: WeightedPicker<number>;
  /** The government closest above a region (city, else province, else national). */
  governmentFor: (region: number) => number | undefined;
  countryByCode: Map<string, CountrySpec>;
};

export type WorldOptions = { seed: number; parentCompanies: number; sources: number; firstDay: number; today: number };

export function buildWorld(options: WorldOptions): World {
  const rng = new Rng(options.seed, "world");
  const regions = buildRegions();
  const orgs = buildOrganizations(rng, regions, options.parentCompanies);

  const weights = regionWeights(regions);
  const regionPicker = new WeightedPicker(
    regions.map((r) => r.index),
    weights,
  );
  const within = new Map<number, WeightedPicker<number>>();
  const regionWithin = (province: number) => {
    let picker = within.get(province);
    if (!picker) {
      const nodes = subtreeOf(regions, province);
      picker = new WeightedPicker(
        nodes,
        nodes.map((n) => weights[n]! + 1e-9),
      );
      within.set(province, picker);
    }
    return picker;
  };

  const governmentByRegion = new Map<number, number>();
  for (const org of orgs) {
    if (org.kind === "government" && org.homeRegion !== undefined) governmentByRegion.set(org.homeRegion, org.index);
  }
  const governmentFor = (region: number): number | undefined => {
    for (let r: number | null = region; r !== null; r = regions[r]!.parent) {
      const gov = governmentByRegion.get(r);
      if (gov !== undefined) return gov;
    }
    return undefined;
  };

  const companies = orgs.filter((o) => o.kind === "company" || o.kind === "joint_venture");
  const companyPicker = new WeightedPicker(
    companies.map((o) => o.index),
    companies.map((o) => o.weight),
  );
  // Makers: companies most of the time, then governments, agencies and the odd chamber or university.
  const classShare: Record<OrganizationKind, number> = {
    company: 0.72,
    joint_venture: 0.72,
    government: 0.22,
    agency: 0.05,
    other: 0.01,
  };
  const classTotals = new Map<string, number>();
  for (const o of orgs) {
    const key = o.kind === "joint_venture" ? "company" : o.kind;
    classTotals.set(key, (classTotals.get(key) ?? 0) + o.weight);
  }
  const makerPicker = new WeightedPicker(
    orgs.map((o) => o.index),
    orgs.map(
      (o) => (o.weight / classTotals.get(o.kind === "joint_venture" ? "company" : o.kind)!) * classShare[o.kind],
    ),
  );

  const countryByCode = new Map(COUNTRIES.map((c) => [c.code, c]));
  const partial = {
    regions,
    orgs,
    regionPicker,
    regionWithin,
    makerPicker,
    companyPicker,
    governmentFor,
    countryByCode,
  };
  const sources = buildSources(rng, partial, options.sources, options.firstDay, options.today);
  const sourceWeights = sources.map(() => rng.skewedFactor(1));
  const sourcePicker = new WeightedPicker(
    sources.map((s) => s.index),
    sourceWeights,
  );
  return { ...partial, sources, sourcePicker };
}
