import "server-only";
import type { Database } from "@/db/client";
import type { AuditActor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { ArchiveError, archiveSaveUrl, requestSnapshot } from "@/lib/links/archive";
import { linkCheckConfig } from "@/lib/links/check";
import { type EvidenceWriteResult, editEvidence } from "./mutations";
import { normalizeUrl } from "./normalize-url";
import { evidenceUrl } from "./queries";

/**
 * Asks the web archive (ARCHIVE_SAVE_URL) for a snapshot of an evidence item's page and keeps the copy's
 * address on the item, as an edit of it (versioned and audited). Refused as unavailable when snapshots are
 * off or the archive fails.
 */
export async function archiveEvidence(
  db: Database,
  commitmentId: number,
  evidenceId: number,
  version: number,
  actor: AuditActor,
  today: string,
): Promise<EvidenceWriteResult> {
  const saveUrl = archiveSaveUrl();
  if (!saveUrl) throw new DomainError("unavailable", "Archive snapshots are turned off here (ARCHIVE_SAVE_URL=off).");
  const url = await evidenceUrl(db, commitmentId, evidenceId);
  let archived: string;
  try {
    archived = await requestSnapshot(url, saveUrl, linkCheckConfig().userAgent);
  } catch (error) {
    if (error instanceof ArchiveError)
      throw new DomainError("unavailable", `No snapshot was made: ${error.message}. Try again later.`);
    throw error;
  }
  const archiveUrl = normalizeUrl(archived);
  if (!archiveUrl.ok)
    throw new DomainError("unavailable", `The archive gave an address that cannot be kept: ${archived}`);
  return editEvidence(db, commitmentId, evidenceId, { version, archiveUrl: archiveUrl.value }, actor, today);
}
