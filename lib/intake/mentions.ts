import nlp from "compromise";
import { type NameIndex, foldForMatching } from "./names";
import { type NlpNames, within } from "./nlp-names";
import type { KnownOrganization, KnownRegion, Language } from "./types";

// The organizations and places a sentence names: known ones by name or alias, and others by the shape of
// their names (for the analyst to create). Offsets are into the whole text.

export type OrgMention = {
  known: KnownOrganization | null;
  text: string;
  start: number;
  end: number;
  government: boolean;
  /** Named as a place ("invest in Liaoning"), not as a party. */
  asPlace: boolean;
};

export type PlaceMention = { known: KnownRegion | null; text: string; start: number; end: number };

const GOVERNMENT_NAME =
  /\b(government|province|provincial|state of|commonwealth|city of|county|municipal|ministry|council|authority)\b|政府|省委|市委|省$|市$|县$|区$|州$/iu;
/** Whether a name written in the text names a government (or a place acting as one). */
export const isGovernmentName = (name: string) => GOVERNMENT_NAME.test(name);

/** A government, or an agency acting for one: its pledges are the government side's. */
export const speaksForGovernment = (org: Pick<KnownOrganization, "kind">) =>
  org.kind === "government" || org.kind === "agency";

const EN_ORG_FORM = String.raw`Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|Company|Companies|Group|Co\.|Limited|Holdings|Technologies|Technology|Industries|Industry|Motors?|Electronics|Labs?|Systems|Energy|Solutions|International|Manufacturing|AG|SE|GmbH|plc|S\.A\.|N\.V\.`;
/** "Enforge, LLC", "COSMOIND Co., Ltd.", "Atlantic Building Components & Services, Inc.": a name, a comma, its form. */
const EN_ORG_WITH_COMMA = String.raw`(?:[A-Z][\p{L}\p{N}&'’.-]*\s+(?:(?:&|and|of)\s+)?){0,5}[A-Z][\p{L}\p{N}&'’.-]*,\s+(?:Inc\.?|LLC|Ltd\.?|Corp\.?|Co\.,\s+Ltd\.?)(?![\p{L}])`;
const EN_ORG = new RegExp(
  String.raw`${EN_ORG_WITH_COMMA}|(?:[A-Z][\p{L}\p{N}&'’.-]*\s+){0,5}(?:${EN_ORG_FORM})(?![\p{L}])(?:\s*\([A-Z]{2,8}\))?|\b[A-Z]{2,8}\b(?=\s*(?:will|plans|has signed|signed|'s|’s|\((?:Rs|₹|\$|€|INR|USD)))`,
  "gu",
);
/** Words that start sentences or name people, not companies. */
const NOT_A_NAME_START =
  /^(?:The|This|That|These|Today|Under|At|In|On|With|Through|Once|Governor|Gov\.|Mr\.|Ms\.|Dr\.|President|Minister|Chairman|Chair|Secretary|Mayor|Meanwhile|However|Also|And|But|As|After|Before)\s+/;
