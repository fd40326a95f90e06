import nlp from "compromise";
import type { Language } from "./types";

// The maker's name when it is none the tracker knows and has no company-like form: the subject written
// right before the commitment's verb ("SBA Home, a furniture manufacturer, will create 250 jobs",
// "国家电投计划投资150亿元").

const EN_LEAD =
  /^(?:.*?\b(?:announced|said|says|states|stated|confirmed|revealed|reported|noted)(?: today| on \w+(?: \w+)?)?,?\s+(?:that\s+)?)/i;
const EN_APPOSITION = /,\s+(?:a|an|the|which|who)\b[^,]*,?\s*$/i;
const EN_NAME = /((?:[A-Z][\p{L}\p{N}&.'’-]*|of|and|&)(?:\s+(?:[A-Z][\p{L}\p{N}&.'’-]*|of|and|&))*)\s*$/u;
const NOT_A_MAKER =
  /^(?:The|This|That|It|We|They|He|She|Today|Governor|Gov\.?|Mr\.?|Ms\.?|Minister|President|Mayor|Secretary|According|Under|With|At|In|On|Also|And|Of)$/;

/** Nouns that open sentences about a project, not names: "Construction will begin …". */
const PROJECT_NOUN =
  /^(?:Construction|Work|Works|Production|Operations?|Investment|Development|Expansion|Phase|Groundbreaking|Ground|Manufacturing|Series|Plant|Factory|Facility|Project)$/;

function englishSubject(before: string): string | null {
  let clause = before.replace(EN_LEAD, "").replace(EN_APPOSITION, "").trim();
  clause = clause.replace(/[,:;]\s*$/, "").replace(/\s+(?:has|have|had|is|are|was|were|also|now|today|and|then)$/i, "");
  const match = EN_NAME.exec(clause);
  if (!match) return null;
  const words = match[1]!.split(/\s+/).filter(Boolean);
  while (words.length && /^(?:of|and|&)$/.test(words[0]!)) words.shift();
  while (words.length && /^(?:of|and|&)$/.test(words.at(-1)!)) words.pop();
  while (words.length && NOT_A_MAKER.test(words[0]!)) words.shift();
  if (words.length === 1 && PROJECT_NOUN.test(words[0]!)) return null;
  const name = words.join(" ");
  if (name.length < 2 || NOT_A_MAKER.test(name)) return null;
  // A person or a place is not a maker.
  const doc = nlp(name);
  if (doc.people().found && doc.people().text() === name) return null;
  if (doc.places().found && doc.places().text() === name) return null;
  return name;
}

const ZH_LEAD = /^(?:[^，,：:]*[，,：:])*/u;
const ZH_TIME =
  /^(?:今年|明年|今天|昨天|昨日|当天|目前|近日|日前|当前|同时|此外|其中|另外|下一步|未来|今后|[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日|[0-9]{4}年)+/u;
const ZH_GENERIC = /^(?:该|这|此|本|我们|双方|项目|企业|公司|集团|他|她|他们|各方|有关|相关|各|全省|全市)/u;

function chineseSubject(before: string): string | null {
  const clause = before.replace(ZH_LEAD, "").replace(ZH_TIME, "").trim();
  if (
    clause.length < 2 ||
    clause.length > 14 ||
    ZH_GENERIC.test(clause) ||
    // A clause cut after a conjunction or a particle is not a name ("今天开工和签约的项目").
    /[和与及、的了]$/u.test(clause) ||
    !/^[\p{Script=Han}A-Za-z0-9（）()]+$/u.test(clause)
  )
    return null;
  return clause;
}

/** The subject before a commitment's verb, when it reads as an organization's name; else null. */
export function subjectName(before: string, language: Language): string | null {
  return language === "zh" ? chineseSubject(before) : englishSubject(before);
}
