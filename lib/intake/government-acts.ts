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
const EN_INCENTIVE_ITEM =
  /^\W*\$\s?[\d.,]+\s*(?:million|billion)?\s+in\s+(?:[\w-]+\s+){0,3}(?:tax credits|credits|grants|incentives|loans|funding)\s+(?:for|to)\b/i;
/** "A grant of $825,000 has been extended to X": the grant first, the company after. */
const EN_GRANT_EXTENDED =
  /\b(?:grant|incentive|loan|tax credit)s?\b[^.]{0,60}\b(?:has|have) been (?:extended|awarded|approved|granted|offered) to\b/i;
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

/**
 * The company's own pledge in a sentence that records a government's incentive to it, when the sentence
 * also states the company's figures ("$2.5 million in tax credits to assist X … to support a $220 million
 * expansion that will create 230 jobs"): the same words, with the company's amount and jobs. The
 * government's candidate keeps the incentive's amount, and the jobs become the company's.
 */
export function beneficiaryPledge(
  government: Candidate,
  company: { named: Named | null; text: string | null },
  amounts: Money[],
): Candidate | null {
  const own = amounts[1] ?? null;
  if (!own && government.jobs === null) return null;
  const pledge: Candidate = {
    ...government,
    maker: company.named,
    makerText: company.text,
    counterpart: government.maker,
    counterpartText: government.makerText,
    amount: own?.amount ?? null,
    currency: own?.currency ?? null,
  };
  government.jobs = null;
  return pledge;
}
