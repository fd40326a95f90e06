"use client";

import type { FormEvent } from "react";
import { ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS, REGION_KINDS, REGION_KIND_LABELS } from "@/lib/vocabulary";
import { type ApiResult, type CallInput, type OperationName, api } from "./api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { Field, FormError, SelectField, primaryButton, secondaryButton } from "./field";

export type ReferenceEntity = "organization" | "region";

/** What the forms and pickers know of an organization or region. */
export type ReferenceRecord = {
  slug: string;
  name: string;
  kind: string;
  country?: string | null;
  parent: { slug: string; name: string } | null;
  aliases: string[];
  version: number;
};

/** Creates (no slug) or edits an organization or region; the server checks the fields the form gathered. */
function save(
  entity: ReferenceEntity,
  slug: string | undefined,
  fields: Record<string, unknown>,
): Promise<ApiResult<ReferenceRecord>> {
  type Body<K extends OperationName> = CallInput<K>["body"];
  if (entity === "organization") {
    return slug
      ? api("PATCH /api/v1/organizations/{slug}", {
          params: { slug },
          body: fields as Body<"PATCH /api/v1/organizations/{slug}">,
        })
      : api("POST /api/v1/organizations", { body: fields as Body<"POST /api/v1/organizations"> });
  }
  return slug
    ? api("PATCH /api/v1/regions/{slug}", { params: { slug }, body: fields as Body<"PATCH /api/v1/regions/{slug}"> })
    : api("POST /api/v1/regions", { body: fields as Body<"POST /api/v1/regions"> });
}

const CONFIG = {
  organization: {
    kinds: ORGANIZATION_KINDS,
    labels: ORGANIZATION_KIND_LABELS as Record<string, string>,
    country: true,
  },
  region: {
    kinds: REGION_KINDS,
    labels: REGION_KIND_LABELS as Record<string, string>,
    country: false,
  },
} as const;

/** Creates or edits an organization or a region; answers with what the server stored. */
export function ReferenceEntityForm({
  entity,
  existing,
  initialName = "",
  onSaved,
  onCancel,
}: {
  entity: ReferenceEntity;
  existing?: ReferenceRecord;
  initialName?: string;
  onSaved: (saved: ReferenceRecord) => void;
  onCancel?: () => void;
}) {
  const config = CONFIG[entity];
  const { busy, error, fields: errors, run } = useApiCall();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation(); // this form may sit in a dialog inside another form
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body: Record<string, unknown> = {
      name: text("name"),
      kind: text("kind"),
      parent: text("parent") || null,
      aliases: text("aliases")
        .split(/[,;\n]/)
        .map((a) => a.trim())
        .filter(Boolean),
    };
    if (config.country) body.country = text("country") || null;
    if (existing) body.version = existing.version;
    const result = await run(() => save(entity, existing?.slug, body));
    if (result.ok) onSaved(result.data);
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <FormError message={error} />
      <Field
        label="Name"
        name="name"
        defaultValue={existing?.name ?? initialName}
        error={errors.name}
        required
        autoFocus
      />
      <SelectField
        label="Kind"
        id={`${entity}-kind`}
        name="kind"
        defaultValue={existing?.kind ?? config.kinds[0]}
        error={errors.kind}
        options={config.kinds.map((k) => ({ value: k, label: config.labels[k] ?? k }))}
      />
      {config.country && (
        <Field
          label="Country"
          name="country"
          defaultValue={existing?.country ?? ""}
          hint="Two letters, e.g. CN or DE."
          maxLength={2}
          error={errors.country}
        />
      )}
      <Field
        label={entity === "organization" ? "Parent organization" : "Parent region"}
        name="parent"
        defaultValue={existing?.parent?.slug ?? ""}
        hint={
          entity === "organization"
            ? "Optional: a subsidiary's group, by name, slug or alias."
            : "Optional: the region it lies in, e.g. Liaoning."
        }
        error={errors.parent}
      />
      <Field
        label="Aliases"
        name="aliases"
        defaultValue={existing?.aliases.join(", ") ?? ""}
        hint="Other names in any language, separated by commas (e.g. BBA, 华晨宝马)."
        error={errors.aliases}
      />
      <div className="flex justify-end gap-2 pt-1">
        {onCancel && (
          <button type="button" className={secondaryButton} onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className={primaryButton} disabled={busy}>
          {busy ? "Saving…" : existing ? "Save changes" : `Create ${entity}`}
        </button>
      </div>
    </form>
  );
}
