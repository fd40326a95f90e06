import type { OrgMention } from "./mentions";
import type { KnownOrganization, Language } from "./types";

// Who is speaking and who is meant: readouts and releases alternate between a government side and a
// company side, refer to them as "we", "the company", "the province", and name people rather than
// organizations ("Hao Peng said", "王文银说"). This tracks them through the text.

export type Party = { known: KnownOrganization | null; text: string; government: boolean };

export const partyOf = (m: OrgMention): Party => ({
  known: m.known,
  text: m.known?.name ?? m.text,
  government: m.government,
});

const sameParty = (a: Party | null, b: Party | null) =>
  a !== null && b !== null && (a.known && b.known ? a.known.slug === b.known.slug : a.text === b.text);

/** What the document as a whole is about: its main government and company (the most named of each). */
export type DocumentParties = { government: Party | null; company: Party | null };

export function documentParties(mentions: OrgMention[]): DocumentParties {
  const tally = new Map<string, { party: Party; n: number }>();
  for (const m of mentions) {
    const party = partyOf(m);
    const key = party.known?.slug ?? party.text.toLowerCase();
    const entry = tally.get(key) ?? { party, n: 0 };
    entry.n += m.known ? 2 : 1; // a known name is surer than a guessed one
    tally.set(key, entry);
  }
  const best = (government: boolean) =>
    [...tally.values()].filter((e) => e.party.government === government).sort((a, b) => b.n - a.n)[0]?.party ?? null;
  return { government: best(true), company: best(false) };
}

const EN_GOVERNMENT_TITLE =
  /\b(secretary|governor|mayor|minister|premier|party|provincial|municipal|vice[- ]governor|chief minister|speaker|congress|commissioner|lieutenant|delegation from)\b/i;
const EN_COMPANY_TITLE =
  /\b(chair(?:man|woman|person)?|ceo|chief executive|president|executive|director|founder|head|managing|general manager|vice president|officials?)\b/i;
const ZH_GOVERNMENT_TITLE = /(书记|省长|市长|县长|区长|主任|厅长|局长|部长|常委|州长|政府|人大|政协)[、，,]?$/u;
const ZH_COMPANY_TITLE =
  /(董事长|总裁|总经理|董事局主席|首席执行官|CEO|副总裁|负责人|创始人|董事|党委书记、董事长)[、，,]?$/u;
const ZH_SPEECH = /(说|表示|指出|强调|介绍|认为|提出|谈到)/u;

