// The organizations of the synthetic data: national and local governments and agencies, the fixed chambers
// and universities, and company groups with subsidiaries and joint ventures, named in their own languages.

import type { OrganizationKind } from "../../db/vocabulary";
import { COMPANY_NAMES, FIXED_ORGANIZATIONS, type FixedOrganization, SECTORS, type Term, WEIGHTS } from "./data";
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

type OrgDraft = Omit<OrgNode, "index" | "slug">;

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

type CompanyName = {
  name: string;
  base: string;
  brand: string;
  brandZh: string;
  zhName: string | undefined;
  aliases: string[];
};

function transliterate(rng: Rng): string {
  const n = rng.int(2, 3);
  let out = "";
  for (let i = 0; i < n; i++) out += rng.pick(COMPANY_NAMES.transliterationSyllables);
  return out;
}

function chineseBrand(rng: Rng): [pinyin: string, zh: string] {
  const a = rng.pick(COMPANY_NAMES.chineseBrandSyllables);
  let b = rng.pick(COMPANY_NAMES.chineseBrandSyllables);
  while (b === a) b = rng.pick(COMPANY_NAMES.chineseBrandSyllables);
  return [a[1] + b[1].toLowerCase(), a[0] + b[0]];
}

/** Chinese cities that can prefix a company name ("Shenyang …"); districts cannot. */
function chineseCities(regions: RegionNode[]): RegionNode[] {
  return regions.filter((r) => r.kind === "city" && r.country.code === "CN" && !/(District|Area)$/.test(r.name));
}

function companyName(rng: Rng, nation: string, field: Term, cnCities: RegionNode[]): CompanyName {
  const [fieldEn, fieldZh, fieldDe] = field;
  switch (nation) {
    case "CN": {
      const [brand, brandZh] = chineseBrand(rng);
      const city = rng.chance(0.4) ? rng.pick(cnCities) : undefined;
      const cityEn = city ? `${city.name} ` : "";
      const cityZh = city?.zhName?.replace(/市$/, "") ?? "";
      const forms = [
        ["Co., Ltd.", "有限公司"],
        ["Group Co., Ltd.", "集团有限公司"],
        ["Technology Co., Ltd.", "科技有限公司"],
      ] as const;
      const [formEn, formZh] = rng.pick(fieldEn.includes("Technology") ? forms.slice(0, 2) : forms);
      const base = `${cityEn}${brand} ${fieldEn}`;
      const zhName = `${cityZh}${brandZh}${fieldZh}${formZh}`;
      return {
        name: `${base} ${formEn}`,
        base,
        brand,
        brandZh,
        zhName,
        aliases: [zhName, `${brandZh}${fieldZh}`, `${brand} ${fieldEn}`],
      };
    }
    case "DE": {
      const form = rng.pick(COMPANY_NAMES.german.forms);
      const style = rng.int(1, 3);
      const surname = rng.pick(COMPANY_NAMES.german.surnames);
      const brand =
        style === 1
          ? surname
          : style === 2
            ? rng.pick(COMPANY_NAMES.german.prefixes) + rng.pick(COMPANY_NAMES.german.suffixes)
            : `${surname} & ${rng.pick(COMPANY_NAMES.german.surnames)}`;
      const base = style === 3 ? brand : `${brand} ${fieldDe}`;
      const brandZh = transliterate(rng);
      const zhName = rng.chance(0.6) ? `${brandZh}${fieldZh}（中国）有限公司` : undefined;
      const aliases = [base, ...(zhName ? [zhName, brandZh] : [])];
      return { name: `${base} ${form}`, base, brand, brandZh, zhName, aliases };
    }
    case "JP": {
      const [brand, kanji] = rng.pick(COMPANY_NAMES.japanese);
      const base = `${brand} ${fieldEn}`;
      const zhName = `${kanji}${fieldZh}株式会社`;
      return { name: `${base} Co., Ltd.`, base, brand, brandZh: kanji, zhName, aliases: [zhName, base] };
    }
    default: {
      const [brand, form] = foreignBrand(rng, nation);
      const base = `${brand} ${fieldEn}`;
      const brandZh = transliterate(rng);
      const zhName = rng.chance(0.3) ? `${brandZh}${fieldZh}公司` : undefined;
      return { name: `${base} ${form}`, base, brand, brandZh, zhName, aliases: zhName ? [zhName, base] : [base] };
    }
  }
}

