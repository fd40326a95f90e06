"use client";

import { useId } from "react";
import { Field, SelectField, TextAreaField } from "@/components/forms/field";
import { KIND_OPTIONS } from "@/components/forms/described-options";
import { ReferencePicker } from "@/components/forms/reference-picker";
import type { DraftItem } from "@/lib/intake/draft";
import type { CommitmentKind } from "@/lib/vocabulary";

type Patch = (patch: Partial<DraftItem>) => void;

/** Amount, currency, jobs and target: what a statement says, for a new commitment and a restatement alike. */
function StatedFields({
  item,
  errors,
  onChange,
}: {
  item: DraftItem;
  errors: Record<string, string>;
  onChange: Patch;
}) {
  return (
    <>
      <Field
        label="Amount"
        inputMode="decimal"
        value={item.amount}
        onChange={(e) => onChange({ amount: e.target.value })}
        error={errors.amount}
        hint="In units: 2.3 billion is 2300000000"
      />
      <Field
        label="Currency"
        value={item.currency}
        maxLength={3}
        onChange={(e) => onChange({ currency: e.target.value.toUpperCase() })}
        error={errors.currency}
        hint="ISO 4217, e.g. CNY, EUR, USD"
      />
      <Field
        label="Jobs"
        inputMode="numeric"
        value={item.jobs}
        onChange={(e) => onChange({ jobs: e.target.value })}
        error={errors.jobs}
      />
      <Field
        label="Target"
        value={item.targetOn}
        placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
        onChange={(e) => onChange({ targetOn: e.target.value })}
        error={errors.targetOn}
      />
    </>
  );
}

/** Every field of a candidate, editable; names not yet known start in their picker, ready to choose or create. */
export function CandidateFields({
  item,
  sectors,
  errors,
  onChange,
}: {
  item: DraftItem;
  sectors: string[];
  errors: Record<string, string>;
  onChange: Patch;
}) {
  const id = useId();
  const kindSelect = (
    <SelectField
      label="Kind"
      value={item.kind}
      onChange={(e) => onChange({ kind: e.target.value as CommitmentKind })}
      options={KIND_OPTIONS}
    />
  );
  if (item.restates !== null) {
    return (
      <div className="grid gap-3 sm:grid-cols-2">
        <p className="text-sm text-slate-600 sm:col-span-2">
          Saved as another statement of commitment #{item.restates}, which keeps its title, maker and region. What this
          statement says below is compared with it: a different amount, jobs or target shows on its history.
        </p>
        {kindSelect}
        <StatedFields item={item} errors={errors} onChange={onChange} />
      </div>
    );
  }
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field
          label="Title"
          value={item.title}
          onChange={(e) => onChange({ title: e.target.value })}
          error={errors.title}
        />
      </div>
      <ReferencePicker
        entity="organization"
        label="Maker"
        value={item.maker}
        initialInput={item.makerText}
        onChange={(maker) => onChange({ maker, makerText: maker ? null : item.makerText })}
        error={errors.maker}
        hint={item.kind === "request" ? "In a request, the party asked to act." : undefined}
      />
      <ReferencePicker
        entity="organization"
        label="Counterpart"
        value={item.counterpart}
        initialInput={item.counterpartText}
        onChange={(counterpart) => onChange({ counterpart, counterpartText: null })}
        error={errors.counterpart}
        optional
      />
      <ReferencePicker
        entity="region"
        label="Region"
        value={item.region}
        initialInput={item.regionText}
        onChange={(region) => onChange({ region, regionText: region ? null : item.regionText })}
        error={errors.region}
      />
      {kindSelect}
      <Field
        label="Sector"
        list={`${id}-sectors`}
        value={item.sector}
        onChange={(e) => onChange({ sector: e.target.value })}
        error={errors.sector}
      />
      <datalist id={`${id}-sectors`}>
        {sectors.map((sector) => (
          <option key={sector} value={sector} />
        ))}
      </datalist>
      <StatedFields item={item} errors={errors} onChange={onChange} />
      <div className="sm:col-span-2">
        <TextAreaField
          label="Summary"
          value={item.summary}
          rows={2}
          maxLength={5000}
          onChange={(e) => onChange({ summary: e.target.value })}
          error={errors.summary}
        />
      </div>
    </div>
  );
}
