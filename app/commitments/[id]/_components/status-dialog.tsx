"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { api } from "@/components/forms/api-client";
import { FormError, inputClasses, primaryButton, secondaryButton } from "@/components/forms/field";
import { ModalDialog } from "@/components/ui/modal";
import { EffectiveOnField } from "./effective-on-field";
import { progressFor } from "@/lib/commitments/status-rules";
import { COMMITMENT_STATUSES, type CommitmentStatus, STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/vocabulary";

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const defaultProgress = progressFor(status, progress);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const progressText = String(form.get("progress") ?? "").trim();
    const evidenceId = String(form.get("evidenceId") ?? "");
    setBusy(true);
    setErrors({});
    setError(null);
    const result = await api("POST /api/v1/commitments/{id}/status", {
      params: { id: String(commitmentId) },
      body: {
        status,
        progress: progressText === "" ? undefined : Number(progressText),
        reason: String(form.get("reason") ?? ""),
        evidenceId: evidenceId ? Number(evidenceId) : null,
        effectiveOn: String(form.get("effectiveOn") ?? "") || undefined,
        version,
      },
    });
    setBusy(false);
    if (result.ok) {
      onOpenChange(false);
      router.refresh();
      return;
    }
    setErrors(result.error.fields);
    setError(
      result.status === 409
        ? `${result.error.message} Your reason is still in the form; reload the page to see the change.`
        : result.error.message,
    );
  }

  return (
    <ModalDialog title="Update status" isOpen={isOpen} onOpenChange={onOpenChange}>
      <form onSubmit={submit} className="space-y-3" noValidate>
        <FormError message={error} />
        <div className="space-y-1">
          <label htmlFor="new-status" className="block text-sm font-medium text-slate-800">
            New status
          </label>
          <select
            id="new-status"
            className={inputClasses}
            value={status}
            onChange={(e) => setStatus(e.target.value as CommitmentStatus)}
          >
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}: {STATUS_DESCRIPTIONS[s].toLowerCase()}
              </option>
            ))}
          </select>
          {errors.status && <p className="text-sm text-red-700">{errors.status}</p>}
        </div>
        <div className="space-y-1">
          <label htmlFor="new-progress" className="block text-sm font-medium text-slate-800">
            Progress (%)
          </label>
          <input
            id="new-progress"
            name="progress"
            type="number"
            min={0}
            max={100}
            disabled={status === "achieved"}
            placeholder={String(defaultProgress)}
            className={inputClasses}
          />
          <p className="text-xs text-slate-500">
            {status === "achieved"
              ? "Achieved is always 100%."
              : `Leave empty for ${defaultProgress}% (now ${progress}%).`}
          </p>
          {errors.progress && <p className="text-sm text-red-700">{errors.progress}</p>}
        </div>
        <div className="space-y-1">
          <label htmlFor="status-reason" className="block text-sm font-medium text-slate-800">
            Reason
          </label>
          <textarea
            id="status-reason"
            name="reason"
            rows={3}
            required
            maxLength={2000}
            defaultValue={preset?.reason ?? ""}
            aria-invalid={errors.reason ? true : undefined}
            className={inputClasses}
          />
          {errors.reason && <p className="text-sm text-red-700">{errors.reason}</p>}
        </div>
        <EffectiveOnField
          defaultValue={evidence.find((e) => e.id === preset?.evidenceId)?.publishedOn}
          error={errors.effectiveOn}
        />
        <div className="space-y-1">
          <label htmlFor="status-evidence" className="block text-sm font-medium text-slate-800">
            Evidence behind it
          </label>
          <select
            id="status-evidence"
            name="evidenceId"
            defaultValue={preset?.evidenceId ?? ""}
            className={inputClasses}
          >
            <option value="">None</option>
            {evidence.map((e) => (
              <option key={e.id} value={e.id}>
                {e.publishedOn} · {e.title}
              </option>
            ))}
          </select>
          {errors.evidenceId && <p className="text-sm text-red-700">{errors.evidenceId}</p>}
        </div>
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
