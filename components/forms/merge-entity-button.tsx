"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { ModalDialog } from "@/components/ui/modal";
import { type ApiResult, api } from "./api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { FormError, primaryButton, secondaryButton } from "./field";
import type { ReferenceEntity } from "./reference-entity-form";
import { type PickedReference, ReferencePicker } from "./reference-picker";

const PAGES: Record<ReferenceEntity, string> = { organization: "/companies", region: "/regions" };

/**
 * Merges this organization (or region) into another: its commitments, children and names move there and
 * it disappears. Opens the one that remains.
 */
export function MergeEntityButton({
  entity,
  record,
}: {
  entity: ReferenceEntity;
  record: { slug: string; name: string };
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [into, setInto] = useState<PickedReference | null>(null);
  const { busy, error, fields, run, reset } = useApiCall();
  const fieldError = fields.into;
  const page = PAGES[entity];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!into) {
      reset({ fields: { into: `Choose the ${entity} to keep from the list.` } });
      return;
    }
    const call = { params: { slug: record.slug }, body: { into: into.slug } };
    const merge = (): Promise<ApiResult<{ slug: string }>> =>
      entity === "organization"
        ? api("POST /api/v1/organizations/{slug}/merge", call)
        : api("POST /api/v1/regions/{slug}/merge", call);
    const result = await run(merge);
    if (result.ok) {
      setOpen(false);
      router.push(`${page}/${result.data.slug}`);
    }
  }

  return (
    <>
      <button
        type="button"
        className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        onClick={() => setOpen(true)}
      >
        Merge…
      </button>
      <ModalDialog title={`Merge ${record.name} into another ${entity}`} isOpen={open} onOpenChange={setOpen}>
        <form onSubmit={submit} className="space-y-3" noValidate>
          <p className="text-sm text-slate-700">
            Every commitment, evidence item and sub-{entity === "organization" ? "organization" : "region"} of{" "}
            <strong>{record.name}</strong> moves to the one you choose, its names become that one’s aliases, and{" "}
            {record.name} is removed. The audit log keeps what was merged.
          </p>
          <FormError message={error} />
          <ReferencePicker
            entity={entity}
            label={`Keep this ${entity}`}
            value={into}
            onChange={setInto}
            error={fieldError}
            canCreate={false}
          />
          <div className="flex flex-wrap justify-end gap-2 pt-1">
            <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className={primaryButton} disabled={busy}>
              {busy ? "Merging…" : `Merge into ${into?.name ?? "…"}`}
            </button>
          </div>
        </form>
      </ModalDialog>
    </>
  );
}
