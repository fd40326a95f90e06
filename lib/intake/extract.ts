import { todayIso } from "@/lib/dates";
import type { CommitmentKind } from "@/lib/vocabulary";
import { findAmounts } from "./amounts";
import { classifySentence, isHeading, opensRequestList } from "./classify";
import { findJobs } from "./jobs";
import { detectLanguage, toSimplified } from "./language";
import { type OrgMention, type PlaceMention, findOrganizations, findPlaces, isGovernmentName } from "./mentions";
import { NameIndex, foldForMatching } from "./names";
import { Discourse, type Party, documentParties, partyOf, referenceIn, sideOfSpeaker, speakerName } from "./parties";
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

const REGION_DEPTH: Record<KnownRegion["kind"], number> = { country: 1, province: 2, city: 3, other: 3, zone: 4 };

/** Where the commitment's verb is: what comes before it names (or refers to) the maker. */
const EN_MARKER =
  /\b(will|shall|'ll|is to|are to|plans?|planning|aims?|is set|are set|is slated|are slated|commit|pledge|promise|agreed|agrees|decided|is going|are going|expects?|is expected|are expected|scheduled|intends?|is willing|are willing|willing|ready|to invest|to build|signed|has signed|have signed|announced|says it will)\b/i;
const ZH_MARKER = /(将|拟|计划|承诺|确保|力争|争取|决定|准备|愿|签署|签订|签约|投资)/u;
const EN_REQUEST_TRIGGER = /\b(hope[sd]?|hoped|hoping|urged?|called on|asked|requested|encouraged?|expects?)\b/i;
const ZH_REQUEST_TRIGGER = /(希望|要求|恳请|请求|期望|寄望)/u;
const BUSINESS =
  /\b(invest\w*|plant|factory|facility|jobs?|manufactur\w*|production)\b|投资|工厂|项目|基地|亿元|就业/iu;
const EN_ANAPHORIC_JOBS = /^(?:this|these|with this)\b/i;
const ZH_ANAPHORIC_JOBS = /^(?:这|此|该项目|项目建成后|建成后|投产后)/u;

type Analysed = { segment: Segment; simplified: string; orgs: OrgMention[]; places: PlaceMention[]; heading: boolean };

function pickPlace(places: PlaceMention[]): PlaceMention | null {
  const known = places.filter((p) => p.known);
  if (known.length) {
    return known.reduce((best, p) => (REGION_DEPTH[p.known!.kind] >= REGION_DEPTH[best.known!.kind] ? p : best));
  }
  return places[0] ?? null;
}

/** Whether region `inner` lies within region `outer` (by the region tree's parents). */
function within(inner: KnownRegion, outer: KnownRegion, bySlug: Map<string, KnownRegion>): boolean {
  for (
    let r: KnownRegion | undefined = inner, steps = 0;
    r && steps < 10;
    r = r.parent ? bySlug.get(r.parent) : undefined, steps++
  ) {
    if (r.slug === outer.slug) return true;
  }
  return false;
}

/**
 * A Chinese sentence listing several investments ("A项目总投资628.8亿元、B项目总投资210亿元、…") states one
 * commitment per item: it is split at the enumeration commas when every item has its own amount.
 */
function splitInvestmentList(segment: Segment, simplified: string): Segment[] {
  const sentence = simplified.slice(segment.start, segment.end);
  if (findAmounts(sentence).length < 2) return [segment];
  const pieces: Segment[] = [];
  let from = 0;
  for (const match of sentence.matchAll(/、/g)) {
    pieces.push({ ...segment, start: segment.start + from, end: segment.start + match.index, text: "" });
    from = match.index + 1;
  }
  pieces.push({ ...segment, start: segment.start + from, end: segment.end, text: "" });
  if (pieces.length < 2 || pieces.some((p) => findAmounts(simplified.slice(p.start, p.end)).length !== 1))
    return [segment];
  return pieces;
}

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

/** The party that binds itself: named before the verb, referred to ("we", "the company"), or the speaker. */
function bindingParty(
  item: Analysed,
  kind: CommitmentKind,
  language: Language,
  discourse: Discourse,
  signed: boolean,
): Party | null {
  const named = parties(item.orgs);
  if (signed) {
    const company = named.find((m) => !m.government);
    if (company) return partyOf(company);
  }
  const marker = (language === "zh" ? ZH_MARKER : EN_MARKER).exec(item.simplified);
  const at = item.segment.start + (marker?.index ?? item.simplified.length);
  const subject = item.simplified.slice(0, marker?.index ?? item.simplified.length);
  const before = named.filter((m) => m.end <= at);
  const reference = referenceIn(subject, language);
  // A pronoun right before the verb refers past any name earlier in the sentence ("X said the company will …").
  const lastName = before.at(-1);
  const referenceAt = reference
    ? subject.search(
        language === "zh"
          ? /(我们|我省|我市|该公司|该集团|公司|集团|企业|省政府|市政府)/u
          : /\b(we|our|the (?:newly created |new )?(?:company|group|firm|province|state|city|government)|it)\b/i,
      )
    : -1;
  if (lastName && !(reference && item.segment.start + referenceAt > lastName.end)) return partyOf(lastName);
  if (reference === "we") return discourse.speaker ?? discourse.company();
  if (reference === "company") return discourse.company();
  if (reference === "government") return discourse.government();
  const written = subjectName(item.segment.text.slice(0, marker?.index ?? item.segment.text.length), language);
  if (written) return { known: null, text: written, government: isGovernmentName(written) };
  if (kind !== "request" && named.length) return partyOf(named[0]!);
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
  const orgIndex = new NameIndex<KnownOrganization>(reference.organizations);
  const regionIndex = new NameIndex<KnownRegion>(reference.regions);

  const segments = splitSentences(text, language);
  const perParagraph = new Map<number, number>();
  for (const s of segments) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  const analysed: Analysed[] = segments
    .flatMap((segment) => (language === "zh" ? splitInvestmentList(segment, simplified) : [segment]))
    .map((piece) => {
      const segment = { ...piece, text: text.slice(piece.start, piece.end) };
      const orgs = findOrganizations(text, folded, segment.start, segment.end, orgIndex, language);
      return {
        segment,
        simplified: simplified.slice(segment.start, segment.end),
        orgs,
        places: findPlaces(text, folded, segment.start, segment.end, regionIndex, language, orgs),
        // Headings name the parties but state nothing themselves.
        heading: isHeading(segment.text, perParagraph.get(segment.paragraph) === 1),
      };
    });
  const allOrgs = analysed.flatMap((a) => a.orgs);
  const discourse = new Discourse(documentParties(allOrgs.filter((m) => !m.asPlace)));
  const mentionsNear = (from: number, to: number) => allOrgs.filter((m) => m.start >= from && m.end <= to);
  const placeTally = new Map<string, { place: PlaceMention; n: number }>();
  for (const p of analysed.flatMap((a) => a.places)) {
    const key = p.known?.slug ?? p.text;
    placeTally.set(key, { place: p, n: (placeTally.get(key)?.n ?? 0) + 1 });
  }
  const documentPlace = [...placeTally.values()].sort((a, b) => b.n - a.n)[0]?.place ?? null;
  const regionsBySlug = new Map(reference.regions.map((r) => [r.slug, r]));
  let paragraphPlace: PlaceMention | null = null;
  /** Where each maker's last commitment was: a maker's later sentences usually say no place again. */
  const regionOfMaker = new Map<string, PlaceMention>();
  const makerKey = (p: Party | null) => (p ? (p.known?.slug ?? p.text.toLowerCase()) : "");
  let lastParagraph = -1;

  const candidates: Candidate[] = [];
  let previous: { candidate: Candidate; paragraph: number } | null = null;
  for (const item of analysed) {
    const { segment } = item;
    discourse.enterParagraph(segment.paragraph);
    if (segment.paragraph !== lastParagraph) {
      paragraphPlace = null;
      lastParagraph = segment.paragraph;
    }
    const speaker = speakerName(item.simplified, language);
    if (speaker) {
      const own = item.orgs.find((m) => m.text === speaker);
      const side = own ? partyOf(own) : sideOfSpeaker(speaker, simplified, language, mentionsNear);
      if (side) discourse.setSpeaker(side);
      else discourse.guessSpeaker();
    }
    const place = pickPlace(item.places);

    if (opensRequestList(item.simplified, language)) {
      const asked = parties(item.orgs).find((m) => !sameParty(partyOf(m), discourse.speaker));
      discourse.requestList = {
        maker: asked ? partyOf(asked) : discourse.other(discourse.speaker),
        counterpart: discourse.speaker ?? discourse.government(),
      };
      discourse.remember(item.orgs);
      paragraphPlace = place ?? paragraphPlace;
      previous = null;
      continue;
    }

    if (item.heading) {
      discourse.remember(item.orgs);
      continue;
    }
    const verdict = classifySentence(item.simplified, language, { inRequestList: discourse.requestList !== null });
    // "This will create 200 jobs" after a commitment adds its jobs to it, rather than standing alone.
    const jobs = findJobs(item.simplified);
    const anaphoric = (language === "zh" ? ZH_ANAPHORIC_JOBS : EN_ANAPHORIC_JOBS).test(item.simplified);
    if (jobs && anaphoric && previous && previous.paragraph === segment.paragraph && previous.candidate.jobs === null) {
      previous.candidate.jobs = jobs.jobs;
      discourse.remember(item.orgs);
      continue;
    }
    if (verdict.commitment) {
      const bound =
        verdict.kind === "request"
          ? askedParty(item, language, discourse)
          : bindingParty(item, verdict.kind, language, discourse, verdict.rule === "signed agreement");
      // Governments pledge support and services; a plant, an investment or jobs are the company's.
      const company = parties(item.orgs).find((m) => !m.government);
      const maker =
        bound?.government && company && verdict.kind === "pledge" && BUSINESS.test(item.simplified)
          ? partyOf(company)
          : bound;
      const counterpart =
        verdict.kind === "request" &&
        discourse.requestList?.counterpart &&
        !sameParty(discourse.requestList.counterpart, maker)
          ? discourse.requestList.counterpart
          : counterpartOf(maker, item, discourse);
      const context: PlaceMention | null = regionOfMaker.get(makerKey(maker)) ?? paragraphPlace ?? documentPlace;
      // "in the U.S. market" after a plant in Bryan County: the place the text was already at is more precise.
      const region: PlaceMention | null =
        place?.known?.kind === "country" &&
        context?.known &&
        context.known.slug !== place.known.slug &&
        within(context.known, place.known, regionsBySlug)
          ? context
          : (place ?? context);
      if (region) regionOfMaker.set(makerKey(maker), region);
      const [money] = findAmounts(item.simplified, options.publisherCountry ?? null);
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
      candidates.push(candidate);
      previous = { candidate, paragraph: segment.paragraph };
    } else previous = null;
    discourse.remember(item.orgs);
    paragraphPlace = place ?? paragraphPlace;
  }
  return { language, candidates };
}
