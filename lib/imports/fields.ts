import { COMMITMENT_KINDS, COMMITMENT_STATUSES, KIND_LABELS, STATUS_LABELS } from "@/lib/vocabulary";

// The fields a commitment row can fill, and the column headers each is known by: the export's own column
// names (so an export imports back as it is), English words and the Chinese headers analysts use.

export const IMPORT_FIELDS = [
  "externalId",
  "id",
  "title",
  "summary",
  "maker",
  "makerName",
  "counterpart",
  "counterpartName",
  "kind",
  "sector",
  "region",
  "regionName",
  "announcedOn",
  "targetOn",
  "amount",
  "currency",
  "jobs",
  "status",
  "progress",
  "sourceUrl",
  "sourceTitle",
  "sourcePublishedOn",
  "sourceLocation",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these a row cannot become a commitment. */
export const REQUIRED_FIELDS: readonly ImportField[] = ["title", "maker", "kind", "region", "announcedOn"];

export const FIELD_LABELS: Record<ImportField, string> = {
  externalId: "External id",
  id: "Id in this tracker",
  title: "Title",
  summary: "Summary",
  maker: "Maker",
  makerName: "Maker's name (to create it)",
  counterpart: "Counterpart",
  counterpartName: "Counterpart's name (to create it)",
  kind: "Kind",
  sector: "Sector",
  region: "Region",
  regionName: "Region's name (to create it)",
  announcedOn: "Announced on",
  targetOn: "Target date",
  amount: "Amount",
  currency: "Currency",
  jobs: "Jobs",
  status: "Status",
  progress: "Progress",
  sourceUrl: "Source address",
  sourceTitle: "Source title",
  sourcePublishedOn: "Source published on",
  sourceLocation: "Where in the source",
};

const HEADERS: Record<ImportField, string[]> = {
  externalId: ["external_id", "external id", "externalid", "ref", "reference", "外部编号", "外部id", "编号"],
  id: ["id"],
  title: ["title", "commitment", "pledge", "标题", "承诺", "承诺内容", "事项"],
  summary: ["summary", "description", "details", "摘要", "说明", "描述", "备注"],
  maker: ["maker", "maker_slug", "company", "organization", "承诺方", "企业", "公司", "主体"],
  makerName: ["maker_name"],
  counterpart: ["counterpart", "counterpart_slug", "partner", "对方", "合作方", "相对方"],
  counterpartName: ["counterpart_name"],
  kind: ["kind", "type", "类型", "性质"],
  sector: ["sector", "industry", "行业", "领域"],
  region: ["region", "region_slug", "location", "place", "地区", "区域", "地点", "省份", "城市"],
  regionName: ["region_name"],
  announcedOn: ["announced_on", "announced", "announcement date", "date", "宣布日期", "日期", "发布日期"],
  targetOn: ["target_on", "target", "target date", "deadline", "目标日期", "截止日期", "完成时间"],
  amount: ["amount", "investment", "value", "金额", "投资额", "投资金额"],
  currency: ["currency", "币种", "货币"],
  jobs: ["jobs", "employment", "就业", "就业岗位", "岗位"],
  status: ["status", "state", "状态", "进展"],
  progress: ["progress", "progress %", "进度", "完成度"],
  sourceUrl: ["source_url", "source", "url", "link", "来源", "来源链接", "链接"],
  sourceTitle: ["source_title", "来源标题"],
  sourcePublishedOn: ["source_published_on", "source date", "来源日期"],
  sourceLocation: ["source_location", "来源位置"],
};

/** Headers compared without case, surrounding space, or the difference between "_", "-" and " ". */
export const normalizeHeader = (header: string) =>
  header
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

/**
 * Matches headers to fields by the names each field is known by: the field each column fills, or null for
 * a column no field knows. The first column of a field wins.
 */
export function headerMatcher<F extends string>(known: Record<F, string[]>) {
  const byHeader = new Map<string, F>(
    (Object.entries(known) as [F, string[]][]).flatMap(([field, names]) =>
      names.map((name) => [normalizeHeader(name), field] as const),
    ),
  );
  return (headers: string[]): (F | null)[] => {
    const taken = new Set<F>();
    return headers.map((header) => {
      const field = byHeader.get(normalizeHeader(header)) ?? null;
      if (!field || taken.has(field)) return null;
      taken.add(field);
      return field;
    });
  };
}

/**
 * The field each column of a commitments file fills. An export's maker_name (and counterpart_name,
 * region_name) names what to create when its slug is unknown here, and stands in for the slug when a file
 * has only the name.
 */
export const matchHeaders = headerMatcher<ImportField>(HEADERS);

const VALUE_WORDS: Record<"kind" | "status", Record<string, string[]>> = {
  kind: {
    pledge: [KIND_LABELS.pledge, "承诺", "promise", "commitment"],
    request: [KIND_LABELS.request, "请求", "要求", "ask"],
    intent: [KIND_LABELS.intent, "意向", "意愿", "intention"],
  },
  status: {
    announced: [STATUS_LABELS.announced, "已宣布", "宣布", "未开始", "not started"],
    in_progress: [STATUS_LABELS.in_progress, "进行中", "推进中", "ongoing", "started"],
    partially_achieved: [STATUS_LABELS.partially_achieved, "部分完成", "部分实现", "partly achieved"],
    achieved: [STATUS_LABELS.achieved, "已完成", "完成", "已实现", "done", "completed", "delivered"],
    stalled: [STATUS_LABELS.stalled, "停滞", "搁置", "delayed", "paused"],
    abandoned: [STATUS_LABELS.abandoned, "放弃", "取消", "已取消", "cancelled", "canceled"],
  },
};

export const ENUM_FIELDS = { kind: COMMITMENT_KINDS, status: COMMITMENT_STATUSES } as const;
export type EnumField = keyof typeof ENUM_FIELDS;

const BY_VALUE: Record<EnumField, Map<string, string>> = {
  kind: new Map(),
  status: new Map(),
};
for (const field of Object.keys(ENUM_FIELDS) as EnumField[]) {
  for (const stored of ENUM_FIELDS[field]) BY_VALUE[field].set(normalizeHeader(stored), stored);
  for (const [stored, words] of Object.entries(VALUE_WORDS[field])) {
    for (const word of words) BY_VALUE[field].set(normalizeHeader(word), stored);
  }
}

/**
 * The stored value a spreadsheet's word means ("In Progress", "进行中" → in_progress), by the analyst's
 * own mapping first; the word itself (for the row's error) when nothing knows it.
 */
export function enumValue(field: EnumField, word: string, own: Record<string, string> = {}): string {
  const mapped = own[word] ?? own[normalizeHeader(word)];
  if (mapped) return mapped;
  return BY_VALUE[field].get(normalizeHeader(word)) ?? word;
}
