import { todayIso } from "@/lib/dates";
import type { CommitmentKind } from "@/lib/vocabulary";
import { findAmounts } from "./amounts";
import { classifySentence, isHeading, opensRequestList } from "./classify";
import { findJobs } from "./jobs";
import { splitEnglishClauses, splitInvestmentList } from "./clauses";
import { detectLanguage } from "./detect-language";
import { toSimplified } from "@/lib/text/simplified";
import { isVenue, levelPlace, ownPlace, pickPlace, refineRegions, within } from "./places";
import {
  type OrgMention,
  type PlaceMention,
  findOrganizations,
  findPlaces,
  isGovernmentName,
  speaksForGovernment,
} from "./mentions";
import { type GovernmentAct, governmentAct, splitIncentive } from "./government-acts";
import { governmentRegions, withPlaceNames } from "./government-places";
import { NameIndex, foldForMatching } from "./names";
import { jointPartner, namesParty } from "./joint";
import { type NlpNames, englishNames } from "./nlp-names";
import {
  Discourse,
  EN_GOVERNMENT_PEOPLE,
  type Party,
  documentParties,
  partyOf,
  referenceIn,
  sideOfSpeaker,
  speakerName,
} from "./parties";
import { type Segment, splitSentences } from "./segment";
import { findSector } from "./sector";
import { subjectName } from "./subject";
import { findTarget } from "./targets";
import type {
  Candidate,
  ExtractOptions,
  Extraction,
  KnownOrganization,
  KnownRegion,
  Language,
  Reference,
} from "./types";

// From a statement's text to its candidate commitments (CONTRACT.md, POST /api/v1/intake/extract, less
// `restates`, which needs the database). Pure: the text and the known organizations and regions in, the
// candidates out.

/** Where the commitment's verb is: what comes before it names (or refers to) the maker. */
const EN_MARKER =
  /\b(will|would|has committed|have committed|committed|is investing|are investing|shall|'ll|is to|are to|plans?|planning|aims?|is set|are set|is slated|are slated|commit|pledge|promise|agreed|agrees|decided|is going|are going|expects?|is expected|are expected|scheduled|intends?|is willing|are willing|willing|ready|to invest|to build|says it will)\b/i;
/** Where no verb of commitment is found, the reporting verb stands in: "X announced an investment of …". */
const EN_WEAK_MARKER = /\b(signed|has signed|have signed|inked|announced|confirmed|entered into)\b/i;
const ZH_MARKER = /(将|拟|计划|承诺|确保|力争|争取|决定|准备|愿|签署|签订|签约|投资)/u;
/** Where a reference to a party ("we", "the company", "provincial leaders", "该公司") stands in a subject. */
const ZH_REFERENCE_WORD = /(我们|我省|我市|他们|他|她|该公司|该集团|该项目|公司|集团|企业|省政府|市政府)/u;
const EN_REFERENCE_WORD = new RegExp(
  String.raw`\b(we|our|the (?:[\p{L}-]+ ){0,3}?(?:company|group|firm|carmaker|automaker|manufacturer|maker|province|state|city|government|project|facility|plant|factory|gigafactory|investment|site|joint venture|subsidiary)|${EN_GOVERNMENT_PEOPLE}|it)\b|^\s*(?:the\s+)?(?:work|construction|production)\b`,
  "iu",
);
const EN_REQUEST_TRIGGER = /\b(hope[sd]?|hoped|hoping|urged?|called on|asked|requested|encouraged?|expects?)\b/i;
const ZH_REQUEST_TRIGGER = /(希望|要求|恳请|请求|期望|寄望)/u;
const BUSINESS =
  /\b(invest\w*|plant|factory|facility|jobs?|manufactur\w*|production)\b|投资|工厂|项目|基地|亿元|就业/iu;
const EN_ANAPHORIC_JOBS = /^(?:this|these|with this)\b/i;
const ZH_ANAPHORIC_JOBS = /^(?:这|此|该项目|项目建成后|建成后|投产后)/u;

type Analysed = { segment: Segment; simplified: string; orgs: OrgMention[]; places: PlaceMention[]; heading: boolean };

function parties(orgs: OrgMention[]): OrgMention[] {
  return orgs.filter((m) => !m.asPlace);
}

/** The party asked to act in a request: named after the request's word, else the one the list or the speaker addresses. */
function askedParty(item: Analysed, language: Language, discourse: Discourse): Party | null {
  const trigger = (language === "zh" ? ZH_REQUEST_TRIGGER : EN_REQUEST_TRIGGER).exec(item.simplified);
  const after = trigger ? item.segment.start + trigger.index : item.segment.start;
  const named = parties(item.orgs).find(
    (m) =>
      m.start >= after &&
      !(
        discourse.speaker &&
        m.government === discourse.speaker.government &&
        m.known?.slug === discourse.speaker.known?.slug
      ),
  );
  if (named) return partyOf(named);
  if (discourse.requestList?.maker) return discourse.requestList.maker;
  return discourse.speaker ? discourse.other(discourse.speaker) : discourse.company();
}

/** Words before an organization that make it a means or a partner, not the one acting ("through X", "with X"). */
const EN_NOT_SUBJECT_BEFORE =
  /\b(?:through|via|with|by|of|from|including|to|for|and its|between)\s+(?:the\s+|its\s+)?$/i;
const ZH_NOT_SUBJECT_BEFORE = /(?:通过|与|和|同|向|对|为|给|及)$/u;
/** An apposition opening: "X, a company dedicated to …, will". */
const APPOSITION_OPENING = /,\s+(?:a|an|the|which|who|its|one of)\b/i;

/**
 * The party a clause's verb belongs to among the organizations named before it: the nearest one, unless it
 * is a means or partner of another ("through X") or sits inside an apposition after the subject.
 */
function subjectAmong(before: OrgMention[], text: string, language: Language): OrgMention | null {
  const notSubject = language === "zh" ? ZH_NOT_SUBJECT_BEFORE : EN_NOT_SUBJECT_BEFORE;
  const candidates = before.filter((m) => !notSubject.test(text.slice(Math.max(0, m.start - 16), m.start)));
  if (language === "zh") return chineseSubject(candidates, text);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i]!;
    // "Samsung SDI and General Motors will": the first of the pair leads.
    const previous = candidates[i - 1];
    if (previous && /^\s*(?:and|&)\s*$/.test(text.slice(previous.end, m.start))) continue;
    // "General Motors (GM) will": the acronym in brackets is the name before it.
    if (previous && /^\s*\(\s*$/.test(text.slice(previous.end, m.start))) continue;
    const earlier = candidates.slice(0, i).find((e) => APPOSITION_OPENING.test(text.slice(e.end, m.start)));
    return earlier ?? m;
  }
  return null;
}

