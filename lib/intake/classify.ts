import nlp from "compromise";
import type { CommitmentKind } from "@/lib/vocabulary";
import { EN_GRANT_EXTENDED, EN_INCENTIVE_ITEM } from "./government-acts";
import type { Language } from "./types";

// Whether a sentence states a commitment, and of which kind (CONTRACT.md): a pledge (the maker says it will
// do the thing), a request (someone asks the maker to do it), an intent (a willingness with nothing
// concrete). And what is not one: past achievements, thanks and compliments, lists of attendees,
// forecasts of effects, invitations and "look forward to" pleasantries, general policy. The rules, with
// examples of each, are in docs/intake.md.

export type Verdict = { commitment: true; kind: CommitmentKind; rule: string } | { commitment: false; rule: string };

/** What the sentence's neighbourhood says: a list of hopes or requests it belongs to. */
export type ClassifyContext = { inRequestList: boolean };

const not = (rule: string): Verdict => ({ commitment: false, rule });
const is = (kind: CommitmentKind, rule: string): Verdict => ({ commitment: true, kind, rule });

// ---- English ----

const EN_NAVIGATION = /^(?:also read|read more|related|see also|read also|click here)\b/i;
const EN_ATTENDANCE =
  /\b(attended|were present|was present|also present|accompanied by|were also in attendance|took part in the (?:meeting|talks|event))\b/i;
const EN_THANKS =
  /\b(thank(?:s|ed|ing)?|grateful|gratitude|congratulat\w*|appreciat\w*|admir\w*|(?:great )?honou?r(?:ed)? to|proud)\b/i;
const EN_INVITATION = /\b(welcome[sd]?|invit(?:e|es|ed|ing|ation))\b/i;
const EN_LOOK_FORWARD = /\blook(?:s|ed|ing)? forward\b/i;
/** Laws and programmes: policy for everyone, not a commitment to anyone. */
const EN_GENERAL_POLICY =
  /\bwill (?:introduce|pass|propose|enact|adopt) (?:the |a |new )?[\w\s]{0,60}\b(?:Act|bill|legislation|law|policy|policies|regulations?)\b/;
/** A judgement of what happened: "is a very important development for us", "marks a milestone". */
const EN_EVALUATION =
  /^(?:(?:this|it|that|another|the)\b[^,]{0,60}\b(?:is|was|marks|represents) (?:a|an|the) (?:very |most |major |important |significant |new )*(?:important|milestone|step|development|sign|example|achievement|beginning|start))/i;
const EN_AGGREGATE =
  /\b(attract(?:ed|s|ing)|receiv(?:ed|es)|got|managed to get|garnered|drew)\b.{0,60}\b(proposals|investments? (?:proposals|intentions)|letters of intent)\b|\bproposals with an investment\b|\bsigned \d+ MoUs? with (?:various|several|many|\d+) companies\b|\bMoUs? (?:for|worth|totalling|involving) investments\b|\b(?:\d+|several|many|about \d+) (?:\w+ )?companies (?:that )?(?:had |have )?(?:signed|inked)\b|\bexpected to (?:get|attract|receive) investments\b|\bsigned (?:a series of|several|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ ){0,3}?(?:MoUs|agreements|memoranda|deals|pacts)\b[^.]{0,80}?\bwith (?:[\w-]+ ){0,4}?(?:companies|firms|industrial houses|investors|industries|groups|players|conglomerates)\b|\b(?:proposals|MoUs) (?:have|has) (?:a |the )?potential\b|\ba total of \d+ (?:projects|companies|MoUs|agreements|investments)\b|\bMoUs (?:worth|totall?ing|of) [^.]{0,40}\bwith (?:various|several|multiple|many|\d+)\b|\bthese (?:\w+ )?(?:companies|firms|projects) will\b/i;
const EN_EVENT =
  /\b(ceremony|summit|event|meeting|forum|conference)\b[^.]{0,80}\b(was held|were held|took place|commenced|kicked off|got under way|scheduled to take place|to be held)\b|\b(?:hosted|presided over|witnessed|attended)\b[^.]{0,40}\bsigning ceremony\b/i;
