// The organizations of the synthetic data: national and local governments and agencies, the fixed chambers
// and universities, and company groups with subsidiaries and joint ventures, named in their own languages.

import type { OrganizationKind } from "../../db/vocabulary";
import { chineseCities, companyName, subsidiaryDrafts } from "./companies";
import { FIXED_ORGANIZATIONS, type FixedOrganization, SECTORS, WEIGHTS } from "./data";
import { Rng, WeightedPicker, zipfWeights } from "./random";
import { Names, type RegionNode, chineseNameOf } from "./regions";

export type OrgNode = {
  index: number;
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string | null;
  parent: number | null;
  aliases: string[];
  zhName: string | undefined;
  /** The name without its legal form, used to name subsidiaries and in titles. */
  base: string;
  sector: number | undefined;
  /** For governments and agencies: the region they govern. */
  homeRegion: number | undefined;
  /** How likely this organization is to be a commitment's maker, relative to its peers. */
  weight: number;
};

export type OrgDraft = Omit<OrgNode, "index" | "slug">;

function governmentDraft(region: RegionNode, regions: RegionNode[]): Omit<OrgDraft, "weight" | "parent"> {
  const { name, country } = region;
  const zh = region.zhName;
  const english = region.aliases.find((a) => /^[A-Za-z]/.test(a) && a !== name);
  const common = { kind: "government" as const, country: country.code, sector: undefined, homeRegion: region.index };
  if (country.code === "CN") {
    const municipal =
      region.kind === "city" || (zh !== undefined && zh.endsWith("市")) || region.aliases.some((a) => a.endsWith("市"));
    if (region.kind === "province" && !municipal) {
      const full = region.aliases.find((a) => /[省区]$/.test(a)) ?? zh ?? name;
      const gov = `${name} Provincial Government`;
      return {
        ...common,
        name: gov,
        base: gov,
        zhName: `${full}人民政府`,
        aliases: [`${name} Province`, `${full}人民政府`, `${full}政府`],
      };
    }
    const full = region.aliases.find((a) => /[市区]$/.test(a)) ?? zh ?? name;
    const gov =
      region.name.endsWith("District") || region.name.endsWith("Area")
        ? `${name} Government`
        : `${name} Municipal People's Government`;
    return { ...common, name: gov, base: gov, zhName: `${full}人民政府`, aliases: [`${full}人民政府`, `${full}政府`] };
  }
  if (country.code === "DE") {
    const cityState = region.parent !== null && ["Berlin", "Hamburg"].includes(regions[region.parent]!.name);
    const gov =
      region.kind === "province" ? `Landesregierung ${name}` : cityState ? `Bezirksamt ${name}` : `Stadt ${name}`;
    const aliases = [
      region.kind === "province" ? `State Government of ${english ?? name}` : `City of ${english ?? name}`,
    ];
    const zhName = zh ? (region.kind === "province" ? `${zh}州政府` : `${zh}市政府`) : undefined;
    if (zhName) aliases.push(zhName);
    return { ...common, name: gov, base: gov, zhName, aliases };
  }
  const gov = region.kind === "province" ? `${name} State Government` : `City of ${name.replace(/ City$/, "")}`;
  const aliases = [region.kind === "province" ? `Government of ${name}` : `${name} City Government`];
  if (zh) aliases.push(`${zh}政府`);
  return { ...common, name: gov, base: gov, zhName: zh ? `${zh}政府` : undefined, aliases };
}

function agencyDraft(region: RegionNode): Omit<OrgDraft, "weight" | "parent"> | undefined {
  const common = { kind: "agency" as const, country: region.country.code, sector: undefined, homeRegion: region.index };
  const zh = region.zhName;
  if (region.kind === "zone") {
    if (region.country.code === "CN") {
      const name = `${region.name} Administrative Committee`;
      return {
        ...common,
        name,
        base: name,
        zhName: zh ? `${zh}管理委员会` : undefined,
        aliases: zh ? [`${zh}管理委员会`, `${zh}管委会`] : [],
      };
    }
    const name = `Standortentwicklung ${region.name}`;
    return { ...common, name, base: name, zhName: undefined, aliases: [`${region.name} Site Development`] };
  }
  if (region.kind !== "province") return undefined;
  if (region.country.code === "CN") {
    const full = region.aliases.find((a) => /[省市区]$/.test(a)) ?? zh ?? region.name;
    const municipal = full.endsWith("市");
    const name = municipal
      ? `${region.name} Municipal Commission of Commerce`
      : `${region.name} Department of Commerce`;
    const zhName = municipal ? `${full}商务委员会` : `${full}商务厅`;
    return { ...common, name, base: name, zhName, aliases: [zhName] };
  }
  if (region.country.code === "DE") {
    const name = `Wirtschaftsförderung ${region.name}`;
    return { ...common, name, base: name, zhName: undefined, aliases: [`${region.name} Economic Development Agency`] };
  }
  const name = `${region.name} Economic Development Agency`;
  return { ...common, name, base: name, zhName: undefined, aliases: [] };
}