/**
 * In Chinese the subject opens its clause: the first organization of the nearest clause (between commas)
 * that names one, not the one nearest the verb ("招商局集团有意扩展江西市场,准备投资江西" is 招商局集团's).
 */
function chineseSubject(candidates: OrgMention[], text: string): OrgMention | null {
  const last = candidates.at(-1);
  if (!last) return null;
  let first = last;
  for (let i = candidates.length - 2; i >= 0; i--) {
    const m = candidates[i]!;
    if (/[，,；;。：:]|表示|说/u.test(text.slice(m.end, first.start))) break;
    first = m;
  }
  return first;
}

/** The party that binds itself: named before the verb, referred to ("we", "the company"), or the speaker. */
function bindingParty(
  item: Analysed,
  kind: CommitmentKind,
  language: Language,
  discourse: Discourse,
  signed: boolean,
  text: string,
  act: GovernmentAct,
): Party | null {
  const named = parties(item.orgs);
  if (act === "beneficiary") {
    const government = named.find((m) => m.government);
    return government ? partyOf(government) : discourse.government();
  }
  if (signed) {
    const company = named.find((m) => !m.government);
    if (company) return partyOf(company);
  }
  const marker =
    (language === "zh" ? ZH_MARKER : EN_MARKER).exec(item.simplified) ??
    (language === "zh" ? null : EN_WEAK_MARKER.exec(item.simplified));
  if (!marker) return named.length ? partyOf(named[0]!) : (discourse.speaker ?? discourse.company());
  const at = item.segment.start + marker.index;
  const subject = item.simplified.slice(0, marker.index);
  const reference = referenceIn(subject, language);
  const chosen = subjectAmong(
    named.filter((m) => m.end <= at),
    text,
    language,
  );
  // A pronoun right before the verb refers past any name earlier in the sentence ("X said the company will …").
  const referenceAt = reference ? subject.search(language === "zh" ? ZH_REFERENCE_WORD : EN_REFERENCE_WORD) : -1;
  // "X announced that it plans to …": "it" is X. "X said the company will …" is another company.
  const pronoun =
    reference === "company" && /\b(?:it|its|they)\b/i.test(subject.slice(Math.max(0, referenceAt)).slice(0, 6));
  if (chosen && (pronoun || !(reference && item.segment.start + referenceAt > chosen.end))) return partyOf(chosen);
  // Support and services nobody named are the government side's ("we will fully support the company").
  if (act === "service" && (reference === "we" || reference === null) && discourse.government())
    return discourse.government();
  if (reference === "we") return discourse.speaker ?? discourse.company();
  if (reference === "company") return discourse.company();
  if (reference === "government") return discourse.government();
  const written = subjectName(item.segment.text.slice(0, marker.index), language);
  if (written) return { known: null, text: written, government: isGovernmentName(written) };
  if (kind !== "request" && named.length) {
    const company = named.find((m) => !m.government);
    if (company) return partyOf(company);
    if (!BUSINESS.test(item.simplified)) return partyOf(named[0]!);
  }
  return discourse.speaker ?? discourse.company();
}