/** The act of asking someone to act. */
const EN_REQUEST =
  /\b(it is hoped|(?<!(?:is|are|was|were|be) )expected that (?=[A-Z])|sought (?:their|its|the company's|the group's) (?:partnership|support|cooperation|investment)|hopefully,|hope[sd]? (?:that )?(?!to\b)(?=[A-Z]|the\b|all\b|they\b|both\b|you\b|your\b)|hoping (?:that )?(?=[A-Z])|urg(?:e|es|ed|ing) (?:[\w'’&.-]+ ){1,5}?to\b|call(?:s|ed)? (?:on|upon) (?:[\w'’&.-]+ ){1,4}?to (?!visit|meet)\w+|ask(?:s|ed)? (?:[\w'’&.-]+ ){1,4}?to (?!visit|meet)\w+|encourag(?:e|es|ed) (?:[\w'’&.-]+ ){1,5}?to\b)/;
/** Willingness with nothing concrete. */
const EN_INTENT =
  /\b(willing(?:ness)? to|ready to|prepared to|open to|intends? to (?!invest|build|create|hire|open|set up|establish|employ|expand|construct|produce)|intention to|interested in|(?:their|its|his|her|our) interest in|explor(?:e|es|ing) (?:new |further |more )?(?:areas|opportunities|ways|cooperation|possibilities)|seek(?:s|ing)? (?:new |more |further )?(?:opportunities|cooperation)|consider(?:s|ing)? (?:investing|building|expanding)|(?:intends?|plans?) to increase its presence)\b/i;
/** A pledge whose object is only closer ties: cooperation, exchanges, partnership. */
const EN_VAGUE_PLEDGE =
  /\bwill (?:\w+ ){0,2}?(?:deepen(?:ing)?|strengthen(?:ing)?|expand(?:ing)?|enhanc(?:e|ing)|further(?:ing)?) (?:the |its |their |our )?(?:[\w-]+ )?(?:cooperation|ties|exchanges|partnership|relations)\b|\b(?:is|are) (?:set|poised|keen|looking) to partner\b/i;
