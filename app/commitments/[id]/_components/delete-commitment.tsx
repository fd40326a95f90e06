"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { FormError, TextAreaField, secondaryButton } from "@/components/forms/field";
import { ModalDialog } from "@/components/ui/modal";

const dangerButton =
  "inline-flex items-center rounded-md bg-red-700 px-3 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60";

/** Deletes a commitment recorded by mistake, with a reason; an admin can restore it from Administration. */
export function DeleteCommitment({ commitmentId, title }: { commitmentId: number; title: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { busy, error, fields, run } = useApiCall();
  const fieldError = fields.reason;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await run(() =>
      api("DELETE /api/v1/commitments/{id}", { params: { id: String(commitmentId) }, body: { reason } }),
    );
    if (result.ok) {
      router.push("/commitments");
      router.refresh();
    }
  }

  return (
    <>
      <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
        Delete…
      </button>
      <ModalDialog title="Delete this commitment?" isOpen={open} onOpenChange={setOpen} role="alertdialog">
        <form onSubmit={submit} className="space-y-3" noValidate>
          <p className="text-sm text-slate-700">
            “{title}” will disappear from every list, chart and export, with its evidence and history. An administrator
            can restore it; the reason is kept in the audit log.
          </p>
          <FormError message={error} />
          <TextAreaField
            label="Why is it deleted?"
            id="delete-reason"
            rows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="Recorded twice (see #14)"
            error={fieldError ? `Reason ${fieldError}` : undefined}
          />
          <div className="flex flex-wrap justify-end gap-2 pt-1">
            <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
              Keep it
            </button>
            <button type="submit" className={dangerButton} disabled={busy}>
              {busy ? "Deleting…" : "Delete commitment"}
            </button>
          </div>
        </form>
      </ModalDialog>
    </>
  );
}
