import { StanceBadge } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { readablePerson, readableValue } from "@/lib/audit/readable";
import type { ReadableNames } from "@/lib/audit/readable-names";
import type { CommitmentDetailJson } from "@/lib/commitments/detail";
import type { BrokenLink } from "@/lib/links/queries";
import { ArchiveButton } from "./archive-button";
import { DeadLink } from "./dead-link";
import { EvidenceActions } from "./evidence-actions";

/** The evidence, newest first; a link the checker found not answering is flagged, with its archived copy. */
export function EvidenceList({
  commitment: c,
  canEdit,
  today,
  names,
  broken,
}: {
  commitment: CommitmentDetailJson;
  canEdit: boolean;
  today: string;
  names: ReadableNames;
  broken: Map<string, BrokenLink>;
}) {
  if (c.evidence.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No evidence attached yet. News items, filings and government notices that show progress, or its absence, will be
        listed here.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-100">
      {c.evidence.map((e) => (
        <li
          key={e.id}
          id={`evidence-${e.id}`}
          className={`scroll-mt-20 py-2 text-sm ${e.retracted ? "opacity-70" : ""}`}
        >
          <div className="flex flex-wrap items-center gap-2">
            <StanceBadge stance={e.stance} />
            <span className="tabular-nums text-slate-600">{e.publishedOn}</span>
            <ExternalLink href={e.url} className={`font-medium ${e.retracted ? "line-through" : ""}`}>
              {e.title}
            </ExternalLink>
            {canEdit && !e.retracted && <EvidenceActions commitmentId={c.id} item={e} today={today} />}
          </div>
          <p className="mt-0.5 text-slate-600">
            {[
              e.publisher,
              e.language !== "en" && readableValue("language", e.language),
              e.addedBy && `added by ${readablePerson(e.addedBy, names.people)}`,
            ]
              .filter(Boolean)
              .join(" · ")}
            {e.archiveUrl && (
              <>
                {" · "}
                <ExternalLink href={e.archiveUrl}>archived copy</ExternalLink>
              </>
            )}
          </p>
          {!e.retracted && broken.has(e.url) && <DeadLink link={broken.get(e.url)!} archived={e.archiveUrl !== null} />}
          {canEdit && !e.retracted && !e.archiveUrl && (
            <ArchiveButton commitmentId={c.id} evidenceId={e.id} version={e.version} title={e.title} />
          )}
          {e.note && <p className="mt-0.5 whitespace-pre-line text-slate-700">{e.note}</p>}
          {e.retracted && (
            <p className="mt-0.5 text-red-800">
              Retracted {e.retracted.at.slice(0, 10)}
              {e.retracted.by && ` by ${readablePerson(e.retracted.by, names.people)}`}: {e.retracted.reason}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