/** The name a sentence gives to its speaker ("Hao Peng said", "said Governor Kemp", "王文银说"), or null. */
export function speakerName(sentence: string, language: Language): string | null {
  if (language === "zh") {
    const opening =
      /^([\p{Script=Han}]{2,3}?)(?:在[^，,。]{0,12})?(?:欢迎|会见|感谢|希望|说|表示|指出|强调|介绍|认为|提出|谈到)/u.exec(
        sentence,
      );
    if (opening && !/^(我们|双方|他们|她们|会见|会上|此次|今年|目前|当前)/u.test(opening[1]!)) return opening[1]!;
    const inner = new RegExp(
      String.raw`[，,。；]\s*([\p{Script=Han}]{2,3}?)(?:在[^，,。]{0,12})?${ZH_SPEECH.source}`,
      "u",
    ).exec(sentence);
    return inner?.[1] ?? null;
  }
  const before =
    /^["“]?((?:[A-Z][\p{L}.’'-]+\s+){0,5}[A-Z][\p{L}.’'-]+),?\s+(?:(?:on|for) (?:his|her|their|its) part,?\s+)?(?:said|says|stated|noted|stressed|added|pointed out|emphasi[sz]ed|explained|introduced|told|remarked|expressed|raised|hoped|urged|announced|led|welcomed|assured|promised|pledged)\b/u.exec(
      sentence,
    );
  if (before && !/^(?:The|This|It|We|They|He|She)$/.test(before[1]!)) return before[1]!;
  const after = /[”"],?\s+(?:said|says|added|noted)\s+((?:[A-Z][\p{L}.’'-]+\s*){1,7})/u.exec(sentence);
  return after?.[1]?.trim() ?? null;
}

type Side = Party | "government" | "company" | null;

/** What the words around one occurrence of a name say of its side: a title of office, or an organization. */
function sideAt(
  at: number,
  name: string,
  text: string,
  language: Language,
  near: (start: number, end: number) => OrgMention[],
): Side {
  const end = at + name.length;
  if (language === "zh") {
    const before = text.slice(Math.max(0, at - 24), at);
    const org = near(Math.max(0, at - 24), at)
      .filter((m) => !m.asPlace)
      .at(-1);
    if (ZH_COMPANY_TITLE.test(before)) return org && !org.government ? partyOf(org) : "company";
    if (ZH_GOVERNMENT_TITLE.test(before)) return "government";
    return null;
  }
  // "Qi Puze, chairman of BMW Group", "Hao Peng, Secretary of the Provincial Party Committee".
  const apposition = /^,\s*([^,.;“"]{0,120})/.exec(text.slice(end));
  if (apposition) {
    const org = near(end, end + apposition[0].length).find((m) => !m.asPlace);
    if (EN_COMPANY_TITLE.test(apposition[1]!) && org && !org.government) return partyOf(org);
    if (EN_GOVERNMENT_TITLE.test(apposition[1]!)) return "government";
    if (EN_COMPANY_TITLE.test(apposition[1]!)) return org ? partyOf(org) : "company";
  }
  // "Hao Peng led a delegation from Liaoning", "Hyundai Motor Group Executive Chair Euisun Chung".
  const after = text.slice(end, end + 90);
  if (/^\s+(?:led|headed)\b[^.]{0,80}\bdelegation\b/i.test(after)) return "government";
  const before = text.slice(Math.max(0, at - 80), at);
  const titleBefore =
    /((?:[A-Z][\p{L}&.’'-]*\s+){0,5})(?:executive\s+)?(chair(?:man|woman)?|ceo|president|founder|director|governor|secretary|mayor|minister|premier)\s+$/iu.exec(
      before,
    );
  if (titleBefore) {
    if (/governor|secretary|mayor|minister|premier/i.test(titleBefore[2]!)) return "government";
    const org = near(at - titleBefore[0].length, at).find((m) => !m.asPlace);
    return org ? partyOf(org) : "company";
  }
  return null;
}

/**
 * Whose side a named speaker is on, from how the text introduces them: the organization named next to
 * them, or a title of office ("Secretary of the Provincial Party Committee", "董事长").
 */
export function sideOfSpeaker(
  name: string,
  text: string,
  language: Language,
  mentionsNear: (start: number, end: number) => OrgMention[],
): Side {
  for (let at = text.indexOf(name), seen = 0; at !== -1 && seen < 6; at = text.indexOf(name, at + 1), seen++) {
    const side = sideAt(at, name, text, language, mentionsNear);
    if (side) return side;
  }
  return null;
}

/** The running state of a reading: who speaks, who was last named, and the list of hopes being read. */
export class Discourse {
  speaker: Party | null = null;
  lastCompany: Party | null = null;
  lastGovernment: Party | null = null;
  previousSpeaker: Party | null = null;
  requestList: { maker: Party | null; counterpart: Party | null } | null = null;
  private paragraph = -1;

  constructor(readonly document: DocumentParties) {}

  enterParagraph(paragraph: number): void {
    if (paragraph === this.paragraph) return;
    this.paragraph = paragraph;
    if (this.speaker) this.previousSpeaker = this.speaker;
    this.speaker = null;
    this.requestList = null;
  }

  government(): Party | null {
    return this.lastGovernment ?? this.document.government;
  }

  /**
   * The company that made the last commitment: "the company", "the project" refer to it rather than to a
   * company named in passing in the same sentence, but not to one named in a later sentence.
   */
  private lastMaker: { party: Party; at: number } | null = null;
  private lastCompanyAt = -1;
  private sentence = 0;

  company(): Party | null {
    if (this.lastMaker && this.lastMaker.at >= this.lastCompanyAt) return this.lastMaker.party;
    return this.lastCompany ?? this.lastMaker?.party ?? this.document.company;
  }

  /** Notes the maker of the commitment just read (after remember() for its sentence). */
  madeBy(maker: Party | null): void {
    if (maker && !maker.government) this.lastMaker = { party: maker, at: this.sentence };
  }

  /** The side other than `party`: a government's counterpart is the company in view, and the reverse. */
  other(party: Party | null): Party | null {
    if (!party) return null;
    const other = party.government ? this.company() : this.government();
    return sameParty(other, party) ? null : other;
  }

  /** Sets the speaker from a side of office when no organization is named. */
  setSpeaker(side: Party | "government" | "company" | null): void {
    if (side === "government") this.speaker = this.government();
    else if (side === "company") this.speaker = this.company();
    else if (side) this.speaker = side;
  }

  /** A speaker nobody introduced: readouts alternate, so the side that did not speak last. */
  guessSpeaker(): void {
    this.speaker = this.previousSpeaker ? this.other(this.previousSpeaker) : this.document.government;
  }

  remember(mentions: OrgMention[]): void {
    this.sentence++;
    for (const m of mentions) {
      if (m.asPlace) continue;
      if (m.government) this.lastGovernment = partyOf(m);
      else {
        this.lastCompany = partyOf(m);
        this.lastCompanyAt = this.sentence;
      }
    }
  }
}

const EN_WE = /\b(we|our|us)\b/i;
/** "The company", "the new German carmaker", "the electric batteries Gigafactory", "it". */
const EN_COMPANY_REFERENCE =
  /\b(the (?:[\p{L}-]+ ){0,3}?(?:company|group|firm|carmaker|automaker|manufacturer|maker|corporation|investor|enterprise|project|facility|plant|factory|gigafactory|investment|site|joint venture|subsidiary)|it|its|they)\b|^\s*(?:the\s+)?(?:work|construction|production)\b/iu;
/** The government's people standing for it: "provincial leaders committed to …". */
export const EN_GOVERNMENT_PEOPLE = String.raw`(?:provincial|municipal|city|state|county) (?:leaders|leadership|authorities)`;
const EN_GOVERNMENT_REFERENCE = new RegExp(
  String.raw`\b(the (?:province|state|city|county|government|provincial government|municipality|commonwealth)|(?:his|her) (?:government|administration)|${EN_GOVERNMENT_PEOPLE})\b`,
  "i",
);
const ZH_WE = /(我们|我省|我市|我区|我县|我方|(?:^|[，,])(?:他们|他|她)(?:表示|说|指出|强调))/u;
const ZH_COMPANY_REFERENCE = /(该公司|该集团|该企业|该项目|项目|公司|集团|企业)/u;
const ZH_GOVERNMENT_REFERENCE = /(省政府|市政府|省委省政府|市委市政府|政府)/u;

export type Reference = "we" | "company" | "government" | null;

/** How the text before the commitment's verb refers to its maker when it names no organization. */
export function referenceIn(subject: string, language: Language): Reference {
  const [we, company, government] =
    language === "zh"
      ? [ZH_WE, ZH_COMPANY_REFERENCE, ZH_GOVERNMENT_REFERENCE]
      : [EN_WE, EN_COMPANY_REFERENCE, EN_GOVERNMENT_REFERENCE];
  if (we.test(subject)) return "we";
  if (government.test(subject)) return "government";
  if (company.test(subject)) return "company";
  return null;
}