function foreignBrand(rng: Rng, nation: string): [brand: string, form: string] {
  const { names, forms } = COMPANY_NAMES.byCountry[nation]!;
  return [rng.pick(names), forms.length > 1 ? rng.pick(forms) : forms[0]!];
}

const SECTOR_PICKER = new WeightedPicker(
  SECTORS.map((_, i) => i),
  SECTORS.map((s) => s.weight),
);

/** A subsidiary at `level` below its group's parent; level-2 ones hang below the level-1 draft at `parentOffset`. */
type SubsidiaryDraft = OrgDraft & { level: 1 | 2; parentOffset: number };

/** Subsidiaries and joint ventures of one company, one or two levels deep. */
function subsidiaryDrafts(
  rng: Rng,
  parent: OrgDraft,
  named: CompanyName,
  count: number,
  cnCities: RegionNode[],
): SubsidiaryDraft[] {
  const out: SubsidiaryDraft[] = [];
  const { brand, brandZh } = named;
  const sector = SECTORS[parent.sector ?? 0]!;
  const [fieldEn, fieldZh] = sector.field;
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    let draft: OrgDraft;
    if (parent.country !== "CN" && roll < 0.45) {
      const city = rng.pick(cnCities);
      const cityZh = city.zhName?.replace(/市$/, "") ?? city.name;
      const base = `${brand} ${fieldEn} (${city.name})`;
      const zhName = `${brandZh}${fieldZh}（${cityZh}）有限公司`;
      draft = { ...parent, kind: "company", country: "CN", name: `${base} Co., Ltd.`, base, zhName, aliases: [zhName] };
    } else if (roll < 0.75) {
      // A joint venture named after both partners, like 华晨宝马 (Brilliance + BMW).
      const [partner, partnerZh] = chineseBrand(rng);
      const base =
        parent.country === "CN"
          ? `${brand} ${rng.pick(COMPANY_NAMES.byCountry.US!.names)} ${fieldEn}`
          : `${partner} ${brand} ${fieldEn}`;
      const zhName =
        parent.country === "CN"
          ? `${brandZh}${transliterate(rng)}${fieldZh}有限公司`
          : `${partnerZh}${brandZh}${fieldZh}有限公司`;
      draft = {
        ...parent,
        kind: "joint_venture",
        country: "CN",
        name: `${base} Co., Ltd.`,
        base,
        zhName,
        aliases: [zhName, zhName.replace(/有限公司$/, "")],
      };
    } else {
      const [suffix, country, form] = rng.pick([
        ["Deutschland", "DE", "GmbH"],
        ["Europe", "DE", "GmbH"],
        ["Magyarország", "HU", "Kft."],
        ["North America", "US", "Inc."],
        ["Japan", "JP", "K.K."],
        ["France", "FR", "SAS"],
        ["México", "MX", "S.A. de C.V."],
      ] as const);
      const base = `${brand} ${fieldEn} ${suffix}`;
      draft = { ...parent, kind: "company", country, name: `${base} ${form}`, base, zhName: undefined, aliases: [] };
    }
    const offset = out.length;
    out.push({ ...draft, parent: null, level: 1, parentOffset: -1 });
    if (rng.chance(0.25)) {
      for (let k = rng.int(1, 2); k > 0; k--) {
        const [en, zh] = rng.pick([
          ["Powertrain", "动力总成"],
          ["Battery Systems", "电池系统"],
          ["Components", "零部件"],
          ["Sales", "销售"],
          ["R&D Center", "研发中心"],
        ] as const);
        // "Brand Field (City)" becomes "Brand Field Powertrain (City)".
        const base = draft.base.replace(/^(.*?)( \(.*\))?$/, `$1 ${en}$2`);
        const zhName = draft.zhName ? draft.zhName.replace(/有限公司$/, `${zh}有限公司`) : undefined;
        const form = draft.name.slice(draft.base.length).trim() || "Co., Ltd.";
        out.push({
          ...draft,
          kind: "company",
          name: `${base} ${form}`,
          base,
          zhName,
          aliases: zhName ? [zhName] : [],
          level: 2,
          parentOffset: offset,
        });
      }
    }
  }
  return out;
}

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