/** "Governor of Liaoning Province", "a delegation from Ohio": the government itself, not a place. */
const EN_OFFICE_OF =
  /\b(?:governor|mayor|secretary|minister|premier|chief minister|president|head|leaders?|officials?|delegation|government|people's congress) (?:of|from) (?:the\s+)?$/i;
const EN_PLACE_BEFORE = /\b(?:in|at|to|into|across|throughout|within|from|of|near|outside|for)\s+(?:the\s+)?$/i;
/** "New Carlisle, Indiana": a state named after its town places the town; it is not the state's government. */
const EN_TOWN_BEFORE = /\b[A-Z][\p{L}.'’-]+,\s*$/u;
const ZH_PLACE_BEFORE = /(?:在|到|赴|于|来|落户|布局|入驻|深耕|扎根|服务|助力|支持|与|和|同)$/u;

const ZH_ORG =
  /([\p{Script=Han}A-Za-z0-9]{2,16}?)(股份有限公司|有限责任公司|有限公司|集团公司|企业考察团|考察团|代表团|集团|公司|股份|控股|银行|研究院|商会|企业(?!家))/gu;
const ZH_STOP =
  /^(?:各位|多家|一批|广大|众多|更多|有关|相关|外资|民营|中外|的|和|与|同|对|在|将|会见|了|向|由|及|为|是|等|说|表示|指出|签署|签订|签约|希望|支持|推动|欢迎|举行|出席|参加|陪同|一行|党委书记|董事长|总经理|总裁|主席|书记|省长|市长|副省长|今天|今年|当天|日前|近日|我们|我省|我市|双方|其中|以及|并|和与|根据|按照|通过|现|为了|由于|经过|基于|对于|关于|随着|作为|提升|完善|推动|增强|优化|助力|引导|鼓励|吸引|引进|促进|加快|推进|扶持|成立|设立|注册|收购|实现|提高|带动)$/u;

/** What a kind of company is called, not its name: "海外企业", "国家级高新技术企业", "中国上市公司". */
const ZH_GENERIC_ORG =
  /^(?:中国|中资|外国|境内|国内|一家|这家|该)?(?:集团|本|海外|境外|全资|控股|合资|独资|子|孙|分|外资|外商投资|外商|民营|国有|中外|各类|各家|广大|重点|龙头|优秀|知名|优质|骨干|高新技术|国家级高新技术|省级|专精特新|上市|本地|当地|入驻|配套|链主|头部|大型|中小|规上|规模以上)+$/u;

const ZH_KIND_BEFORE_NAME = /^(?:中国|中资|外国|境内|国内)?(?:上市|民营|国有|外资|龙头)?(?:公司|企业)/u;

/** A listed company before its stock code: "中信博(688408.SH)", "光华股份(001333.SZ)". */
const ZH_LISTED = /([\p{Script=Han}A-Za-z]{2,6})[（(](?:\d{6}\.(?:SH|SZ|BJ)|\d{4,5}\.HK)[）)]/giu;

function zhOrganizations(sentence: string, offset: number): { text: string; start: number; end: number }[] {
  const words = [...new Intl.Segmenter("zh", { granularity: "word" }).segment(sentence)];
  const out: { text: string; start: number; end: number }[] = [];
  for (const match of sentence.matchAll(ZH_LISTED)) {
    const name = match[1]!;
    out.push({ text: name, start: offset + match.index, end: offset + match.index + name.length });
  }
  for (const match of sentence.matchAll(ZH_ORG)) {
    const end = match.index + match[0].length;
    // Walk back word by word from the suffix while the words can belong to a name.
    const suffixStart = end - match[2]!.length;
    let start = suffixStart;
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      if (w.index >= suffixStart) continue;
      if (w.index + w.segment.length > suffixStart) {
        start = w.index;
        continue;
      }
      if (!/^[\p{Script=Han}A-Za-z0-9]+$/u.test(w.segment) || ZH_STOP.test(w.segment) || suffixStart - w.index > 16)
        break;
      start = w.index;
    }
    // "中国上市公司蓝芯能源股份有限公司": a kind of company written before the name is not part of it.
    const kind = ZH_KIND_BEFORE_NAME.exec(sentence.slice(start, suffixStart));
    if (kind && suffixStart - start - kind[0].length >= 2) start += kind[0].length;
    if (suffixStart - start < 2 || ZH_GENERIC_ORG.test(sentence.slice(start, suffixStart))) continue;
    out.push({ text: sentence.slice(start, end), start: offset + start, end: offset + end });
  }
  return out;
}

function enOrganizations(
  sentence: string,
  offset: number,
  names: NlpNames,
): { text: string; start: number; end: number }[] {
  const found: { text: string; start: number; end: number }[] = [];
  for (const match of sentence.matchAll(EN_ORG)) {
    let text = match[0].trim();
    let start = match.index;
    const cut = NOT_A_NAME_START.exec(text);
    if (cut) {
      text = text.slice(cut[0].length);
      start += cut[0].length;
    }
    // Title case puts capitals on verbs too ("Toyota to Establish New Vehicle Manufacturing Plant").
    const words = text.split(/\s+/);
    while (words.length > 1 && nlp(words[0]!.toLowerCase()).has("#Verb") && !nlp(words[0]!).has("#Organization")) {
      start += words[0]!.length + 1;
      words.shift();
    }
    text = words.join(" ");
    if (words.length < 1 || /^(?:Group|Company|Companies|Limited|International|Manufacturing)$/.test(text)) continue;
    found.push({ text, start: offset + start, end: offset + start + text.length });
  }
  // "Nokian Tyres officials announced …": the people stand for their company.
  for (const match of sentence.matchAll(
    /((?:[A-Z][\p{L}\p{N}&'’.-]*\s+){0,4}[A-Z][\p{L}\p{N}&'’.-]*)\s+(?:officials|executives|representatives|leadership)\b/gu,
  )) {
    const words = match[1]!.split(/\s+/);
    while (words.length > 1 && /^(?:and|Commissioner|Secretary|Governor|Gov\.|Mayor|Department|The)$/.test(words[0]!))
      words.shift();
    const text = words.join(" ");
    // "State officials", "City officials": the government's people, not a company.
    if (/^(?:State|City|County|Local|Federal|Provincial|Government|Company|Project|Senior|Top)$/.test(text)) continue;
    const start = match.index + match[1]!.length - text.length;
    found.push({ text, start: offset + start, end: offset + start + text.length });
  }
  for (const org of within(names.organizations, offset, offset + sentence.length)) found.push(org);
  return found.filter((org) => !DESCRIPTION_IN_TITLE_CASE.test(org.text));
}

/** "A New Company", "The Technology Group": a description in title case, not a name. */
const DESCRIPTION_IN_TITLE_CASE =
  /^(?:(?:A|The|New|Parent|Holding|Technology|Industrial|Joint|Venture)\s+)+(?:Group|Company|Corporation)$/;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end;
}

/** The organizations named in text.slice(start, end): known ones first, then unknown names not overlapping them. */
export function findOrganizations(
  text: string,
  folded: string,
  start: number,
  end: number,
  index: NameIndex<KnownOrganization>,
  language: Language,
  names: NlpNames,
): OrgMention[] {
  const sentence = text.slice(start, end);
  const before = (at: number) => text.slice(Math.max(start, at - 12), at);
  const placeBefore = language === "zh" ? ZH_PLACE_BEFORE : EN_PLACE_BEFORE;
  const known: OrgMention[] = index.find(folded, text, start, end).map((m) => ({
    known: m.entity,
    text: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    government: speaksForGovernment(m.entity),
    asPlace:
      speaksForGovernment(m.entity) &&
      (placeBefore.test(before(m.start)) || (language === "en" && EN_TOWN_BEFORE.test(before(m.start)))) &&
      !EN_OFFICE_OF.test(text.slice(Math.max(start, m.start - 40), m.start)),
  }));
  const simplified = folded.slice(start, end);
  const unknown = (language === "zh" ? zhOrganizations(simplified, start) : enOrganizations(sentence, start, names))
    .filter((u) => !known.some((k) => overlaps(k, u)))
    .map((u) => ({ ...u, text: text.slice(u.start, u.end) }));
  const distinct: OrgMention[] = [];
  for (const u of unknown.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (distinct.some((d) => overlaps(d, u))) continue;
    const government = GOVERNMENT_NAME.test(u.text);
    distinct.push({ known: null, ...u, government, asPlace: government && placeBefore.test(before(u.start)) });
  }
  return [...known, ...distinct].sort((a, b) => a.start - b.start);
}

const ZH_PLACE =
  /((?:(?![和与的及部门在将为是])[\p{Script=Han}]){2,6}?)(省|市|县|区|州|镇|新区|开发区|园区|经开区|高新区)/gu;

/** Words that start a phrase, not a place name ("争取自治区…", "当前我市", "县市区"). */
const ZH_NOT_A_PLACE =
  /^(?:当前|目前|我|本|该|各|全|争取|推进|推动|加快|支持|服务|打造|建设|确保|实现|促进|带动|助力|立足|围绕|聚焦|相关|有关|所在)|^[省市县区州]+$/u;

/** Street addresses and buildings are places, but not regions. */
const ADDRESS =
  /\b(place|street|st|road|rd|avenue|ave|boulevard|blvd|drive|lane|way|plaza|square|building|tower|centre|center|hall|megasite|site)\.?$/i;

/**
 * The places named in text.slice(start, end): known regions, and other place names as written. A place
 * inside a company's name ("中国一重", "Metaplant America") is part of the name, not a place.
 */
export function findPlaces(
  text: string,
  folded: string,
  start: number,
  end: number,
  index: NameIndex<KnownRegion>,
  language: Language,
  orgs: OrgMention[],
  names: NlpNames,
): PlaceMention[] {
  // "the Texas economy", "Ohio's workforce": the place qualifies something; it is not where anything happens.
  const qualifier = (p: { end: number }) =>
    /^(?:['’]s\s+)?\s*(?:economy|economic|market|government|governor|officials|people|workforce|residents|families|history|record)\b|^(?:经济|人民)/iu.test(
      text.slice(p.end, p.end + 16),
    );
  const insideCompany = (p: { start: number; end: number }) =>
    orgs.some(
      (o) => !o.government && o.start <= p.start && o.end >= p.end && !(o.start === p.start && o.end === p.end),
    );
  const known: PlaceMention[] = index.find(folded, text, start, end).map((m) => ({
    known: m.entity,
    text: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
  }));
  const others: PlaceMention[] = [];
  if (language === "zh") {
    for (const m of folded.slice(start, end).matchAll(ZH_PLACE)) {
      if (ZH_NOT_A_PLACE.test(m[1]!)) continue;
      others.push({
        known: null,
        text: text.slice(start + m.index, start + m.index + m[0].length),
        start: start + m.index,
        end: start + m.index + m[0].length,
      });
    }
  } else {
    for (const place of within(names.places, start, end)) {
      if (place.text.length < 3 || ADDRESS.test(place.text)) continue;
      others.push({ known: null, ...place });
    }
  }
  return [...known, ...others.filter((o) => !known.some((k) => overlaps(k, o)))]
    .filter((p) => !insideCompany(p) && !qualifier(p))
    .sort((a, b) => a.start - b.start);
}

export { foldForMatching };