const sameParty = (a: Party | null, b: Party | null) =>
  !!a && !!b && (a.known && b.known ? a.known.slug === b.known.slug : a.text.toLowerCase() === b.text.toLowerCase());

function counterpartOf(maker: Party | null, item: Analysed, discourse: Discourse): Party | null {
  const others = parties(item.orgs)
    .map(partyOf)
    .filter((p) => !sameParty(p, maker));
  const preferred = others.find((p) => p.government !== maker?.government) ?? others[0];
  if (preferred) return preferred;
  const other = discourse.other(maker);
  return sameParty(other, maker) ? null : other;
}

/**
 * Short names a text defines for an organization: "珠海金桥置业有限公司(以下简称“金桥公司”)",
 * "Contemporary Amperex Technology Co. Limited (CATL)". Later mentions by the short name mean the full one.
 */
function definedShortNames(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(
    /([\p{Script=Han}A-Za-z0-9（）()]{4,40}?)[（(](?:以下简称|下称|简称)[“"「]?([^”"」）)]{2,12})[”"」]?[）)]/gu,
  )) {
    map.set(m[2]!, m[1]!);
  }
  for (const m of text.matchAll(
    /((?:[A-Z][\p{L}.&'’-]*\s+){1,7}(?:[A-Z][\p{L}.&'’-]*))\s+\((?:hereinafter\s+)?[“"]?([A-Z][A-Za-z0-9&-]{1,9})[”"]?\)/gu,
  )) {
    map.set(m[2]!, m[1]!);
  }
  return map;
}

const named = (p: Party | null) => (p?.known ? { slug: p.known.slug, name: p.known.name } : null);
const asText = (p: Party | null) => (p && !p.known ? p.text : null);

/**
 * The candidate commitments of a statement, in the order of the text. Each quote is a sentence (or a
 * clause of a Chinese sentence) of the text, at its offsets.
 */
