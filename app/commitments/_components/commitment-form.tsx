"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { type ApiResult, type CallInput, api } from "@/components/forms/api-client";
import { useApiCall } from "@/components/hooks/use-api-call";
import { Field, FormError, SelectField, TextAreaField, primaryButton, secondaryButton } from "@/components/forms/field";
import { KIND_OPTIONS } from "@/components/forms/described-options";
import { type PickedReference, ReferencePicker } from "@/components/forms/reference-picker";
import { type SourceChoice, SourceFields, sourceBody } from "@/components/forms/source-fields";
import type { CommitmentDetailJson } from "@/lib/commitments/detail";
import { commitmentFormErrors, errorSummary } from "./commitment-form-check";
import { PossibleDuplicates } from "./possible-duplicates";
import { COMMITMENT_STATUSES, STATUS_LABELS } from "@/lib/vocabulary";

function initialSource(c?: CommitmentDetailJson): SourceChoice {
  if (!c) return { mode: "existing", source: null };
  return c.source ? { mode: "existing", source: c.source } : { mode: "none" };
}

/** Records a new commitment, or edits one (sending the version it was loaded at). */
/** A number typed in the form: spaces and thousands separators aside; NaN (refused) when it is not one. */
function typedNumber(text: string): number | null {
  const plain = text.replace(/[\s,]/g, "");
  return plain ? Number(plain) : null;
}

