import type { Evidence } from "@/db/schema";
import type { EvidenceStance } from "@/lib/vocabulary";

/** An evidence item as the API reads it (CONTRACT.md), plus its version and any retraction. */
export type EvidenceJson = {
  id: number;
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: string;
  language: string;
  stance: EvidenceStance;
  note: string | null;
  archiveUrl: string | null;
  addedAt: string;
  addedBy: string | null;
  version: number;
  retracted: { at: string; by: string | null; reason: string | null } | null;
};

export function toEvidenceJson(e: Evidence): EvidenceJson {
  return {
    id: e.id,
    url: e.url,
    title: e.title,
    publisher: e.publisher,
    publishedOn: e.publishedOn,
    language: e.language,
    stance: e.stance,
    note: e.note,
    archiveUrl: e.archiveUrl,
    addedAt: e.addedAt.toISOString(),
    addedBy: e.addedBy,
    version: e.version,
    retracted: e.retractedAt
      ? { at: e.retractedAt.toISOString(), by: e.retractedBy, reason: e.retractionReason }
      : null,
  };
}
