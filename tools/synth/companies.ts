// Company names in the style of each country (恒通电池有限公司, Schäfer Batterietechnik GmbH, Tanaka Battery
// Co., Ltd.), with the Chinese names foreign companies use in China, and the subsidiaries and joint ventures of a group.

import { COMPANY_NAMES, SECTORS, type Term } from "./data";
import type { OrgDraft } from "./organizations";
import type { Rng } from "./random";
import type { RegionNode } from "./regions";

export type CompanyName = {
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
export function chineseCities(regions: RegionNode[]): RegionNode[] {
  return regions.filter((r) => r.kind === "city" && r.country.code === "CN" && !/(District|Area)$/.test(r.name));
}

export function companyName(rng: Rng, nation: string, field: Term, cnCities: RegionNode[]): CompanyName {
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

/** A subsidiary at `level` below its group's parent; level-2 ones hang below the level-1 draft at `parentOffset`. */
type SubsidiaryDraft = OrgDraft & { level: 1 | 2; parentOffset: number };

/** Subsidiaries and joint ventures of one company, one or two levels deep. */
export function subsidiaryDrafts(
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
