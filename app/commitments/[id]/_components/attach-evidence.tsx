"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type KeyboardEvent, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { FormError, primaryButton, secondaryButton } from "@/components/forms/field";
import { type AttachedLink, EvidenceFields, evidenceBody } from "./evidence-fields";

/**
 * Attaches a news item, filing or notice; a duplicate link is refused with a pointer to the existing item.
 * Cancel and Escape only hide the form: what was typed is still there when it is opened again, and focus
 * goes back to the button that opened it.
 */
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
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { busy, error, fields: errors, run } = useApiCall();
  const [existingHref, setExistingHref] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setExistingHref(null);
    const body = evidenceBody(new FormData(event.currentTarget));
    const result = await run(() =>
      api("POST /api/v1/commitments/{id}/evidence", { params: { id: String(commitmentId) }, body }),
    );
    if (result.ok) {
      setFormKey((k) => k + 1);
      close();
      router.refresh();
      return;
    }
    const existing = result.error.details.existing as { id?: number } | undefined;
    if (result.status === 409 && existing?.id) setExistingHref(`#evidence-${existing.id}`);
  }

  function show() {
    flushSync(() => setOpen(true));
    formRef.current?.querySelector<HTMLElement>("input, textarea, select")?.focus();
  }
  function close() {
    flushSync(() => setOpen(false));
    buttonRef.current?.focus();
  }
  function closeOnEscape(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    close();
  }

  return (
    <>
      <button ref={buttonRef} type="button" className={secondaryButton} onClick={show} hidden={open}>
        Attach evidence
      </button>
      <form
        key={formKey}
        ref={formRef}
        hidden={!open}
        onSubmit={submit}
        onKeyDown={closeOnEscape}
        className="w-full space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
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
          <button type="button" className={secondaryButton} onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
