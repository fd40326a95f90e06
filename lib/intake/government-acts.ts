import type { Language } from "./types";

// Some pledges are a government's whoever the sentence's subject is. A company that "will receive a
// $8.5 million grant" is told of the state's pledge; "we will fully support the company's projects" and "将
// 持续优化营商环境" are said by the government side of a meeting, not by the company it receives.

/** "beneficiary": the subject receives what a government gives. "service": support, services, the business environment. */
export type GovernmentAct = "beneficiary" | "service" | null;

const EN_BENEFICIARY =
  /\b(?:approved|awarded|granted|offered|receives?|received|will (?:\w+ )?receive|eligible for|qualif(?:y|ies|ied) for)\b(?:[^.]|\.(?=\d)){0,60}\b(?:grants?|incentives?|tax (?:credits?|breaks?|exemptions?|abatements?)|loans?|subsid(?:y|ies)|support from)\b/i;
const EN_GRANT_BACKED =
  /\b(?:facilitated|funded|supported|assisted|backed)\b,?(?: in part,?)? by (?:a |an |the )?(?:[\w.-]+ ){0,4}?(?:grants?|fund)\b/i;
const EN_SERVICE =
  /\bbusiness environment\b|\b(?:support|assist|serve|help|facilitate)\w*\s+(?:the\s+|all\s+)?(?:company|companies|enterprises?|investors?|businesses|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}(?:'s|’s)\s+(?:business|projects?|operations|development|growth|investment))\b|\bsite clearance\b|\bservices? (?:for|to) (?:the )?(?:company|enterprises?|investors?)\b/i;
const ZH_BENEFICIARY = /(?:获得|享受|给予).{0,12}(?:补贴|补助|奖励|优惠政策|税收优惠|专项资金)/u;
const ZH_SERVICE =
  /营商环境|提供.{0,12}服务|服务保障|要素保障|协调服务|保姆式|一站式|为企业|(?:全力|大力|全面)?(?:支持|服务)(?:企业|项目|[^，,。]{0,10}(?:公司|集团)(?:在|的|发展|项目))/u;

/** Whether a pledge (read in simplified characters) is a government's act, and of which sort. */
export function governmentAct(sentence: string, language: Language): GovernmentAct {
  const [beneficiary, service] = language === "zh" ? [ZH_BENEFICIARY, ZH_SERVICE] : [EN_BENEFICIARY, EN_SERVICE];
  if (beneficiary.test(sentence) || (language === "en" && EN_GRANT_BACKED.test(sentence))) return "beneficiary";
  if (service.test(sentence)) return "service";
  return null;
}
