"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { Field, FormError, SelectField, TextAreaField, primaryButton, secondaryButton } from "@/components/forms/field";
import { STATUS_OPTIONS } from "@/components/forms/described-options";
import { ModalDialog } from "@/components/ui/modal";
import { EffectiveOnField } from "./effective-on-field";
import { progressFor } from "@/lib/commitments/status-rules";
import type { CommitmentStatus } from "@/lib/vocabulary";

export type StatusPreset = { status: CommitmentStatus; reason: string; evidenceId: number | null };

type EvidenceOption = { id: number; title: string; publishedOn: string };

/** Sets a new status with a reason (and optionally the evidence behind it); the rules are the server's. */
export function StatusDialog({
  commitmentId,
  version,
  current,
  progress,
  evidence,
  preset,
  isOpen,
  onOpenChange,
}: {
  commitmentId: number;
  version: number;
  current: CommitmentStatus;
  progress: number;
  evidence: EvidenceOption[];
  preset?: StatusPreset | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<CommitmentStatus>(preset?.status ?? current);
  const { busy, error: failure, fields: errors, run } = useApiCall();
  const [stale, setStale] = useState(false);
  const error =
    failure && stale ? `${failure} Your reason is still in the form; reload the page to see the change.` : failure;
  const defaultProgress = progressFor(status, progress);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const progressText = String(form.get("progress") ?? "").trim();
    const evidenceId = String(form.get("evidenceId") ?? "");
    const body = {
      status,
      progress: progressText === "" ? undefined : Number(progressText),
      reason: String(form.get("reason") ?? ""),
      evidenceId: evidenceId ? Number(evidenceId) : null,
      effectiveOn: String(form.get("effectiveOn") ?? "") || undefined,
      version,
    };
    const result = await run(() =>
      api("POST /api/v1/commitments/{id}/status", { params: { id: String(commitmentId) }, body }),
    );
    setStale(result.status === 409);
    if (result.ok) {
      onOpenChange(false);
      router.refresh();
    }
  }

  return (
    <ModalDialog title="Update status" isOpen={isOpen} onOpenChange={onOpenChange}>
      <form onSubmit={submit} className="space-y-3" noValidate>
        <FormError message={error} />
        <SelectField
          label="New status"
          id="new-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as CommitmentStatus)}
          error={errors.status}
          options={STATUS_OPTIONS}
        />
        <Field
          label="Progress (%)"
          id="new-progress"
          name="progress"
          type="number"
          min={0}
          max={100}
          disabled={status === "achieved"}
          placeholder={String(defaultProgress)}
          hint={
            status === "achieved"
              ? "Achieved is always 100%."
              : `Leave empty for ${defaultProgress}% (now ${progress}%).`
          }
          error={errors.progress}
        />
        <TextAreaField
          label="Reason"
          id="status-reason"
          name="reason"
          rows={3}
          required
          maxLength={2000}
          defaultValue={preset?.reason ?? ""}
          error={errors.reason}
        />
        <EffectiveOnField
          defaultValue={evidence.find((e) => e.id === preset?.evidenceId)?.publishedOn}
          error={errors.effectiveOn}
        />
        <SelectField
          label="Evidence behind it"
          id="status-evidence"
          name="evidenceId"
          defaultValue={preset?.evidenceId ?? ""}
          error={errors.evidenceId}
          options={[
            { value: "", label: "None" },
            ...evidence.map((e) => ({ value: String(e.id), label: `${e.publishedOn} · ${e.title}` })),
          ]}
        />
        <div className="flex justify-end gap-2 pt-1">
          <button type="button" className={secondaryButton} onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className={primaryButton} disabled={busy}>
            {busy ? "Saving…" : "Save status"}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
