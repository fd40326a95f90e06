// The sector of a commitment, where its sentence makes it clear: the first sector whose words it uses.
// The names are the ones the tracker's data uses (lower case, free text elsewhere).

const SECTORS: [string, RegExp][] = [
  ["batteries", /\b(batter(?:y|ies)|cells? plant|gigafactory|GWh)\b|电池|储能/iu],
  [
    "automotive",
    /\b(vehicles?|cars?|automotive|automaker|carmaker|EVs?|motors?|stamping|body shop|paint shop)\b|汽车|整车|新能源车/iu,
  ],
  ["semiconductors", /\b(semiconductors?|chips?|wafers?|fab|foundry)\b|芯片|半导体|集成电路/iu],
  ["hydrogen", /\bhydrogen\b|氢能|氢/iu],
  ["renewables", /\b(wind|solar|photovoltaic|PV|renewables?)\b|风电|光伏|风能|光热|风光|新能源/iu],
  ["energy", /\b(power plant|energy|electricity|grid|gas|nuclear|coal)\b|能源|电力|电厂|煤/iu],
  ["chemicals", /\b(chemicals?|petrochemical|plastics?)\b|化工|化学/iu],
  ["pharmaceuticals", /\b(pharmaceuticals?|drugs?|vaccines?|medicines?)\b|医药|制药|疫苗/iu],
  ["healthcare", /\b(health ?care|hospitals?|medical)\b|医疗|健康/iu],
  ["semiconductors", /\bsuperconducting\b/i],
  [
    "digitalization",
    /\b(digital\w*|AI|artificial intelligence|data cent(?:er|re)s?|cloud|software|computing)\b|数字化|数字|人工智能|数据中心|智能制造/iu,
  ],
  ["machinery", /\b(machinery|equipment|machines?|excavators?|cranes?)\b|装备|机械|设备|工程机械/iu],
  ["aerospace", /\b(aerospace|aircraft|aviation|defen[cs]e)\b|航空|航天/iu],
  ["logistics", /\b(logistics|warehouses?|ports?|distribution cent(?:er|re))\b|物流|仓储|港口/iu],
  ["steel", /\b(steel|aluminium|aluminum|metals?)\b|钢铁|钢|铝/iu],
  ["infrastructure", /\b(infrastructure|railways?|roads?|bridges?)\b|基础设施|铁路|公路/iu],
  ["agriculture", /\b(agricultur\w*|farms?|food|dairy|greenhouses?)\b|农业|食品/iu],
  ["finance", /\b(financial services|bank(?:ing)?|insurance|fund)\b|金融|银行|保险/iu],
  ["tourism", /\b(touris\w*|hotels?|hospitality)\b|旅游|酒店/iu],
];

/** The sector the sentence (in simplified characters) names, or null. */
export function findSector(sentence: string): string | null {
  return SECTORS.find(([, pattern]) => pattern.test(sentence))?.[0] ?? null;
}
