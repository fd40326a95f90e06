"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { type ApiResult, api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { FormError, TextAreaField, dangerButton, primaryButton, secondaryButton } from "@/components/forms/field";
import { ModalDialog } from "@/components/ui/modal";
import type { EvidenceJson } from "@/lib/evidence/serialize";
import { EvidenceFields, evidenceBody } from "./evidence-fields";

const small = "rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 hover:text-slate-900";

/** Edit and retract controls of one evidence item (editors only). */
export function EvidenceActions({
  commitmentId,
  item,
  today,
}: {
  commitmentId: number;
  item: EvidenceJson;
  today: string;
}) {
  const router = useRouter();
  const [dialog, setDialog] = useState<"edit" | "retract" | null>(null);
  const { busy, error, fields: errors, run, reset } = useApiCall();
  const params = { id: String(commitmentId), evidenceId: String(item.id) };

  async function submit(event: FormEvent<HTMLFormElement>, call: () => Promise<ApiResult<unknown>>) {
    event.preventDefault();
    const result = await run(call);
    if (result.ok) {
      setDialog(null);
      router.refresh();
    }
  }

  const close = (open: boolean) => {
    if (!open) {
      setDialog(null);
      reset();
    }
  };

  return (
    <span className="inline-flex gap-1">
      <button
        type="button"
        className={small}
        onClick={() => setDialog("edit")}
        aria-label={`Edit evidence “${item.title}”`}
      >
        Edit
      </button>
      <button
        type="button"
        className={small}
        onClick={() => setDialog("retract")}
        aria-label={`Retract evidence “${item.title}”`}
      >
        Retract
      </button>
      <ModalDialog title="Edit evidence" width="max-w-2xl" isOpen={dialog === "edit"} onOpenChange={close}>
        <form
          onSubmit={(e) => {
            const body = { ...evidenceBody(new FormData(e.currentTarget)), version: item.version };
            return submit(e, () => api("PATCH /api/v1/commitments/{id}/evidence/{evidenceId}", { params, body }));
          }}
          className="space-y-3"
          noValidate
        >
          <FormError message={error} />
          <EvidenceFields existing={item} errors={errors} today={today} />
          <div className="flex justify-end gap-2">
            <button type="button" className={secondaryButton} onClick={() => close(false)}>
              Cancel
            </button>
            <button type="submit" className={primaryButton} disabled={busy}>
              Save changes
            </button>
          </div>
        </form>
      </ModalDialog>
      <ModalDialog title="Retract evidence" role="alertdialog" isOpen={dialog === "retract"} onOpenChange={close}>
        <form
          onSubmit={(e) => {
            const body = { reason: String(new FormData(e.currentTarget).get("reason") ?? ""), version: item.version };
            return submit(e, () =>
              api("POST /api/v1/commitments/{id}/evidence/{evidenceId}/retract", { params, body }),
            );
          }}
          className="space-y-3"
          noValidate
        >
          <p className="text-sm text-slate-600">
            “{item.title}” will stay in the history, marked retracted, and stop counting as evidence. Say why.
          </p>
          <FormError message={error} />
          <TextAreaField
            label="Reason"
            id={`retract-${item.id}`}
            name="reason"
            rows={2}
            required
            maxLength={2000}
            error={errors.reason}
          />
          <div className="flex justify-end gap-2">
            <button type="button" className={secondaryButton} onClick={() => close(false)}>
              Cancel
            </button>
            <button type="submit" className={`${dangerButton} font-medium`} disabled={busy}>
              Retract
            </button>
          </div>
        </form>
      </ModalDialog>
    </span>
  );
}