const SECTOR_PICKER = new WeightedPicker(
  SECTORS.map((_, i) => i),
  SECTORS.map((s) => s.weight),
);

export function buildOrganizations(rng: Rng, regions: RegionNode[], parentCompanies: number): OrgNode[] {
  const orgs: OrgNode[] = [];
  const names = new Names();
  const add = (draft: OrgDraft): number => {
    const index = orgs.length;
    orgs.push({ ...draft, index, slug: names.claim(draft.name) });
    return index;
  };

  const addFixed = (fixed: FixedOrganization, kind: OrganizationKind, weight: number, national: boolean) =>
    add({
      ...fixed,
      base: fixed.name,
      kind,
      parent: null,
      zhName: chineseNameOf(fixed.aliases),
      sector: undefined,
      homeRegion: national
        ? regions.find((r) => r.kind === "country" && r.country.code === fixed.country)!.index
        : undefined,
      weight,
    });
  for (const government of FIXED_ORGANIZATIONS.nationalGovernments) addFixed(government, "government", 3, true);
  for (const region of regions) {
    const isGoverned = region.kind === "province" || (region.kind === "city" && rng.chance(0.7));
    const draft = isGoverned ? governmentDraft(region, regions) : undefined;
    if (draft && !names.has(draft.name)) add({ ...draft, parent: null, weight: region.kind === "province" ? 2 : 1 });
  }
  for (const agency of FIXED_ORGANIZATIONS.nationalAgencies) addFixed(agency, "agency", 2, true);
  for (const region of regions) {
    const draft = agencyDraft(region);
    if (draft && !names.has(draft.name)) add({ ...draft, parent: null, weight: 1 });
  }
  for (const other of FIXED_ORGANIZATIONS.others) addFixed(other, "other", 1, false);

  const cnCities = chineseCities(regions);
  const groupWeights = zipfWeights(parentCompanies, 0.85);
  for (let rank = 0; rank < parentCompanies; rank++) {
    const nation = WEIGHTS.companyCountries.pick(rng);
    const sector = SECTOR_PICKER.pick(rng);
    let named = companyName(rng, nation, SECTORS[sector]!.field, cnCities);
    for (let attempt = 0; names.has(named.name) && attempt < 50; attempt++)
      named = companyName(rng, nation, SECTORS[sector]!.field, cnCities);
    if (names.has(named.name)) continue;
    const groupWeight = groupWeights[rank]!;
    const draft = {
      name: named.name,
      base: named.base,
      aliases: named.aliases,
      zhName: named.zhName,
      kind: "company" as const,
      country: nation,
      parent: null,
      sector,
      homeRegion: undefined,
      weight: groupWeight,
    };
    const subCount =
      rank < 30 ? rng.int(2, 7) : rng.chance(rank < parentCompanies / 4 ? 0.5 : 0.12) ? rng.int(1, 3) : 0;
    const subs = subsidiaryDrafts(rng, draft, named, subCount, cnCities);
    const parentIndex = add({ ...draft, weight: subs.length ? groupWeight * 0.4 : groupWeight });
    const added = new Map<number, number>();
    subs.forEach(({ level, parentOffset, ...sub }, offset) => {
      if (names.has(sub.name)) return;
      const parent = level === 1 ? parentIndex : (added.get(parentOffset) ?? parentIndex);
      added.set(offset, add({ ...sub, parent, weight: (groupWeight * 0.6) / subs.length }));
    });
  }
  return orgs;
}
