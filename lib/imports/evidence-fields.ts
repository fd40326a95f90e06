import { headerMatcher, normalizeHeader } from "./fields";

// The columns of an evidence file: which commitment each row is for (its external id, or this tracker's
// id), and the evidence's own fields as POST /api/v1/commitments/{id}/evidence takes them.

export const EVIDENCE_FIELDS = [
  "commitmentExternalId",
  "commitmentId",
  "url",
  "title",
  "publisher",
  "publishedOn",
  "language",
  "stance",
  "note",
  "archiveUrl",
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export const EVIDENCE_FIELD_LABELS: Record<EvidenceField, string> = {
  commitmentExternalId: "Commitment's external id",
  commitmentId: "Commitment's id",
  url: "Address (URL)",
  title: "Title",
  publisher: "Publisher",
  publishedOn: "Published on",
  language: "Language",
  stance: "Stance",
  note: "Note",
  archiveUrl: "Archive address",
};

const HEADERS: Record<EvidenceField, string[]> = {
  commitmentExternalId: [
    "commitment_external_id",
    "external_id",
    "external id",
    "commitment ref",
    "外部编号",
    "承诺编号",
  ],
  commitmentId: ["commitment_id", "commitment", "承诺id"],
  url: ["url", "link", "address", "evidence url", "链接", "网址"],
  title: ["title", "headline", "标题"],
  publisher: ["publisher", "source", "outlet", "发布者", "来源", "媒体"],
  publishedOn: ["published_on", "published", "date", "发布日期", "日期"],
  language: ["language", "lang", "语言"],
  stance: ["stance", "立场", "判断"],
  note: ["note", "notes", "comment", "备注", "说明"],
  archiveUrl: ["archive_url", "archive", "存档链接"],
};

/** The field each column of an evidence file fills (the first column of a field wins). */
export const matchEvidenceHeaders = headerMatcher<EvidenceField>(HEADERS);

/** A file is of evidence when it says for which commitment each row is and how it bears on it, and names no maker. */
export function isEvidenceFile(headers: string[], commitmentFields: (string | null)[]): boolean {
  const fields = matchEvidenceHeaders(headers);
  const namesCommitment = fields.includes("commitmentExternalId") || fields.includes("commitmentId");
  return namesCommitment && fields.includes("stance") && !commitmentFields.includes("maker");
}

const STANCE_WORDS: Record<string, string[]> = {
  supports: ["supports", "support", "progress", "positive", "支持", "进展", "正面"],
  contradicts: ["contradicts", "contradict", "delay", "negative", "setback", "反驳", "延迟", "负面"],
  context: ["context", "background", "neutral", "背景", "中性"],
};
const BY_STANCE = new Map<string, string>(
  Object.entries(STANCE_WORDS).flatMap(([stance, words]) => words.map((w) => [normalizeHeader(w), stance] as const)),
);

/** The stored stance a word means (the analyst's mapping first); the word itself when none (for the row's error). */
export const stanceValue = (word: string, own: Record<string, string> = {}) =>
  own[word] ?? own[normalizeHeader(word)] ?? BY_STANCE.get(normalizeHeader(word)) ?? word;
