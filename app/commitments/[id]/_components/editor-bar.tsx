"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { primaryButton, secondaryButton } from "@/components/forms/field";
import type { StatusSuggestion } from "@/lib/evidence/suggest";
import { type CommitmentStatus, STATUS_LABELS } from "@/lib/vocabulary";
import { DeleteCommitment } from "./delete-commitment";
import { StatusDialog, type StatusPreset } from "./status-dialog";

type Props = {
  commitmentId: number;
  title: string;
  version: number;
  status: CommitmentStatus;
  progress: number;
  evidence: { id: number; title: string; publishedOn: string }[];
  suggestion: StatusSuggestion | null;
};

const dismissKey = (id: number, s: StatusSuggestion) => `suggestion-dismissed:${id}:${s.status}:${s.evidenceId}`;

/**
 * The editor's controls on a commitment: edit, update status, and the status the evidence suggests.
 * A suggestion changes nothing until the analyst applies it; dismissing it hides it in this browser.
 */
export function EditorBar({ commitmentId, title, version, status, progress, evidence, suggestion }: Props) {
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<StatusPreset | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    // localStorage exists only in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDismissed(Boolean(suggestion && window.localStorage.getItem(dismissKey(commitmentId, suggestion))));
  }, [commitmentId, suggestion]);

  const openWith = (next: StatusPreset | null) => {
    setPreset(next);
    setOpen(true);
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Link href={`/commitments/${commitmentId}/edit`} className={secondaryButton}>
          Edit
        </Link>
        <button type="button" className={primaryButton} onClick={() => openWith(null)}>
          Update status
        </button>
        <DeleteCommitment commitmentId={commitmentId} title={title} />
      </div>
      {suggestion && !dismissed && (
        <div
          role="status"
          aria-label="Suggested status"
          className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950"
        >
          <p>
            <span className="font-medium">Suggested: {STATUS_LABELS[suggestion.status]}.</span> {suggestion.reason}
          </p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className={primaryButton}
              onClick={() =>
                openWith({ status: suggestion.status, evidenceId: suggestion.evidenceId, reason: suggestion.reason })
              }
            >
              Review and apply
            </button>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                window.localStorage.setItem(dismissKey(commitmentId, suggestion), "1");
                setDismissed(true);
              }}
            >
              Dismiss
            </button>
          </div>
        </div>
      )}
      {open && (
        <StatusDialog
          key={preset ? `${preset.status}-${preset.evidenceId}` : "plain"}
          commitmentId={commitmentId}
          version={version}
          current={status}
          progress={progress}
          evidence={evidence}
          preset={preset}
          isOpen={open}
          onOpenChange={setOpen}
        />
      )}
    </div>
  );
}
