"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ModalDialog } from "@/components/ui/modal";
import { primaryButton } from "./field";
import { type ReferenceEntity, ReferenceEntityForm, type ReferenceRecord } from "./reference-entity-form";

/** "New organization" / "New region": a button and its form in a dialog. */
export function NewEntityButton({ entity }: { entity: ReferenceEntity }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={primaryButton} onClick={() => setOpen(true)}>
        New {entity}
      </button>
      <ModalDialog title={`New ${entity}`} isOpen={open} onOpenChange={setOpen}>
        <ReferenceEntityForm
          entity={entity}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            router.refresh();
          }}
        />
      </ModalDialog>
    </>
  );
}

/** Edits one organization or region in a dialog. */
export function EditEntityButton({ entity, record }: { entity: ReferenceEntity; record: ReferenceRecord }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        aria-label={`Edit ${record.name}`}
        onClick={() => setOpen(true)}
      >
        Edit
      </button>
      <ModalDialog title={`Edit ${record.name}`} isOpen={open} onOpenChange={setOpen}>
        <ReferenceEntityForm
          entity={entity}
          existing={record}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            router.refresh();
          }}
        />
      </ModalDialog>
    </>
  );
}
