// The word and place lists of the synthetic data, kept as JSON in ./data and typed here. Each list is read
// once, in its file's order; the order matters, since the seeded draws pick by position.

import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type CommitmentStatus, EVIDENCE_STANCES } from "../../db/vocabulary";
import { isCurrencyCode } from "../../lib/currencies";
import companyNames from "./data/company-names.json";
import countries from "./data/countries.json";
import organizations from "./data/organizations.json";
import phrases from "./data/phrases.json";
import publishers from "./data/publishers.json";
import sectors from "./data/sectors.json";
import { type Rng, WeightedPicker } from "./random";
import weights from "./data/weights.json";

/** One thing in three languages: [English, Chinese, German]. */
export type Term = readonly [en: string, zh: string, de: string];

/** A place's name and its other names; the first Chinese one is its Chinese name. */
export type PlaceEntry = { name: string; aliases: string[] };

export type CountrySpec = PlaceEntry & {
  /** ISO 3166-1 alpha-2. */
  code: string;
  currency: string;
  /** The language most local sources and evidence are written in (ISO 639-1). */
  language: string;
  /** Share of all commitments located in this country. */
  weight: number;
  provinces: (PlaceEntry & { cities: PlaceEntry[] })[];
  /** Development zones and parks, under the province or city named `parent`. */
  zones: (PlaceEntry & { parent: string })[];
};

export type SectorSpec = {
  name: string;
  weight: number;
  /** Facilities a commitment may be about ("a battery cell plant"). */
  products: Term[];
  /** Fields of cooperation ("battery recycling"). */
  topics: Term[];
  /** The word in a company name ("Hengtong Battery Co., Ltd.", "恒通电池", "Schäfer Batterietechnik"). */
  field: Term;
};

export type Publisher = { name: string; host: string; language: string; country?: string };

/** An organization that is always there, whatever the seed: national governments, agencies, chambers. */
export type FixedOrganization = PlaceEntry & { country: string };

export const COUNTRIES: readonly CountrySpec[] = countries;
/** A list from JSON as a tuple, once its length is checked. */
function tuple<T extends readonly string[]>(items: string[], length: T["length"], where: string): T {
  if (items.length !== length) throw new Error(`${where}: expected ${length} entries in ${JSON.stringify(items)}`);
  return items as readonly string[] as T;
}

const term = (items: string[]) => tuple<Term>(items, 3, "sectors.json");
export const SECTORS: readonly SectorSpec[] = sectors.map((s) => ({
  ...s,
  products: s.products.map(term),
  topics: s.topics.map(term),
  field: term(s.field),
}));
export const PUBLISHERS: readonly Publisher[] = publishers;

/** Sentences and fragments: where in a source ("para. {n}"), reasons for status changes, evidence notes. */
export const PHRASES: typeof phrases & { statusChangeReasons: Record<CommitmentStatus, string[]> } = phrases;
export const FIXED_ORGANIZATIONS: Record<keyof typeof organizations, readonly FixedOrganization[]> = organizations;

/** Parts of company names: Chinese brand syllables with their pinyin, and names and legal forms by country. */
export const COMPANY_NAMES: {
  chineseBrandSyllables: readonly (readonly [zh: string, pinyin: string])[];
  /** Syllables for the Chinese names of foreign companies (施密特, 舍弗勒…). */
  transliterationSyllables: readonly string[];
  german: { surnames: string[]; prefixes: string[]; suffixes: string[]; forms: string[] };
  japanese: readonly (readonly [romaji: string, kanji: string])[];
  /** Other countries: a name and, where there is more than one, a drawn legal form. */
  byCountry: Record<string, { names: string[]; forms: string[] }>;
} = {
  ...companyNames,
  chineseBrandSyllables: companyNames.chineseBrandSyllables.map((p) =>
    tuple<readonly [string, string]>(p, 2, "company-names.json"),
  ),
  japanese: companyNames.japanese.map((p) => tuple<readonly [string, string]>(p, 2, "company-names.json")),
};

/** A picker over `choices` ({ item: weight }, in file order), each item checked against the app's `allowed`. */
function pickerOf<T extends string>(choices: Record<string, number>, allowed: readonly T[], where: string) {
  const pairs = Object.entries(choices).map(([item, weight]) => {
    if (!allowed.includes(item as T))
      throw new Error(`weights.json ${where}: "${item}" is not one of ${allowed.join(", ")}`);
    return [item as T, weight] as const;
  });
  return WeightedPicker.of(pairs);
}

const byStatus = <T extends string>(
  table: Record<string, Record<string, number>>,
  allowed: readonly T[],
  where: string,
) =>
  Object.fromEntries(
    COMMITMENT_STATUSES.map((status) => [status, pickerOf(table[status] ?? {}, allowed, `${where}.${status}`)]),
  ) as Record<CommitmentStatus, WeightedPicker<T>>;

/** How often things are drawn: kinds, company countries, announcement years, status histories, stances. */
export const WEIGHTS = {
  commitmentKinds: pickerOf(weights.commitmentKinds, COMMITMENT_KINDS, "commitmentKinds"),
  companyCountries: pickerOf(
    weights.companyCountries,
    COUNTRIES.map((c) => c.code),
    "companyCountries",
  ),
  /** Relative weight of an announcement in each year; years not listed weigh 10 (of at most 13). */
  announcementYears: weights.announcementYears as Record<string, number>,
  statusPredecessors: byStatus(weights.statusPredecessors, COMMITMENT_STATUSES, "statusPredecessors"),
  evidenceStances: byStatus(weights.evidenceStances, EVIDENCE_STANCES, "evidenceStances"),
  /** Units of each currency to one US dollar, for amounts of a plausible size. */
  usdRates: weights.usdRates as Record<string, number>,
};

for (const country of COUNTRIES) {
  if (!isCurrencyCode(country.currency))
    throw new Error(`countries.json: ${country.name} has currency "${country.currency}"`);
}

/**
 * One of `templates` with its {placeholders} filled in from `values`. A list of one is taken without a draw,
 * so a language with a single wording leaves the random sequence as it is.
 */
export function fillOneOf(rng: Rng, templates: readonly string[], values: Record<string, string | number>): string {
  const template = templates.length === 1 ? templates[0]! : rng.pick(templates);
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for {${key}} in "${template}"`);
    return String(value);
  });
}
