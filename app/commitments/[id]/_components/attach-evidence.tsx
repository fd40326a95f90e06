"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { callApi } from "@/components/forms/api-client";
import { FormError, primaryButton, secondaryButton } from "@/components/forms/field";
import type { EvidenceWriteResult } from "@/lib/evidence/mutations";
import { type AttachedLink, EvidenceFields, evidenceBody } from "./evidence-fields";

/** Attaches a news item, filing or notice; a duplicate link is refused with a pointer to the existing item. */
export function AttachEvidence({
  commitmentId,
  today,
  attached,
}: {
  commitmentId: number;
  today: string;
  /** The live evidence already attached, to point out a link that is one of them before saving. */
  attached: AttachedLink[];
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [existingHref, setExistingHref] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    setExistingHref(null);
    const result = await callApi<EvidenceWriteResult>(`/api/v1/commitments/${commitmentId}/evidence`, {
      body: evidenceBody(new FormData(event.currentTarget)),
    });
    setBusy(false);
    if (result.ok) {
      setFormKey((k) => k + 1);
      setOpen(false);
      router.refresh();
      return;
    }
    setErrors(result.fields);
    setError(result.message);
    if (result.status === 409) setExistingHref(`#evidence-${result.fields.url?.match(/#(\d+)/)?.[1] ?? ""}`);
  }

  if (!open) {
    return (
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Attach evidence
      </button>
    );
  }
  return (
    <form
      key={formKey}
      onSubmit={submit}
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      noValidate
      aria-label="Attach evidence"
    >
      <FormError message={error} />
      {existingHref && (
        <p className="text-sm">
          <a href={existingHref} className="text-blue-700 underline">
            Go to the existing item
          </a>
        </p>
      )}
      <EvidenceFields errors={errors} today={today} attached={attached} />
      <div className="flex gap-2">
        <button type="submit" className={primaryButton} disabled={busy}>
          {busy ? "Attaching…" : "Attach"}
        </button>
        <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