export function extractCommitments(text: string, reference: Reference, options: ExtractOptions = {}): Extraction {
  const language = options.language ?? detectLanguage(text);
  const publishedOn = options.publishedOn ?? todayIso();
  const folded = foldForMatching(text);
  const simplified = toSimplified(text);
  const governmentPlaces = governmentRegions(reference.organizations, reference.regions);
  const orgIndex = new NameIndex<KnownOrganization>(withPlaceNames(reference.organizations, governmentPlaces));
  const regionIndex = new NameIndex<KnownRegion>(reference.regions);

  const names: NlpNames = language === "en" ? englishNames(text) : { organizations: [], places: [] };
  const segments = splitSentences(text, language);
  const perParagraph = new Map<number, number>();
  for (const s of segments) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  const analysed: Analysed[] = segments
    .flatMap((segment) => {
      const pieces = language === "zh" ? splitInvestmentList(segment, simplified) : splitEnglishClauses(segment, text);
      return pieces.map((piece) => ({ ...piece, whole: pieces.length === 1 }));
    })
    .map(({ whole, ...piece }) => {
      const segment = { ...piece, text: text.slice(piece.start, piece.end) };
      const found = findOrganizations(text, folded, segment.start, segment.end, orgIndex, language, names);
      const places = findPlaces(text, folded, segment.start, segment.end, regionIndex, language, found, names);
      // A known place is not an unknown company ("worked with Waynesboro").
      const orgs = found.filter(
        (o) => o.known || o.government || !places.some((p) => p.known && p.start <= o.start && p.end >= o.end),
      );
      return {
        segment,
        simplified: simplified.slice(segment.start, segment.end),
        orgs,
        places,
        // Headings name the parties but state nothing themselves.
        heading: whole && isHeading(segment.text, perParagraph.get(segment.paragraph) === 1),
      };
    });
  const shortNames = definedShortNames(text);
  for (const item of analysed) {
    for (const m of item.orgs) if (!m.known && shortNames.has(m.text)) m.text = shortNames.get(m.text)!;
  }
  const allOrgs = analysed.flatMap((a) => a.orgs);
  const discourse = new Discourse(documentParties(allOrgs.filter((m) => !m.asPlace)));
  const mentionsNear = (from: number, to: number) => allOrgs.filter((m) => m.start >= from && m.end <= to);
  const regionsBySlug = new Map(reference.regions.map((r) => [r.slug, r]));
  const placeTally = new Map<string, { place: PlaceMention; n: number }>();
  for (const p of analysed.flatMap((a) => a.places)) {
    const key = p.known?.slug ?? p.text;
    placeTally.set(key, { place: p, n: (placeTally.get(key)?.n ?? 0) + 1 });
  }
  // Where the statement is about: the most specific known place its opening names (not where a meeting
  // was held), else the place it names most.
  const opening = analysed
    .filter((a) => a.segment.paragraph <= 1)
    .flatMap((a) => a.places.filter((p) => p.known && !isVenue(text, p)));
  const leadPlace = opening.length ? pickPlace(opening, regionsBySlug) : null;
  const documentPlace = leadPlace ?? [...placeTally.values()].sort((a, b) => b.n - a.n)[0]?.place ?? null;
  let paragraphPlace: PlaceMention | null = null;
  /** Where each maker's last commitment was: a maker's later sentences usually say no place again. */
  const regionOfMaker = new Map<string, PlaceMention>();
  const makerKey = (p: Party | null) => (p ? (p.known?.slug ?? p.text.toLowerCase()) : "");
  let lastParagraph = -1;

  /** Organizations a later "the company" may mean: not one named as a means ("facilitated by UNIDO"). */
  const inView = (orgs: OrgMention[]) =>
    orgs.filter((m) => !/\b(?:by|through|via)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 16), m.start)));
  const candidates: Candidate[] = [];
  let previous: { candidate: Candidate; paragraph: number } | null = null;
  /** The last joint commitment's makers: the sentences after it that name nobody are the pair's too. */
  let joint: { maker: Party; partner: Party } | null = null;
  for (const item of analysed) {
    const { segment } = item;
    discourse.enterParagraph(segment.paragraph);
    const opensParagraph = segment.paragraph !== lastParagraph;
    if (opensParagraph) {
      paragraphPlace = null;
      lastParagraph = segment.paragraph;
    }
    const speaker = speakerName(item.simplified, language);
    // "He assured them …" opening a paragraph: the one who spoke last.
    if (opensParagraph && !speaker && language === "en" && /^(?:He|She)\b/.test(segment.text))
      discourse.speaker ??= discourse.previousSpeaker;
    if (speaker) {
      const own = item.orgs.find((m) => m.text === speaker);
      const side = own ? partyOf(own) : sideOfSpeaker(speaker, simplified, language, mentionsNear);
      if (side) discourse.setSpeaker(side);
      else discourse.guessSpeaker();
    }
    const place = pickPlace(item.places, regionsBySlug);

    if (opensRequestList(item.simplified, language)) {
      const asked = parties(item.orgs).find((m) => !sameParty(partyOf(m), discourse.speaker));
      discourse.requestList = {
        maker: asked ? partyOf(asked) : discourse.other(discourse.speaker),
        counterpart: discourse.speaker ?? discourse.government(),
      };
      discourse.remember(inView(item.orgs));
      paragraphPlace = place ?? paragraphPlace;
      previous = null;
      continue;
    }

    if (item.heading) {
      discourse.remember(inView(item.orgs));
      continue;
    }
    const verdict = classifySentence(item.simplified, language, { inRequestList: discourse.requestList !== null });
    // "This will create 200 jobs" after a commitment adds its jobs to it, rather than standing alone.
    const jobs = findJobs(item.simplified);
    const anaphoric = (language === "zh" ? ZH_ANAPHORIC_JOBS : EN_ANAPHORIC_JOBS).test(item.simplified);
    if (jobs && anaphoric && previous && previous.paragraph === segment.paragraph && previous.candidate.jobs === null) {
      previous.candidate.jobs = jobs.jobs;
      discourse.remember(inView(item.orgs));
      continue;
    }
    if (verdict.commitment) {
      const act = verdict.kind === "pledge" ? governmentAct(item.simplified, language) : null;
      const bound =
        verdict.kind === "request"
          ? askedParty(item, language, discourse)
          : bindingParty(item, verdict.kind, language, discourse, verdict.rule === "signed agreement", text, act);
      // Governments pledge support and services; a plant, an investment or jobs are the company's.
      const company = parties(item.orgs).find((m) => !m.government);
      const maker =
        bound?.government && company && act === null && verdict.kind === "pledge" && BUSINESS.test(item.simplified)
          ? partyOf(company)
          : bound;
      const counterpart =
        verdict.kind === "request" &&
        discourse.requestList?.counterpart &&
        !sameParty(discourse.requestList.counterpart, maker)
          ? discourse.requestList.counterpart
          : counterpartOf(maker, item, discourse);
      const context: PlaceMention | null =
        ownPlace(maker, governmentPlaces) ??
        levelPlace(
          item.simplified,
          regionOfMaker.get(makerKey(maker)) ?? documentPlace ?? paragraphPlace,
          regionsBySlug,
        );
      // "in the U.S. market" after a plant in Bryan County: the place the text was already at is more precise.
      const region: PlaceMention | null =
        place?.known?.kind === "country" &&
        context?.known &&
        context.known.slug !== place.known.slug &&
        within(context.known, place.known, regionsBySlug)
          ? context
          : (place ?? context);
      if (region) regionOfMaker.set(makerKey(maker), region);
      const amounts = findAmounts(item.simplified, options.publisherCountry ?? null);
      const [money] = amounts;
      const candidate: Candidate = {
        quote: segment.text,
        start: segment.start,
        end: segment.end,
        kind: verdict.kind,
        maker: named(maker),
        makerText: asText(maker),
        counterpart: named(counterpart),
        counterpartText: asText(counterpart),
        region: region?.known ? { slug: region.known.slug, name: region.known.name } : null,
        regionText: region && !region.known ? region.text : null,
        sector: findSector(item.simplified),
        amount: money?.amount ?? null,
        currency: money?.currency ?? null,
        jobs: jobs?.jobs ?? null,
        targetOn: findTarget(item.simplified, publishedOn)?.targetOn ?? null,
      };
      // A government's incentive that also states the company's figures: the company's pledge beside it.
      const beneficiary =
        act === "beneficiary" && (maker === null || maker.government)
          ? parties(item.orgs).find((m) => !m.government)
          : null;
      const split =
        beneficiary &&
        splitIncentive(
          candidate,
          { named: named(partyOf(beneficiary)), text: asText(partyOf(beneficiary)) },
          item.simplified,
          amounts,
        );
      candidates.push(...(split || [candidate]));
      const verb = (language === "zh" ? ZH_MARKER : EN_MARKER).exec(item.simplified);
      const verbAt = segment.start + (verb?.index ?? segment.text.length);
      const partner: Party | null =
        jointPartner(item.orgs, maker, text, verbAt, language) ??
        (joint && maker && !namesParty(item.orgs, maker) && sameParty(joint.maker, maker) ? joint.partner : null);
      if (partner) {
        const other = counterpartOf(partner, item, discourse);
        candidates.push({
          ...candidate,
          maker: named(partner),
          makerText: asText(partner),
          counterpart: named(sameParty(other, maker) ? counterpart : other),
          counterpartText: asText(sameParty(other, maker) ? counterpart : other),
        });
      }
      joint = partner && maker ? { maker, partner } : namesParty(item.orgs, maker) ? null : joint;
      // Jobs a next sentence adds ("This will create 120 jobs") are the company's, not its incentive's.
      previous = { candidate: split ? split[1] : candidate, paragraph: segment.paragraph };
      discourse.remember(inView(item.orgs));
      discourse.madeBy(maker);
    } else {
      previous = null;
      discourse.remember(inView(item.orgs));
    }
    paragraphPlace = place ?? paragraphPlace;
  }
  const governments = new Set(reference.organizations.filter(speaksForGovernment).map((o) => o.slug));
  refineRegions(candidates, regionsBySlug, (c) =>
    c.maker ? governments.has(c.maker.slug) : c.makerText !== null && isGovernmentName(c.makerText),
  );
  return { language, candidates };
}
