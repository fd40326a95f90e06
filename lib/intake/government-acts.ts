import type { Money } from "./amounts";
import type { Candidate, Language, Named } from "./types";

// Some pledges are a government's whoever the sentence's subject is. A company that "will receive a
// $8.5 million grant" is told of the state's pledge; "we will fully support the company's projects" and "将
// 持续优化营商环境" are said by the government side of a meeting, not by the company it receives.

/** "beneficiary": the subject receives what a government gives. "service": support, services, the business environment. */
export type GovernmentAct = "beneficiary" | "service" | null;

const EN_BENEFICIARY =
  /\b(?:approved|awarded|granted|offered|receives?|received|will (?:\w+ )?receive|eligible for|qualif(?:y|ies|ied) for)\b(?:[^.]|\.(?=\d)){0,60}\b(?:grants?|incentives?|tax (?:credits?|breaks?|exemptions?|abatements?)|loans?|subsid(?:y|ies)|support from)\b/i;
/** A list's item that opens with the incentive: "• $2.5 million in tax credits to assist X, …". */
export const EN_INCENTIVE_ITEM =
  /^\W*(?:\d{1,2}[.)]\s*)?\$\s?[\d.,]+\s*(?:million|billion)?\s+in\s+(?:[\w-]+\s+){0,3}(?:tax credits|credits|grants|incentives|loans|funding)\s+(?:for|to)\b/i;
/** "A grant of $825,000 has been extended to X": the grant first, the company after ("extended to 2026" is a deadline). */
export const EN_GRANT_EXTENDED =
  /\b(?:grant|incentive|loan|tax credit)s?\b[^.]{0,60}\b(?:has|have) been (?:extended|awarded|approved|granted|offered) to (?!\d)/i;
const EN_GRANT_BACKED =
  /\b(?:facilitated|funded|supported|assisted|backed)\b,?(?: in part,?)? by (?:a |an |the )?(?:[\w.-]+ ){0,4}?(?:grants?|fund)\b/i;
const EN_SERVICE =
  /\bbusiness environment\b|\b(?:offer|provide|create|ensure)\w*\s+(?:the\s+)?(?:best|most favou?rable|favou?rable|good|better)\s+conditions\b|\b(?:support|assist|serve|help|facilitate)\w*\s+(?:the\s+|all\s+)?(?:company|companies|enterprises?|investors?|businesses|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}(?:'s|’s)\s+(?:business|projects?|operations|development|growth|investment))\b|\bsite clearance\b|\bservices? (?:for|to) (?:the )?(?:company|enterprises?|investors?)\b/i;
const ZH_BENEFICIARY = /(?:获得|享受|给予).{0,12}(?:补贴|补助|奖励|优惠政策|税收优惠|专项资金)/u;
const ZH_SERVICE =
  /营商环境|提供.{0,12}服务|服务保障|要素保障|协调服务|保姆式|一站式|为企业|(?:全力|大力|全面)?(?:支持|服务)(?:企业|项目|[^，,。]{0,10}(?:公司|集团)(?:在|的|发展|项目))/u;

/** Whether a pledge (read in simplified characters) is a government's act, and of which sort. */
export function governmentAct(sentence: string, language: Language): GovernmentAct {
  const [beneficiary, service] = language === "zh" ? [ZH_BENEFICIARY, ZH_SERVICE] : [EN_BENEFICIARY, EN_SERVICE];
  if (
    beneficiary.test(sentence) ||
    (language === "en" && [EN_GRANT_BACKED, EN_INCENTIVE_ITEM, EN_GRANT_EXTENDED].some((form) => form.test(sentence)))
  )
    return "beneficiary";
  if (service.test(sentence)) return "service";
  return null;
}

/** An amount of the incentive itself: "$2.5 million in tax credits", "a grant of $825,000". */
const INCENTIVE_AFTER =
  /^\s*(?:in\s+)?(?:[\w-]+\s+){0,3}?(?:tax credits?|credits|grants?|incentives?|loans?|abatements?|funding)\b/i;
const INCENTIVE_BEFORE = /\b(?:grant|incentive|loan|credit|abatement)s?\s+(?:of|worth|totall?ing)\s+(?:up to\s+)?$/i;
/** An amount of the company's own: "a $220 million expansion", "will invest $40 million". */
const INVESTMENT_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:investment|expansion|in capital|capital)\b/i;
const INVESTMENT_BEFORE =
  /\b(?:invest(?:s|ing)?|investment of|expansion of|spend(?:s|ing)?)\s+(?:(?:more than|at least|about|over|nearly|up to)\s+)?$/i;

const isNear = (sentence: string, money: Money, after: RegExp, before: RegExp) =>
  after.test(sentence.slice(money.end, money.end + 48)) ||
  before.test(sentence.slice(Math.max(0, money.start - 32), money.start));

/**
 * A sentence that records a government's incentive to a company and also states the company's own figures
 * ("$2.5 million in tax credits to assist X … to support a $220 million expansion that will create 230
 * jobs"), as two candidates on the same words: the government's with the incentive's amount, and the
 * company's with its own amount (the one said of its investment or expansion) and the jobs. Null when the
 * sentence states no figure of the company's.
 */
export function splitIncentive(
  candidate: Candidate,
  company: { named: Named | null; text: string | null },
  sentence: string,
  amounts: Money[],
): [government: Candidate, company: Candidate] | null {
  const incentive = amounts.find((m) => isNear(sentence, m, INCENTIVE_AFTER, INCENTIVE_BEFORE)) ?? null;
  const own = amounts.find((m) => m !== incentive && isNear(sentence, m, INVESTMENT_AFTER, INVESTMENT_BEFORE)) ?? null;
  if (!own && candidate.jobs === null) return null;
  return [
    { ...candidate, amount: incentive?.amount ?? null, currency: incentive?.currency ?? null, jobs: null },
    {
      ...candidate,
      maker: company.named,
      makerText: company.text,
      counterpart: candidate.maker,
      counterpartText: candidate.makerText,
      amount: own?.amount ?? null,
      currency: own?.currency ?? null,
    },
  ];
}