export function CommitmentForm({
  existing,
  sectors,
  today,
}: {
  existing?: CommitmentDetailJson;
  sectors: string[];
  /** Today's date (UTC), as the server's rules read it. */
  today: string;
}) {
  const router = useRouter();
  const [maker, setMaker] = useState<PickedReference | null>(existing?.maker ?? null);
  const [counterpart, setCounterpart] = useState<PickedReference | null>(existing?.counterpart ?? null);
  // A counterpart is optional, but a name typed and never chosen must not be dropped without a word.
  const [counterpartText, setCounterpartText] = useState(existing?.counterpart?.name ?? "");
  const [region, setRegion] = useState<PickedReference | null>(existing?.region ?? null);
  const [source, setSource] = useState<SourceChoice>(initialSource(existing));
  const [title, setTitle] = useState(existing?.title ?? "");
  const { busy, error: failure, fields: errors, run, reset } = useApiCall();
  const [conflict, setConflict] = useState(false);
  // Bad input is summed up field by field; any other refusal is told as the server put it.
  const error = failure && !conflict && errorSummary(errors) ? errorSummary(errors) : failure;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body: Record<string, unknown> = {
      title: text("title"),
      summary: text("summary") || null,
      maker: maker?.slug ?? "",
      counterpart: counterpart?.slug ?? null,
      kind: text("kind"),
      sector: text("sector") || null,
      region: region?.slug ?? "",
      announcedOn: text("announcedOn"),
      targetOn: text("targetOn") || null,
      amount: typedNumber(text("amount")),
      currency: text("currency") || null,
      jobs: typedNumber(text("jobs")),
      source: sourceBody(source),
      sourceLocation: text("sourceLocation") || null,
    };
    if (existing) body.version = existing.version;
    else {
      body.status = text("status");
      if (text("progress")) body.progress = Number(text("progress"));
    }
    setConflict(false);
    // Every problem at once, before sending: the same checks the API makes, and the pickers' own.
    const found = commitmentFormErrors(body, {
      today,
      stored: existing && {
        announcedOn: existing.announcedOn,
        targetOn: existing.targetOn,
        amount: existing.amount,
        currency: existing.currency,
      },
      picked: {
        maker: Boolean(maker),
        region: Boolean(region),
        counterpart: Boolean(counterpart) || !counterpartText.trim(),
      },
    });
    if (Object.keys(found).length > 0) {
      reset({ error: errorSummary(found), fields: found });
      window.scrollTo({ top: 0, behavior: "smooth" });
      return;
    }
    // The server checks every field in one round and names each problem; the form sends what it gathered.
    const save = (): Promise<ApiResult<{ id: number }>> =>
      existing
        ? api("PATCH /api/v1/commitments/{id}", {
            params: { id: String(existing.id) },
            body: body as CallInput<"PATCH /api/v1/commitments/{id}">["body"],
          })
        : api("POST /api/v1/commitments", { body: body as CallInput<"POST /api/v1/commitments">["body"] });
    const result = await run(save);
    if (result.ok) {
      router.push(`/commitments/${result.data.id}`);
      router.refresh();
      return;
    }
    if (result.status === 409) setConflict(true);
    window.scrollTo({ top: 0, behavior: "smooth" });
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-5"
      noValidate
      aria-label={existing ? "Edit commitment" : "Record a commitment"}
    >
      <FormError message={error} />
      {conflict && existing && (
        <p className="text-sm text-slate-700">
          Your changes are still in the form.{" "}
          <Link href={`/commitments/${existing.id}`} target="_blank" className="text-blue-700 underline">
            Open the current version in a new tab
          </Link>{" "}
          to compare, or{" "}
          <button type="button" className="text-blue-700 underline" onClick={() => window.location.reload()}>
            discard them and load it here
          </button>
          .
        </p>
      )}

      <Field
        label="Title"
        name="title"
        defaultValue={existing?.title}
        error={errors.title}
        hint="What was promised, in one line (at most 300 characters)."
        required
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        label="Summary"
        id="summary"
        name="summary"
        rows={3}
        defaultValue={existing?.summary ?? ""}
        error={errors.summary}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <ReferencePicker
          entity="organization"
          label="Maker"
          value={maker}
          onChange={setMaker}
          error={errors.maker}
          hint="Who would do it."
        />
        <ReferencePicker
          entity="organization"
          label="Counterpart"
          value={counterpart}
          onChange={setCounterpart}
          onTextChange={setCounterpartText}
          error={errors.counterpart}
          hint="Optional: to whom, or who asked."
          optional
        />
        <ReferencePicker
          entity="region"
          label="Region"
          value={region}
          onChange={setRegion}
          error={errors.region}
          hint="Where it would happen."
        />
        <SelectField
          label="Kind"
          id="kind"
          name="kind"
          defaultValue={existing?.kind ?? "pledge"}
          error={errors.kind}
          options={KIND_OPTIONS}
        />
        <Field
          label="Sector"
          name="sector"
          list="sector-options"
          defaultValue={existing?.sector ?? ""}
          error={errors.sector}
        />
        <datalist id="sector-options">
          {sectors.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <Field
          label="Where in the source"
          name="sourceLocation"
          defaultValue={existing?.source?.location ?? ""}
          hint="Paragraph or short locator, e.g. para. 3"
          error={errors.sourceLocation}
        />
        <Field
          label="Announced on"
          name="announcedOn"
          type="date"
          defaultValue={existing?.announcedOn}
          error={errors.announcedOn}
          required
        />
        <Field
          label="Target date"
          name="targetOn"
          type="date"
          defaultValue={existing?.targetOn ?? ""}
          error={errors.targetOn}
          hint="Optional: by when it was promised."
        />
        <Field
          label="Amount"
          name="amount"
          inputMode="decimal"
          defaultValue={existing?.amount ?? ""}
          error={errors.amount}
          hint="Only when one was stated."
        />
        <Field
          label="Currency"
          name="currency"
          defaultValue={existing?.currency ?? ""}
          error={errors.currency}
          hint="ISO 4217, e.g. CNY, EUR, USD"
        />
        <Field
          label="Jobs"
          name="jobs"
          inputMode="numeric"
          defaultValue={existing?.jobs ?? ""}
          error={errors.jobs}
          hint="Only when a number of jobs was stated."
        />
      </div>
      {(!existing || title !== existing.title || maker?.slug !== existing.maker.slug) && (
        <PossibleDuplicates maker={maker?.slug ?? null} title={title} exceptId={existing?.id} />
      )}

      {!existing && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Status when recorded"
            id="status"
            name="status"
            defaultValue="announced"
            options={COMMITMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          <Field
            label="Progress (%)"
            name="progress"
            type="number"
            min={0}
            max={100}
            error={errors.progress}
            hint="Leave empty for the status's default."
          />
        </div>
      )}

      <SourceFields value={source} onChange={setSource} errors={errors} />

      <div className="flex gap-2">
        <button type="submit" className={primaryButton} disabled={busy}>
          {busy ? "Saving…" : existing ? "Save changes" : "Record commitment"}
        </button>
        <Link href={existing ? `/commitments/${existing.id}` : "/commitments"} className={secondaryButton}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
