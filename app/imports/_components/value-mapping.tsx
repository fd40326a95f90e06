"use client";

import { type ImportMapping, MAPPED_VALUE_FIELDS, type MappedValueField } from "@/lib/imports/schemas";
import { KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/vocabulary";

const LABELS: Record<MappedValueField, Record<string, string>> = {
  kind: KIND_LABELS,
  status: STATUS_LABELS,
  stance: STANCE_LABELS,
};
const TITLES: Record<MappedValueField, string> = { kind: "Kind", status: "Status", stance: "Stance" };

/** The words in the kind, status and stance columns that mean nothing known yet, each with the value it stands for. */
export function ValueMapping({
  unknown,
  mapping,
  onChange,
}: {
  unknown: Record<MappedValueField, string[]>;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}) {
  const fields = (Object.keys(MAPPED_VALUE_FIELDS) as MappedValueField[]).filter((f) => unknown[f].length > 0);
  if (fields.length === 0) return null;
  const choose = (field: MappedValueField, word: string, value: string) => {
    const own: Record<string, string> = { ...mapping.values[field] };
    if (value) own[word] = value;
    else delete own[word];
    onChange({ ...mapping, values: { ...mapping.values, [field]: own } });
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">Values to map</legend>
      {fields.flatMap((field) =>
        unknown[field].map((word) => (
          <label key={`${field}:${word}`} className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-slate-600">{TITLES[field]}</span>
            <span className="font-medium text-slate-900">“{word}”</span>
            <span aria-hidden>→</span>
            <select
              aria-label={`${TITLES[field]} “${word}” means`}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              value={(mapping.values[field] as Record<string, string>)[word] ?? ""}
              onChange={(e) => choose(field, word, e.target.value)}
            >
              <option value="">— choose —</option>
              {MAPPED_VALUE_FIELDS[field].map((value) => (
                <option key={value} value={value}>
                  {LABELS[field][value]}
                </option>
              ))}
            </select>
          </label>
        )),
      )}
    </fieldset>
  );
}