/** Words that bind the subject to a future action. */
const EN_FUTURE =
  /\b(will|shall|'ll|would|(?:is|are) to (?:be|become|invest|build|open|create|start|begin|produce|expand|establish|set up|hire|add|develop|construct|launch)|(?:is|are) (?:investing|building|constructing|expanding|establishing|opening|hiring|adding|creating) (?:[\w'’]+ ){0,4}?(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|sites?|units?|cent(?:re|er)s?|lines?|jobs|₹|\$|€|Rs|INR|\d|billion|million|crores?|dollars|euros|yuan)|(?:it|we|they|company|group) plans? to|plans to|(?:'s|’s) plans? to (?:invest|build|open|create|set up|establish|expand|hire)|planning to|planned to|intends? to (?:invest|build|create|hire|open|set up|establish|employ|expand|construct|produce)|aims? to|aiming to|(?:is|are) set to|(?:is|are) slated to|commits to|pledg(?:e|es|ed) to|promis(?:e|es|ed) to|agree[sd]? to|decided to|(?:is|are) going to|expects? to (?:invest|build|create|hire|open|start|begin|produce|complete|add|employ)|(?:is|are) expected to (?:begin|start|open|complete|produce|be completed|be operational|be launched|be finished|create|employ|kickstart|commence)|scheduled to (?!take place)|says it will|has committed|have committed)\b/i;
/** What a maker does, as against what something will be or bring. */
const EN_CONCRETE_VERB =
  /^(?:invest|build|construct|create|hire|employ|establish|open|set|add|expand|produce|provide|support|increase|launch|introduce|speed|accelerate|realize|realise|gather|keep|start|begin|complete|develop|manufacture|deliver|relocate|locate|operate|double|triple|move|continue|improve|optimi[sz]e|offer|bring|generate|spend|put|install|upgrade|train|sign|commit|fund|finance|purchase|acquire|deploy|roll|supply|finish|initiate|conduct|recruit|cost|enlarge|retrofit|erect|intensify|push|step|ramp|scale)$/i;
const EN_CONCRETE_PARTICIPLE =
  /^(?:built|constructed|completed|set|established|opened|launched|invested|created|hired|produced|operational|realised|realized|implemented|located|started|expanded|developed|installed|commissioned|delivered|finished|launched)$/i;
/** Words between "will" and its verb that do not change what the verb is. */
const EN_WILL_FILLER =
  /^(?:not|also|further|still|certainly|surely|then|now|soon|jointly|firmly|fully|actively|continue|continuously|to|as|always|gradually|quickly|immediately|eventually|finally|initially|first)$/i;

const EN_EFFORT =
  /^(?:(?:do|make) (?:its|their|our|his|her|every) (?:best|utmost|effort|efforts) to|(?:strive|try|work|endeavou?r|seek) to) /i;

/** For each verb that "will" (or "shall", "is to") governs in a sentence: whether it is an action. */
function willVerbs(sentence: string): boolean[] {
  const out: boolean[] = [];
  for (const match of sentence.matchAll(/\b(?:will|would|shall|'ll|is to|are to)\s+([^.;:]{0,80})/gi)) {
    const words = match[1]!.split(/[\s,]+/).map((w) => w.replace(/[^\p{L}']/gu, ""));
    let i = 0;
    while (i < words.length && (words[i] === "" || EN_WILL_FILLER.test(words[i]!))) i++;
    // "will do its best to complete", "will strive to build": the effort is for the verb after it.
    const effort = EN_EFFORT.exec(words.slice(i).join(" "));
    if (effort) i += effort[0].trim().split(" ").length;
    const head = words[i] ?? "";
    // "will make a $271 million investment": the investment is the action.
    if (
      /^make$/i.test(head) &&
      words
        .slice(i + 1)
        .filter(Boolean)
        .slice(0, 7)
        .some((w) => /^investments?$/i.test(w))
    ) {
      out.push(true);
      continue;
    }
    const next = words[i + 1] ?? "";
    out.push(
      /^be$/i.test(head)
        ? EN_CONCRETE_PARTICIPLE.test(next) || isConcreteProgressive(next)
        : EN_CONCRETE_VERB.test(head),
    );
  }
  return out;
}

/** "will be investing", "will be creating", "will be setting up": the progressive of an action is the action. */
function isConcreteProgressive(word: string): boolean {
  const stem = /^(\w+?)ing$/i.exec(word)?.[1];
  if (!stem) return false;
  const undoubled = /([b-df-hj-np-tv-z])\1$/i.test(stem) ? stem.slice(0, -1) : null;
  return [stem, `${stem}e`, undoubled].some((verb) => verb !== null && EN_CONCRETE_VERB.test(verb));
}

/** Plans with a verb of action, whatever "will" says: "is scheduled to begin", "plans to invest". */
const EN_PLANNED_ACTION =
  /\b(?:plans?|planning|aims?|set|slated|scheduled|expected|expects?|intends?|agreed|agrees|decided|commit(?:s|ted)?|pledg\w+|promis\w+)\s+to\s+(?:\w+\s+){0,2}?(?:invest|build|create|hire|open|start|begin|produce|complete|add|employ|expand|establish|launch|develop|construct|manufacture)\b|\b(?:promis|commit|pledg)\w*\s+to\s+(?:offer|provide)\b|\bbecome (?:the )?(?:new )?home (?:to|of|for)\b|,\s*(?:due |set |scheduled |expected )?to (?:start|begin|open|enter)\b[^,]{0,40}\b(?:in|by)\s+(?:\w+\s+)?20\d\d|\b(?:start|begin|beginning|completion|opening|launch) of (?:series )?(?:production|operations?|construction)\b[^.]{0,40}\b(?:is |are )?(?:scheduled|planned|set|expected|slated|due) (?:for|in|by)\b|\b(?:chose|chosen|selected|picked)\b[^.]{0,60}\b(?:to (?:locate|build|open|establish|expand|invest|set up|carry out)|as the (?:place|site|location))\b|\bplans to go operational\b/i;

const EN_CONCRETE =
  /\b(invest\w*|build\w*|construct\w*|creat(?:e|es|ing)|hir(?:e|es|ing)|employ\w*|establish\w*|open\w*|set up|add(?:s|ing)? (?:over |more than |about |\d)|expand\w*|produc(?:e|es|ing|tion)|provid(?:e|es|ing)|support\w*|increas\w*|launch\w*|introduc\w*|speed up|accelerat\w*|realiz\w*|realis\w*|gather\w*|keep|start|begin|complet\w*|develop\w*|manufactur\w*|deliver\w*|relocat\w*|locat\w*|improv\w* the (?:business|investment) environment)\b/i;
/** What something will be or bring: effects and descriptions, not actions. */
const EN_WEAK_WILL =
  /\bwill (?:\w+ ){0,2}?(?:be|become|bring|boost|benefit|contribute|help|enable|allow|transform|strengthen|enhance|improve|promote|drive|make|consist|include|comprise|have|feature|evolve|grow|remain|lead|play|serve|power|mark|represent|reach|go|the)\b|\bdesigned to\b|\bwill be able to\b|\bis expected to (?:be|become|bring|boost|generate|contribute)\b/i;
const EN_PASSIVE_ACTION =
  /\b(?:will|would) be (?:built|constructed|completed|set up|established|opened|launched|invested|created|hired|produced|operational|realised|realized|implemented|located|made|recruited|employed|added|installed|commissioned|broken)\b/i;
/** Signed agreements to do something: a pledge whatever the tense of the signing. */
const EN_SIGNED =
  /\b(sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:es|ed)|entered into|enter into|enters into)\b[^.]*\b(agreements?|MoUs?|memorand(?:um|a)|contracts?|pacts?|deals?)\b/i;
/** "X to invest $Y": the headline form of a pledge. */
const EN_HEADLINE_PLEDGE =
  /^(?:[A-Z\d][\p{L}\p{N}&.'’-]*\s+){1,8}to\s+(?:invest|build|open|create|set up|establish|expand|hire)\b/u;
/** Money in a sentence: a currency or a unit of money. */
const EN_MONEY =
  /(?:\$|€|£|₹|¥|\bRs\.?|\b(?:INR|USD|EUR|CNY|RMB|yuan|euros?|dollars?|crores?|lakhs?|billion|million|bn)\b)/i;
/** Investment stated with an amount, as lists of pledges state it ("X: an investment of INR 1,000 crore", "a $126 million investment by X"). */
const EN_INVESTMENT_WITH_AMOUNT =
  /\binvestments? (?:of|worth|totalling|totaling)\b|\bwith an investment\b|\bannounced (?:an? |more than |over )?(?:investment|€|\$|£)|\b(?:million|billion|crores?) investment by\b(?![^.]*\b(?:was|were)\b)|\bplan(?:s|ning)? an? [^.]{0,30}?\binvestment\b/i;
/** A release's present tense: "X is expanding in Stanly County, creating 44 new jobs and investing $4 million". */
const EN_ANNOUNCED_EXPANSION =
  /\b(?:is|are) (?:expanding|locating|relocating|investing|building|opening|establishing|moving)\b[^.]{0,80}?\b(?:creating|adding|hiring|investing)\s+(?:[\w-]+\s+){0,2}?(?:\$|€|£|₹)?\d/i;
/** An assurance or a promise to play one's part: "assured them of security", "promised … would play its part". */
const EN_ASSURANCE =
  /\bassur(?:ed|es|ing) (?:them|the (?:company|group|investors?|delegation)|investors) (?:of|that)\b|\bwould play (?:its|their|his|her|our) part\b/i;
/** A grant behind projects: "These two projects will be facilitated, in part, by a One North Carolina grant". */
export const EN_GRANT_BACKED =
  /\b(?:facilitated|funded|supported|assisted|backed)\b,?(?: in part,?)? by (?:a |an |the )?(?:[\w.-]+ ){0,4}?(?:grants?|fund)\b/i;
/** Jobs stated as what a project will bring: the genre's way of pledging them. */
const EN_JOBS_PLEDGE =
  /\b(?:will|would|(?:is|are) (?:expected|projected|anticipated|estimated) to|(?:is|are) (?:set|poised|slated) to|(?:is|are) to|plans? to)\s+(?:\w+\s+){0,2}?(?:create|generate|add|bring|employ|provide|support|hire)\s+(?:[\w-]+\s+){0,3}?(?:\d[\d,.]*|hundreds of|thousands of)\s+(?:[\w-]+\s+){0,3}?(?:jobs|positions|employees|workers|people|employment)\b/i;
/** Praise of one's own products: "will provide the most dependable products", "aims to deliver unparalleled value". */
const EN_PROMOTION =
  /\b(?:deliver|provide|offer|bring)\s+(?:[\w,'’-]+\s+){0,8}?(?:value|products|solutions|services|experiences?|quality|benefits)\b/i;
/** Opportunities a project will bring: an effect, however concrete the verb. */
const EN_OPPORTUNITIES =
  /\bwill (?:\w+ ){0,2}?(?:provide|create|offer|open up|bring|generate) (?:new |more |job |business |employment |economic |great )*opportunities\b/i;
/** A grant, tax credit or loan approved or to be received: the government's pledge to the company. */
const EN_INCENTIVE =
  /\b(?:approved|awarded|granted|offered|will (?:\w+ )?receive|(?:is|are) eligible for)\b(?:[^.]|\.(?=\d)){0,60}\b(?:grants?|incentives?|tax (?:credits?|breaks?|exemptions?|abatements?)|loans?|subsid(?:y|ies)|support from)\b/i;
/** An item of a list of MoUs: a name and its amount in brackets ("Yatharth Hospital (Rs 800 crore) in health"). */
const EN_LISTED_INVESTMENT =
  /^(?:(?:an? )?(?:MoU|agreement|memorandum) with\s+)?[A-Z][^.()]{0,80}\((?:Rs\.?|₹|INR|US\$|\$|€|£|USD|EUR)?\s?\d[\d,. ]*\s*(?:crores?|lakhs?|million|billion|bn|mn)?\)/;
/** Past achievements: nothing still to do. */
const EN_PAST =
  /\b(has|have|had) (?:\w+ ){0,2}(?:been|invested|built|created|established|opened|completed|achieved|become|rolled|made|set up|accelerated|rooted)\b|\blast year\b|\bin the past\b|\b(?:was|were) expected to\b/i;

function classifyEnglish(sentence: string, context: ClassifyContext): Verdict {
  if (EN_NAVIGATION.test(sentence)) return not("navigation");
  if (EN_ATTENDANCE.test(sentence) && !/\bwill\b/i.test(sentence)) return not("attendance");
  if (EN_LOOK_FORWARD.test(sentence)) return not("look forward");
  if (EN_INVITATION.test(sentence) && !EN_FUTURE.test(sentence.replace(EN_INVITATION, ""))) return not("invitation");
  if (EN_GRANT_BACKED.test(sentence)) return is("pledge", "incentive");
  if (EN_AGGREGATE.test(sentence)) return not("aggregate of proposals");
  if (EN_EVALUATION.test(sentence) && !/\bwill\b/i.test(sentence)) return not("evaluation");
  if (EN_GENERAL_POLICY.test(sentence)) return not("general policy");
  if (/\b(?:was|were) expected to\b/i.test(sentence) && !/\bwill\b/i.test(sentence)) return not("past expectation");
  if (EN_EVENT.test(sentence) && !EN_FUTURE.test(sentence)) return not("event");
  if (EN_REQUEST.test(sentence)) return is("request", "request");
  // An item of a list of hopes: "First, further expand …", "Continue to increase …" (no subject, imperative).
  if (
    context.inRequestList &&
    (/^(?:first|second|third|fourth|fifth|finally|the (?:first|second|third|fourth|fifth) is)\b/i.test(sentence) ||
      nlp(sentence).has("^#Imperative"))
  )
    return is("request", "item of a list of hopes");
  const verbs = willVerbs(sentence);
  const concrete =
    verbs.some(Boolean) ||
    (verbs.length === 0 && EN_CONCRETE.test(sentence)) ||
    EN_PASSIVE_ACTION.test(sentence) ||
    EN_PLANNED_ACTION.test(sentence);
  if (EN_THANKS.test(sentence) && !verbs.some(Boolean)) return not("thanks or compliment");
  if (EN_INTENT.test(sentence)) return is("intent", "willingness");
  if (EN_SIGNED.test(sentence)) return is("pledge", "signed agreement");
  if ([EN_INCENTIVE, EN_INCENTIVE_ITEM, EN_GRANT_EXTENDED].some((form) => form.test(sentence)))
    return is("pledge", "incentive");
  if (EN_LISTED_INVESTMENT.test(sentence) && !EN_PAST.test(sentence)) return is("pledge", "listed investment");
  if (EN_VAGUE_PLEDGE.test(sentence) && !/\b(invest|build|jobs?|plant|factory|facility)\b/i.test(sentence))
    return is("intent", "closer ties only");
  if (EN_HEADLINE_PLEDGE.test(sentence)) return is("pledge", "headline");
  if (EN_INVESTMENT_WITH_AMOUNT.test(sentence) && EN_MONEY.test(sentence) && !EN_PAST.test(sentence))
    return is("pledge", "announced investment");
  if (EN_OPPORTUNITIES.test(sentence) && !/\d[\d,]*\s+(?:people|persons|jobs|youths?|workers)\b/i.test(sentence))
    return not("forecast of opportunities");
  if (
    EN_PROMOTION.test(sentence) &&
    !EN_PLANNED_ACTION.test(sentence) &&
    !/\d|\b(?:plant|factory|facility|jobs|invest\w*|build\w*)\b/i.test(sentence)
  )
    return not("promotion");
  if (EN_ASSURANCE.test(sentence)) return is("pledge", "assurance");
  if (EN_JOBS_PLEDGE.test(sentence)) return is("pledge", "jobs");
  if (EN_ANNOUNCED_EXPANSION.test(sentence) && !EN_PAST.test(sentence)) return is("pledge", "announced expansion");
  if ((EN_WEAK_WILL.test(sentence) || verbs.length > 0) && !concrete) return not("forecast or description");
  if (EN_FUTURE.test(sentence)) return is("pledge", "future action");
  if (EN_PLANNED_ACTION.test(sentence) && !EN_PAST.test(sentence)) return is("pledge", "planned action");
  return not(EN_PAST.test(sentence) ? "past" : "no commitment marker");
}

// ---- Chinese (matched in simplified characters) ----

const ZH_ATTENDANCE = /(参加会见|参加会谈|参加签约|陪同|出席|在座|参加活动|一同参加|参加。|参加$)/u;
const ZH_THANKS = /(感谢|谢意|祝贺|赞赏|钦佩|致以|表示敬意|高度评价)/u;
const ZH_INVITATION = /(欢迎.{0,12}(来|到|赴)|诚邀|邀请)/u;
const ZH_LOOK_FORWARD = /(期待|期盼)/u;
const ZH_EVENT =
  /(举行|召开|举办)。?$|(仪式|活动|大会|会议|签约会)(?:在.{0,24})?(举行|召开)|(举行|召开|举办).{0,30}(仪式|活动|大会|会议)。?$/u;
/** Several projects signed or started at once: a summary, not one maker's commitment. */
const ZH_AGGREGATE =
  /(集中签约|集中开工|[二三四五六七八九十\d]+(?:大|个|项)[^，,。]{0,4}?项目|签约项目\d+个|[二三四五六七八九十\d]+家(?:企业|公司)|(?:计划)?投资(?:金额|总额)?共|合计投资)/u;
/** A judgement of what happened: "是…良好开端", "标志着…". */
const ZH_EVALUATION =
  /^(?:这|此|本)[次项一]?[^，,。]{0,20}[，,]?\s*(?:是|为|标志着)[^，,。]{0,24}(?:开端|起点|里程碑|标志|典范|缩影|开始)/u;
/** What something shows or is: "反映出…", "这是…又一个基地". */
const ZH_JUDGEMENT =
  /反映出|反映了|体现了|彰显了|充分说明|^(?:这|此)(?:是|为)|^(?:这|此|本)次[^。]{0,40}[，,]\s*是(?:根据|为了|基于|出于)/u;
/** What a plant will make or focus on, and what its products will do: a description, not an action. */
const ZH_DESCRIPTION =
  /建成后[^，,。]{0,6}将(?:主要)?(?:生产|用于)|将(?:专注|主攻|主要供应)|将为[^，,。]{0,12}提供[^，,。]{0,12}产品/u;
/** A country's or province's targets for everyone: "计划至2030年将该国电动汽车产量提升至…%". */
const ZH_GENERAL_POLICY = /将(?:该国|全国|全省|全市|本国)[^，,。]{0,24}(?:提升|提高|增加)(?:至|到)[^，,。]{0,16}%/u;
/** Jobs a project will give, stated on their own: "可解决约200人就业". */
const ZH_JOBS_PLEDGE = /(?:可|将|能)(?:解决|提供|带动|新增|吸纳)[^，,。]{0,12}(?:就业|岗位)/u;
/** The jobs a project offers, counted: "提供150个就业岗位". */
const ZH_JOBS_COUNT = /(?:提供|新增|创造)\d[\d,]*\s*个(?:就业)?岗位/u;
const ZH_REQUEST = /(希望|(?<!的|新|重要|殷殷|有关|相关)要求(?!。)|恳请|请求|期望|寄望)/u;
/** Willingness: "愿…" whatever follows; exploring and seeking only when nothing concrete is pledged with "将". */
const ZH_INTENT = /愿(?!景)|有意/u;
const ZH_WEAK_INTENT = /(探讨|考虑|寻求)/u;
const ZH_CONCRETE_WILL = /将[^，,。]{0,6}(加大|投资|建设|新建|扩建|投入|建成|投产)/u;
/** A pledge whose object is only closer ties: "将同甘肃…深入合作". */
const ZH_VAGUE_PLEDGE =
  /将(?:同|与|和)[^，,。]{0,40}(合作|交流|对接)|将[^。]{0,30}(?:拓宽|深化|加强|扩大|拓展)(?:双方)?(?:合作|交流)/u;
const ZH_FUTURE =
  /(将|拟|计划|(?<!战略|整体|总体|发展)规划|承诺|确保|力争|争取|决定|准备|即将|预计.{0,8}(投产|建成|开工|完成))/u;
const ZH_CONCRETE =
  /(投资|建设|新建|扩建|建成|投产|开工|工厂|基地|亿元|万元|美元|欧元|提供|支持|优化营商环境|落地|设立|购买|购置|增资|厂房|生产线|产线)/u;
const ZH_SIGNED =
  /(签署|签订|签定|签约|签下).{0,45}(协议|协定|合同|合约|备忘录|意向书|项目)|(协议|协定|合同|合约|项目).{0,6}(签署|签订|签定|签约)/u;
/** A stated investment; "以1亿美元增资X", "分别投入13亿元" as an investment commission's approvals list them. */
const ZH_INVESTMENT =
  /(总投资|投资总额|计划投资|拟投资|投资约|投资金额|项目投资|投资建设|增资|间接投资|认购|投入\s?\d|以[^，,。：:]{0,24}(?:元|美元|日元|欧元|泰铢|澳币|日币)[^，,。]{0,16}(?:投资|收购|受让))/u;
const ZH_FORECAST =
  /(将成为|将有力(?:推动|促进|带动|支撑)|将为.{0,60}?(注入|带来|贡献|奠定)|将(?:助力|发挥)|总数将达|将有效|将带动|将进一步提升|将极大|预计.{0,6}(实现|带来|带动|拉动))/u;
const ZH_PAST = /(已经|已|累计|先后|曾|此前|多年来|以来|去年)/u;

function classifyChinese(sentence: string, context: ClassifyContext): Verdict {
  if (ZH_ATTENDANCE.test(sentence) && !ZH_FUTURE.test(sentence)) return not("attendance");
  if (ZH_EVENT.test(sentence)) return not("event");
  if (ZH_AGGREGATE.test(sentence)) return not("aggregate of projects");
  if (ZH_EVALUATION.test(sentence) || ZH_JUDGEMENT.test(sentence)) return not("evaluation");
  if (ZH_DESCRIPTION.test(sentence)) return not("forecast or description");
  if (ZH_GENERAL_POLICY.test(sentence)) return not("general policy");
  if (ZH_THANKS.test(sentence) && !ZH_FUTURE.test(sentence)) return not("thanks or compliment");
  if (ZH_INVITATION.test(sentence)) return not("invitation");
  if (ZH_REQUEST.test(sentence)) {
    // "希望双方…" (both sides) is a pleasantry unless something concrete follows.
    if (/希望双方/.test(sentence) && !/(项目|基地|投资|建设)/.test(sentence)) return not("hope for both sides");
    // A call on everyone in the room ("希望各位企业家抢抓机遇") asks no one in particular, unless it asks
    // for investment.
    if (/希望(?:各位|广大|全体|所有)/u.test(sentence) && !/(投资|落户|建厂|设厂)/u.test(sentence))
      return not("call on everyone");
    return is("request", "request");
  }
  if (context.inRequestList && /^(一是|二是|三是|四是|五是|第[一二三四五])/.test(sentence))
    return is("request", "item of a list of hopes");
  if (ZH_LOOK_FORWARD.test(sentence) && !ZH_FUTURE.test(sentence)) return not("look forward");
  if (ZH_INTENT.test(sentence) || (ZH_WEAK_INTENT.test(sentence) && !ZH_CONCRETE_WILL.test(sentence)))
    return is("intent", "willingness");
  // A project's output and the jobs it offers ("预计实现年销售额5亿元,提供150个就业岗位") are its maker's word.
  if (
    ZH_FORECAST.test(sentence) &&
    !ZH_INVESTMENT.test(sentence) &&
    !ZH_JOBS_COUNT.test(sentence) &&
    !/(投资|将[^，,。]{0,4}(建设|新建|扩建))/u.test(sentence)
  )
    return not("forecast of effects");
  // "必将有力推动…": what the projects surely will do is a forecast, whatever they are.
  if (/必将/u.test(sentence) && !/必将[^，,。]{0,4}(投资|建设|新建|扩建|投产)/u.test(sentence))
    return not("forecast of effects");
  if (ZH_SIGNED.test(sentence)) return is("pledge", "signed agreement");
  if (ZH_VAGUE_PLEDGE.test(sentence) && !/(投资|亿元|工厂|基地)/.test(sentence))
    return is("intent", "closer ties only");
  if (
    ZH_FORECAST.test(sentence) &&
    !ZH_JOBS_COUNT.test(sentence) &&
    !/将(投资|建设|新建|扩建|建成|投产|开工|提供|支持|加大)/.test(sentence)
  )
    return not("forecast of effects");
  if (ZH_FUTURE.test(sentence) && (ZH_CONCRETE.test(sentence) || /将/.test(sentence)))
    return is("pledge", "future action");
  if (ZH_INVESTMENT.test(sentence) && !ZH_PAST.test(sentence)) return is("pledge", "announced investment");
  if ((ZH_JOBS_PLEDGE.test(sentence) || ZH_JOBS_COUNT.test(sentence)) && !ZH_PAST.test(sentence))
    return is("pledge", "jobs");
  return not(ZH_PAST.test(sentence) ? "past" : "no commitment marker");
}

/** The verdict on one sentence (Chinese sentences in simplified characters). */
export function classifySentence(sentence: string, language: Language, context: ClassifyContext): Verdict {
  return language === "zh" ? classifyChinese(sentence, context) : classifyEnglish(sentence, context);
}

/** Whether a sentence opens a list of hopes or requests whose items follow ("raised three hopes", "提出三点希望"). */
export function opensRequestList(sentence: string, language: Language): boolean {
  return language === "zh"
    ? /提出.{0,6}(希望|要求|建议)|(希望|要求).{0,4}[:：]$/u.test(sentence)
    : /\b(?:raised|put forward|made|set out|outlined)\s+(?:\w+\s+){0,2}(?:hopes|requirements|suggestions|requests|proposals)\b/i.test(
        sentence,
      );
}

/**
 * A heading or a dateline: a line alone in its paragraph without a sentence's closing mark. An item of a
 * bulleted list ("• $2.5 million in tax credits to assist …") often has no closing mark either, and is no
 * heading.
 */
export function isHeading(sentence: string, aloneInParagraph: boolean): boolean {
  const line = sentence.trim();
  return (
    aloneInParagraph && !/[.!?。！？”"」』)）]$/u.test(line) && !/^(?:[•·▪●◦‣]\s?|[*–-]\s|\d{1,2}[.)]\s)/u.test(line)
  );
}
